/**
 * The Web Worker the menu's long jobs run in (see jobs.ts and background.ts):
 * one request in, progress messages while it works, one outcome out.
 */
import { runJob, type JobRequest } from './jobs';
import type { WorkerMessage } from './background';

const post = (message: WorkerMessage): void => self.postMessage(message);

self.addEventListener('message', (e: MessageEvent<{ id: number; request: JobRequest }>) => {
  const { id, request } = e.data;
  try {
    post({ id, type: 'done', outcome: runJob(request, (progress) => post({ id, type: 'progress', progress })) });
  } catch (err) {
    post({ id, type: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
});
