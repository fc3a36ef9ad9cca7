import { describe, expect, it } from 'vitest';
import { apply, legalActions, nooseExits, NUMBERS, observe, type GameState } from '../../src/rules';
import { act, atLarge, eventsOf, game, rig, toOperations, withCaptured, withLeader, withRegions } from './helpers';

const leaderIds = ['al-baghdadi', 'leader-2', 'leader-3', 'leader-4'];

/** Islamic State's leader phase of turn 1 (every side has acted once). */
function leaderPhase(s: GameState = game()): GameState {
  return act(toOperations(s, 'islamicState'), { type: 'endPhase', side: 'islamicState' });
}

describe('§6.2 leader moves', () => {
  it('a game opens in the Coalition\'s operations: the leaders first move at the end of turn 1', () => {
    const s = game();
    expect([s.phase, s.active]).toEqual(['operations', 'coalition']);
    expect(legalActions(s, 'islamicState')).toEqual([]);
    expect(leaderPhase().phase).toBe('leaders');
  });

  it('moves a leader once a phase, one link at a time', () => {
    let s = leaderPhase();
    const far = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'deir-ez-zor' });
    expect(!far.ok && far.error.code).toBe('ERR_NOT_ADJACENT');
    s = act(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    expect(atLarge(s, 'leader-2')).toMatchObject({ at: 'maadan', moved: true });
    const again = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'deir-ez-zor' });
    expect(!again.ok && again.error.code).toBe('ERR_LEADER_DONE');
  });

  it('lists every leader\'s destinations (Raqqa\'s four neighbours each) and ending the phase', () => {
    const legal = legalActions(leaderPhase(), 'islamicState');
    expect(legal.filter((a) => a.type === 'moveLeader')).toHaveLength(leaderIds.length * 4);
    expect(legal.at(-1)).toEqual({ type: 'endPhase', side: 'islamicState' });
  });

  it('keeps moves secret: the event is for Islamic State only, and the others see nothing of it', () => {
    const before = leaderPhase();
    const r = apply(before, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.events).toEqual([{ type: 'leaderMoved', audience: 'islamicState', leader: 'leader-2', from: 'raqqa', to: 'maadan', danger: 0, catcher: null }]);
    for (const side of ['coalition', 'regime'] as const) expect(observe(r.state, side)).toEqual(observe(before, side));
  });

  it('leaders move only in the leader phase', () => {
    const r = apply(toOperations(game(), 'islamicState'), { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    expect(!r.ok && r.error.code).toBe('ERR_WRONG_PHASE');
  });

  it('§6.1 a revealed leader is followed through his next move, then lost from sight', () => {
    let s = withLeader(leaderPhase(), 'leader-3', { revealed: true, tracked: true, foundBy: 'coalition' });
    const r = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'maadan' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.events[0]).toEqual({ type: 'leaderTracked', audience: 'all', leader: 'leader-3', from: 'raqqa', to: 'maadan' });
    expect(observe(r.state, 'regime').leaders[2]).toMatchObject({ status: 'revealed', at: 'maadan', tracked: false, foundBy: 'coalition' });
    s = toOperations(act(rig(r.state, [6, 6, 6, 6, 4, 1, 1, 1, 1]), { type: 'endPhase', side: 'islamicState' }), 'islamicState');
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    const lost = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'deir-ez-zor' });
    if (!lost.ok) throw new Error(lost.error.message);
    expect(lost.events[0]).toEqual({ type: 'leaderVanished', audience: 'all', leader: 'leader-3', from: 'maadan', how: 'moved' });
    expect(observe(lost.state, 'coalition').leaders[2]).toMatchObject({ status: 'hidden', lastSeen: { region: 'maadan', how: 'track' } });
  });
});

