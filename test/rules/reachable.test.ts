import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  apply,
  exportReplay,
  hash,
  invariantProblem,
  legalActions,
  loadGame,
  loadReplay,
  newGame,
  runReplay,
  saveGame,
  toArray,
  type Action,
  type GameState,
  type Scenario,
  type ScenarioEvent,
} from '../../src/rules';
import { fixtureScenario } from '../fixtures/scenario';

/** A game on `scenario` played `steps` random legal actions from `seed` (every state checked against the invariants). */
function played(scenario: Scenario, seed: string, steps = 10_000): GameState {
  const pick = seedrandom(`pick:${seed}`);
  let s = newGame(scenario, seed);
  for (let i = 0; i < steps && s.phase !== 'over'; i++) {
    const legal = legalActions(s, s.active);
    const r = apply(s, legal[Math.floor(pick() * legal.length)]!);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
    expect(invariantProblem(s), `after action ${i}`).toBe(null);
  }
  return s;
}

/** A save file's object, to spoil. */
function saveOf(s: GameState): Record<string, any> {
  return JSON.parse(saveGame(s));
}

/** A save an attacker wrote: a spoiled scenario, with the hash its own game has (a hash is no seal). */
function forged(scenario: Scenario): Record<string, any> {
  return saveOf(newGame(scenario, 'forged'));
}

function refused(file: unknown): string {
  const r = loadGame(JSON.stringify(file));
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

function event(turn: number, effect: ScenarioEvent['effect']): ScenarioEvent {
  return { id: `e${turn}-${effect.kind}`, turn, title: 'A scripted event', effect, origin: 'default', source: null };
}

/** The actions of a game up to the first one for which `when` holds on the state before it. */
function actionsUntil(s: GameState, when: (before: GameState) => boolean): { before: GameState; count: number } {
  const actions = toArray(s.actions);
  let state = newGame(s.rules, s.seed);
  for (let i = 0; i < actions.length; i++) {
    if (when(state)) return { before: state, count: i };
    state = (apply(state, actions[i]!) as { state: GameState }).state;
  }
  throw new Error('never');
}

describe('a save is the game its history replays to, and nothing else', () => {
  const s = played(fixtureScenario(), 'reach', 200);

  it('refuses a generator state of its own (the dice always come from the seed), naming the field', () => {
    const file = saveOf(s);
    file.rng = { c: 1e300, s0: -5, s1: 0.5, s2: 7 };
    expect(refused(file)).toMatch(/unknown field "rng"/);
  });

  it('refuses the Coalition acting in Islamic State\'s leader phase, naming the action', () => {
    const { before, count } = actionsUntil(s, (g) => g.phase === 'leaders');
    const file = saveOf(s);
    file.actions.splice(count, 0, { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 1 });
    expect(before.active).toBe('islamicState');
    expect(refused(file)).toMatch(new RegExp(`action ${count} \\(move by coalition\\) is illegal: It is Islamic State's leader phase`));
  });

  it('refuses more actions than the phase has points for (no save has 20 AP where the scenario gives 4)', () => {
    let g = newGame(fixtureScenario(), 'points');
    const points = g.ap;
    const spent: Action[] = [];
    while (g.ap > 0) {
      const op = legalActions(g, 'coalition').find((a) => a.type !== 'endPhase')!;
      spent.push(op);
      g = (apply(g, op) as { state: GameState }).state;
    }
    expect(spent).toHaveLength(points);
    const more = legalActions({ ...g, ap: 1 }, 'coalition').find((a) => a.type !== 'endPhase')!;
    const file = saveOf(g);
    file.actions.push(more);
    expect(refused(file)).toMatch(new RegExp(`action ${points} \\(${more.type} by coalition\\) is illegal: Coalition has no action points left`));
  });

  it('refuses a history that does not lead to the game it records', () => {
    const other = saveOf(played(fixtureScenario(), 'other', 200));
    const file = saveOf(s);
    file.actions = other.actions;
    expect(refused(file)).toMatch(/actions do not lead to the game it recorded|is illegal/);
  });

  it('a refusal that quotes the file is one line, whatever the file holds (found by the fuzzer)', () => {
    const base = saveOf(s);
    const badBase = structuredClone(base);
    badBase.scenario.sides[0].bases[0] = '\n';
    const badAction = structuredClone(base);
    badAction.actions[0] = { type: 'search', side: 'coalition', region: 'raqqa\n\u2028' };
    const badKey = structuredClone(base);
    badKey.scenario.regions[0]['key\nwith\u2028breaks'] = 1;
    for (const file of [badBase, badAction, badKey]) expect(refused(file)).not.toMatch(/[\n\r\u2028]/);
    expect(refused(badKey)).toMatch(/key\\u000awith\\u2028breaks/);
  });

  it('any seed at all gives dice of 1 to 6: no roll of a loaded game is ever Infinity or negative', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 1000 }), fc.string({ unit: 'binary', maxLength: 50 }), fc.constantFrom('', '0', 'NaN', 'Infinity', '-5', '1e308')), (seed) => {
        const game = played(fixtureScenario(), seed, 150);
        const loaded = loadGame(saveGame(game));
        expect(loaded.ok).toBe(true);
        for (const chapter of toArray(game.chronicle)) {
          for (const e of chapter.events) {
            if ('roll' in e && e.roll !== null) expect([1, 2, 3, 4, 5, 6]).toContain(e.roll);
          }
        }
      }),
      { numRuns: 12 },
    );
  });

  it('the exported replay of every accepted save loads back and replays to the same game', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 400 }), (seed, steps) => {
        const loaded = loadGame(saveGame(played(fixtureScenario(), seed, steps)));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const replay = loadReplay(JSON.stringify(exportReplay(loaded.value)));
        expect(replay.ok).toBe(true);
        if (!replay.ok) return;
        const again = runReplay(replay.value);
        expect(again.ok && hash(again.value)).toBe(hash(loaded.value));
      }),
      { numRuns: 20 },
    );
  });
});

