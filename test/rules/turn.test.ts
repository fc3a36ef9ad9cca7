import { describe, expect, it } from 'vitest';
import { actionPoints, buildRules, coalitionWins, describe as describeEvent, leaderTally, margins, NUMBERS, outcome, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { act, atLarge, eventsOf, game, randomGame, regionOf, rig, rules, toOperations, withCaptured, withLeader, withRegions } from './helpers';

/**
 * From Islamic State's operations, end the turn with loaded dice: the leader
 * phase if a leader is at large (no leader moves), then a die per leader at
 * large, the upkeep's incident dice, the next turn's random event and a report
 * die per leader at large.
 */
function endTurn(s: GameState, rolls: number[]): GameState {
  const next = act(s, { type: 'endPhase', side: 'islamicState' });
  if (next.phase !== 'leaders') return act(rig(s, rolls), { type: 'endPhase', side: 'islamicState' });
  return act(rig(next, rolls), { type: 'endPhase', side: 'islamicState' });
}

/** Islamic State's operations on turn 1, with one leader at large (the others caught by the Regime): few dice to load. */
const lastIsOps = (id = 'leader-4'): GameState => {
  const s = toOperations(game(), 'islamicState');
  return withCaptured(s, s.leaders.filter((l) => l.id !== id).map((l) => l.id), 'regime');
};
/** The lone leader's die doing nothing (it did not move), then the rest. */
const quiet = (...rest: number[]) => [6, ...rest];

describe('§2 sequence of play', () => {
  it('§2.3 the leader phase follows Islamic State\'s operations; the next turn opens with the Coalition', () => {
    let s = lastIsOps();
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    expect([s.phase, s.active, s.turn]).toEqual(['leaders', 'islamicState', 1]);
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    expect([s.phase, s.active, s.turn]).toEqual(['operations', 'coalition', 2]);
  });
});

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
  // No contact: the upkeep rolls nothing; then the random event, then one report die.
  it('1: Turkey tension rises', () => {
    const s = lastIsOps();
    const next = endTurn(s, quiet(1, 1));
    expect(next.turkeyTension).toBe(Math.max(0, s.turkeyTension - 1) + 1);
  });

  it('2: the militias provoke an incident', () => {
    expect(endTurn(lastIsOps(), quiet(2, 1)).escalation).toBe(1);
  });

  it('3: Islamic State regroups in one of its redoubts', () => {
    const s = lastIsOps();
    const next = endTurn(s, quiet(3, 1, 1));
    const total = (g: GameState) => g.regions.reduce((n, r) => n + r.units[2], 0);
    expect(total(next)).toBe(total(s) + 1);
  });

  it('4-6: a quiet week', () => {
    const next = endTurn(lastIsOps(), quiet(4, 1));
    expect(eventsOf(next)).toContainEqual({ type: 'randomEvent', audience: 'all', roll: 4, kind: 'quiet', region: null });
  });
});

