/**
 * One game of a batch, wherever it runs: in the batch's own thread or in a
 * worker. Kept apart from batch.ts so that the worker bundle holds only the
 * game code, not the code that spawns workers.
 */
import { playGame, type BotOptions } from '../ai';
import { SIDES, type Ruleset, type Scenario, type Side, type WinReason } from '../rules';
import { courseOf, type CaptureRecord, type LeaderPath } from './chronicle';
import { seatBot } from './bot-modules';
import { continueGame, type Continuations } from './continuations';
import { marginsByTurn } from '../app/marginCourse';
import type { Seat } from './seats';

export type { CaptureRecord, LeaderPath, Continuations };

/** What `npm run sim -- --json` writes at its top, so a reader knows which record layout follows. */
export const BATCH_FORMAT = 'middle-euphrates/batch';
export const BATCH_VERSION = 1;

/**
 * How one game of a batch went, as data (docs/BALANCE.md lists the fields):
 * the result, the final margins, each leader's course and who caught it how,
 * and per turn the escalation track and the regions that changed hands.
 * Plain JSON, so it crosses from a worker unchanged and prints as it is
 * under `--json`.
 */
export interface GameRecord {
  index: number;
  seed: string;
  winner: Side | null;
  /** Why: the result's reason code. */
  victory: WinReason;
  /** The turn the game ended on. */
  turns: number;
  /** The campaign ended early: Islamic State had no fighters left and none to raise (RULES §9.4). */
  routed: boolean;
  /** Each side's victory margin at the end. */
  margins: Record<Side, number>;
  /** marginsByTurn[side][t - 1]: the side's margin at the end of turn t (src/app/marginCourse.ts). */
  marginsByTurn: Record<Side, number[]>;
  /** Leader value caught by the Coalition, by the Regime, and still at large at the end. */
  leaderValue: { coalition: number; regime: number; atLarge: number };
  leadersCaptured: number;
  leadersAtLarge: number;
  /** Every leader's region at the end of each turn it finished at large, and where it was caught. */
  leaders: LeaderPath[];
  captures: CaptureRecord[];
  /** escalation[t - 1]: the track at the end of turn t. */
  escalation: number[];
  /** taken[t - 1]: regions that changed hands during turn t. */
  taken: number[];
  /** Searches made by the hunters, and how many of them were of a region a search had proven empty earlier that turn (chronicle.ts). */
  searches: number;
  searchesOfEmpty: number;
  /** Continuations from the end of turn 10 (continuations.ts); null when none were asked for or the game ended before. */
  continuations: Continuations | null;
}

/** Bot options by bot name (a level, or a module's file name; seats.ts botName): the search budget, the same for every game. */
export type BatchBotOptions = Readonly<Partial<Record<string, BotOptions>>>;

/** What every game of a batch shares, besides the ruleset. */
export interface BatchSetup {
  seats: Record<Side, Seat>;
  botOptions: BatchBotOptions;
  /** Continuations to play from the end of turn 10 (0: none). */
  continuations: number;
}

/**
 * One game of a batch: the same record wherever it runs. `rules` is built
 * once per batch (or per worker), not per game; bot modules must have been
 * loaded in this thread (loadSeats).
 */
export function playRecord(rules: Ruleset, batchSeed: string, index: number, setup: BatchSetup): GameRecord {
  const seed = `${batchSeed}:${index}`;
  const { seats, botOptions } = setup;
  const bot = (side: Side) => seatBot(seats[side], side, seed, botOptions);
  const game = playGame(rules, seed, { coalition: bot('coalition'), regime: bot('regime'), islamicState: bot('islamicState') });
  const { result, state } = game;
  const course = courseOf(state);
  const perSide = (values: readonly number[]) => Object.fromEntries(SIDES.map((s, k) => [s, values[k]!])) as Record<Side, number>;
  const atLarge = course.leaders.filter((l) => l.caughtAt === null).length;
  return {
    index,
    seed,
    winner: result.winner,
    victory: result.reason,
    turns: result.turn,
    routed: result.routed,
    margins: perSide(result.margins),
    marginsByTurn: marginsByTurn(state),
    leaderValue: { coalition: result.leaders[0], regime: result.leaders[1], atLarge: result.leaders[2] },
    leadersCaptured: course.leaders.length - atLarge,
    leadersAtLarge: atLarge,
    leaders: course.leaders,
    captures: course.captures,
    escalation: course.escalation,
    taken: course.taken,
    searches: course.searches,
    searchesOfEmpty: course.searchesOfEmpty,
    continuations: continueGame(state, seats, botOptions, setup.continuations),
  };
}

/** Messages between the batch and its workers. A worker gets the scenario (a ruleset holds maps) and builds its ruleset once. */
export type WorkerRequest =
  | { kind: 'start'; scenario: Scenario; seed: string; setup: BatchSetup }
  | { kind: 'games'; indexes: number[] }
  | { kind: 'stop' };
/** A failed game's error; `botModule` when a bot module was at fault (a user's error, reported as one line). */
export type WorkerReply = { kind: 'record'; record: GameRecord } | { kind: 'error'; index: number; message: string; botModule: boolean };
