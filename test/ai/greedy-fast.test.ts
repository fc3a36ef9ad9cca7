import { expect, test } from 'vitest';
import { createBot, playGame, type Bot } from '../../src/ai';
import { leaderDensity } from '../../src/ai/density';
import { features, newScratch } from '../../src/ai/features';
import { greedyChoice, nearBest, scoreAction } from '../../src/ai/greedy';
import { botRng } from '../../src/ai/rng';
import { buildTables } from '../../src/ai/tables';
import { apply, buildRules, legalActions, newGame, observe, SIDES, toArray, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());
const tables = buildTables(rules);

/**
 * The playouts' greedy step (noise 0, one pass, feature buffers kept from one
 * call to the next) picks what scoring every legal action afresh and taking
 * nearBest picks, on every state of a few greedy games; in the leader phase,
 * the risks kept across a phase's calls change no move.
 */
test('greedy with kept buffers and one pass chooses as scoring every action afresh does', () => {
  const scratch = newScratch(rules.ids.length);
  const rng = botRng('fast');
  let checked = 0;
  let leaders = 0;
  for (let g = 0; g < 3; g++) {
    const seed = `fast:${g}`;
    const bots = Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)])) as Record<Side, Bot>;
    const { state: end } = playGame(rules, seed, bots);
    let state = newGame(rules, seed);
    for (const action of toArray(end.actions)) {
      const side = state.active;
      const obs = observe(state, side);
      if (obs.phase === 'operations') {
        const density = side === 'islamicState' ? null : leaderDensity(obs);
        const legal = legalActions(obs, side);
        const f = features(obs, side, density, tables);
        const k = nearBest(legal.map((a) => scoreAction(obs, f, a, density)), 0, rng, 0);
        const expected = k < 0 ? { type: 'endPhase', side } : legal[k];
        expect(greedyChoice(obs, side, rng, { noise: 0, tables, density, scratch })).toEqual(expected);
        checked++;
      } else if (obs.phase === 'leaders') {
        // The leader phase's calls share the board's risks through the scratch: the same moves as fresh ones.
        expect(greedyChoice(obs, side, rng, { noise: 0, tables, scratch })).toEqual(greedyChoice(obs, side, rng, { noise: 0, tables }));
        leaders++;
      }
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
  }
  expect(checked).toBeGreaterThan(300);
  expect(leaders).toBeGreaterThan(50);
});
