import { actionsOf, exportReplay, hash, loadReplay, runReplay, type Action, type GameState, type GameView, type Replay } from '../rules';
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

export interface EuphratesApi {
  version: string;
  state(): GameState | null;
  view(): GameView | null;
  legal(): Action[];
  act(action: Action): ActResult | { ok: false; error: { code: string; message: string } };
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

export function installDebugApi(version: string): void {
  const api: EuphratesApi = {
    version,
    state: () => debug.session?.state ?? null,
    view: () => debug.session?.view() ?? null,
    legal: () => debug.session?.legal() ?? [],
    act: (action) => {
      if (!debug.session) return { ok: false, error: { code: 'ERR_NO_GAME', message: 'No game is running.' } };
      const r = debug.session.act(action);
      debug.refresh();
      return r;
    },
    exportReplay: () => (debug.session ? exportReplay(debug.session.state) : null),
    hash: () => (debug.session ? hash(debug.session.state) : null),
    screen: () => debug.screen,
    actions: () => (debug.session ? actionsOf(debug.session.state) : []),
    replayHash: (text) => {
      const replay = loadReplay(text);
      if (!replay.ok) return replay;
      const final = runReplay(replay.value);
      return final.ok ? { ok: true, hash: hash(final.value) } : final;
    },
  };
  window.euphrates = api;
}
