import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRT, NUMBERS } from '../../src/rules';

const rules = readFileSync('docs/RULES.md', 'utf8');

describe('docs/RULES.md agrees with src/rules/numbers.ts', () => {
  it.each(Object.entries(NUMBERS))('%s = %i is written in the rules beside its name', (key, value) => {
    // Written as "**2** (`searchHit`)" or "**5+** ... (`airHit`)": the bold value, then the name within a few words.
    const pattern = new RegExp(`\\*\\*${value}\\+?\\*\\*[^*]{0,80}?\`${key}\``);
    expect(pattern.test(rules)).toBe(true);
  });

  it('the combat results table matches', () => {
    const row = (label: string) =>
      rules
        .split('\n')
        .find((l) => l.startsWith(`| ${label} |`))!
        .split('|')
        .slice(2, -1)
        .map((c) => Number(c.trim()));
    expect(row('attacker loss')).toEqual(CRT.map((r) => r[0]));
    expect(row('defender loss')).toEqual(CRT.map((r) => r[1]));
  });
});

describe('docs/RULES.md quotes the built-in scenario\'s allowances', () => {
  it.each(['intel', 'AP', 'pool'] as const)('built-in %s per side', async (key) => {
    const { builtinScenario } = await import('../../src/scenario/builtin-file');
    const sides = builtinScenario().sides;
    const field = key === 'AP' ? 'ap' : key;
    const m = rules.replace(/\n/g, ' ').match(new RegExp(`built-in ${key}: Coalition (\\d+), Regime (\\d+), Islamic State (\\d+)`));
    expect(m, `"built-in ${key}: ..." in RULES.md`).not.toBe(null);
    const bySide = Object.fromEntries(sides.map((d) => [d.side, d[field]]));
    expect(m!.slice(1).map(Number)).toEqual([bySide.coalition, bySide.regime, bySide.islamicState]);
  });
});
