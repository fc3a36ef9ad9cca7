import { describe, expect, it } from 'vitest';
import { NUMBERS } from '../../src/rules';
import { HELP_LINES, helpLines, hint, type RuleNumber } from '../../src/scenes/help';

/** The help with every quoted rule number written as its name, {searchHit}: what is left are the digits nobody explained. */
const marked = helpLines((key) => `{${key}}`).join('\n');
const shown = HELP_LINES.join('\n');
const cited = [...marked.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as RuleNumber);

describe('the help quotes the rules\' numbers from NUMBERS', () => {
  it('has no digit that is not a rule number from NUMBERS', () => {
    expect(marked).not.toMatch(/\d/);
  });

  it('names only real entries of NUMBERS, and shows their values where it names them', () => {
    expect(cited.length).toBeGreaterThan(10);
    for (const key of cited) expect(NUMBERS, key).toHaveProperty(key);
    expect(shown).toBe(marked.replace(/\{(\w+)\}/g, (_, key: RuleNumber) => String(NUMBERS[key])));
  });

  it('states the numbers a player needs, each beside what it governs', () => {
    const n = NUMBERS;
    for (const phrase of [
      `at most ${n.maxStrength} strength may stand in a region`,
      `up to ${n.maxFort} levels`,
      `a roll of ${n.searchHit} or more turns up one hidden leader there, ${n.searchNearBonus} less`,
      `hit on ${n.airHit} or more`,
      `on ${n.airSuppress} or more`,
      `stopped on a roll of ${n.interceptClosed} or less, ${n.interceptNoose} or less`,
      `adds ${n.watchIntercept}, never above ${n.interceptMax}`,
      `a leader moving into it risks ${n.watchIntercept} more on the interception roll per watching side`,
      `spotted on a roll of ${n.watchSpot} or less`,
      `a roll of ${n.raidHit} or more catches every leader you revealed there`,
      `${n.raidGarrison} more against an Islamic State garrison`,
      `lowers escalation by ${n.deconflict}`,
      `up to ${n.maxHeat}`,
      `only down to ${n.heatWatched} after a dangerous one`,
      `a roll of ${n.reportSighting} or more, less its heat`,
      `Coalition: ${n.marginLeader} per point of leader value it caught, ${n.marginObjective} while it holds`,
      `Islamic State: ${n.marginLeader} per point of leader value at large`,
      `${n.marginTown} per valley town`,
      `Escalation (up to ${n.maxEscalation})`,
      `Turkey tension (up to ${n.maxTurkeyTension})`,
      'The campaign ends early, on the margins, once Islamic State has no fighters left',
    ]) {
      expect(shown).toContain(phrase);
    }
    for (const key of [
      'maxStrength', 'maxFort', 'searchHit', 'airHit', 'interceptClosed', 'interceptNoose',
      'watchIntercept', 'watchSpot', 'interceptMax', 'raidHit', 'raidGarrison',
      'reportSighting', 'maxHeat', 'heatWatched', 'deconflict', 'marginLeader', 'marginObjective', 'marginTown', 'militiaRolls',
    ] as const) {
      expect(cited).toContain(key);
    }
  });

  it('speaks of victory margins, never of victory points', () => {
    expect(shown).not.toMatch(/victory points?|\bVP\b/i);
    expect(shown).toMatch(/Victory margins/);
  });

  it('the hints carry no typed-in digit either (the action points are the game\'s, passed in)', () => {
    for (const side of ['coalition', 'regime', 'islamicState'] as const) {
      expect(hint('leaders', '{ap}', side)).not.toMatch(/\d/);
      expect(hint('operations', '{ap}', side)).not.toMatch(/\d/);
    }
    expect(hint('operations', 3)).toContain('3 action points');
    expect(hint('operations', 1)).toContain('1 action point.');
  });

  it('the hints describe the new turn order: the hunters act first, the leaders move last, at the end of the week', () => {
    expect(hint('leaders', 2, 'islamicState')).toMatch(/end of the week/);
    expect(hint('operations', 2, 'islamicState')).toMatch(/leader phase follows/);
    expect(hint('operations', 2, 'coalition')).toMatch(/Regime and Islamic State act next; the leaders move last/);
    expect(hint('operations', 2, 'regime')).toMatch(/Islamic State acts next/);
    expect(hint('operations', 2, 'coalition')).toMatch(/W watches .* A raids .* D deconflicts/);
  });
});
