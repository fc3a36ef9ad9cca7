import { describe, expect, it } from 'vitest';
import { apply, legalActions, nooseExits, observe } from '../../src/rules';
import { act, atLarge, eventsOf, game, rig, withLeader, withRegions } from './helpers';

const leaderIds = ['al-baghdadi', 'leader-2', 'leader-3', 'leader-4'];

describe('§6.2 leader moves', () => {
  it('on turn 1 a leader may be placed anywhere along its flight, even two links away', () => {
    const s = act(game(), { type: 'moveLeader', side: 'islamicState', leader: 'al-baghdadi', to: 'deir-ez-zor' });
    expect(atLarge(s, 'al-baghdadi')).toMatchObject({ at: 'deir-ez-zor', crossed: 'none', moved: true });
  });

  it('moves a leader once a turn, one link at a time after turn 1', () => {
    let s = act(game(), { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    const again = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'deir-ez-zor' });
    expect(!again.ok && again.error.code).toBe('ERR_LEADER_DONE');
    for (let i = 0; i < 4; i++) s = act(s, { type: 'endPhase', side: s.active });
    expect(s.turn).toBe(2);
    const far = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'mayadin' });
    expect(!far.ok && far.error.code).toBe('ERR_NOT_ADJACENT');
    expect(apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'deir-ez-zor' }).ok).toBe(true);
  });

  it('lists every leader\'s legal destinations and ending the phase', () => {
    const legal = legalActions(game(), 'islamicState');
    // Each leader: Raqqa's 4 neighbours plus the start options Raqqa and Deir ez-Zor (Maadan is both).
    expect(legal.filter((a) => a.type === 'moveLeader')).toHaveLength(leaderIds.length * 6);
    expect(legal.at(-1)).toEqual({ type: 'endPhase', side: 'islamicState' });
  });

  it('keeps moves secret: the event is for Islamic State only, and the others see nothing of it', () => {
    const before = game();
    const r = apply(before, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.events).toEqual([{ type: 'leaderMoved', audience: 'islamicState', leader: 'leader-2', from: 'raqqa', to: 'maadan', placed: true, crossed: 'none' }]);
    for (const side of ['coalition', 'regime'] as const) expect(observe(r.state, side)).toEqual(observe(before, side));
    expect(observe(r.state, 'islamicState').log?.item.events).toBe(r.events);
  });

  it('leaders move only in the leader phase', () => {
    let s = act(game(), { type: 'endPhase', side: 'islamicState' });
    s = act(s, { type: 'endPhase', side: 'coalition' });
    s = act(s, { type: 'endPhase', side: 'regime' });
    const r = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    expect(!r.ok && r.error.code).toBe('ERR_WRONG_PHASE');
  });
});

describe('§5 the noose and §6.4 interception', () => {
  /** Turn 2, leaders phase, with the Coalition holding some of Raqqa's exits. */
  function turnTwo(exits: Record<string, 'coalition' | 'islamicState' | null>) {
    let s = game();
    for (let i = 0; i < 4; i++) s = act(s, { type: 'endPhase', side: s.active });
    const patches = Object.fromEntries(
      Object.entries(exits).map(([id, side]) => [id, { control: side, units: [side === 'coalition' ? 2 : 0, 0, side === 'islamicState' ? 1 : 0] as const }]),
    );
    return withRegions(s, patches);
  }

  it('§5.1 an exit is closed while the Coalition holds it', () => {
    const s = turnTwo({ resafa: 'coalition', maadan: 'islamicState' });
    const exits = Object.fromEntries(nooseExits(s).map((e) => [e.region, e.closed]));
    expect(exits).toEqual({ tabqa: true, 'ain-issa': true, resafa: true, maadan: false });
  });

  it.each([
    ['resafa', 3, 'captured'],
    ['resafa', 4, 'atLarge'],
    ['maadan', 1, 'atLarge'],
  ])('leaving Raqqa for %s with a roll of %i: %s', (to, roll, status) => {
    let s = turnTwo({ resafa: 'coalition', maadan: 'islamicState' });
    s = act(s, { type: 'moveLeader', side: 'islamicState', leader: 'al-baghdadi', to });
    s = rig(s, [roll, 6, 6, 6]);
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    expect(s.leaders[0]!.status).toBe(status);
    if (status === 'captured') {
      expect(s.leaders[0]).toMatchObject({ at: to, by: 'coalition', how: 'interception', turn: 2 });
      expect(eventsOf(s)).toContainEqual({ type: 'intercepted', audience: 'all', leader: 'al-baghdadi', region: to, roll, needed: 3 });
      expect(s.neutralized[0]).toBe(2);
    } else if (to === 'resafa') {
      expect(eventsOf(s)).toContainEqual({ type: 'leaderSlipped', audience: 'islamicState', leader: 'al-baghdadi', region: to, roll, needed: 3 });
    }
  });

  it('away from the noose, crossing enemy lines is caught on 2 or less, credited to the Regime where it holds', () => {
    let s = turnTwo({});
    s = withLeader(s, 'leader-2', { at: 'sukhnah' });
    s = act(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'palmyra' });
    s = rig(s, [6, 2, 6, 6]);
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    expect(s.leaders[1]).toMatchObject({ status: 'captured', by: 'regime', how: 'interception', at: 'palmyra' });
    expect(s.neutralized[1]).toBe(1);
  });

  it('rolls one die per leader at large whether or not any crossed', () => {
    const base = turnTwo({ resafa: 'coalition' });
    const quiet = act(base, { type: 'endPhase', side: 'islamicState' });
    const moved = act(act(base, { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'maadan' }), { type: 'endPhase', side: 'islamicState' });
    expect(quiet.rng).toEqual(moved.rng);
  });
});
