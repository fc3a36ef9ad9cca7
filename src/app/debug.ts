import { actionSchema, exportReplay, hash, loadReplay, runReplay, SIDE_NAMES, toArray, type Action, type GameState, type Observation, type Replay, type RuleError } from '../rules';
import type { ActResult, Session } from './session';

/** What the scenes report for debugging and tests: screen positions in CSS pixels, the scene shown, the last message. */
export interface ScreenInfo {
  scene: string;
  regions: Record<string, { x: number; y: number; r: number }>;
  buttons: Record<string, { x: number; y: number; label: string; enabled: boolean }>;
  message: string;
  /** Notes under the message: odds, bot activity, autosave problems. */
  notes?: string[];
  selected: string | null;
  /** The table: the region under the keyboard's cursor (arrow keys), or null. */
  cursor?: string | null;
  /** What the page says of the dice: the commitment, that they are known, or (at the end, in a replay) the seed checked against its commitment. */
  dice?: string;
  /** The table: where each region's name is written (CSS pixels, top left and size). */
  labels?: Record<string, { x: number; y: number; w: number; h: number }>;
  /** The table: how many actions the game drawn on the board holds. Each is in the autosave on disk before it is drawn. */
  actions?: number;
  /** The table: the map beneath the board (src/scenes/mapLayer.ts): each river line as drawn, how many border lines, where two known coordinates land, and how often it was drawn. */
  map?: { rivers: { name: string; points: { x: number; y: number }[] }[]; borders: number; probes: { lat: number; lon: number; x: number; y: number }[]; draws: number };
  /** The table: what the margins strip along the board's top says, and where it is. */
  strip?: { lines: string[]; x: number; y: number; w: number; h: number };
  /** The table: the dice cards beside their regions (src/scenes/diceLayer.ts), what each says and where it is (CSS pixels). */
  cards?: { region: string; title: string; roll: number | null; lines: string[]; x: number; y: number; w: number; h: number }[];
  /** The table: how many times each region was drawn since the scene opened (retained rendering: a change redraws only what it touched). */
  regionDraws?: Record<string, number>;
  /** The table: where the legend lies (CSS pixels), or null when no corner of the map had room for it. */
  legend?: { x: number; y: number; w: number; h: number } | null;
  /** The table: the board's zoom (1: the whole map) and the regions in view. */
  zoom?: { level: number; inView: string[] };
  /** The replay viewer: its scrub bar, what it says, and each week's cell on it (CSS pixels). */
  scrub?: { x: number; y: number; w: number; h: number; label: string; weeks: { turn: number; x0: number; x1: number }[] };
}

/** A refusal from the debug API itself: no game running, input that is not an action at all, or an action for someone not at the screen. */
export type DebugRefusal = { ok: false; error: { code: 'ERR_NO_GAME' | 'ERR_NOT_AT_SCREEN' | RuleError['code']; message: string } };

/**
 * `window.euphrates`. Without the debug flag it belongs to the person at the
 * screen: it shows what the board shows (`view`) and acts only for the human
 * side to move once any hand-over is done, like the page's own controls. The
 * full state, the whole record (every action, Islamic State's secret moves
 * included, and the seed) and acting for any side need the debug flag
 * (`debugFlag`), or a finished game, where nothing is secret any more.
 */
export interface EuphratesApi {
  version: string;
  /** The page was opened with the debug flag: everything below is open. */
  debug: boolean;
  /** The full state, hidden leaders and the generator included: debug flag or game over, else null. */
  state(): GameState | null;
  /** What the side at the screen knows: the observation the board and panel are drawn from (null behind a hand-over card). */
  view(): Observation | null;
  /** The legal actions of the human side at the screen (with the debug flag: of the side to move, bot or not). */
  legal(): Action[];
  /** Any input: it is parsed as an action first (`actionSchema`), and a malformed one is refused naming the field. */
  act(action: unknown): ActResult | DebugRefusal;
  /** The replay (seed and every action): debug flag or game over, else null. */
  exportReplay(): Replay | null;
  /** The full state's hash: debug flag or game over, else null (a hash of hidden data can be matched against guesses). */
  hash(): string | null;
  /** Every action of the game so far, in order: debug flag or game over, else null. */
  actions(): Action[] | null;
  screen(): ScreenInfo;
  /** Frames the game loop has run: an idle screen runs none (src/scenes/loopSleep.ts). */
  frames(): number;
  /** A bot's decision is being thought in the bot worker (src/app/thinking.ts), the page drawing on meanwhile. */
  botThinking(): boolean;
  /** Replays a replay file's text through this page's rules: the final state hash, to compare with Node's. */
  replayHash(text: string): { ok: true; hash: string } | { ok: false; error: string };
}

