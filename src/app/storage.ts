import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { loadGame, saveGame, SIDES, type GameState, type Side } from '../rules';
import type { SessionConfig } from './session';

/**
 * The autosave, in IndexedDB: the engine's save file plus who plays which
 * side. Every write is one transaction with strict durability (committed to
 * disk before it reports done), and the same transaction keeps the autosave it
 * replaces as the last good one: a crash at any moment leaves the newest
 * committed game and the one before it. A save that cannot be read is refused
 * and left in place, never wiped.
 *
 * Before this the autosave lived in localStorage under the same key, which the
 * browser writes to disk when it pleases (a crash lost the last actions): the
 * first read finding IndexedDB empty brings that autosave over as it is.
 */
export const DB_NAME = 'middle-euphrates';
export const STORE = 'autosave';
export const AUTOSAVE_KEY = 'middle-euphrates/autosave';
/** The autosave before the newest: written in the same transaction, so one of the two is always a whole game. */
export const PREVIOUS_KEY = 'middle-euphrates/autosave-previous';
/** Where an autosave this page could not read is kept before the first overwrite (then `-2` … `-9`). */
export const BACKUP_KEY = 'middle-euphrates/autosave-unreadable';
/** The User Timing entries each committed write leaves: the whole write (the save file's serialization to the commit), and the serialization alone. */
export const WRITE_MEASURE = 'autosave-write';
export const SERIALIZE_MEASURE = 'autosave-serialize';

let ownsAutosave = false;
/** The newest autosave this page read and found readable: its first write need not replay it again to know. */
let readable: string | null = null;
let opened: Promise<IDBPDatabase> | null = null;

export type StoreResult = { ok: true } | { ok: false; error: string };

function database(): Promise<IDBPDatabase> {
  opened ??= (async () =>
    openDB(DB_NAME, 1, {
      upgrade: (db) => void db.createObjectStore(STORE),
      // A newer page wants to upgrade the database: let it, and open again next time.
      blocking: () => {
        void opened?.then((db) => db.close());
        opened = null;
      },
    }))().catch((e: unknown) => {
    opened = null;
    throw e;
  });
  return opened;
}

