import { describe, expect, it } from 'vitest';
import { actionPoints, NUMBERS, outcome, type GameState } from '../../src/rules';
import { act, atLarge, eventsOf, game, regionOf, rig, toOperations, withCaptured, withLeader, withRegions } from './helpers';

/** From Islamic State's operations phase, end the turn with loaded dice. */
function endTurn(s: GameState, rolls: number[]): GameState {
  return act(rig(s, rolls), { type: 'endPhase', side: 'islamicState' });
}

const lastIsOps = (): GameState => toOperations(game(), 'islamicState');

describe('§3.2 action points under pressure', () => {
  it.each([
    [0, 0, 4, 3],
    [2, 0, 3, 3],
    [5, 0, 2, 3],
    [0, 4, 3, 2],
    [6, 8, 1, 1],
  ])('tension %i and escalation %i give Coalition %i AP and Regime %i AP', (turkeyTension, escalation, coalition, regime) => {
    const s = { ...game(), turkeyTension, escalation };
    expect(actionPoints(s, 'coalition')).toBe(coalition);
    expect(actionPoints(s, 'regime')).toBe(regime);
    expect(actionPoints(s, 'islamicState')).toBe(3);
  });
});

describe('§7 random events', () => {
  // Upkeep rolls nothing here (no contact); then the next turn: random event, then four report dice.
  it('1: Turkey tension rises', () => {
    const s = lastIsOps();
    const next = endTurn(s, [1, 1, 1, 1, 1]);
    expect(next.turkeyTension).toBe(Math.max(0, s.turkeyTension - 1) + 1);
  });

  it('2: the militias provoke an incident', () => {
    const next = endTurn(lastIsOps(), [2, 1, 1, 1, 1]);
    expect(next.escalation).toBe(1);
    expect(next.vp.slice(0, 2)).toEqual([-1, -1]);
  });

  it('3: Islamic State regroups in one of its redoubts', () => {
    const s = lastIsOps();
    const next = endTurn(s, [3, 1, 1, 1, 1, 1]);
    const before = s.regions.reduce((n, r) => n + r.units[2], 0);
    expect(next.regions.reduce((n, r) => n + r.units[2], 0)).toBe(before + 1);
  });

  it('4-6: a quiet week', () => {
    const s = lastIsOps();
    const next = endTurn(s, [4, 1, 1, 1, 1]);
    expect(next.regions).toEqual(s.regions);
    expect(eventsOf(next)).toContainEqual({ type: 'randomEvent', audience: 'all', roll: 4, kind: 'quiet', region: null });
  });

  it('§6.6 a report on a six sights a hidden leader, without revealing it', () => {
    const next = endTurn(lastIsOps(), [4, 6, 1, 1, 1]);
    expect(atLarge(next, 'al-baghdadi').lastSeen).toEqual({ region: 'raqqa', how: 'report', turn: 2 });
    expect(eventsOf(next)).toContainEqual({ type: 'leaderSighted', audience: 'all', leader: 'al-baghdadi', region: 'raqqa' });
    expect(atLarge(next, 'al-baghdadi').revealed).toBe(false);
  });
});

describe('§8 upkeep', () => {
  it('§8.1 Coalition and Regime units in contact roll for incidents; a 6 raises escalation', () => {
    const s = withRegions(lastIsOps(), { resafa: { control: 'coalition', units: [1, 0, 0] }, sukhnah: { control: 'regime', units: [0, 1, 0] } });
    expect(endTurn(s, [6, 4, 1, 1, 1, 1]).escalation).toBe(1);
    expect(endTurn(s, [5, 4, 1, 1, 1, 1]).escalation).toBe(0);
  });

  it(`§8.1 Regime units in a valley town in contact let the militias provoke on ${NUMBERS.incidentMilitia}+`, () => {
    const s = withRegions(lastIsOps(), { 'deir-ez-zor': { control: 'regime', units: [0, 2, 0] }, maadan: { control: 'coalition', units: [1, 0, 0] } });
    // Two contact pairs (Al-Shaddadi and Maadan touch Deir ez-Zor) roll 1s; then the militias roll.
    expect(endTurn(s, [1, 1, NUMBERS.incidentMilitia, 4, 1, 1, 1, 1]).escalation).toBe(1);
    expect(endTurn(s, [1, 1, NUMBERS.incidentMilitia - 1, 4, 1, 1, 1, 1]).escalation).toBe(0);
  });

  it('§8.2 Turkey tension falls by 1', () => {
    const s = { ...lastIsOps(), turkeyTension: 3 };
    expect(endTurn(s, [4, 1, 1, 1, 1]).turkeyTension).toBe(2);
  });

  it('§8.3 the Regime scores while it holds its objective', () => {
    const s = withRegions(lastIsOps(), { 'deir-ez-zor': { control: 'regime', units: [0, 2, 0] } });
    expect(endTurn(s, [4, 1, 1, 1, 1]).vp[1]).toBe(NUMBERS.vpRegimeHoldsObjective);
  });

  it('§8.4 Islamic State scores in secret for leaders in redoubts it holds', () => {
    let s = withLeader(lastIsOps(), 'leader-2', { at: 'maadan' });
    s = withLeader(s, 'leader-3', { at: 'mayadin' });
    const next = endTurn(s, [4, 1, 1, 1, 1]);
    expect(next.hiddenVp).toBe(2);
    expect(next.vp[2]).toBe(0);
  });

  it('§8.5 suppression ends at upkeep', () => {
    const s = withRegions(lastIsOps(), { raqqa: { suppressedBy: 'coalition' } });
    expect(regionOf(endTurn(s, [4, 1, 1, 1, 1]), 'raqqa').suppressedBy).toBe(null);
  });
});