describe('the scenario inside a save holds only what the rules can play', () => {
  it.each(['9999-99-99', '2017-02-30', '2017-13-01', '2017-00-10', '2017-06-00', '0000-01-01', '2019-02-29'])('refuses the start date %s, naming the field', (date) => {
    const file = forged({ ...fixtureScenario(), startDate: date });
    expect(refused(file)).toMatch(/scenario: startDate: .*(not a real date|from year)/);
  });

  it('accepts a leap day and a date late in the calendar, and every turn\'s date is a real one', () => {
    for (const startDate of ['2016-02-29', '9700-12-31']) {
      const game = played({ ...fixtureScenario(), startDate, turns: 200 }, 'late', 400);
      expect(loadGame(saveGame(game)).ok).toBe(true);
      for (const date of game.rules.dates) expect(date).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    }
  });

  it('an event that takes more reinforcements or intelligence than a side has leaves it at none, never below', () => {
    const scenario = fixtureScenario();
    scenario.events.push(event(1, { kind: 'reinforcements', side: 'islamicState', amount: -4 }), event(2, { kind: 'reinforcements', side: 'islamicState', amount: -4 }));
    scenario.events.push(event(1, { kind: 'intel', side: 'coalition', amount: -5 }));
    const start = newGame(scenario, 'take');
    expect(start.intel[0]).toBe(0);
    expect(invariantProblem(start)).toBe(null);
    const game = played(scenario, 'take', 120);
    expect(game.turn).toBeGreaterThan(2);
    expect(game.pool[2]).toBe(0);
    expect(loadGame(saveGame(game)).ok).toBe(true);
  });

  it.each([
    ['reinforcements', { kind: 'reinforcements', side: 'islamicState', amount: -1_000_000 }],
    ['intel', { kind: 'intel', side: 'coalition', amount: 1_000_000 }],
    ['escalation', { kind: 'escalation', amount: 500 }],
    ['turkeyTension', { kind: 'turkeyTension', amount: -99 }],
  ] as const)('refuses a %s event amount beyond what the rules\' tracks and pools hold, naming the field', (_kind, effect) => {
    const scenario = fixtureScenario();
    scenario.events.push(event(1, effect));
    const file = forged(scenario);
    expect(refused(file)).toMatch(new RegExp(`scenario: events\\.${file.scenario.events.length - 1}\\.effect\\.amount: at (least|most)`));
  });
});
