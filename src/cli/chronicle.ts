/**
 * What a batch records of a game's course, read off its chronicle (every
 * event, secret ones included: the batch is no player, so it may see where a
 * hidden leader went). Only events are read, never states compared.
 */
import { newGame, toArray, type CaptureHow, type GameState, type Side } from '../rules';

/** A leader's course: where it stood at the end of every turn it finished at large, and where it was caught, if it was. */
export interface LeaderPath {
  leader: string;
  /** path[t - 1]: its region at the end of turn t. Stops at the last turn it ended at large. */
  path: string[];
  caughtAt: string | null;
}

export interface CaptureRecord {
  leader: string;
  turn: number;
  by: Side;
  how: CaptureHow;
}

export interface Course {
  leaders: LeaderPath[];
  /** In the order they happened. */
  captures: CaptureRecord[];
  /** escalation[t - 1]: the track at the end of turn t. */
  escalation: number[];
  /** taken[t - 1]: regions that changed hands during turn t (regionTaken events). */
  taken: number[];
  /** Searches made, by either hunter. */
  searches: number;
  /**
   * Searches of a region a successful search had already proven empty that
   * turn, before any leader could move again or go to ground there after a
   * missed raid: a die spent on nothing (the proof is public, so it counts
   * whichever hunter made it).
   */
  searchesOfEmpty: number;
}

export function courseOf(state: GameState): Course {
  // Where the leaders start: the one thing no event says (a leader that never moves is never in one).
  const start = newGame(state.rules, state.seed);
  const at = new Map(start.leaders.map((l) => [l.id, l.at]));
  const leaders: LeaderPath[] = start.leaders.map((l) => ({ leader: l.id, path: [], caughtAt: null }));
  const byId = new Map(leaders.map((l) => [l.leader, l]));
  const captures: CaptureRecord[] = [];
  const escalation: number[] = [];
  const taken: number[] = [];
  let track = start.escalation;
  let turn = 0;
  let searches = 0;
  let searchesOfEmpty = 0;
  // Regions proven empty since the last leader phase.
  let provenEmpty = new Set<string>();
  for (const chapter of toArray(state.chronicle)) {
    for (const e of chapter.events) {
      switch (e.type) {
        case 'turnBegan':
          turn = e.turn;
          taken[turn - 1] = 0;
          break;
        case 'phaseBegan':
          if (e.phase === 'leaders') provenEmpty = new Set();
          break;
        case 'searched':
          searches++;
          if (provenEmpty.has(e.region)) searchesOfEmpty++;
          else if (e.roll >= e.needed && e.found === 0) provenEmpty.add(e.region);
          break;
        case 'leaderVanished':
          // A missed raid sends him to ground where he stood: hidden there again, and worth a search.
          provenEmpty.delete(e.from);
          break;
        case 'regionTaken':
          taken[turn - 1] = (taken[turn - 1] ?? 0) + 1;
          break;
        case 'trackChanged':
          if (e.track === 'escalation') track = e.value;
          break;
        case 'deconflicted':
          // Deconfliction says the new value in its own event (it emits no trackChanged).
          track = e.escalation;
          break;
        case 'leaderMoved':
          at.set(e.leader, e.to);
          break;
        case 'leaderCaptured':
          byId.get(e.leader)!.caughtAt = e.region;
          captures.push({ leader: e.leader, turn, by: e.by, how: e.how });
          break;
        case 'turnEnded':
          escalation[e.turn - 1] = track;
          for (const l of leaders) if (l.caughtAt === null) l.path.push(at.get(l.leader)!);
          break;
        default:
          break;
      }
    }
  }
  return { leaders, captures, escalation, taken, searches, searchesOfEmpty };
}
