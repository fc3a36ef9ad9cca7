/** A batch worker: plays the games it is sent, one record per message. */
import { parentPort } from 'node:worker_threads';
import { buildRules, type Ruleset } from '../rules';
import { playRecord, type BatchSetup, type WorkerReply, type WorkerRequest } from './game-record';

/** What the batch's 'start' message set up: the ruleset is built here once, for every game this worker plays. */
interface Setup {
  rules: Ruleset;
  seed: string;
  batch: BatchSetup;
}

const port = parentPort;
if (port) {
  let setup: Setup | null = null;
  port.on('message', (msg: WorkerRequest) => {
    if (msg.kind === 'start') {
      setup = { rules: buildRules(msg.scenario), seed: msg.seed, batch: msg.setup };
      return;
    }
    if (msg.kind === 'stop') {
      port.close();
      return;
    }
    if (!setup) return;
    for (const index of msg.indexes) {
      let reply: WorkerReply;
      try {
        reply = { kind: 'record', record: playRecord(setup.rules, setup.seed, index, setup.batch) };
      } catch (e) {
        reply = { kind: 'error', index, message: e instanceof Error ? e.message : String(e) };
      }
      port.postMessage(reply);
    }
  });
}