describe('§5 the noose, §6.3–6.4 danger and the leader phase\'s die', () => {
  /** Turn 1's leader phase with the Coalition holding some of Raqqa's exits. */
  function withExits(exits: Record<string, 'coalition' | 'islamicState' | null>, watch: Record<string, number> = {}) {
    const patches = Object.fromEntries(
      Object.entries(exits).map(([id, side]) => [id, { control: side, units: [side === 'coalition' ? 2 : 0, 0, side === 'islamicState' ? 1 : 0] as const, watch: watch[id] ?? 0 }]),
    );
    return withRegions(leaderPhase(), patches);
  }

  it('§5.1 an exit is closed while the Coalition holds it', () => {
    const exits = Object.fromEntries(nooseExits(withExits({ resafa: 'coalition', maadan: 'islamicState' })).map((e) => [e.region, e.closed]));
    expect(exits).toEqual({ tabqa: true, 'ain-issa': true, resafa: true, maadan: false });
  });

  it.each([
    ['resafa', 0, NUMBERS.interceptNoose, NUMBERS.interceptNoose, 'captured'],
    ['resafa', 0, NUMBERS.interceptNoose, NUMBERS.interceptNoose + 1, 'atLarge'],
    ['resafa', 1, NUMBERS.interceptNoose + NUMBERS.watchIntercept, NUMBERS.interceptNoose + NUMBERS.watchIntercept, 'captured'],
    ['maadan', 0, 0, 1, 'atLarge'],
    ['maadan', 1, NUMBERS.watchIntercept, NUMBERS.watchIntercept, 'captured'],
  ])('leaving Raqqa for %s (watch bits %i): danger %i, a roll of %i leaves him %s', (to, watch, danger, roll, status) => {
    let s = withExits({ resafa: 'coalition', maadan: 'islamicState' }, { [to]: watch });
    const r = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'al-baghdadi', to });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.events.at(-1)).toMatchObject({ type: 'leaderMoved', danger, catcher: danger > 0 ? 'coalition' : null });
    s = act(rig(r.state, [roll, 6, 6, 6]), { type: 'endPhase', side: 'islamicState' });
    expect(s.leaders[0]!.status).toBe(status);
    if (status === 'captured') {
      expect(s.leaders[0]).toMatchObject({ at: to, by: 'coalition', how: 'interception', turn: 1 });
      expect(eventsOf(s)).toContainEqual({ type: 'intercepted', audience: 'all', leader: 'al-baghdadi', region: to, roll, needed: danger });
    } else if (danger > 0) {
      expect(eventsOf(s)).toContainEqual({ type: 'leaderSlipped', audience: 'islamicState', leader: 'al-baghdadi', region: to, roll, needed: danger });
      expect(atLarge(s, 'al-baghdadi').heat).toBe(NUMBERS.heatWatched);
    }
  });

  it('crossing into Regime ground away from the noose is the Regime\'s catch', () => {
    let s = withLeader(leaderPhase(), 'leader-2', { at: 'sukhnah' });
    s = act(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'palmyra' });
    s = act(rig(s, [6, NUMBERS.interceptClosed, 6, 6]), { type: 'endPhase', side: 'islamicState' });
    expect(s.leaders[1]).toMatchObject({ status: 'captured', by: 'regime', how: 'interception', at: 'palmyra' });
  });

  it(`a hidden leader sitting still in a watched region is spotted on ${NUMBERS.watchSpot} or less, found by the watcher`, () => {
    const s = withRegions(leaderPhase(), { raqqa: { watch: 2 } });
    const spotted = act(rig(s, [NUMBERS.watchSpot, 6, 6, 6]), { type: 'endPhase', side: 'islamicState' });
    expect(atLarge(spotted, 'al-baghdadi')).toMatchObject({ revealed: true, foundBy: 'regime', lastSeen: { how: 'watch' } });
    const missed = act(rig(s, [NUMBERS.watchSpot + 1, 6, 6, 6]), { type: 'endPhase', side: 'islamicState' });
    expect(atLarge(missed, 'al-baghdadi').revealed).toBe(false);
  });

  it('rolls one die per leader at large whether or not any moved', () => {
    const base = withExits({ resafa: 'coalition' });
    const quiet = act(base, { type: 'endPhase', side: 'islamicState' });
    const moved = act(act(base, { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'maadan' }), { type: 'endPhase', side: 'islamicState' });
    expect(quiet.rng).toEqual(moved.rng);
    const fewer = act(withCaptured(base, ['leader-4']), { type: 'endPhase', side: 'islamicState' });
    expect(fewer.rng).not.toEqual(quiet.rng);
  });
});
