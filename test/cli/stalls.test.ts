import { describe, expect, it } from 'vitest';
import { formatAnatomy, quietRunTurns, readTurn, stallAnatomy, type TurnReading } from '../../src/cli/stall-anatomy';
import { game, regionOf, withRegions } from '../rules/helpers';

const reach = (best: TurnReading['coalition']['best'], men = 4, idle = 0) => ({ men, idle, best });
const reading = (turn: number, over: Partial<TurnReading> = {}): TurnReading => ({ turn, coalition: reach('none'), regime: reach('take'), stacks: 2, fortresses: 1, ...over });

describe('why games stall (npm run stalls)', () => {
  it('finds the turns of each run of five or more quiet turns, and where the first began', () => {
    expect(quietRunTurns([0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0])).toEqual({ turns: new Set([5, 6, 7, 8, 9]), firstRunStart: 5 });
    expect(quietRunTurns([0, 0, 0, 0, 0, 0, 1])).toEqual({ turns: new Set([1, 2, 3, 4, 5, 6]), firstRunStart: 1 });
    expect(quietRunTurns([0, 0, 0, 0, 1, 0, 0, 0, 0])).toEqual({ turns: new Set(), firstRunStart: null });
  });

  it('reads what a hunter had in reach: nothing, a stack no attack can take, an attack that may take it; and its idle men', () => {
    // Raqqa (5 men behind 2 levels) faces Tabqa and Ain Issa: no single Coalition attack takes it.
    let s = withRegions(game(), { raqqa: { control: 'islamicState', units: [0, 0, 5], fort: 2 }, shaddadi: { control: 'coalition', units: [2, 0, 0] }, 'deir-ez-zor': { control: 'islamicState', units: [0, 0, 0], fort: 0 } });
    const r = readTurn(s);
    expect(r.coalition.best).toBe('noTake');
    // Al-Shaddadi's 2 stand next to Ain Issa (its own) and Deir ez-Zor, the Regime's objective: closed to them (§1.5), so idle.
    expect(r.coalition.idle).toBe(2);
    expect(r.coalition.men).toBe(regionOf(s, 'tabqa').units[0] + regionOf(s, 'ain-issa').units[0] + 2);
    // One man in Raqqa: Tabqa's attack may take it.
    s = withRegions(s, { raqqa: { control: 'islamicState', units: [0, 0, 1], fort: 0 } });
    expect(readTurn(s).coalition.best).toBe('take');
    expect(readTurn(withRegions(s, { tabqa: { units: [0, 0, 0] }, 'ain-issa': { units: [0, 0, 0] }, shaddadi: { units: [0, 0, 0] } })).coalition).toEqual({ men: 0, idle: 0, best: 'none' });
  });

  it('counts only the quiet turns of stalled games, and says so', () => {
    const stalled = { taken: [0, 0, 0, 0, 0, 1], readings: [1, 2, 3, 4, 5, 6].map((t) => reading(t, { stacks: t === 1 ? 1 : 2, coalition: reach('none', 4, t <= 2 ? 4 : 0) })) };
    const lively = { taken: [1, 1, 1, 1, 1, 1], readings: [1, 2, 3, 4, 5, 6].map((t) => reading(t, { coalition: reach('take') })) };
    const a = stallAnatomy([stalled, lively]);
    expect(a).toMatchObject({ games: 2, stalled: 1, startsAt: { opening: 1, middle: 0, late: 0 }, quietTurns: 5, oneStack: 1, meanFortresses: 1 });
    expect(a.hunters.coalition).toEqual({ none: 5, noTake: 0, take: 0, idleShare: 8 / 20 });
    expect(a.hunters.regime).toMatchObject({ none: 0, take: 5, idleShare: 0 });
    expect(formatAnatomy(a)).toContain('Coalition, on those turns: nothing of Islamic State\'s in reach 100.0%');
    expect(formatAnatomy(a)).toContain('its men with nothing in reach 40.0%');
  });
});
