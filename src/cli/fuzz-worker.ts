/** A fuzzer worker: builds the corpus once, then judges each mutant it is sent. */
import { parentPort } from 'node:worker_threads';
import { check, mutantAt, prepare, type Fuzzing, type Verdict } from './fuzz-check';

export type FuzzRequest = { kind: 'start'; seed: string } | { kind: 'mutant'; index: number };
export type FuzzReply = { kind: 'ready'; files: number } | { kind: 'verdict'; index: number; file: string; ops: string[]; verdict: Verdict };

const port = parentPort;
if (port) {
  let fuzzing: Fuzzing | null = null;
  let seed = '';
  port.on('message', (msg: FuzzRequest) => {
    if (msg.kind === 'start') {
      seed = msg.seed;
      fuzzing = prepare();
      port.postMessage({ kind: 'ready', files: fuzzing.files.length } satisfies FuzzReply);
      return;
    }
    if (!fuzzing) return;
    const m = mutantAt(fuzzing, seed, msg.index);
    port.postMessage({ kind: 'verdict', index: m.index, file: m.file.name, ops: m.ops, verdict: check(m) } satisfies FuzzReply);
  });
}
