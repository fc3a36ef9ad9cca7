/** A batch worker: plays the games it is sent, one record per message. */
import { parentPort } from 'node:worker_threads';
import { buildRules, type Ruleset } from '../rules';
import { BotModuleError, loadSeats } from './bot-modules';
import { playRecord, type BatchSetup, type GameRecord, type WorkerReply, type WorkerRequest } from './game-record';

/** What the batch's 'start' message set up: the ruleset is built here once, for every game this worker plays. */
interface Setup {
  rules: Ruleset;
  seed: string;
  batch: BatchSetup;
}

const port = parentPort;
if (port) {
  // Games wait for the setup: loading the seats' bot modules takes a moment.
  let ready: Promise<Setup> | null = null;
  port.on('message', (msg: WorkerRequest) => {
    if (msg.kind === 'start') {
      ready = loadSeats(msg.setup.seats, msg.setup.botOptions).then(() => ({ rules: buildRules(msg.scenario), seed: msg.seed, batch: msg.setup }));
      return;
    }
    if (msg.kind === 'stop') {
      port.close();
      return;
    }
    if (!ready) return;
    ready.then(
      (setup) => {
        for (const index of msg.indexes) port.postMessage(play(() => playRecord(setup.rules, setup.seed, index, setup.batch), index));
      },
      (e: unknown) => {
        for (const index of msg.indexes) port.postMessage(failure(e, index));
      },
    );
  });
}

function play(game: () => GameRecord, index: number): WorkerReply {
  try {
    return { kind: 'record', record: game() };
  } catch (e) {
    return failure(e, index);
  }
}

function failure(e: unknown, index: number): WorkerReply {
  return { kind: 'error', index, message: e instanceof Error ? e.message : String(e), botModule: e instanceof BotModuleError };
}
