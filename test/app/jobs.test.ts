import { describe, expect, test } from 'vitest';
import { exportReplay, hash, runReplay, saveGame, toArray, type Action } from '../../src/rules';
import { runJob, type JobOutcome, type JobProgress, type JobRequest } from '../../src/app/jobs';
import { unpackStates, unpackWatch } from '../../src/app/packed';
import { replaySteps } from '../../src/app/replay';
import { compileDocument } from '../../src/app/compileDocument';
import { builtinScenario, seedText } from '../../src/scenario/builtin-file';
import { quietGame } from '../rules/helpers';

/** A job as the page gets it: run, then copied by the structured clone postMessage uses. */
function asPosted(request: JobRequest): { outcome: JobOutcome; progress: JobProgress[] } {
  const progress: JobProgress[] = [];
  const outcome = runJob(request, (p) => progress.push(structuredClone(p)));
  return { outcome: structuredClone(outcome), progress };
}

describe('the menu\'s jobs, as the worker runs them', () => {
  // The longest campaign the engine takes (LIMITS.turns): on the built-in map, about 2,600 actions.
  const game = quietGame(builtinScenario(), 200);
  // A replay carries the commitment its players were shown; the page checks the revealed seed against it.
  const commitment = 'c0ffee'.repeat(10) + 'c0de';
  const replayText = JSON.stringify(exportReplay(game, commitment));
  const actions = toArray(game.actions);

  test('a long replay crosses to the page whole: every step, the same states and the same events', () => {
    expect(actions.length).toBeGreaterThan(2000);
    const { outcome, progress } = asPosted({ kind: 'replay', text: replayText });
    expect(outcome.kind).toBe('replay');
    if (outcome.kind !== 'replay' || !outcome.result.ok) throw new Error('the replay did not open');
    expect(outcome.result.value.seed).toBe(game.seed);
    expect(outcome.result.value.commitment).toBe(commitment);
    const watch = unpackWatch(outcome.result.value.watch);
    expect(watch.dice).toBeNull();
    const direct = replaySteps(game.rules.scenario, game.seed, actions);
    expect(watch.states.length).toBe(actions.length + 1);
    expect(watch.index).toBe(0);
    for (const k of [0, 1, 700, actions.length - 1, actions.length]) {
      expect(hash(watch.states[k]!)).toBe(hash(direct.states[k]!));
      expect(watch.events[k]).toEqual(direct.events[k]);
    }
    expect(hash(watch.states.at(-1)!)).toBe(hash(game));
    expect(toArray(watch.states.at(-1)!.actions)).toEqual(actions);
    expect(watch.states.at(-1)!.actions!.size).toBe(actions.length);
    // Told as it goes, in order, ending near the whole.
    const shares = progress.flatMap((p) => (p.done === null ? [] : [p.done]));
    expect(shares.length).toBeGreaterThan(40);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBeGreaterThan(0.95);
    expect(progress.at(-1)!.stage).toMatch(/^Replaying action [\d,]+ of [\d,]+$/);
  });

  test('a replay with an illegal action is refused with the rules\' sentence naming it', () => {
    const replay = exportReplay(game);
    const bad = { ...replay, actions: [...replay.actions.slice(0, 40), { type: 'endPhase', side: replay.actions[40]!.side === 'coalition' ? 'regime' : 'coalition' } as Action, ...replay.actions.slice(41)] };
    const expected = runReplay(bad);
    expect(expected.ok).toBe(false);
    const { outcome } = asPosted({ kind: 'replay', text: JSON.stringify(bad) });
    expect(outcome).toEqual({ kind: 'replay', result: expected });
  });

  test('a file that is not a replay is refused as the loader says', () => {
    expect(asPosted({ kind: 'replay', text: '{"format": 3' }).outcome).toMatchObject({ kind: 'replay', result: { ok: false, error: expect.stringMatching(/^This replay is not valid JSON/) } });
  });

  // Its one state's histories, 2,900 cells deep, are more than the structured clone can copy unpacked.
  test('a save of a long game opens to the game it recorded', () => {
    const { outcome } = asPosted({ kind: 'save', text: saveGame(game) });
    if (outcome.kind !== 'save' || !outcome.result.ok) throw new Error('the save did not open');
    const [state] = unpackStates(outcome.result.value);
    expect(hash(state!)).toBe(hash(game));
    expect(toArray(state!.chronicle)).toEqual(toArray(game.chronicle));
  });

  test('a document compiles to the scenario the page would have compiled itself, telling each stage', () => {
    const { outcome, progress } = asPosted({ kind: 'compile', text: seedText(), name: 'seed' });
    expect(outcome).toEqual({ kind: 'compile', result: compileDocument(seedText(), 'seed') });
    expect(progress[0]).toEqual({ done: 0, stage: 'Reading the sentences and names' });
    expect(progress.at(-1)).toEqual({ done: 0.95, stage: 'Checking the scenario' });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a! - b!));
  });

  test('a document that cannot be compiled comes back with the compiler\'s sentence', () => {
    expect(asPosted({ kind: 'compile', text: 'Nothing happens here.', name: 'x' }).outcome).toEqual({ kind: 'compile', result: compileDocument('Nothing happens here.', 'x') });
  });
});
