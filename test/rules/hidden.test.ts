import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  apply,
  canSee,
  check,
  invariantProblem,
  NUMBERS,
  legalActions,
  observe,
  Resampler,
  type Action,
  type GameEvent,
  type GameState,
  type Leader,
  type Side,
} from '../../src/rules';
import { game, scenario } from './helpers';

/*
 * Hidden information: what the rules resample from a side's observation, and
 * what no other side can learn. The games are random legal play on the
 * fixture scenario, chosen by fast-check.
 */

const hunters = ['coalition', 'regime'] as const;
const regionIds = scenario.regions.map((r) => r.id);

/** A random game: every state and the action taken in it. */
function record(seed: string, choices: number[]): { states: GameState[]; actions: Action[] } {
  const states = [game(seed)];
  const actions: Action[] = [];
  for (const c of choices) {
    const s = states.at(-1)!;
    if (s.phase === 'over') break;
    const legal = legalActions(s, s.active);
    const a = legal[c % legal.length]!;
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    actions.push(a);
    states.push(r.state);
  }
  return { states, actions };
}

const visible = (events: readonly GameEvent[], side: Side) => events.filter((e) => canSee(e, side));
const revealing = (events: readonly GameEvent[]) => events.some((e) => e.type === 'leaderCaptured' || e.type === 'leaderRevealed' || e.type === 'leaderSighted' || e.type === 'intercepted');

/** Events with the name of a leader turned up by a search or an overrun left out (the die that picks him is the world's). */
const anonymousFinds = (events: readonly GameEvent[]) => events.map((e) => (e.type === 'leaderRevealed' && e.how !== 'watch' ? { ...e, leader: '?' } : e));

/** The slice of a leader's flight a state stands in before its turn's leader phase ends: where the last leader phase left it. */
const sliceOf = (s: GameState) => s.turn - 1;

/**
 * The true state with the leaders at large standing where the flights put
 * them, and nothing else changed: their heat stays the true one, so that the
 * true dice give the same reports wherever a sighted leader stood.
 */
function hybrid(s: GameState, flights: readonly Int32Array[], slice: number): GameState {
  const leaders = s.leaders.map((l, i): Leader => (l.status === 'atLarge' ? { ...l, at: regionIds[flights[i]![slice]!]!, moved: false, danger: 0, catcher: null } : l));
  return { ...s, leaders };
}

