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
      `a roll of ${n.searchHit} or more finds them, ${n.searchNearBonus} less`,
      `hit on ${n.airHit} or more`,
      `on ${n.airSuppress} or more`,
      `caught on a roll of ${n.interceptClosed} or less, ${n.interceptNoose} or less`,
      `Escalation (up to ${n.maxEscalation})`,
      `Turkey tension (up to ${n.maxTurkeyTension})`,
    ]) {
      expect(shown).toContain(phrase);
    }
    for (const key of ['maxStrength', 'maxFort', 'searchHit', 'airHit', 'interceptClosed', 'interceptNoose', 'vpTakeRegion', 'vpTakeCapture', 'vpPerLeaderValue'] as const) {
      expect(cited).toContain(key);
    }
  });

  it('the hints carry no typed-in digit either (the action points are the game\'s, passed in)', () => {
    expect(hint('leaders', '{ap}')).not.toMatch(/\d/);
    expect(hint('operations', '{ap}')).not.toMatch(/\d/);
    expect(hint('operations', 3)).toContain('3 action points');
    expect(hint('operations', 1)).toContain('1 action point.');
  });
});
