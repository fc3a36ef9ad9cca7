import { describe, expect, it } from 'vitest';
import { canUndo, legalActions, view } from '../../src/rules';
import { act, game, rig, toOperations, withLeader } from './helpers';

describe('§10 information', () => {
  const placed = () => act(game(), { type: 'moveLeader', side: 'islamicState', leader: 'al-baghdadi', to: 'deir-ez-zor' });

  it('§10.1 Islamic State sees its leaders; the others do not', () => {
    const s = placed();
    expect(view(s, 'islamicState').leaders[0]!.at).toBe('deir-ez-zor');
    for (const side of ['coalition', 'regime'] as const) {
      const v = view(s, side);
      expect(v.leaders[0]!.at).toBe(null);
      expect(v.leaders[0]!.moved).toBe(false);
      expect(JSON.stringify(v)).not.toMatch(/"rng"|"seed"|"actions"/);
      expect(v.hiddenVp).toBe(null);
    }
  });

  it('§10.1 a revealed or neutralized leader is visible to all', () => {
    const s = withLeader(placed(), 'leader-2', { at: 'maadan', revealed: true });
    expect(view(s, 'coalition').leaders[1]!.at).toBe('maadan');
    const caught = withLeader(s, 'leader-3', { at: 'tabqa', status: 'captured', revealed: false });
    expect(view(caught, 'regime').leaders[2]!.at).toBe('tabqa');
  });

  it('§10.1 a view carries no trace that changes with a hidden position', () => {
    let a = game();
    let b = game();
    a = act(a, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    b = act(b, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'deir-ez-zor' });
    a = act(a, { type: 'endPhase', side: 'islamicState' });
    b = act(b, { type: 'endPhase', side: 'islamicState' });
    expect(JSON.stringify(view(a, 'coalition'))).toBe(JSON.stringify(view(b, 'coalition')));
    expect(legalActions(view(a, 'coalition'), 'coalition')).toEqual(legalActions(b, 'coalition'));
  });

  it('§10.2 everything is shown once the game is over', () => {
    const s = { ...placed(), phase: 'over' as const, result: { winner: null, reason: 'test' } };
    expect(view(s, 'coalition').leaders[0]!.at).toBe('deir-ez-zor');
  });

  it('§10.3 an action without dice may be undone within the phase; dice or a new phase may not', () => {
    const s = toOperations(game(), 'coalition');
    const fortified = act(s, { type: 'fortify', side: 'coalition', region: 'tabqa' });
    expect(canUndo(s, fortified)).toBe(true);
    const struck = act(rig(s, [4]), { type: 'airStrike', side: 'coalition', target: 'raqqa' });
    expect(canUndo(rig(s, [4]), struck)).toBe(false);
    expect(canUndo(s, act(s, { type: 'endPhase', side: 'coalition' }))).toBe(false);
  });
});
