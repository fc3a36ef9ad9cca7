import { describe, expect, it } from 'vitest';
import { actionSchema, apply, dateOf, legalActions, outcome } from '../../src/rules';
import { act, deepFreeze, eventsOf, game, scenario } from './helpers';

describe('§2 sequence of play: a new game', () => {
  it('starts on turn 1, in the week of the scenario start date, with the Coalition\'s operations', () => {
    const s = game();
    expect(s.turn).toBe(1);
    expect(dateOf(s)).toBe('2017-06-06');
    expect(s.phase).toBe('operations');
    expect(s.active).toBe('coalition');
    expect(outcome(s)).toEqual({ status: 'running' });
  });

  it('puts every leader at large at the origin of its flight', () => {
    const s = game();
    expect(s.leaders.map((l) => [l.at, l.status])).toEqual(scenario.leaders.map((l) => [l.startOptions[0], 'atLarge']));
  });

  it('fires turn 1 scripted events, with the sentence they came from in the history', () => {
    const s = game();
    const fired = eventsOf(s).find((e) => e.type === 'scenarioEvent');
    expect(fired).toMatchObject({ type: 'scenarioEvent', audience: 'all', title: expect.stringContaining('Turkey slow') });
    expect(fired?.type === 'scenarioEvent' && fired.source?.quote).toBe('Tensions b');
    // +2 from the scripted event, +1 more only if the random event rolled 1.
    expect([2, 3]).toContain(s.turkeyTension);
  });

  it('§2.2 gives each side its intelligence allowance', () => {
    expect(game().intel).toEqual([2, 1, 0]);
  });

  it('§2.3 runs the operations phases in order Coalition, Regime, Islamic State, then the leader phase, then a new week', () => {
    let s = game();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = act(s, { type: 'endPhase', side: s.active });
      seen.push(`${s.phase}:${s.active}`);
    }
    expect(seen).toEqual(['operations:regime', 'operations:islamicState', 'leaders:islamicState', 'operations:coalition']);
    expect(s.turn).toBe(2);
    expect(dateOf(s)).toBe('2017-06-13');
  });

  it('is deterministic: the same seed gives the same game', () => {
    expect(JSON.stringify(game('x'))).toBe(JSON.stringify(game('x')));
  });

  it('apply never mutates the state or the action it is given', () => {
    const s = deepFreeze(game());
    const a = deepFreeze({ type: 'endPhase' as const, side: 'coalition' as const });
    expect(apply(s, a).ok).toBe(true);
    for (const action of legalActions(s, 'coalition')) expect(apply(s, deepFreeze(action)).ok).toBe(true);
  });

  it('refuses actions out of turn with the rule in words', () => {
    const r = apply(game(), { type: 'endPhase', side: 'regime' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('ERR_NOT_YOUR_PHASE');
      expect(r.error.message).toMatch(/Coalition's operations phase/);
    }
  });

  it.each([
    ['null', null, 'ERR_MALFORMED'],
    ['a number', 42, 'ERR_MALFORMED'],
    ['an unknown type', { type: 'nuke', side: 'coalition' }, 'ERR_MALFORMED'],
    ['an unknown side', { type: 'endPhase', side: 'turkey' }, 'ERR_MALFORMED'],
    ['a missing field', { type: 'move', side: 'coalition', from: 'tabqa', strength: 1 }, 'ERR_UNKNOWN_REGION'],
    ['a fractional strength', { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 1.5 }, 'ERR_BAD_STRENGTH'],
  ])('refuses a stray value (%s) that bypassed the schema, never throwing and changing nothing', (_name, input, code) => {
    const s = deepFreeze(game());
    const r = apply(s, input as never);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message.length).toBeGreaterThan(10);
  });

  it.each([
    [{ type: 'move', side: 'islamicState', from: 'raqqa' }, 'to'],
    [{ type: 'move', side: 'islamicState', from: 'raqqa', to: 'maadan', strength: 1.5 }, 'strength'],
    [{ type: 'endPhase', side: 'coalition', extra: 1 }, ''],
  ])('the action schema at the edge names the field at fault in %j', (input, field) => {
    const r = actionSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path.join('.')).toBe(field);
  });
});