describe('§9 victory', () => {
  function coalitionHoldsRaqqa(s: GameState): GameState {
    return withRegions(s, { raqqa: { control: 'coalition', units: [3, 0, 0] } });
  }

  it('§9.1 the Coalition wins at once holding Raqqa with most leader value neutralized (al-Baghdadi counts double)', () => {
    // Total value 5: al-Baghdadi (2) and one more (1) make 3, more than half.
    let s = coalitionHoldsRaqqa(lastIsOps());
    s = { ...withCaptured(s, ['al-baghdadi', 'leader-2']), neutralized: [3, 0, 0] };
    const next = endTurn(s, [4]);
    expect(outcome(next)).toMatchObject({ status: 'over', result: { winner: 'coalition', reason: 'coalitionObjective', neutralized: 3, leaderValue: 5 } });
    expect(next.phase).toBe('over');
  });

  it('§9.1 half the value is not enough', () => {
    const s = { ...coalitionHoldsRaqqa(lastIsOps()), neutralized: [2, 0, 0] as const };
    expect(outcome(endTurn(s, [4, 1, 1, 1, 1])).status).toBe('running');
  });

  function lastTurn(s: GameState): GameState {
    return { ...s, turn: s.rules.scenario.turns };
  }

  it('§9.2 Islamic State wins at the end with a leader at large in a redoubt it holds', () => {
    const s = withLeader(lastTurn(lastIsOps()), 'leader-4', { at: 'abu-kamal' });
    expect(outcome(endTurn(s, []))).toMatchObject({ status: 'over', result: { winner: 'islamicState', reason: 'leadersEscaped', leadersSafe: 1 } });
  });

  it('§9.2 the Regime wins at the end holding its objective and more valley towns than the Coalition', () => {
    const s = withRegions(lastTurn(lastIsOps()), { 'deir-ez-zor': { control: 'regime', units: [0, 2, 0] } });
    expect(outcome(endTurn(s, []))).toMatchObject({ status: 'over', result: { winner: 'regime', reason: 'regimeObjective' } });
  });

  it('§9.3 when several conditions hold, victory points decide', () => {
    let s = withRegions(lastTurn(lastIsOps()), { 'deir-ez-zor': { control: 'regime', units: [0, 2, 0] } });
    s = withLeader(s, 'leader-4', { at: 'abu-kamal' });
    s = { ...s, vp: [0, 5, 0] };
    const o = outcome(endTurn(s, []));
    expect(o).toMatchObject({ status: 'over', result: { winner: 'regime', reason: 'victoryPoints', met: ['islamicState', 'regime'] } });
  });

  it('§9.3 with no condition met and equal points, the game is a draw', () => {
    const s = { ...lastTurn(lastIsOps()), vp: [0, 0, 0] as const };
    const o = outcome(endTurn(s, []));
    expect(o).toMatchObject({ status: 'over', result: { winner: null, reason: 'tie', met: [], vp: [0, 0, 0] } });
  });

  it('no action is accepted once the game is over', async () => {
    const { apply } = await import('../../src/rules');
    const over = endTurn(withLeader(lastTurn(lastIsOps()), 'leader-4', { at: 'abu-kamal' }), []);
    const r = apply(over, { type: 'endPhase', side: over.active });
    expect(!r.ok && r.error.code).toBe('ERR_GAME_OVER');
  });
});