describe('§10.5 resample: full states from an observation', () => {
  it('agrees with the observation on everything visible, keeps every invariant, and plays on', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 300 }), fc.constantFrom<Side>('coalition', 'regime', 'islamicState'), (seed, choices, side) => {
        const { states } = record(seed, choices);
        const s = states.at(-1)!;
        const obs = observe(s, side);
        const resampler = new Resampler(obs);
        expect(resampler.consistent).toBe(true);
        const random = seedrandom(`r:${seed}`);
        for (let k = 0; k < 3; k++) {
          let sample = resampler.sample(random);
          expect(observe(sample, side)).toEqual(obs);
          expect(invariantProblem(sample)).toBe(null);
          for (let step = 0; step < 20 && sample.phase !== 'over'; step++) {
            const legal = legalActions(sample, sample.active);
            const r = apply(sample, legal[Math.floor(random() * legal.length)]!);
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            sample = r.state;
            expect(invariantProblem(sample)).toBe(null);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('draws only flights the rules allow, that leave every event the side saw unchanged, with the heat they would leave', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { minLength: 20, maxLength: 400 }), fc.constantFrom(...hunters), (seed, choices, side) => {
        const { states, actions } = record(seed, choices);
        const last = states.at(-1)!;
        if (last.phase === 'over') return;
        const resampler = new Resampler(observe(last, side));
        // Two generators alike: the flights drawn here are the ones `sample` draws.
        const flights = resampler.flights(seedrandom(`f:${seed}`));
        const sample = resampler.sample(seedrandom(`f:${seed}`));
        const heat = last.leaders.map(() => 0);
        for (let i = 0; i < actions.length; i++) {
          const s = states[i]!;
          const a = actions[i]!;
          if (s.phase === 'leaders') {
            if (a.type !== 'endPhase') continue;
            // The leader phase as the flights have it: each move one the rules accept from where the leader stood.
            let h = hybrid(s, flights, s.turn - 1);
            for (const [li, l] of h.leaders.entries()) {
              if (l.status !== 'atLarge' || flights[li]!.length <= s.turn) continue;
              const to = regionIds[flights[li]![s.turn]!]!;
              if (to === l.at) continue;
              const move: Action = { type: 'moveLeader', side: 'islamicState', leader: l.id, to };
              expect(check(h, move)).toBe(null);
              const r = apply(h, move);
              if (r.ok) h = r.state;
            }
            // The heat those moves leave (§6.6), from the rules' own danger of each move.
            for (const [li, l] of h.leaders.entries()) {
              if (l.status !== 'atLarge') continue;
              heat[li] = l.moved ? (l.danger > 0 ? NUMBERS.heatWatched : 0) : Math.min(NUMBERS.maxHeat, heat[li]! + 1);
            }
            // A leader caught at the lines was where the flight says.
            for (const [li, l] of states[i + 1]!.leaders.entries()) {
              if (l.status === 'captured' && s.leaders[li]!.status === 'atLarge') expect(regionIds[flights[li]![s.turn]!]).toBe(l.at);
            }
            continue;
          }
          const h = hybrid(s, flights, sliceOf(s));
          const real = apply(s, a);
          const imagined = apply(h, a);
          expect(imagined.ok).toBe(real.ok);
          if (!real.ok || !imagined.ok) continue;
          // A find turns up one of the hidden leaders there by a die: with others hidden beside him in
          // the flights, the die may name another. The find must match; the one the side saw must stand there.
          expect(anonymousFinds(visible(imagined.events, side))).toEqual(anonymousFinds(visible(real.events, side)));
          for (const e of real.events) {
            if (e.type === 'leaderRevealed' && e.how !== 'watch') expect(h.leaders[s.rules.leaderIndex.get(e.leader)!]).toMatchObject({ at: e.region, revealed: false });
          }
        }
        for (const [li, l] of last.leaders.entries()) {
          if (l.status !== 'atLarge') continue;
          const drawn = sample.leaders[li]!;
          expect(drawn.status === 'atLarge' && drawn.heat).toBe(heat[li]);
          if (last.phase !== 'leaders') expect(drawn.at).toBe(regionIds[flights[li]!.at(-1)!]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('puts every leader where the side last saw it, and never where its searches found no one', () => {
    const { states } = record('known', Array.from({ length: 400 }, (_, i) => (i * 7919) % 1000));
    for (const s of states) {
      if (s.phase !== 'operations') continue;
      for (const side of hunters) {
        const beliefs = new Resampler(observe(s, side)).beliefs();
        for (const b of beliefs) {
          const truth = s.leaders[b.leader]!;
          expect(truth.status).toBe('atLarge');
          // The truth is always among the possibilities, and a revealed leader is certain.
          expect(b.regions).toContain(s.rules.index.get(truth.at));
          if (truth.status === 'atLarge' && truth.revealed) expect(b.probs).toEqual([1]);
          expect(b.probs.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
        }
      }
    }
  });
});

describe('§10.3 no hidden leader position reaches another side', () => {
  it('a hidden leader\'s secret move looks the same to the Coalition and the Regime wherever it goes', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 300 }), (seed, choices) => {
        const { states } = record(seed, choices);
        const s = states.at(-1)!;
        if (s.phase !== 'leaders') return;
        // A hidden leader's move, that is: a revealed one is followed through his move on purpose (§6.1).
        const hidden = (id: string) => s.leaders.some((l) => l.id === id && l.status === 'atLarge' && !l.revealed);
        const moves = legalActions(s, 'islamicState').filter((a) => a.type === 'moveLeader' && hidden(a.leader));
        for (const side of hunters) {
          const seen = new Set<string>();
          for (const leader of new Set(moves.map((a) => (a.type === 'moveLeader' ? a.leader : '')))) {
            const outcomes = moves
              .filter((a) => a.type === 'moveLeader' && a.leader === leader)
              .map((a) => {
                const r = apply(s, a);
                if (!r.ok) throw new Error(r.error.message);
                return JSON.stringify([visible(r.events, side), { ...observe(r.state, side), rules: null }]);
              });
            seen.clear();
            for (const o of outcomes) seen.add(o);
            expect(seen.size).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('moving hidden leaders elsewhere changes nothing a hunter sees (events, their order and count, errors) unless a leader is caught, revealed or sighted', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 300 }), fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (seed, choices, shift, probes) => {
        const { states } = record(seed, choices);
        const s = states.at(-1)!;
        if (s.phase === 'over') return;
        const twin: GameState = {
          ...s,
          leaders: s.leaders.map((l, i) => (l.status === 'atLarge' && !l.revealed ? { ...l, at: regionIds[(i + shift) % regionIds.length]!, moved: !l.moved } : l)),
        };
        // Islamic State's own leader moves depend on where its leaders are, by design; everything else may not.
        const legal = s.phase === 'leaders' ? [] : legalActions(s, s.active);
        const tried = [...probes.flatMap((p) => (legal.length ? [legal[p % legal.length]!] : [])), ...probes.map((p): Action => ({ type: 'search', side: hunters[p % 2]!, region: regionIds[p % regionIds.length]! }))];
        for (const a of tried) {
          const one = apply(s, a);
          const two = apply(twin, a);
          if (one.ok !== two.ok) expect.fail(`${JSON.stringify(a)} is legal in one world only`);
          if (!one.ok || !two.ok) {
            expect(!two.ok && two.error).toEqual(!one.ok && one.error);
            continue;
          }
          if (revealing(one.events) || revealing(two.events)) continue;
          for (const side of hunters) {
            expect(visible(two.events, side)).toEqual(visible(one.events, side));
            expect(observe(two.state, side)).toEqual(observe(one.state, side));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
