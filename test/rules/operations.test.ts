import { describe, expect, it } from 'vitest';
import { apply, NUMBERS, type Action, type GameState } from '../../src/rules';
import { act, atLarge, eventsOf, game, regionOf, rig, toOperations, withLeader, withRegions } from './helpers';

const coalitionTurn = (): GameState => toOperations(game(), 'coalition');

function refusal(state: GameState, action: Action): string {
  const r = apply(state, action);
  if (r.ok) throw new Error('expected a refusal');
  return r.error.code;
}

describe('§3 action points', () => {
  it('§3.1 each action costs 1 AP; at 0 only ending the phase is legal', () => {
    let s = withRegions(coalitionTurn(), {});
    s = { ...s, ap: 1, turkeyTension: 0 };
    s = act(s, { type: 'fortify', side: 'coalition', region: 'tabqa' });
    expect(s.ap).toBe(0);
    expect(refusal(s, { type: 'fortify', side: 'coalition', region: 'ain-issa' })).toBe('ERR_NO_AP');
  });
});

describe('§4.1 move', () => {
  it('moves strength along a link and keeps the rest behind', () => {
    const s = act(coalitionTurn(), { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 3 });
    expect(regionOf(s, 'tabqa').units[0]).toBe(1);
    expect(regionOf(s, 'resafa').units[0]).toBe(3);
    expect(regionOf(s, 'resafa').control).toBe('coalition');
  });

  it.each([
    [{ from: 'tabqa', to: 'maadan', strength: 1 }, 'ERR_NOT_ADJACENT'],
    [{ from: 'tabqa', to: 'resafa', strength: 5 }, 'ERR_BAD_STRENGTH'],
    [{ from: 'tabqa', to: 'resafa', strength: 0 }, 'ERR_BAD_STRENGTH'],
    [{ from: 'resafa', to: 'tabqa', strength: 1 }, 'ERR_NO_UNITS'],
    [{ from: 'tabqa', to: 'raqqa', strength: 1 }, 'ERR_OCCUPIED'],
    [{ from: 'tabqa', to: 'nowhere', strength: 1 }, 'ERR_UNKNOWN_REGION'],
  ])('refuses %j with %s', (fields, code) => {
    expect(refusal(coalitionTurn(), { type: 'move', side: 'coalition', ...fields } as Action)).toBe(code);
  });

  it('§1.3 refuses to stack more than 9 strength', () => {
    const s = withRegions(coalitionTurn(), { resafa: { control: 'coalition', units: [8, 0, 0] } });
    expect(refusal(s, { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 2 })).toBe('ERR_STACK_LIMIT');
  });

  it('§1.5 allied powers never share a region', () => {
    const s = withRegions(coalitionTurn(), { resafa: { control: 'regime', units: [0, 2, 0] } });
    expect(refusal(s, { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 1 })).toBe('ERR_OCCUPIED');
  });

  it('§4.7 overrunning a region turns up one hidden leader there, found by the overrunner; walking in catches no one', () => {
    let s = withRegions(coalitionTurn(), { resafa: { control: 'islamicState', units: [0, 0, 0], fort: 1 } });
    s = withLeader(withLeader(s, 'leader-2', { at: 'resafa' }), 'leader-3', { at: 'resafa' });
    s = act(s, { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 1 });
    expect(regionOf(s, 'resafa')).toMatchObject({ control: 'coalition', fort: 0 });
    const found = s.leaders.filter((l) => l.status === 'atLarge' && l.revealed);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ at: 'resafa', foundBy: 'coalition', tracked: true, lastSeen: { how: 'overrun' } });
    expect(s.leaders.every((l) => l.status === 'atLarge')).toBe(true);
  });

  it('§4.7 a hidden leader in a region the Coalition already holds is not found by moving in', () => {
    let s = withLeader(coalitionTurn(), 'leader-2', { at: 'ain-issa' });
    s = act(s, { type: 'move', side: 'coalition', from: 'shaddadi', to: 'ain-issa', strength: 1 });
    expect(atLarge(s, 'leader-2').revealed).toBe(false);
  });

  it('§1.5 neither ally may enter the other\'s objective or bases', () => {
    const s = withRegions(toOperations(game(), 'regime'), { resafa: { control: 'regime', units: [0, 3, 0] }, raqqa: { control: 'islamicState', units: [0, 0, 0], fort: 0 } });
    expect(refusal(s, { type: 'move', side: 'regime', from: 'resafa', to: 'raqqa', strength: 1 })).toBe('ERR_ALLY_GROUND');
    expect(refusal(s, { type: 'move', side: 'regime', from: 'resafa', to: 'tabqa', strength: 1 })).toBe('ERR_OCCUPIED');
    const empty = withRegions(s, { tabqa: { control: 'coalition', units: [0, 0, 0] } });
    expect(refusal(empty, { type: 'move', side: 'regime', from: 'resafa', to: 'tabqa', strength: 1 })).toBe('ERR_ALLY_GROUND');
  });
});

