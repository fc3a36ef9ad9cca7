import { describe, expect, it } from 'vitest';
import { formatAnatomy, quietRunTurns, readTurn, stallAnatomy, type TurnReading } from '../../src/cli/stall-anatomy';
import { game, regionOf, withRegions } from '../rules/helpers';

const reach = (best: TurnReading['coalition']['best'], men = 4, idle = 0) => ({ men, idle, best });
const reading = (turn: number, over: Partial<TurnReading> = {}): TurnReading => ({ turn, coalition: reach('none'), regime: reach('take'), stacks: 2, fortresses: 1, ahead: 'islamicState', ...over });

describe('why games stall (npm run stalls)', () => {
  it('finds the turns of each run of five or more quiet turns, and where the first began', () => {
    expect(quietRunTurns([0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0])).toEqual({ turns: new Set([5, 6, 7, 8, 9]), firstRunStart: 5, firstRunEnd: 9 });
    expect(quietRunTurns([0, 0, 0, 0, 0, 0, 1])).toEqual({ turns: new Set([1, 2, 3, 4, 5, 6]), firstRunStart: 1, firstRunEnd: 6 });
    expect(quietRunTurns([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0])).toEqual({ turns: new Set([2, 3, 4, 5, 6, 8, 9, 10, 11, 12]), firstRunStart: 2, firstRunEnd: 6 });
    expect(quietRunTurns([0, 0, 0, 0, 1, 0, 0, 0, 0])).toEqual({ turns: new Set(), firstRunStart: null, firstRunEnd: null });
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
    // A capture on turn 6 falls after the quiet run (turns 1-5): it does not count for the run.
    const stalled = { taken: [0, 0, 0, 0, 0, 1], captureTurns: [6], readings: [1, 2, 3, 4, 5, 6].map((t) => reading(t, { stacks: t === 1 ? 1 : 2, coalition: reach('none', 4, t <= 2 ? 4 : 0) })) };
    const lively = { taken: [1, 1, 1, 1, 1, 1], captureTurns: [2], readings: [1, 2, 3, 4, 5, 6].map((t) => reading(t, { coalition: reach('take') })) };
    const a = stallAnatomy([stalled, lively]);
    expect(a).toMatchObject({ aheadAtStart: { coalition: 0, regime: 0, islamicState: 1, tied: 0 }, runsWithCapture: 0, runsToTheEnd: 0 });
    expect(a).toMatchObject({ games: 2, stalled: 1, startsAt: { opening: 1, middle: 0, late: 0 }, quietTurns: 5, oneStack: 1, meanFortresses: 1 });
    expect(a.hunters.coalition).toEqual({ none: 5, noTake: 0, take: 0, idleShare: 8 / 20 });
    expect(a.hunters.regime).toMatchObject({ none: 0, take: 5, idleShare: 0 });
    expect(formatAnatomy(a)).toContain('Coalition, on those turns: nothing of Islamic State\'s in reach 100.0%');
    expect(formatAnatomy(a)).toContain('its men with nothing in reach 40.0%');
    expect(formatAnatomy(a)).toContain(' Islamic State 1, tied 0; a leader caught during that run in 0');
  });

  it('says who led as the first quiet run began, whether a leader was caught in it, and whether it lasted to the end', () => {
    // Quiet from turn 3 to the last (turn 8), the Regime ahead at the end of turn 3, a capture on turn 4.
    const g = { taken: [1, 1, 0, 0, 0, 0, 0, 0], captureTurns: [1, 4], readings: [1, 2, 3, 4, 5, 6, 7, 8].map((t) => reading(t, { ahead: t === 3 ? 'regime' : 'islamicState' })) };
    const tied = { taken: [0, 0, 0, 0, 0, 2, 1], captureTurns: [], readings: [1, 2, 3, 4, 5, 6, 7].map((t) => reading(t, { ahead: t === 1 ? null : 'coalition' })) };
    const a = stallAnatomy([g, tied]);
    expect(a).toMatchObject({ stalled: 2, aheadAtStart: { coalition: 0, regime: 1, islamicState: 0, tied: 1 }, runsWithCapture: 1, runsToTheEnd: 1 });
  });

  it('reads who leads the margins off the board', () => {
    const s = game();
    // At the start Islamic State holds every leader and the valley: it leads.
    expect(readTurn(s).ahead).toBe('islamicState');
  });
});
