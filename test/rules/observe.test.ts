import { describe, expect, it } from 'vitest';
import { apply, canUndo, legalActions, observe, toArray, type GameState } from '../../src/rules';
import { act, game, rig, toOperations, withCaptured, withLeader, withRegions } from './helpers';

/** Turn 1's leader phase, al-Baghdadi moved in secret to Madan. */
const leaderPhase = () => act(toOperations(game(), 'islamicState'), { type: 'endPhase', side: 'islamicState' });
const placed = () => act(leaderPhase(), { type: 'moveLeader', side: 'islamicState', leader: 'al-baghdadi', to: 'maadan' });
const origin = { region: 'raqqa', turn: 1, how: 'origin' } as const;

describe('§10 information: what each side observes', () => {
  it('§10.1 Islamic State sees its leaders; to the others a hidden leader has no position at all', () => {
    const s = placed();
    expect(observe(s, 'islamicState').leaders[0]).toMatchObject({ status: 'atLarge', at: 'maadan', moved: true });
    for (const side of ['coalition', 'regime'] as const) {
      const o = observe(s, side);
      expect(o.leaders[0]).toEqual({ id: 'al-baghdadi', status: 'hidden', lastSeen: origin });
      expect(JSON.stringify({ ...o, rules: null })).not.toMatch(/"rng"|"seed"|"actions"|"at":|moved|danger|catcher|heat/);
    }
  });

  it('§10.1 a hidden leader once reported shows only where and when it was last seen', () => {
    const s = withLeader(placed(), 'leader-2', { lastSeen: { region: 'maadan', turn: 1, how: 'report' } });
    expect(observe(s, 'coalition').leaders[1]).toEqual({ id: 'leader-2', status: 'hidden', lastSeen: { region: 'maadan', turn: 1, how: 'report' } });
  });

  it('§10.1 a revealed or captured leader is visible to all, with who caught him', () => {
    const s = withLeader(placed(), 'leader-2', { at: 'maadan', revealed: true, foundBy: 'regime', tracked: true });
    expect(observe(s, 'coalition').leaders[1]).toMatchObject({ status: 'revealed', at: 'maadan', foundBy: 'regime', tracked: true });
    const caught = withCaptured(withLeader(s, 'leader-3', { at: 'tabqa' }), ['leader-3'], 'regime');
    expect(observe(caught, 'coalition').leaders[2]).toMatchObject({ status: 'captured', at: 'tabqa', by: 'regime' });
  });

  it('§10.1 an observation carries no trace that changes with a hidden position', () => {
    let a = leaderPhase();
    let b = leaderPhase();
    a = act(a, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    b = act(b, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'tabqa' });
    a = act(rig(a, [6, 6, 6, 6, 4, 1, 1, 1, 1]), { type: 'endPhase', side: 'islamicState' });
    b = act(rig(b, [6, 6, 6, 6, 4, 1, 1, 1, 1]), { type: 'endPhase', side: 'islamicState' });
    expect(observe(a, 'coalition')).toEqual(observe(b, 'coalition'));
    expect(legalActions(observe(a, 'coalition'), 'coalition')).toEqual(legalActions(b, 'coalition'));
  });

  it('§10.2 the log a side sees is the events it may see, in order, and nothing else', () => {
    const s = act(placed(), { type: 'endPhase', side: 'islamicState' });
    const seen = (side: 'coalition' | 'islamicState') => toArray(observe(s, side).log).flatMap((c) => c.events.map((e) => e.type));
    expect(seen('islamicState')).toContain('leaderMoved');
    expect(seen('coalition')).not.toContain('leaderMoved');
    expect(seen('coalition')).toEqual(seen('islamicState').filter((t) => t !== 'leaderMoved' && t !== 'leaderSlipped'));
  });

  it('§10.3 everything is shown once the game is over', () => {
    const s: GameState = { ...placed(), phase: 'over', result: { winner: null, reason: 'tie', turn: 1, margins: [0, 0, 0], leaders: [0, 0, 5], leaderValue: 5, routed: false } };
    const o = observe(s, 'coalition');
    expect(o.leaders[0]).toMatchObject({ status: 'atLarge', at: 'maadan', heat: 0 });
    expect(o.log).toBe(s.chronicle);
  });
});

describe('§10.4 undo', () => {
  it('an action without dice may be undone within the phase; dice or a new phase may not', () => {
    const s = toOperations(game(), 'coalition');
    const undoable = (before: GameState, action: Parameters<typeof apply>[1]) => {
      const r = apply(before, action);
      if (!r.ok) throw new Error(r.error.message);
      return canUndo(before, r.state, r.events);
    };
    expect(undoable(s, { type: 'fortify', side: 'coalition', region: 'tabqa' })).toBe(true);
    expect(undoable(rig(s, [4]), { type: 'airStrike', side: 'coalition', target: 'raqqa' })).toBe(false);
    expect(undoable(s, { type: 'endPhase', side: 'coalition' })).toBe(false);
  });

  it('a move that takes a region cannot be taken back, whether or not it found a leader: undo never lets a player probe for hidden leaders', () => {
    const s = withRegions(toOperations(game(), 'coalition'), { resafa: { control: 'islamicState', units: [0, 0, 0], fort: 0 } });
    for (const hiding of [true, false]) {
      const before = hiding ? withLeader(s, 'leader-2', { at: 'resafa' }) : s;
      const r = apply(before, { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 1 });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.events.some((e) => e.type === 'leaderRevealed')).toBe(hiding);
      expect(canUndo(before, r.state, r.events)).toBe(false);
    }
  });
});