describe('§6.6 heat and reports', () => {
  it(`a leader that stayed put a week is sighted on ${NUMBERS.reportSighting - 1}+, without being revealed`, () => {
    const next = endTurn(lastIsOps('al-baghdadi'), quiet(4, NUMBERS.reportSighting - 1));
    expect(atLarge(next, 'al-baghdadi')).toMatchObject({ heat: 1, revealed: false, lastSeen: { region: 'raqqa', how: 'report', turn: 2 } });
    expect(eventsOf(next)).toContainEqual({ type: 'leaderSighted', audience: 'all', leader: 'al-baghdadi', region: 'raqqa' });
    expect(atLarge(endTurn(lastIsOps('al-baghdadi'), quiet(4, NUMBERS.reportSighting - 2)), 'al-baghdadi').lastSeen?.how).not.toBe('report');
  });

  it(`heat grows a point a week in place, to ${NUMBERS.maxHeat} at most, and a move cools it`, () => {
    let s = lastIsOps('leader-2');
    for (let week = 0; week < 4; week++) s = toOperations(endTurn(s, quiet(4, 1)), 'islamicState');
    expect(atLarge(s, 'leader-2').heat).toBe(NUMBERS.maxHeat);
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    s = act(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    s = act(rig(s, [6, 4, 1]), { type: 'endPhase', side: 'islamicState' });
    expect(atLarge(s, 'leader-2').heat).toBe(0);
  });
});

describe('§8 upkeep', () => {
  it('§8.1 Coalition and Regime units coming into contact roll for an incident; a pair already in contact does not', () => {
    const s = withRegions(lastIsOps(), { resafa: { control: 'coalition', units: [1, 0, 0] }, sukhnah: { control: 'regime', units: [0, 1, 0] } });
    expect(endTurn(s, quiet(6, 4, 1)).escalation).toBe(1);
    expect(endTurn(s, quiet(5, 4, 1)).escalation).toBe(0);
    const before = endTurn(s, quiet(5, 4, 1));
    expect(before.contacts).toHaveLength(1);
    // The same pair at the next upkeep rolls no die: the 6 goes to the random event (a quiet week).
    const again = endTurn(toOperations(before, 'islamicState'), quiet(6, 1));
    expect(eventsOf(again).filter((e) => e.type === 'incident' && e.cause === 'contact')).toEqual([]);
    expect(eventsOf(again)).toContainEqual({ type: 'randomEvent', audience: 'all', roll: 6, kind: 'quiet', region: null });
  });

  it(`§8.1 Regime units coming into contact in a valley town let the militias provoke on ${NUMBERS.incidentMilitia}+`, () => {
    const s = withRegions(lastIsOps(), { 'deir-ez-zor': { control: 'regime', units: [0, 2, 0] }, maadan: { control: 'coalition', units: [1, 0, 0] } });
    // Two new contact pairs (Al-Shaddadi and Maadan touch Deir ez-Zor) roll 1s; then the militias roll.
    expect(endTurn(s, quiet(1, 1, NUMBERS.incidentMilitia, 4, 1)).escalation).toBe(1);
    expect(endTurn(s, quiet(1, 1, NUMBERS.incidentMilitia - 1, 4, 1)).escalation).toBe(0);
  });

  it(`§8.2 militias attack on their own, at no action point, where they are sure to take the region`, () => {
    const s = withRegions(lastIsOps(), { palmyra: { control: 'regime', units: [0, 9, 0] }, sukhnah: { control: 'islamicState', units: [0, 0, 1], fort: 0 } });
    const next = endTurn(s, quiet(1, 4, 1));
    expect(eventsOf(next)).toContainEqual({ type: 'militiasAttacked', audience: 'all', from: 'palmyra', to: 'sukhnah' });
    expect(regionOf(next, 'sukhnah')).toMatchObject({ control: 'regime' });
    expect(eventsOf(next).find((e) => e.type === 'attacked')).toMatchObject({ side: 'regime', from: 'palmyra', to: 'sukhnah', defenderLoss: 1 });
    expect(regionOf(next, 'palmyra').units[1]).toBe(0);
  });

  it('§8.2 militias do not go where the attack could fail', () => {
    const s = withRegions(lastIsOps(), { palmyra: { control: 'regime', units: [0, 4, 0] }, sukhnah: { control: 'islamicState', units: [0, 0, 2], fort: 1 } });
    const next = endTurn(s, quiet(4, 1));
    expect(eventsOf(next).some((e) => e.type === 'militiasAttacked')).toBe(false);
    expect(regionOf(next, 'sukhnah')).toMatchObject({ control: 'islamicState', units: [0, 0, 2] });
  });

  it('§8.2 militias never attack into the Coalition\'s objective or bases', () => {
    const s = withRegions(lastIsOps(), { tabqa: { control: 'regime', units: [0, 9, 0] }, raqqa: { control: 'islamicState', units: [0, 0, 1], fort: 0 } });
    expect(eventsOf(endTurn(s, quiet(4, 1))).some((e) => e.type === 'militiasAttacked')).toBe(false);
  });

  it(`§8.3 siege: a fortified Islamic State garrison next to hunter units loses ${NUMBERS.siegeBatter} level of fortification at upkeep`, () => {
    // Three against three behind two levels: the militias would not go (§8.2), so only the siege acts.
    const s = withRegions(lastIsOps(), { sukhnah: { control: 'islamicState', units: [0, 0, 3], fort: 2 }, palmyra: { control: 'regime', units: [0, 3, 0] } });
    const next = endTurn(s, quiet(4, 1));
    expect(regionOf(next, 'sukhnah')).toMatchObject({ control: 'islamicState', units: [0, 0, 3], fort: 2 - NUMBERS.siegeBatter });
    const battered = eventsOf(next).find((e) => e.type === 'siegeBattered' && e.region === 'sukhnah');
    expect(battered).toEqual({ type: 'siegeBattered', audience: 'all', region: 'sukhnah', level: 1 });
    expect(describeEvent(battered!, 'coalition', next.rules)).toBe('Under siege, the works of Sukhnah crumble: fortification 1.');
  });

  it('§8.3 no siege without hunter units next to the garrison, and never of the hunters\' own works or of empty ground', () => {
    const alone = withRegions(lastIsOps(), { sukhnah: { control: 'islamicState', units: [0, 0, 3], fort: 2 }, palmyra: { control: 'regime', units: [0, 0, 0] } });
    const next = endTurn(alone, quiet(4, 1));
    expect(regionOf(next, 'sukhnah').fort).toBe(2);
    expect(eventsOf(next).some((e) => e.type === 'siegeBattered' && e.region === 'sukhnah')).toBe(false);
    const hunters = withRegions(lastIsOps(), { sukhnah: { control: 'islamicState', units: [0, 0, 3], fort: 0 }, palmyra: { control: 'regime', units: [0, 3, 0], fort: 2 } });
    expect(regionOf(endTurn(hunters, quiet(4, 1)), 'palmyra').fort).toBe(2);
    const empty = withRegions(lastIsOps(), { sukhnah: { control: 'islamicState', units: [0, 0, 0], fort: 2 }, palmyra: { control: 'regime', units: [0, 3, 0] } });
    expect(regionOf(endTurn(empty, quiet(4, 1)), 'sukhnah').fort).toBe(2);
  });

  it('§8.4 Islamic State takes back ground the hunters left empty and unguarded next to its units', () => {
    const s = withRegions(lastIsOps(), { resafa: { control: 'coalition', units: [0, 0, 0] }, tabqa: { control: 'coalition', units: [0, 0, 0] }, sukhnah: { control: 'islamicState', units: [0, 0, 2] } });
    const next = endTurn(s, quiet(4, 1));
    expect(regionOf(next, 'resafa').control).toBe('islamicState');
    expect(eventsOf(next)).toContainEqual({ type: 'regionTaken', audience: 'all', side: 'islamicState', region: 'resafa', from: 'coalition' });
  });

  it('§8.5 Turkey tension falls by 1', () => {
    expect(endTurn({ ...lastIsOps(), turkeyTension: 3 }, quiet(4, 1)).turkeyTension).toBe(2);
  });

  it('§8.6 suppression and watches end at upkeep', () => {
    const s = withRegions(lastIsOps(), { raqqa: { suppressedBy: 'coalition', watch: 3 } });
    expect(regionOf(endTurn(s, quiet(4, 1)), 'raqqa')).toMatchObject({ suppressedBy: null, watch: 0 });
  });
});

describe('§9 victory', () => {
  const coalitionHoldsRaqqa = (s: GameState) => withRegions(s, { raqqa: { control: 'coalition', units: [3, 0, 0] } });
  const lastTurn = (s: GameState): GameState => ({ ...s, turn: s.rules.scenario.turns });

  it('§9.1 every side\'s margin, from the board: leaders caught by each hunter, at large, objectives, valley towns', () => {
    let s = withCaptured(toOperations(game(), 'islamicState'), ['al-baghdadi'], 'regime');
    s = withCaptured(s, ['leader-2'], 'coalition');
    s = withRegions(s, { 'deir-ez-zor': { control: 'regime', units: [0, 2, 0] }, maadan: { control: 'coalition', units: [2, 0, 0] } });
    const towns = (side: string) => s.rules.valley.filter((i) => s.regions[i]!.control === side).length;
    const n = NUMBERS;
    expect(towns('coalition')).toBe(1);
    expect(margins(s)).toEqual([n.marginLeader * 1 + n.marginTown * towns('coalition'), n.marginLeader * 2 + n.marginObjective + n.marginTown * towns('regime'), n.marginLeader * 2 + n.marginTown * towns('islamicState')]);
  });

  it('§9.3 the verdict reads the board the last action left: a capture in the final leader phase, a militia attack at the final upkeep count', () => {
    // The game's last action ends the leader phase, rolls the interceptions and runs the upkeep; each can change
    // a margin, and the result must be the margins every side then sees.
    const builtin = buildRules(builtinScenario());
    for (let i = 0; i < 60; i++) {
      const end = randomGame(i % 2 ? builtin : rules, `verdict:${i}`);
      expect(end.result!.margins, `verdict:${i}`).toEqual(margins(end));
      expect(end.result!.leaders, `verdict:${i}`).toEqual(leaderTally(end));
      if (end.result!.reason === 'suddenDeath') expect(coalitionWins(end)).toBe(true);
    }
  });

  it('§9.2 the Coalition wins at once holding Raqqa with more than three quarters of the leadership caught by itself', () => {
    const s = coalitionHoldsRaqqa(withCaptured(toOperations(game(), 'islamicState'), ['al-baghdadi', 'leader-2', 'leader-3'], 'coalition'));
    const next = endTurn(s, [6]);
    expect(outcome(next)).toMatchObject({ status: 'over', result: { winner: 'coalition', reason: 'suddenDeath', leaders: [4, 0, 1] } });
  });

  it('§9.2 leaders caught by the Regime do not count for it', () => {
    const s = coalitionHoldsRaqqa(withCaptured(withCaptured(toOperations(game(), 'islamicState'), ['al-baghdadi', 'leader-2'], 'regime'), ['leader-3', 'leader-4'], 'coalition'));
    expect(outcome(endTurn(s, [4])).status).toBe('running');
  });

  it('§9.3 at the end of the last turn the highest margin wins', () => {
    const s = lastTurn(lastIsOps());
    const o = outcome(endTurn(s, [6]));
    expect(o).toMatchObject({ status: 'over', result: { winner: 'regime', reason: 'margin' } });
    if (o.status === 'over') expect(o.result.margins[1]).toBe(Math.max(...o.result.margins));
  });

  it('§9.3 Islamic State wins keeping its leaders at large', () => {
    const s = lastTurn(toOperations(game(), 'islamicState'));
    expect(outcome(endTurn(s, [6, 6, 6, 6]))).toMatchObject({ status: 'over', result: { winner: 'islamicState', reason: 'margin', leaders: [0, 0, 5] } });
  });

  describe('§9.4 the campaign ends early once Islamic State has no fighters left and none to raise', () => {
    /** Islamic State's last operations with no unit of its own anywhere, and `pool` left to raise. */
    const routedArmy = (pool: number, redoubtsHeldBy: 'islamicState' | 'regime' = 'islamicState'): GameState => {
      const s = lastIsOps();
      const patches = Object.fromEntries(
        s.rules.ids.map((id, i) => {
          const r = s.regions[i]!;
          const control = s.rules.isRedoubt[i] && r.control === 'islamicState' ? redoubtsHeldBy : r.control;
          return [id, { units: [r.units[0], r.units[1], 0] as [number, number, number], control }];
        }),
      );
      return { ...withRegions(s, patches), pool: [s.pool[0], s.pool[1], pool] };
    };

    it('with an empty pool the margins decide at that upkeep, and the ending says why', () => {
      const next = endTurn(routedArmy(0), quiet(4, 1));
      const o = outcome(next);
      expect(o).toMatchObject({ status: 'over', result: { turn: 1, routed: true } });
      const over = eventsOf(next).find((e) => e.type === 'gameOver');
      expect(over && describeEvent(over, 'coalition', next.rules)).toContain('Islamic State has no fighters left and none to raise, so the campaign ended after turn 1');
    });

    it('with men in the pool and a redoubt to muster them in, the campaign goes on', () => {
      expect(outcome(endTurn(routedArmy(2), quiet(4, 1))).status).toBe('running');
    });

    it('with men in the pool but no redoubt held, it ends', () => {
      expect(outcome(endTurn(routedArmy(2, 'regime'), quiet(4, 1)))).toMatchObject({ status: 'over', result: { routed: true } });
    });

    it('a campaign that lasts to its last turn is not routed', () => {
      expect(outcome(endTurn(lastTurn(lastIsOps()), [6]))).toMatchObject({ status: 'over', result: { routed: false } });
    });
  });

  it('no action is accepted once the game is over', async () => {
    const { apply } = await import('../../src/rules');
    const over = endTurn(lastTurn(lastIsOps()), quiet());
    const r = apply(over, { type: 'endPhase', side: over.active });
    expect(!r.ok && r.error.code).toBe('ERR_GAME_OVER');
  });
});

void withLeader;
