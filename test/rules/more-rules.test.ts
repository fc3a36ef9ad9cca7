import { describe, expect, it } from 'vitest';
import { apply, newGame, type Scenario } from '../../src/rules';
import { act, eventsOf, game, regionOf, rig, scenario, toOperations, withCaptured, withRegions } from './helpers';

describe('rules not covered elsewhere', () => {
  it('§1.4 an emptied region stays with the side that last held it', () => {
    const s = act(toOperations(game(), 'coalition'), { type: 'move', side: 'coalition', from: 'tabqa', to: 'resafa', strength: 4 });
    expect(regionOf(s, 'tabqa')).toMatchObject({ control: 'coalition', units: [0, 0, 0] });
  });

  it('§2.3 the leader phase is skipped when no leader is at large', () => {
    let s = toOperations(game(), 'islamicState');
    s = withCaptured(s, s.leaders.map((l) => l.id));
    s = act(s, { type: 'endPhase', side: 'islamicState' });
    expect(s.turn).toBe(2);
    expect(s.phase).toBe('operations');
    expect(s.active).toBe('coalition');
  });

  it('§4.4 a wiped-out attacker takes nothing, and losses never exceed the strength present', () => {
    let s = withRegions(toOperations(game(), 'coalition'), {
      resafa: { control: 'coalition', units: [1, 0, 0] },
      sukhnah: { control: 'islamicState', units: [0, 0, 4], fort: 0 },
    });
    s = rig(s, [1]); // 1:2 column 0, roll 1: attacker loses 2 of its 1
    s = act(s, { type: 'attack', side: 'coalition', from: 'resafa', to: 'sukhnah' });
    expect(regionOf(s, 'resafa').units[0]).toBe(0);
    expect(regionOf(s, 'sukhnah')).toMatchObject({ control: 'islamicState', units: [0, 0, 4] });
  });

  it('§9.1 the Coalition taking its objective raises its margin by marginObjective', async () => {
    const { margins, NUMBERS } = await import('../../src/rules');
    let s = withRegions(toOperations(game(), 'coalition'), { raqqa: { control: 'islamicState', units: [0, 0, 0], fort: 0 } });
    const before = margins(s)[0];
    s = act(s, { type: 'move', side: 'coalition', from: 'tabqa', to: 'raqqa', strength: 2 });
    expect(margins(s)[0]).toBe(before + NUMBERS.marginObjective);
  });

  it('§4.9 reinforcing respects the stacking limit', () => {
    const s = withRegions(toOperations(game(), 'coalition'), { tabqa: { units: [9, 0, 0] } });
    const r = apply(s, { type: 'reinforce', side: 'coalition', region: 'tabqa' });
    expect(!r.ok && r.error.code).toBe('ERR_STACK_LIMIT');
  });

  it('§7 scripted events change pools, intelligence and escalation by their amounts on their turn', () => {
    const events: Scenario['events'] = [
      { id: 'a', turn: 1, title: 'Regime reinforcements.', effect: { kind: 'reinforcements', side: 'regime', amount: 3 }, origin: 'document', source: null },
      { id: 'b', turn: 1, title: 'More ISR.', effect: { kind: 'intel', side: 'coalition', amount: 2 }, origin: 'document', source: null },
      { id: 'c', turn: 1, title: 'Militias provoke.', effect: { kind: 'escalation', amount: 2 }, origin: 'document', source: null },
    ];
    const s = newGame({ ...scenario, events }, 'events');
    expect(s.pool[1]).toBe(8 + 3);
    expect(s.intel[0]).toBe(2 + 2);
    expect(s.escalation).toBeGreaterThanOrEqual(2);
  });

  it('§8.1 no incident roll without contact: the generator only moves for the turn\'s own dice', () => {
    const s = toOperations(game(), 'islamicState');
    const next = act(rig(s, [4, 1, 1, 1, 1]), { type: 'endPhase', side: 'islamicState' });
    // Had upkeep rolled an incident die, the 4 would have gone to it and the event would have rolled a 1.
    expect(eventsOf(next)).toContainEqual({ type: 'randomEvent', audience: 'all', roll: 4, kind: 'quiet', region: null });
  });
});
