/**
 * One game of a batch, wherever it runs: in the batch's own thread or in a
 * worker. Kept apart from batch.ts so that the worker bundle holds only the
 * game code, not the code that spawns workers.
 */
import { createBot, playGame, type BotLevel, type BotOptions, type PlayedGame } from '../ai';
import type { Scenario, Side } from '../rules';

/** One game of a batch: its index and seed, and how it ended (the played game without its final state). */
export type GameRecord = { index: number; seed: string } & Omit<PlayedGame, 'state'>;

/** Per-level bot options (search budget), the same for every game. */
export type BatchBotOptions = Partial<Record<BotLevel, BotOptions>>;

/** One game of a batch: the same record wherever it runs. */
export function playRecord(scenario: Scenario, batchSeed: string, index: number, levels: Record<Side, BotLevel>, botOptions: BatchBotOptions = {}): GameRecord {
  const seed = `${batchSeed}:${index}`;
  const bots = {
    coalition: createBot(levels.coalition, 'coalition', seed, botOptions[levels.coalition]),
    regime: createBot(levels.regime, 'regime', seed, botOptions[levels.regime]),
    islamicState: createBot(levels.islamicState, 'islamicState', seed, botOptions[levels.islamicState]),
  };
  const { state: _final, ...ending } = playGame(scenario, seed, bots);
  return { index, seed, ...ending };
}

/** Messages between the batch and its workers. */
export type WorkerRequest =
  | { kind: 'start'; scenario: Scenario; seed: string; levels: Record<Side, BotLevel>; botOptions: BatchBotOptions }
  | { kind: 'games'; indexes: number[] }
  | { kind: 'stop' };
export type WorkerReply = { kind: 'record'; record: GameRecord } | { kind: 'error'; index: number; message: string };
