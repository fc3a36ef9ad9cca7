import type { Session } from './session';

/**
 * One game per browser at a time. Every tab of the page shares one autosave,
 * so two tabs playing at once would overwrite each other's game, silently.
 * A tab therefore holds an exclusive Web Lock while it plays (from the first
 * game it starts until it goes back to the menu). Another tab sees the lock
 * is held, says so, and plays only once its player takes the game over: the
 * lock is stolen, and the tab that held it is told (its lock request fails
 * with an AbortError) and stops playing and saving. A tab that closes or
 * crashes lets go of the lock by itself. Where the browser has no Web Locks
 * (navigator.locks), tabs are not coordinated.
 */
const LOCK = 'middle-euphrates/game';

/** The lock this tab holds: let go by `release`; `settled` once the browser has let go of it. */
let held: { release: () => void; settled: Promise<void> } | null = null;
/** The game the lock protects: closed if another tab takes it over. */
let guarded: Session | null = null;

function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/**
 * Claims this browser's game for `session` (null: for no game, only to stop
 * the other tab), in this tab: true if it may play.
 * False when another tab has it and `takeOver` is not set; with `takeOver`
 * the other tab's claim is ended (it stops). A tab that holds the game
 * already passes it on to the new session (Play again).
 */
export async function claimGame(session: Session | null, takeOver = false): Promise<boolean> {
  const manager = locks();
  if (!manager || held) {
    guarded = session;
    return true;
  }
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  let granted!: (ok: boolean) => void;
  const answer = new Promise<boolean>((r) => (granted = r));
  const request = manager.request(LOCK, takeOver ? { steal: true } : { ifAvailable: true }, (lock) => {
    granted(lock !== null);
    return lock ? done : undefined;
  });
  const mine = { release, settled: request.then(() => {}, () => {}) };
  request.then(
    () => {
      if (held === mine) held = null;
    },
    (e: unknown) => {
      if (held !== mine) return;
      held = null;
      // Stolen: another tab took the game over. Nothing more is played or saved here.
      if ((e as Error).name === 'AbortError') guarded?.close();
    },
  );
  if (!(await answer)) return false;
  held = mine;
  guarded = session;
  return true;
}

/** Lets go of this tab's claim (back at the menu): resolves once another tab could take the game. */
export async function releaseGame(): Promise<void> {
  const h = held;
  held = null;
  guarded = null;
  if (!h) return;
  h.release();
  await h.settled;
}

/**
 * Tells `show` whether another tab has this browser's game open: now, each
 * time this tab comes to the front, and every 1.5 s while it is open
 * elsewhere (to notice when it closes). Returns a function that stops.
 */
export function watchOtherTabs(show: (open: boolean) => void): () => void {
  const manager = locks();
  if (!manager) return () => {};
  let timer = 0;
  let stopped = false;
  const check = () => {
    void manager.query().then((q) => {
      if (stopped) return;
      const open = (q.held ?? []).some((l) => l.name === LOCK);
      show(open);
      clearTimeout(timer);
      if (open) timer = window.setTimeout(check, 1500);
    });
  };
  check();
  document.addEventListener('visibilitychange', check);
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', check);
  };
}
