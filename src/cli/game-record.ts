/**
 * One game of a batch, wherever it runs: in the batch's own thread or in a
 * worker. Kept apart from batch.ts so that the worker bundle holds only the
 * game code, not the code that spawns workers.
 */
import { createBot, playGame, type BotLevel, type BotOptions, type PlayedGame } from '../ai';
import type { Ruleset, Scenario, Side, WinReason } from '../rules';

/**
 * How one game of a batch ended, as data: the result's winner, reason code and
 * final victory points (the rules' own totals, secret points included), and
 * each leader's fate with who caught it, how and when. Plain JSON, so it
 * crosses from a worker unchanged and prints as it is under `--json`.
 */
export interface GameRecord {
  index: number;
  seed: string;
  winner: Side | null;
  reason: WinReason;
  /** The sides whose victory condition held at the end. */
  met: readonly Side[];
  /** The turn the game ended on. */
  turns: number;
  vp: Record<Side, number>;
  leadersCaptured: number;
  leadersEscaped: number;
  captures: PlayedGame['captures'];
  escapes: PlayedGame['escapes'];
}

/** Per-level bot options (search budget), the same for every game. */
export type BatchBotOptions = Partial<Record<BotLevel, BotOptions>>;

/** One game of a batch: the same record wherever it runs. `rules` is built once per batch (or per worker), not per game. */
export function playRecord(rules: Ruleset, batchSeed: string, index: number, levels: Record<Side, BotLevel>, botOptions: BatchBotOptions = {}): GameRecord {
  const seed = `${batchSeed}:${index}`;
  const bots = {
    coalition: createBot(levels.coalition, 'coalition', seed, botOptions[levels.coalition]),
    regime: createBot(levels.regime, 'regime', seed, botOptions[levels.regime]),
    islamicState: createBot(levels.islamicState, 'islamicState', seed, botOptions[levels.islamicState]),
  };
  const game = playGame(rules, seed, bots);
  const { result } = game;
  return {
    index,
    seed,
    winner: result.winner,
    reason: result.reason,
    met: result.met,
    turns: game.turns,
    vp: { coalition: result.vp[0], regime: result.vp[1], islamicState: result.vp[2] },
    leadersCaptured: game.leadersCaptured,
    leadersEscaped: game.leadersEscaped,
    captures: game.captures,
    escapes: game.escapes,
  };
}

/** Messages between the batch and its workers. A worker gets the scenario (a ruleset holds maps) and builds its ruleset once. */
export type WorkerRequest =
  | { kind: 'start'; scenario: Scenario; seed: string; levels: Record<Side, BotLevel>; botOptions: BatchBotOptions }
  | { kind: 'games'; indexes: number[] }
  | { kind: 'stop' };
export type WorkerReply = { kind: 'record'; record: GameRecord } | { kind: 'error'; index: number; message: string };
