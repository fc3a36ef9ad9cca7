import { describe, expect, it } from 'vitest';
import { features } from '../../src/ai/features';
import { scoreAction } from '../../src/ai/greedy';
import { clearlyBetter, CONFIDENCE, DEFAULT_CONFIDENCE, DEFAULT_HORIZON, FRONT_HORIZON, SearchBot } from '../../src/ai/search';
import { botRng } from '../../src/ai/rng';
import { buildTables } from '../../src/ai/tables';
import { densityOf } from '../../src/ai/density';
import { createBot, type Bot } from '../../src/ai';
import { apply, buildRules, legalActions, newGame, observe, Resampler, SIDES, type Action, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());
const tables = buildTables(rules);
const at = (id: string) => rules.index.get(id)!;

describe("the search's reading of the front (FeatureOptions.front)", () => {
  const opened = apply(newGame(rules, 'front'), { type: 'endPhase', side: 'coalition' });
  if (!opened.ok) throw new Error(opened.error.message);
  const start = observe(opened.state, 'regime');

  it("a Regime stack at Ithriya or Resafa, whose roads lead only to the Coalition's Tabqa (§1.5), is pulled nowhere", () => {
    const plain = features(start, 'regime', null, tables);
    const pullPlain = [at('ithriya'), at('resafa'), at('palmyra')].map((r) => plain.pull[r]!);
    expect(pullPlain[0]).toBeGreaterThan(0);
    expect(pullPlain[1]).toBeGreaterThan(0);
    const front = features(start, 'regime', null, tables, null, { front: true });
    expect(front.pull[at('ithriya')]).toBe(0);
    expect(front.pull[at('resafa')]).toBe(0);
    // Palmyra's road to Sukhnah and Deir el-Zour is open: its pull is what it was.
    expect(front.pull[at('palmyra')]).toBe(pullPlain[2]);
  });

  it('raises no men where no road leads to a target, and still where one does', () => {
    const reinforce = (region: string): Action => ({ type: 'reinforce', side: 'regime', region });
    expect(legalActions(start, 'regime')).toContainEqual(reinforce('ithriya'));
    const plain = features(start, 'regime', null, tables);
    expect(scoreAction(start, plain, reinforce('ithriya'), null)).toBeGreaterThan(0);
    const front = features(start, 'regime', null, tables, null, { front: true });
    expect(scoreAction(start, front, reinforce('ithriya'), null)).toBeLessThan(0);
    expect(scoreAction(start, front, reinforce('palmyra'), null)).toBeGreaterThan(1);
  });

  it("leaves Islamic State's reading as it was", () => {
    const obs = observe(newGame(rules, 'front'), 'islamicState');
    const plain = Array.from(features(obs, 'islamicState', null, tables).pull);
    expect(Array.from(features(obs, 'islamicState', null, tables, null, { front: true }).pull)).toEqual(plain);
  });
});

describe("the search defers to the heuristic's first choice unless the playouts clearly prefer another (CONFIDENCE)", () => {
  it('overrules only on a paired difference of more than z standard errors', () => {
    const b = [0.3, 0.5, 0.4, 0.6, 0.35, 0.45];
    expect(clearlyBetter(b.map((x) => x + 0.1), b, 0, 2)).toBe(true);
    // The same mean difference drowned in noise.
    const noisy = b.map((x, k) => x + (k % 2 === 0 ? 0.5 : -0.3));
    expect(clearlyBetter(noisy, b, 0, 2)).toBe(false);
    expect(clearlyBetter(noisy, b, 0, 0)).toBe(true);
    // Worse is never clearly better; one shared sample proves nothing; the prior bonus counts.
    expect(clearlyBetter(b, b.map((x) => x + 0.1), 0, 0)).toBe(false);
    expect(clearlyBetter([0.9], [0.1], 0, 2)).toBe(false);
    expect(clearlyBetter(b, b, 0.01, 2)).toBe(true);
  });

  it('compares only the determinizations both candidates were tried on', () => {
    const b: number[] = [0.4, 0.5, 0.45];
    const a: number[] = [0.5, 0.6, 0.55];
    a[5] = 0; // tried later, where b was no longer
    expect(clearlyBetter(a, b, 0, 2)).toBe(true);
  });

  it("defers for the hunters, not for Islamic State, with every side looking round the table, in the front-reading variant; the default search defers never and looks as far as before", () => {
    expect(CONFIDENCE.coalition).toBeGreaterThan(0);
    expect(CONFIDENCE.regime).toBeGreaterThan(0);
    expect(CONFIDENCE.islamicState).toBe(0);
    expect(FRONT_HORIZON).toEqual({ coalition: 'round', regime: 'round', islamicState: 'round' });
    expect(DEFAULT_CONFIDENCE).toBe(0);
    expect(DEFAULT_HORIZON).toEqual({ coalition: 'turn', regime: 'turn', islamicState: 'round' });
  });

  it('with a confidence no playout can reach, plays what the heuristic ranks first; with none, what the halving picks', () => {
    // Greedy play to the Coalition's turn-3 operations, after its first action: there the halving (40 iterations, the rules' belief, which the score reads) picks a
    // watch the heuristic scores far below its best.
    const players = Object.fromEntries(SIDES.map((side) => [side, createBot('greedy', side, 'defer:4')])) as Record<Side, Bot>;
    let state = newGame(rules, 'defer:4');
    while (!(state.turn === 3 && state.phase === 'operations' && state.active === 'coalition' && state.ap === 3)) {
      const r = apply(state, players[state.active].choose(observe(state, state.active)));
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    const obs = observe(state, 'coalition');
    const density = densityOf(rules, new Resampler(obs).beliefs());
    const f = features(obs, 'coalition', density, tables, null, { front: true });
    const legal = legalActions(obs, 'coalition');
    const score = (a: Action) => (a.type === 'endPhase' ? 0 : scoreAction(obs, f, a, density));
    const best = Math.max(...legal.map(score));
    const free = new SearchBot('coalition', botRng('defer:4'), { iterations: 40, confidence: 0, front: true, belief: 'rules' }).choose(obs);
    expect(score(free)).toBeLessThan(best - 1);
    // Candidates are ranked by score plus up to 0.001 of noise: the deferring choice is one of the best.
    const sure = new SearchBot('coalition', botRng('defer:4'), { iterations: 40, confidence: 1e9, front: true, belief: 'rules' }).choose(obs);
    expect(score(sure)).toBeGreaterThan(best - 0.002);
  });
});

describe('the front-reading variants as bot modules', () => {
  it('search-front.ts and search-front-all.ts load through the plug-in API and play legal actions in every seat', async () => {
    for (const file of ['search-front', 'search-front-all']) {
      const factory = (await import(`../../src/ai/levels/${file}.ts`)).default as import('../../src/ai/bot').BotFactory;
      let state = newGame(rules, `variant-${file}`);
      for (let k = 0; k < 8 && state.phase !== 'over'; k++) {
        const side = state.active;
        const bot = factory({ side, rng: botRng(`${file}:${side}`), options: { iterations: 20 } });
        const action = bot.choose(observe(state, side));
        const r = apply(state, action);
        expect(r.ok, `${file} ${side}: ${JSON.stringify(action)}`).toBe(true);
        if (r.ok) state = r.state;
      }
    }
  });
});
