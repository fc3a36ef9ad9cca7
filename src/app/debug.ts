import { actionSchema, exportReplay, hash, loadReplay, runReplay, toArray, type Action, type GameState, type Observation, type Replay, type RuleError } from '../rules';
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
}

/** A refusal from the debug API itself: no game running, or input that is not an action at all. */
export type DebugRefusal = { ok: false; error: { code: 'ERR_NO_GAME' | RuleError['code']; message: string } };

export interface EuphratesApi {
  version: string;
  state(): GameState | null;
  /** What the side at the screen knows: the observation the board and panel are drawn from. */
  view(): Observation | null;
  legal(): Action[];
  /** Any input: it is parsed as an action first (`actionSchema`), and a malformed one is refused naming the field. */
  act(action: unknown): ActResult | DebugRefusal;
  exportReplay(): Replay | null;
  hash(): string | null;
  /** Every action of the game so far, in order. */
  actions(): Action[];
  screen(): ScreenInfo;
  /** Replays a replay file's text through this page's rules: the final state hash, to compare with Node's. */
  replayHash(text: string): { ok: true; hash: string } | { ok: false; error: string };
}

export const debug = {
  session: null as Session | null,
  screen: { scene: 'Boot', regions: {}, buttons: {}, message: '', selected: null } as ScreenInfo,
  /** The Game scene redraws after an action taken from outside the page's controls. */
  refresh: () => {},
};

/** Input from outside the page's own controls, parsed as an action; refused with zod's first complaint and the field it is about. */
function parseAction(input: unknown): { ok: true; action: Action } | DebugRefusal {
  const parsed = actionSchema.safeParse(input);
  if (parsed.success) return { ok: true, action: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length ? `field "${issue.path.map(String).join('.')}": ` : '';
  return { ok: false, error: { code: 'ERR_MALFORMED', message: `Not an action: ${field}${issue?.message ?? 'invalid input'}.` } };
}

export function installDebugApi(version: string): void {
  const api: EuphratesApi = {
    version,
    state: () => debug.session?.state ?? null,
    view: () => debug.session?.observation() ?? null,
    legal: () => debug.session?.legal() ?? [],
    act: (input) => {
      if (!debug.session) return { ok: false, error: { code: 'ERR_NO_GAME', message: 'No game is running.' } };
      const parsed = parseAction(input);
      if (!parsed.ok) return parsed;
      const r = debug.session.act(parsed.action);
      debug.refresh();
      return r;
    },
    exportReplay: () => (debug.session ? exportReplay(debug.session.state) : null),
    hash: () => (debug.session ? hash(debug.session.state) : null),
    screen: () => debug.screen,
    actions: () => (debug.session ? toArray(debug.session.state.actions) : []),
    replayHash: (text) => {
      const replay = loadReplay(text);
      if (!replay.ok) return replay;
      const final = runReplay(replay.value);
      return final.ok ? { ok: true, hash: hash(final.value) } : final;
    },
  };
  window.euphrates = api;
}