describe('§4.2–4.4 attack', () => {
  it('refuses attacks on an empty region, on an ally, and by a side with no units there', () => {
    const s = coalitionTurn();
    expect(refusal(s, { type: 'attack', side: 'coalition', from: 'tabqa', to: 'resafa' })).toBe('ERR_NO_ENEMY');
    expect(refusal(s, { type: 'attack', side: 'coalition', from: 'resafa', to: 'raqqa' })).toBe('ERR_NO_UNITS');
    const allied = withRegions(s, { resafa: { control: 'regime', units: [0, 2, 0] } });
    expect(refusal(allied, { type: 'attack', side: 'coalition', from: 'tabqa', to: 'resafa' })).toBe('ERR_NOT_HOSTILE');
  });

  it('§4.3 shows the odds with fortification as a visible shift', async () => {
    const { combatOdds } = await import('../../src/rules');
    const s = coalitionTurn();
    const odds = combatOdds(s, 'coalition', 1, 0)!; // Tabqa 4 against Raqqa 5, fort 2
    expect(odds.odds).toBe('1:2');
    expect(odds.modifiers).toEqual([{ kind: 'fortified', shift: -2 }]);
    expect(odds.total).toBe(-2);
  });

  it('§4.3 encirclement and air support each shift one column for the attacker', async () => {
    const { combatOdds } = await import('../../src/rules');
    const s = withRegions(coalitionTurn(), {
      resafa: { control: 'islamicState', units: [0, 0, 2], suppressedBy: 'coalition' },
      sukhnah: { control: 'regime', units: [0, 0, 0] },
      raqqa: { control: 'coalition', units: [4, 0, 0], fort: 0 },
    });
    const odds = combatOdds(s, 'coalition', 0, 4)!; // Raqqa 4 against Resafa 2: 2:1
    expect(odds.odds).toBe('2:1');
    expect(odds.modifiers).toEqual([{ kind: 'airSupport', shift: 1 }, { kind: 'encircled', shift: 1 }]);
    expect(odds.total).toBe(4);
  });

  it.each([
    // roll, expected [attacker after, defender after, taken, Sukhnah's garrison after]
    [1, 3, 2, false, 1], // index 3: attacker -1
    [2, 3, 0, true, 2], // index 4: both -1; 3 against 1 is three to one: the survivor falls back to Sukhnah
    [3, 3, 0, true, 2], // index 5: the same
    [4, 4, 0, true, 2], // index 6: defender -1; 4 against 1: falls back
    [5, 3, 0, true, 1], // index 7: attacker -1, defender -2: wiped out, taken by 3
    [6, 4, 0, true, 1], // index 8: defender -2
  ])('§4.4 at 2:1, a roll of %i leaves attacker %i, defender %i (taken: %s; Sukhnah holds %i)', (roll, attacker, defender, taken, sukhnah) => {
    let s = withRegions(coalitionTurn(), {
      resafa: { control: 'islamicState', units: [0, 0, 2] },
      raqqa: { control: 'coalition', units: [4, 0, 0], fort: 0 },
      sukhnah: { control: 'islamicState', units: [0, 0, 1] },
    });
    s = rig(s, [roll]);
    s = act(s, { type: 'attack', side: 'coalition', from: 'raqqa', to: 'resafa' });
    const target = regionOf(s, 'resafa');
    if (taken) {
      expect(target.control).toBe('coalition');
      expect(target.units[0]).toBe(attacker);
      expect(target.units[2]).toBe(0);
      expect(regionOf(s, 'raqqa').units[0]).toBe(0);
    } else {
      expect(target.units[2]).toBe(defender);
      expect(regionOf(s, 'raqqa').units[0]).toBe(attacker);
    }
    expect(regionOf(s, 'sukhnah').units[2]).toBe(sukhnah);
  });

  const broken = (patches: Parameters<typeof withRegions>[1]) =>
    rig(
      withRegions(coalitionTurn(), {
        tabqa: { control: 'coalition', units: [9, 0, 0] },
        raqqa: { control: 'coalition', units: [0, 0, 0], fort: 0 },
        resafa: { control: 'islamicState', units: [0, 0, 4], fort: 0 },
        ...patches,
      }),
      [6], // 9 against 4 at 2:1, index 8: defender -2, and 9 against 2 is more than three to one
    );

  it('§4.4 a broken defender falls back to the neighbour its side holds with the most men, and the attacker advances', () => {
    const s = broken({ sukhnah: { control: 'islamicState', units: [0, 0, 3] } });
    const r = apply(s, { type: 'attack', side: 'coalition', from: 'tabqa', to: 'resafa' });
    if (!r.ok) throw new Error(r.error.message);
    expect(regionOf(r.state, 'sukhnah').units[2]).toBe(5);
    expect(regionOf(r.state, 'resafa')).toMatchObject({ control: 'coalition', units: [9, 0, 0] });
    expect(r.events.find((e) => e.type === 'retreated')).toMatchObject({ side: 'islamicState', from: 'resafa', to: 'sukhnah', strength: 2, lost: 0 });
  });

  it('§4.4 men falling back beyond the stacking limit are lost', () => {
    const s = broken({ sukhnah: { control: 'islamicState', units: [0, 0, NUMBERS.maxStrength - 1] } });
    const r = apply(s, { type: 'attack', side: 'coalition', from: 'tabqa', to: 'resafa' });
    if (!r.ok) throw new Error(r.error.message);
    expect(regionOf(r.state, 'sukhnah').units[2]).toBe(NUMBERS.maxStrength);
    expect(r.events.find((e) => e.type === 'retreated')).toMatchObject({ to: 'sukhnah', strength: 2, lost: 1 });
  });

  it('§4.4 a broken defender with no neighbour of its own surrenders', () => {
    const s = broken({ sukhnah: { control: 'regime', units: [0, 0, 0] } });
    const r = apply(s, { type: 'attack', side: 'coalition', from: 'tabqa', to: 'resafa' });
    if (!r.ok) throw new Error(r.error.message);
    expect(regionOf(r.state, 'resafa')).toMatchObject({ control: 'coalition', units: [9, 0, 0] });
    expect(r.state.regions.reduce((n, g) => n + g.units[2], 0)).toBe(s.regions.reduce((n, g) => n + g.units[2], 0) - 4);
    expect(r.events.find((e) => e.type === 'retreated')).toMatchObject({ to: null, strength: 2, lost: 2 });
  });

  it('§4.4 the odds count a fall back as taking the region', async () => {
    const { combatOdds } = await import('../../src/rules');
    const s = broken({ sukhnah: { control: 'islamicState', units: [0, 0, 3] } });
    const g = s.rules.index;
    // 9 against 4, 2:1: rolls 1-3 (index 3-5) leave 8 against 4 or 3, short of three to one; rolls 4-6 (index 6-8) leave 9 against 3, 8 against 2, 9 against 2.
    expect(combatOdds(s, 'coalition', g.get('tabqa')!, g.get('resafa')!)!.takeChance).toBeCloseTo(3 / 6);
  });

  it('§4.2 Islamic State may attack the Regime', () => {
    let s = toOperations(game(), 'islamicState');
    s = rig(s, [6]);
    s = act(s, { type: 'attack', side: 'islamicState', from: 'sukhnah', to: 'palmyra' });
    expect(regionOf(s, 'palmyra').units[1]).toBeLessThan(5);
  });
});

