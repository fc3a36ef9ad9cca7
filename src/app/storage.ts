import { loadGame, saveGame, SIDES, type GameState, type Side } from '../rules';
import type { SessionConfig } from './session';

/**
 * The autosave in localStorage: the engine's save file plus who plays which
 * side. A save that cannot be read is refused and left in place, never wiped.
 */
export const AUTOSAVE_KEY = 'middle-euphrates/autosave';
/** Where an autosave this page could not read is kept before the first overwrite. */
export const BACKUP_KEY = 'middle-euphrates/autosave-unreadable';

let ownsAutosave = false;

export type StoreResult = { ok: true } | { ok: false; error: string };

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/**
 * The autosave holds the seed and every action, Islamic State's secret
 * leader moves included, so it is stored sealed (base64 of the save file):
 * nothing in storage reads as a leader's move to a player who opens the
 * browser's tools. Not encryption: the page itself must be able to resume the game.
 */
function seal(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function unseal(sealed: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Keeps an unreadable autosave under the first free backup key (an earlier
 * backup is never overwritten; a copy already kept is not kept twice). Every
 * autosave of the rules before the manhunt comes this way once.
 */
function keepAside(s: Storage, text: string): void {
  for (let k = 1; k <= 9; k++) {
    const key = k === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${k}`;
    const kept = s.getItem(key);
    if (kept === text) return;
    if (kept === null) return s.setItem(key, text);
  }
}

export function writeAutosave(state: GameState, config: SessionConfig): StoreResult {
  const s = storage();
  if (!s) return { ok: false, error: 'This browser does not allow local storage here, so the game cannot autosave.' };
  try {
    // Once per page: an autosave we could not read is kept aside before the first overwrite.
    if (!ownsAutosave) {
      const previous = s.getItem(AUTOSAVE_KEY);
      if (previous !== null && !readText(previous).ok) keepAside(s, previous);
    }
    s.setItem(AUTOSAVE_KEY, JSON.stringify({ config, sealed: seal(saveGame(state)) }));
    ownsAutosave = true;
    return { ok: true };
  } catch (e) {
    return { ok: false, error: `Cannot autosave: the browser refused to store the game (${(e as Error).name}).` };
  }
}

/**
 * A readable autosave, or why not. An autosave of an earlier format (versions
 * 1 and 2, before the manhunt rules) is refused with the rules' sentence and
 * left in place: the next autosave first keeps it aside (BACKUP_KEY).
 */
export type AutosaveRead = { ok: true; state: GameState; config: SessionConfig } | { ok: false; error: string };

export function readText(text: string): AutosaveRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The autosave is damaged (not valid JSON); it was left untouched.' };
  }
  const obj = data as { config?: unknown; save?: unknown; sealed?: unknown };
  const save = typeof obj === 'object' && obj !== null ? (typeof obj.sealed === 'string' ? unseal(obj.sealed) : obj.save) : null;
  if (typeof save !== 'string') return { ok: false, error: 'The autosave is not a Middle Euphrates save; it was left untouched.' };
  const loaded = loadGame(save);
  if (!loaded.ok) return { ok: false, error: `The autosave was refused: ${loaded.error}` };
  return { ok: true, state: loaded.value, config: sanitizeConfig(obj.config) };
}

export function readAutosave(): AutosaveRead | null {
  const s = storage();
  if (!s) return null;
  let text: string | null;
  try {
    text = s.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  return text === null ? null : readText(text);
}

export const DEFAULT_CONFIG: SessionConfig = {
  seats: { coalition: 'human', regime: 'bot', islamicState: 'bot' },
  botLevel: 'greedy',
  speed: 'normal',
};

export function sanitizeConfig(raw: unknown): SessionConfig {
  const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<SessionConfig>;
  const seats = {} as Record<Side, 'human' | 'bot'>;
  for (const side of SIDES) seats[side] = c.seats?.[side] === 'human' || c.seats?.[side] === 'bot' ? c.seats[side] : DEFAULT_CONFIG.seats[side];
  const speed = c.speed && ['slow', 'normal', 'fast', 'instant'].includes(c.speed) ? c.speed : DEFAULT_CONFIG.speed;
  const commitment = typeof c.commitment === 'string' && /^[0-9a-f]{64}$/.test(c.commitment) ? c.commitment : null;
  return { seats, botLevel: typeof c.botLevel === 'string' ? c.botLevel : DEFAULT_CONFIG.botLevel, speed, commitment };
}
