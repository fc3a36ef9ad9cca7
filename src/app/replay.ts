import { apply, hash, newGame, type Action, type GameEvent, type GameState, type Replay, type Ruleset, type Scenario } from '../rules';
import type { DiceCheck } from './dice';

/** How many actions apart progress is told: often enough for a smooth bar, seldom enough to cost nothing. */
const PROGRESS_EVERY = 50;

/** The hash a replay file recorded against the hash of the game its actions make here. */
export interface HashCheck {
  recorded: string;
  replayed: string;
  matches: boolean;
}

/** Watching a finished game: every state from the first to the last, the events that led to each, and where we are. */
export interface ReplayWatch {
  states: GameState[];
  /** `events[i]`: what the action leading to `states[i]` produced (nothing for the first state). */
  events: (readonly GameEvent[])[];
  index: number;
  /** The seed checked against the replay's commitment (src/app/dice.ts); null until the hash is done. */
  dice: DiceCheck | null;
  /** For a file opened from disk: does it lead to the game it recorded? Null for the game just played. */
  hashCheck: HashCheck | null;
}

/**
 * Every state of a game rebuilt from its seed and actions, as `runReplay`
 * does, keeping each step and its events for the viewer. Stops at the first
 * action the rules refuse (callers check the record with `runReplay` first).
 */
export function replaySteps(rules: Scenario | Ruleset, seed: string, actions: readonly Action[], index = 0, progress?: (done: number, total: number) => void): ReplayWatch {
  const states = [newGame(rules, seed)];
  const events: (readonly GameEvent[])[] = [[]];
  for (const action of actions) {
    const next = apply(states[states.length - 1]!, action);
    if (!next.ok) break;
    states.push(next.state);
    events.push(next.events);
    if (progress && states.length % PROGRESS_EVERY === 0) progress(states.length - 1, actions.length);
  }
  return { states, events, index: Math.min(index, states.length - 1), dice: null, hashCheck: null };
}

/** A replay file to watch, `end` being its replayed final state: its steps, and whether its recorded hash is that state's. */
export function watchFile(replay: Replay, end: GameState): ReplayWatch {
  return { ...replaySteps(end.rules, replay.seed, replay.actions), hashCheck: hashCheckOf(replay.hash, end) };
}

/** The hash a file recorded against the hash of `end`, the game its actions make. */
export function hashCheckOf(recorded: string, end: GameState): HashCheck {
  const replayed = hash(end);
  return { recorded, replayed, matches: replayed === recorded };
}

/** The viewer's line on the hash: what a player checking a shared game reads. */
export function hashLine(check: HashCheck): string {
  return check.matches
    ? `The recorded hash ${check.recorded} matches the game these actions make.`
    : `The recorded hash differs: these actions make the game ${check.replayed}, not the ${check.recorded} the file recorded. The file was changed or damaged; what is shown is what its actions make.`;
}

export type ReplayStep = 'first' | 'back' | 'forward' | 'last' | 'prevTurn' | 'nextTurn';

/**
 * Where a step of the viewer goes: one action either way, a whole turn (to the
 * first action of the previous or next week), or either end.
 */
export function stepReplay(r: ReplayWatch, step: ReplayStep): number {
  const n = r.states.length - 1;
  const turnAt = (i: number) => r.states[i]!.turn;
  switch (step) {
    case 'first':
      return 0;
    case 'last':
      return n;
    case 'back':
      return Math.max(0, r.index - 1);
    case 'forward':
      return Math.min(n, r.index + 1);
    case 'nextTurn': {
      let i = r.index;
      while (i < n && turnAt(i) === turnAt(r.index)) i++;
      return i;
    }
    case 'prevTurn': {
      // The start of this week, or of the one before when already at a week's start.
      let i = r.index;
      while (i > 0 && turnAt(i - 1) === turnAt(r.index)) i--;
      if (i === r.index && i > 0) {
        i--;
        while (i > 0 && turnAt(i - 1) === turnAt(r.index - 1)) i--;
      }
      return i;
    }
  }
}