describe('§4.5 air strike', () => {
  it.each([
    [6, 4, 'coalition'],
    [5, 4, 'coalition'],
    [3, 5, 'coalition'],
    [2, 5, null],
  ])('a roll of %i leaves the garrison at %i and suppression by %s', (roll, garrison, by) => {
    let s = rig(coalitionTurn(), [roll]);
    s = act(s, { type: 'airStrike', side: 'coalition', target: 'raqqa' });
    expect(regionOf(s, 'raqqa').units[2]).toBe(garrison);
    expect(regionOf(s, 'raqqa').suppressedBy).toBe(by);
  });

  it('needs a target and an air force', () => {
    expect(refusal(coalitionTurn(), { type: 'airStrike', side: 'coalition', target: 'resafa' })).toBe('ERR_NO_ENEMY');
    const is = toOperations(game(), 'islamicState');
    expect(refusal(is, { type: 'airStrike', side: 'islamicState', target: 'tabqa' })).toBe('ERR_NO_AIR');
  });

  it.each([true, false])('never harms a leader in the target (revealed: %s)', (revealed) => {
    let s = withLeader(coalitionTurn(), 'al-baghdadi', { at: 'raqqa', revealed });
    s = rig(s, [6]);
    s = act(s, { type: 'airStrike', side: 'coalition', target: 'raqqa' });
    expect(s.leaders[0]!.status).toBe('atLarge');
  });
});

