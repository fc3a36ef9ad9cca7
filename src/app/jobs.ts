/**
 * The menu's long jobs: compiling a document, opening a replay, opening a
 * save. They run in a Web Worker (jobs.worker.ts) so the page keeps drawing
 * and answering while they work; this module is what the worker runs, plain
 * functions that tell their progress as they go. States come back packed
 * (packed.ts): the structured clone cannot carry their histories whole.
 */
import { loadGame, loadReplay, runReplay, type Loaded } from '../rules';
import { packStates, packWatch, type PackedStates, type PackedWatch } from './packed';
import { replaySteps } from './replay';
import { compileDocument } from './compileDocument';
import type { ScenarioResult } from './scenarios';

export type JobRequest = { kind: 'compile'; text: string; name: string } | { kind: 'replay'; text: string } | { kind: 'save'; text: string };

/** How far a job is: the share done (0 to 1, or null when it cannot tell) and what it is doing. */
export interface JobProgress {
  done: number | null;
  stage: string;
}

/** A replay opened: its every step, and the seed and commitment its dice are checked with. */
export interface OpenedReplay<W> {
  watch: W;
  seed: string;
  commitment: string | null;
  /** The final state's hash the file recorded, to check against the game its actions make. */
  recordedHash: string;
}

export type JobOutcome =
  | { kind: 'compile'; result: ScenarioResult }
  | { kind: 'replay'; result: Loaded<OpenedReplay<PackedWatch>> }
  | { kind: 'save'; result: Loaded<PackedStates> };

const fail = (error: string) => ({ ok: false as const, error });

/** A replay file's every step, or the sentence saying why it cannot be watched. */
function watchReplay(text: string, progress: (p: JobProgress) => void): Loaded<OpenedReplay<PackedWatch>> {
  progress({ done: null, stage: 'Reading the replay' });
  const replay = loadReplay(text);
  if (!replay.ok) return replay;
  const { scenario, seed, actions } = replay.value;
  progress({ done: 0, stage: `Replaying ${actions.length.toLocaleString('en-US')} actions` });
  const watch = replaySteps(scenario, seed, actions, 0, (done, total) => progress({ done: done / total, stage: `Replaying action ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}` }));
  // The whole record is checked, so the viewer never stops short at an illegal action: runReplay names it.
  if (watch.states.length - 1 < actions.length) {
    const end = runReplay(replay.value);
    return end.ok ? fail(`Replay action ${watch.states.length - 1} is illegal.`) : end;
  }
  return { ok: true, value: { watch: packWatch(watch), seed, commitment: replay.value.commitment ?? null, recordedHash: replay.value.hash } };
}

function openSave(text: string, progress: (p: JobProgress) => void): Loaded<PackedStates> {
  progress({ done: null, stage: 'Replaying the saved game and checking it' });
  const loaded = loadGame(text);
  return loaded.ok ? { ok: true, value: packStates([loaded.value]) } : loaded;
}

export function runJob(request: JobRequest, progress: (p: JobProgress) => void): JobOutcome {
  switch (request.kind) {
    case 'compile':
      return { kind: 'compile', result: compileDocument(request.text, request.name, (done, stage) => progress({ done, stage })) };
    case 'replay':
      return { kind: 'replay', result: watchReplay(request.text, progress) };
    case 'save':
      return { kind: 'save', result: openSave(request.text, progress) };
  }
}