export const debug = {
  /** The page was opened with the debug flag: the table says so, for everyone at the screen to see. */
  open: false,
  session: null as Session | null,
  screen: { scene: 'Boot', regions: {}, buttons: {}, message: '', selected: null } as ScreenInfo,
  /** The Game scene redraws after an action taken from outside the page's controls. */
  refresh: () => {},
  /** The game loop's frame count (set by src/main.ts). */
  frames: () => 0,
  /** Whether the table's bot is thinking (set by the Game scene). */
  thinking: () => false,
};

/** The debug flag: the dev server (`npm start`), or `?debug` in the page's address. */
export function debugFlag(): boolean {
  return import.meta.env.DEV || new URLSearchParams(window.location.search).has('debug');
}

/** Input from outside the page's own controls, parsed as an action; refused with zod's first complaint and the field it is about. */
function parseAction(input: unknown): { ok: true; action: Action } | DebugRefusal {
  const parsed = actionSchema.safeParse(input);
  if (parsed.success) return { ok: true, action: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length ? `field "${issue.path.map(String).join('.')}": ` : '';
  return { ok: false, error: { code: 'ERR_MALFORMED', message: `Not an action: ${field}${issue?.message ?? 'invalid input'}.` } };
}

/** Why `action` may not be taken from outside the page's controls without the debug flag, or null if the person at the screen may take it. */
export function notAtScreen(session: Session, action: Action): string | null {
  const at = session.atScreen();
  if (at === action.side) return null;
  const who = SIDE_NAMES[action.side];
  const why = at
    ? `${SIDE_NAMES[at]} is at the screen`
    : session.closed
      ? 'the game continues in another tab'
      : session.state.phase === 'over'
      ? 'the game is over'
      : session.needsHandOver()
        ? 'the hand-over screen is up'
        : `a bot plays ${SIDE_NAMES[session.state.active]}`;
  return `Only the human side at the screen may act here, and ${why}: not ${who}. Open the page with ?debug to act for any side.`;
}

/** What the table and the menu say while the debug flag is on. */
export const DEBUG_NOTE = 'Debug mode (?debug): window.euphrates reads every secret and acts for any side.';

export function installDebugApi(version: string, open = debugFlag()): void {
  debug.open = open;
  const session = () => debug.session;
  /** Everything may be read with the flag, and by anyone once the game is over. */
  const readable = () => open || session()?.state.phase === 'over';
  const api: EuphratesApi = {
    version,
    debug: open,
    state: () => (readable() ? (session()?.state ?? null) : null),
    view: () => {
      const s = session();
      if (!s) return null;
      return open || !s.needsHandOver() ? s.observation() : null;
    },
    legal: () => {
      const s = session();
      if (!s) return [];
      return open || s.atScreen() ? s.legal() : [];
    },
    act: (input) => {
      const s = session();
      if (!s) return { ok: false, error: { code: 'ERR_NO_GAME', message: 'No game is running.' } };
      const parsed = parseAction(input);
      if (!parsed.ok) return parsed;
      const refused = open ? null : notAtScreen(s, parsed.action);
      if (refused) return { ok: false, error: { code: 'ERR_NOT_AT_SCREEN', message: refused } };
      const r = s.act(parsed.action);
      debug.refresh();
      return r;
    },
    exportReplay: () => (readable() && session() ? exportReplay(session()!.state) : null),
    hash: () => (readable() && session() ? hash(session()!.state) : null),
    screen: () => debug.screen,
    frames: () => debug.frames(),
    botThinking: () => debug.thinking(),
    actions: () => (readable() && session() ? toArray(session()!.state.actions) : null),
    replayHash: (text) => {
      const replay = loadReplay(text);
      if (!replay.ok) return replay;
      const final = runReplay(replay.value);
      return final.ok ? { ok: true, hash: hash(final.value) } : final;
    },
  };
  window.euphrates = api;
}