function localStore(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The localStorage autosave of earlier versions of the page, if any (read only: it is never changed). */
function legacyText(): string | null {
  try {
    return localStore()?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * The autosave holds the seed and every action, Islamic State's secret
 * leader moves included, so it is stored sealed (base64 of the save file):
 * nothing in storage reads as a leader's move to a player who opens the
 * browser's tools. Not encryption: the page itself must be able to resume the
 * game (private play by file, `src/seal`, is encrypted).
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

type Store = IDBPObjectStore<unknown, [typeof STORE], typeof STORE, 'readwrite'>;

/**
 * Keeps an unreadable autosave under the first free backup key (an earlier
 * backup is never overwritten; a copy already kept is not kept twice).
 */
async function keepAside(store: Store, text: string): Promise<void> {
  for (let k = 1; k <= 9; k++) {
    const key = k === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${k}`;
    const kept: unknown = await store.get(key);
    if (kept === text) return;
    if (kept === undefined) return void (await store.put(text, key));
  }
}

function refusal(e: unknown): string {
  return `Cannot autosave: the browser refused to store the game (${(e as Error)?.name ?? 'Error'}).`;
}

/** Writes the game as the newest autosave and commits it to disk; the one it replaces becomes the last good one. */
export async function writeAutosave(state: GameState, config: SessionConfig): Promise<StoreResult> {
  let db: IDBPDatabase;
  try {
    db = await database();
  } catch {
    return { ok: false, error: 'This browser does not allow IndexedDB here, so the game cannot autosave.' };
  }
  const start = performance.now();
  let abort = () => {};
  try {
    const text = JSON.stringify({ config, sealed: seal(saveGame(state)) });
    performance.measure(SERIALIZE_MEASURE, { start, end: performance.now() });
    const write = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    abort = () => write.abort();
    write.done.catch(() => {});
    const store = write.objectStore(STORE);
    const newest: unknown = await store.get(AUTOSAVE_KEY);
    if (typeof newest === 'string') {
      // Once per page: an autosave we could not read is kept aside before the first overwrite.
      if (!ownsAutosave && newest !== readable && !readText(newest).ok) await keepAside(store, newest);
      else if (newest !== text) await store.put(newest, PREVIOUS_KEY);
    }
    await store.put(text, AUTOSAVE_KEY);
    await write.done;
  } catch (e) {
    // All or nothing: a write refused halfway leaves both autosaves as they were.
    try {
      abort();
    } catch {
      // Already over: aborted by the browser, or never begun.
    }
    return { ok: false, error: refusal(e) };
  }
  ownsAutosave = true;
  performance.measure(WRITE_MEASURE, { start, end: performance.now() });
  return { ok: true };
}

/**
 * A readable autosave, or why not. An autosave of an earlier format (versions
 * 1 and 2, before the manhunt rules) is refused with the rules' sentence and
 * left in place: the next autosave first keeps it aside (BACKUP_KEY). When the
 * newest autosave is refused but the one before it reads, that one is offered,
 * and `refused` says why the newest was not.
 */
export type AutosaveRead = { ok: true; state: GameState; config: SessionConfig; refused?: string } | { ok: false; error: string };

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

/** The autosave (null if there is none), bringing a localStorage one over the first time. */
export async function readAutosave(): Promise<AutosaveRead | null> {
  let db: IDBPDatabase;
  let newest: unknown;
  let previous: unknown;
  try {
    db = await database();
    const tx = db.transaction(STORE, 'readonly');
    [newest, previous] = await Promise.all([tx.store.get(AUTOSAVE_KEY), tx.store.get(PREVIOUS_KEY), tx.done]);
  } catch {
    // No IndexedDB here: an autosave of an earlier page may still be read (the game then says it cannot autosave).
    const legacy = legacyText();
    return legacy === null ? null : readText(legacy);
  }
  if (typeof newest !== 'string') {
    const legacy = legacyText();
    if (legacy === null) return null;
    await migrate(db, legacy);
    return readText(legacy);
  }
  const read = readText(newest);
  if (read.ok) readable = newest;
  if (read.ok || typeof previous !== 'string') return read;
  const before = readText(previous);
  return before.ok ? { ...before, refused: read.error } : read;
}

/** The localStorage autosave, copied as it is (readable or not) while IndexedDB has none; localStorage keeps its copy. */
async function migrate(db: IDBPDatabase, text: string): Promise<void> {
  try {
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    tx.done.catch(() => {});
    if ((await tx.store.get(AUTOSAVE_KEY)) === undefined) await tx.store.put(text, AUTOSAVE_KEY);
    await tx.done;
  } catch {
    // Not copied: it is still read from localStorage next time.
  }
}

/**
 * The session's autosave writes, one transaction at a time: a request while
 * one is in flight waits, and only the newest waiting request is written (a
 * save holds every action, so a skipped one loses nothing). `busy` is true
 * from a request until its game is on disk: until then the board does not
 * show it.
 */
export class AutosaveQueue {
  private writing = false;
  private next: { state: GameState; config: SessionConfig } | null = null;
  private stopped = false;
  /** Why the last write failed, for the player; null once one succeeds. */
  error: string | null = null;

  constructor(private readonly settled: () => void) {}

  get busy(): boolean {
    return this.writing || this.next !== null;
  }

  request(state: GameState, config: SessionConfig): void {
    if (this.stopped) return;
    this.next = { state, config: { ...config, seats: { ...config.seats } } };
    if (!this.writing) void this.drain();
  }

  /** No more writes: the one waiting is dropped (one in flight still commits). */
  stop(): void {
    this.stopped = true;
    this.next = null;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.next) {
      const job = this.next;
      this.next = null;
      const r = await writeAutosave(job.state, job.config);
      this.error = r.ok ? null : r.error;
    }
    this.writing = false;
    this.settled();
  }
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
