/**
 * The page's side of the jobs worker: start a job, hear its progress, get its
 * result, or cancel it. Cancelling ends the worker outright (a compile cannot
 * be interrupted from inside), and the next job starts a fresh one. One job
 * runs at a time; the menu holds its buttons while it does.
 */
import type { GameState, Loaded } from '../rules';
import type { JobOutcome, JobProgress, JobRequest, OpenedReplay } from './jobs';
import { unpackStates, unpackWatch } from './packed';
import type { ReplayWatch } from './replay';
import type { ScenarioResult } from './scenarios';

export type WorkerMessage =
  | { id: number; type: 'progress'; progress: JobProgress }
  | { id: number; type: 'done'; outcome: JobOutcome }
  | { id: number; type: 'failed'; error: string };

export const CANCELLED = 'cancelled';

export interface Job<T> {
  /** The job's result, or CANCELLED. */
  done: Promise<T | typeof CANCELLED>;
  cancel(): void;
}

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker {
  worker ??= new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

type Failed = { ok: false; error: string };

function run<T>(request: JobRequest, onProgress: (p: JobProgress) => void, read: (outcome: JobOutcome) => T | Failed): Job<T | Failed> {
  const id = nextId++;
  const w = startWorker();
  let settle: (value: T | Failed | typeof CANCELLED) => void = () => {};
  const done = new Promise<T | Failed | typeof CANCELLED>((resolve) => (settle = resolve));
  const finish = (value: T | Failed | typeof CANCELLED): void => {
    w.removeEventListener('message', onMessage);
    w.removeEventListener('error', onError);
    w.removeEventListener('messageerror', onError);
    settle(value);
  };
  const onMessage = (e: MessageEvent<WorkerMessage>): void => {
    const m = e.data;
    if (m.id !== id) return;
    if (m.type === 'progress') onProgress(m.progress);
    else if (m.type === 'done') finish(read(m.outcome));
    else finish({ ok: false, error: `The work stopped with an error (${m.error}); please report it.` });
  };
  // The worker itself failed (its script did not load, or it ran out of memory): it is started afresh next time.
  const onError = (e: Event): void => {
    e.preventDefault();
    stopWorker();
    finish({ ok: false, error: `The background worker failed${e instanceof ErrorEvent && e.message ? ` (${e.message})` : ''}; please report it.` });
  };
  w.addEventListener('message', onMessage);
  w.addEventListener('error', onError);
  w.addEventListener('messageerror', onError);
  w.postMessage({ id, request });
  return {
    done,
    cancel: () => {
      if (worker === w) stopWorker();
      finish(CANCELLED);
    },
  };
}

const wrong = (): Failed => ({ ok: false, error: 'The background worker answered another question; please report it.' });

export function compileInBackground(text: string, name: string, onProgress: (p: JobProgress) => void): Job<ScenarioResult> {
  return run({ kind: 'compile', text, name }, onProgress, (o) => (o.kind === 'compile' ? o.result : wrong()));
}

export function watchInBackground(text: string, onProgress: (p: JobProgress) => void): Job<Loaded<OpenedReplay<ReplayWatch>>> {
  return run({ kind: 'replay', text }, onProgress, (o) => {
    if (o.kind !== 'replay') return wrong();
    return o.result.ok ? { ok: true, value: { ...o.result.value, watch: unpackWatch(o.result.value.watch) } } : o.result;
  });
}

export function openSaveInBackground(text: string, onProgress: (p: JobProgress) => void): Job<Loaded<GameState>> {
  return run({ kind: 'save', text }, onProgress, (o) => {
    if (o.kind !== 'save') return wrong();
    return o.result.ok ? { ok: true, value: unpackStates(o.result.value)[0]! } : o.result;
  });
}
