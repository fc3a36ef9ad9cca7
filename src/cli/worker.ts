/** A batch worker: plays the games it is sent, one record per message. */
import { parentPort } from 'node:worker_threads';
import type { Scenario, Side } from '../rules';
import type { BotLevel } from '../ai';
import { playRecord, type BatchBotOptions, type WorkerReply, type WorkerRequest } from './game-record';

let setup: { scenario: Scenario; seed: string; levels: Record<Side, BotLevel>; botOptions: BatchBotOptions } | null = null;

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'start') {
    setup = { scenario: msg.scenario, seed: msg.seed, levels: msg.levels, botOptions: msg.botOptions };
    return;
  }
  if (msg.kind === 'stop') {
    parentPort?.close();
    return;
  }
  if (!setup) return;
  for (const index of msg.indexes) {
    let reply: WorkerReply;
    try {
      reply = { kind: 'record', record: playRecord(setup.scenario, setup.seed, index, setup.levels, setup.botOptions) };
    } catch (e) {
      reply = { kind: 'error', index, message: e instanceof Error ? e.message : String(e) };
    }
    parentPort?.postMessage(reply);
  }
});