describe('§4.6 search', () => {
  it('a hit turns up one of the hidden leaders in the region, found by the searcher and followed', () => {
    let s = rig(coalitionTurn(), [4, 1]); // 4 + near bonus (Tabqa is adjacent to Raqqa) = 5; then the die that picks the leader
    s = act(s, { type: 'search', side: 'coalition', region: 'raqqa' });
    const found = s.leaders.filter((l) => l.status === 'atLarge' && l.revealed);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ foundBy: 'coalition', tracked: true, lastSeen: { region: 'raqqa', how: 'search' } });
    expect(eventsOf(s)).toContainEqual({ type: 'searched', audience: 'all', side: 'coalition', region: 'raqqa', needed: 4, roll: 4, found: 1 });
    expect(s.intel[0]).toBe(1);
  });

  it('far from the searcher\'s units a 4 misses', () => {
    let s = withLeader(coalitionTurn(), 'leader-2', { at: 'abu-kamal' });
    s = rig(s, [4]);
    s = act(s, { type: 'search', side: 'coalition', region: 'abu-kamal' });
    expect(atLarge(s, 'leader-2').revealed).toBe(false);
  });

  it('a search never catches: even with the searcher\'s units on the spot the leader is only found', () => {
    let s = withLeader(coalitionTurn(), 'leader-3', { at: 'tabqa' });
    s = rig(s, [5, 1]);
    s = act(s, { type: 'search', side: 'coalition', region: 'tabqa' });
    expect(atLarge(s, 'leader-3')).toMatchObject({ revealed: true, foundBy: 'coalition' });
  });

  it('rolls its die whether or not a leader is there (the generator moves the same way)', () => {
    const base = coalitionTurn();
    const here = act(withLeader(base, 'leader-2', { at: 'abu-kamal' }), { type: 'search', side: 'coalition', region: 'mayadin' });
    const there = act(withLeader(base, 'leader-2', { at: 'mayadin' }), { type: 'search', side: 'coalition', region: 'mayadin' });
    expect(here.rng).toEqual(there.rng);
  });

  it('needs intelligence points', () => {
    const s = { ...coalitionTurn(), intel: [0, 1, 0] as const };
    expect(refusal(s, { type: 'search', side: 'coalition', region: 'raqqa' })).toBe('ERR_NO_INTEL');
  });
});

