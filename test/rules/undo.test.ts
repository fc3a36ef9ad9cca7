import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, buildRules, canUndo, legalActions, newGame, observe, type Action, type GameState, type Leader, type Ruleset, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { Session, type SessionConfig } from '../../src/app/session';
import { act, rules as fixtureRules, toOperations, withRegions } from './helpers';

/*
 * §10.4 Undo never crosses new information. A player who could move into a
 * region, read what came of it and take the move back could probe every
 * region for hidden leaders. The probes below play random games, then try
 * actions in worlds that differ only in where the hidden leaders stand: the
 * answer to "may this be undone?" must be the same in every world, and an
 * action that may be undone must leave the acting side seeing the same thing
 * in every world (so it learned nothing), and the same as before once undone.
 */

const builtin = buildRules(builtinScenario());
const hunters: readonly Side[] = ['coalition', 'regime'];

/** A random game of `choices`, played on to the next hunter's operations: the side that might probe. */
function randomState(rules: Ruleset, seed: string, choices: readonly number[]): GameState {
  let s = newGame(rules, seed);
  for (const c of choices) {
    if (s.phase === 'over') break;
    const legal = legalActions(s, s.active);
    const r = apply(s, legal[c % legal.length]!);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  for (let guard = 0; s.phase !== 'over' && !hunters.includes(s.active) && guard < 20; guard++) s = act(s, { type: 'endPhase', side: s.active });
  return s;
}

function config(human: Side): SessionConfig {
  const seats = { coalition: 'bot', regime: 'bot', islamicState: 'bot' } as SessionConfig['seats'];
  seats[human] = 'human';
  return { seats, botLevel: 'greedy', speed: 'instant' };
}

/** The same state with every hidden leader standing in `region` instead: a world the acting hunter cannot tell apart. */
function everyHiddenLeaderIn(s: GameState, region: string): GameState {
  const leaders = s.leaders.map((l): Leader => (l.status === 'atLarge' && !l.revealed ? { ...l, at: region } : l));
  return { ...s, leaders };
}

const hiddenCount = (s: GameState) => s.leaders.filter((l) => l.status === 'atLarge' && !l.revealed).length;

/** What the side sees, comparable across worlds (the ruleset is shared and holds Maps). */
const seen = (s: GameState, side: Side) => JSON.stringify({ ...observe(s, side), rules: null });

describe('§10.4 undo never crosses new information', () => {
  it('whether an action may be undone never depends on where hidden leaders stand, and an undoable action teaches nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('fixture', 'builtin'),
        fc.string(),
        fc.array(fc.nat(), { maxLength: 120 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (map, seed, choices, probes) => {
          const rules = map === 'fixture' ? fixtureRules : builtin;
          const truth = randomState(rules, seed, choices);
          if (truth.phase === 'over' || hiddenCount(truth) === 0) return;
          const actor = truth.active;
          // One world per region, each with every hidden leader there, and the true one.
          let worlds = [truth, ...rules.ids.map((id) => everyHiddenLeaderIn(truth, id))];
          for (const p of probes) {
            // What the player could try: the legal actions read off its own observation, moves first (the probe of the issue).
            const legal = legalActions(observe(worlds[0]!, actor), actor);
            const moves = legal.filter((a) => a.type === 'move');
            const pool = p % 2 === 0 && moves.length > 0 ? moves : legal;
            const action = pool[Math.floor(p / 2) % pool.length]!;
            const results = worlds.map((w) => apply(w, action));
            expect(new Set(results.map((r) => r.ok)).size).toBe(1);
            const undoable = results.map((r, i) => r.ok && canUndo(worlds[i]!, r.state, r.events));
            expect(new Set(undoable).size, `${JSON.stringify(action)}: undo allowed in some worlds only`).toBe(1);
            if (!undoable[0]) return;
            // Nothing learned: every world looks the same to the actor after the action as it did in the true world.
            const after = results.map((r) => (r.ok ? seen(r.state, actor) : ''));
            expect(new Set(after).size, `${JSON.stringify(action)} may be undone yet shows different things in different worlds`).toBe(1);
            // A chain of undoable actions is a probe too: go on from where each world now stands.
            worlds = results.map((r, i) => (r.ok ? r.state : worlds[i]!));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('taking an action back through the session shows exactly what was seen before it, and the answer is the same in every world', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 120 }), fc.nat(), (seed, choices, pick) => {
        const truth = randomState(builtin, seed, choices);
        if (truth.phase === 'over' || hiddenCount(truth) === 0) return;
        const actor = truth.active;
        const legal = legalActions(observe(truth, actor), actor).filter((a) => a.type !== 'endPhase');
        const moves = legal.filter((a) => a.type === 'move');
        const pool = pick % 2 === 0 && moves.length > 0 ? moves : legal;
        if (pool.length === 0) return;
        const action = pool[Math.floor(pick / 2) % pool.length]!;
        const answers = new Set<boolean>();
        for (const world of [truth, ...builtin.ids.map((id) => everyHiddenLeaderIn(truth, id))]) {
          const session = new Session(world, config(actor));
          const before = JSON.stringify({ ...session.observation(), rules: null });
          expect(session.act(action).ok).toBe(true);
          answers.add(session.canUndo());
          if (!session.canUndo()) continue;
          expect(session.undo()).toBe(true);
          expect(JSON.stringify({ ...session.observation(), rules: null })).toBe(before);
          expect(session.state).toBe(world);
        }
        expect(answers.size).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it('the issue\'s probe: a Coalition move into a region it does not hold stands, whether or not a leader hid there; a move within its own ground may be undone', () => {
    const start = withRegions(toOperations(newGame(fixtureRules, 'undo-probe'), 'coalition'), { resafa: { control: 'islamicState', units: [0, 0, 0], fort: 0 } });
    const probe: Action = { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 1 };
    const answers = ['resafa', 'sukhnah'].map((where) => {
      const before = everyHiddenLeaderIn(start, where);
      const r = apply(before, probe);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.events.some((e) => e.type === 'leaderRevealed')).toBe(where === 'resafa');
      return canUndo(before, r.state, r.events);
    });
    expect(answers).toEqual([false, false]);
    // Tabqa to Resafa once the Coalition holds Resafa: nothing there it does not already know.
    const held = withRegions(start, { resafa: { control: 'coalition', units: [1, 0, 0], fort: 0 } });
    const again = apply(everyHiddenLeaderIn(held, 'resafa'), probe);
    expect(again.ok && canUndo(everyHiddenLeaderIn(held, 'resafa'), again.state, again.events)).toBe(true);
  });
});