describe('§4.8 fortify and §4.9 reinforce', () => {
  it('fortifies up to 2', () => {
    let s = act(coalitionTurn(), { type: 'fortify', side: 'coalition', region: 'tabqa' });
    s = act(s, { type: 'fortify', side: 'coalition', region: 'tabqa' });
    expect(regionOf(s, 'tabqa').fort).toBe(2);
    expect(refusal(s, { type: 'fortify', side: 'coalition', region: 'tabqa' })).toBe('ERR_FORT_MAX');
    expect(refusal(s, { type: 'fortify', side: 'coalition', region: 'raqqa' })).toBe('ERR_NO_UNITS');
  });

  it('reinforces a held base from the pool', () => {
    const s = act(coalitionTurn(), { type: 'reinforce', side: 'coalition', region: 'tabqa' });
    expect(regionOf(s, 'tabqa').units[0]).toBe(5);
    expect(s.pool[0]).toBe(5);
    expect(refusal(s, { type: 'reinforce', side: 'coalition', region: 'resafa' })).toBe('ERR_NOT_BASE');
    expect(refusal({ ...s, pool: [0, 8, 5] }, { type: 'reinforce', side: 'coalition', region: 'tabqa' })).toBe('ERR_POOL_EMPTY');
  });

  it('Islamic State reinforces only in redoubts it holds', () => {
    const s = toOperations(game(), 'islamicState');
    expect(regionOf(act(s, { type: 'reinforce', side: 'islamicState', region: 'maadan' }), 'maadan').units[2]).toBe(3);
    expect(refusal(s, { type: 'reinforce', side: 'islamicState', region: 'raqqa' })).toBe('ERR_NOT_BASE');
  });
});

describe('§4.10 watch, §4.11 raid, §4.12 deconflict', () => {
  it('watches a region in or next to its units, once a turn, and only the hunters do', () => {
    const s = act(coalitionTurn(), { type: 'watch', side: 'coalition', region: 'raqqa' });
    expect(regionOf(s, 'raqqa').watch).toBe(1);
    expect(eventsOf(s).at(-1)).toEqual({ type: 'watched', audience: 'all', side: 'coalition', region: 'raqqa' });
    expect(refusal(s, { type: 'watch', side: 'coalition', region: 'raqqa' })).toBe('ERR_ALREADY_WATCHED');
    expect(refusal(s, { type: 'watch', side: 'coalition', region: 'abu-kamal' })).toBe('ERR_NO_UNITS');
    expect(refusal(toOperations(game(), 'islamicState'), { type: 'watch', side: 'islamicState', region: 'raqqa' })).toBe('ERR_NOT_HUNTER');
  });

  it(`a raid on a leader the raider found succeeds on ${NUMBERS.raidHit}+, ${NUMBERS.raidGarrison} more against a garrison`, () => {
    const s = withLeader(coalitionTurn(), 'leader-2', { at: 'resafa', revealed: true, tracked: true, foundBy: 'coalition' });
    const hit = act(rig(s, [NUMBERS.raidHit]), { type: 'raid', side: 'coalition', region: 'resafa' });
    expect(hit.leaders[1]).toMatchObject({ status: 'captured', by: 'coalition', how: 'raid', at: 'resafa' });
    const garrisoned = withRegions(withLeader(coalitionTurn(), 'al-baghdadi', { revealed: true, foundBy: 'coalition' }), {});
    const tough = act(rig(garrisoned, [NUMBERS.raidHit]), { type: 'raid', side: 'coalition', region: 'raqqa' });
    expect(eventsOf(tough).find((e) => e.type === 'raided')).toMatchObject({ needed: NUMBERS.raidHit + NUMBERS.raidGarrison, caught: 0 });
  });

  it('a missed raid sends the leader to ground: hidden again where he stands, followed no more', () => {
    const s = withLeader(coalitionTurn(), 'leader-2', { at: 'resafa', revealed: true, tracked: true, foundBy: 'coalition' });
    const miss = act(rig(s, [1]), { type: 'raid', side: 'coalition', region: 'resafa' });
    expect(atLarge(miss, 'leader-2')).toMatchObject({ revealed: false, tracked: false, foundBy: null, at: 'resafa' });
    expect(eventsOf(miss).at(-1)).toEqual({ type: 'leaderVanished', audience: 'all', leader: 'leader-2', from: 'resafa', how: 'raid' });
  });

  it(`the Coalition's special forces raid a leader it found anywhere, ${NUMBERS.raidFar} harder without its units in or next to his region; the Regime's only on foot`, () => {
    const far = withRegions(withLeader(coalitionTurn(), 'leader-2', { at: 'abu-kamal', revealed: true, foundBy: 'coalition' }), { 'abu-kamal': { units: [0, 0, 0] } });
    const hit = act(rig(far, [NUMBERS.raidHit + NUMBERS.raidFar]), { type: 'raid', side: 'coalition', region: 'abu-kamal' });
    expect(eventsOf(hit).find((e) => e.type === 'raided')).toMatchObject({ needed: NUMBERS.raidHit + NUMBERS.raidFar, caught: 1 });
    expect(hit.leaders[1]).toMatchObject({ status: 'captured', by: 'coalition', how: 'raid', at: 'abu-kamal' });
    const miss = act(rig(far, [NUMBERS.raidHit + NUMBERS.raidFar - 1]), { type: 'raid', side: 'coalition', region: 'abu-kamal' });
    expect(atLarge(miss, 'leader-2')).toMatchObject({ revealed: false, at: 'abu-kamal' });
    const regimeFar = withRegions(withLeader(toOperations(game(), 'regime'), 'leader-2', { at: 'abu-kamal', revealed: true, foundBy: 'regime' }), { 'abu-kamal': { units: [0, 0, 0] } });
    expect(refusal(regimeFar, { type: 'raid', side: 'regime', region: 'abu-kamal' })).toBe('ERR_NO_UNITS');
  });

  it('only the side that found a leader may raid him', () => {
    const s = withLeader(toOperations(game(), 'regime'), 'leader-2', { at: 'sukhnah', revealed: true, foundBy: 'coalition' });
    expect(refusal(s, { type: 'raid', side: 'regime', region: 'sukhnah' })).toBe('ERR_NO_LEADER');
  });

  it('deconfliction lowers escalation by one, and needs some to lower', () => {
    const s = { ...coalitionTurn(), escalation: 3 };
    expect(act(s, { type: 'deconflict', side: 'coalition' }).escalation).toBe(3 - NUMBERS.deconflict);
    expect(refusal(coalitionTurn(), { type: 'deconflict', side: 'coalition' })).toBe('ERR_CALM');
  });

  it('§4.9 the Regime musters militias in the valley towns it holds', () => {
    const s = withRegions(toOperations(game(), 'regime'), { mayadin: { control: 'regime', units: [0, 1, 0] } });
    expect(regionOf(act(s, { type: 'reinforce', side: 'regime', region: 'mayadin' }), 'mayadin').units[1]).toBe(2);
    const coalition = withRegions(coalitionTurn(), { mayadin: { control: 'coalition', units: [1, 0, 0] } });
    expect(refusal(coalition, { type: 'reinforce', side: 'coalition', region: 'mayadin' })).toBe('ERR_NOT_BASE');
  });
});
