import { describe, expect, it } from 'vitest';
import { buildRules, margins, newGame, observe, SIDES } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { needEntries, stateLine, suddenLine } from '../../src/scenes/panelText';
import { randomGame } from '../rules/helpers';

const rules = buildRules(builtinScenario());

describe('what each side needs to lead, as the margins strip and the screen reader say it', () => {
  it('says the leader\'s lead and how much each other side needs to pass it, for every position of a game', () => {
    const v = observe(newGame(rules, 'needs-1'), 'regime');
    const m = margins(v);
    const entries = needEntries(v);
    SIDES.forEach((side, i) => {
      const others = Math.max(...m.filter((_, k) => k !== i));
      const e = entries[i]!;
      expect(e.margin).toBe(m[i]);
      if (m[i]! > others) expect(e.text).toMatch(new RegExp(`\\(leads by ${m[i]! - others}\\)$`));
      else if (m[i] === others) expect(e.text).toMatch(/\(tied for the lead\)$/);
      else expect(e.text).toMatch(new RegExp(`\\(needs ${others - m[i]! + 1} to lead\\)$`));
    });
    // Exactly one side leads outright or some tie: never two leaders.
    expect(entries.filter((e) => e.text.includes('leads by')).length).toBeLessThanOrEqual(1);
  });

  it('follows a game to its end: the short forms agree with the long, the state line with the week and the tracks', () => {
    const end = randomGame(rules, 'needs-2');
    const v = observe(end, 'islamicState');
    for (const e of needEntries(v)) {
      const gap = /leads by (\d+)/.exec(e.text)?.[1] ?? (/needs (\d+)/.exec(e.text)?.[1] ?? null);
      if (gap) expect(e.short).toContain(gap);
    }
    expect(stateLine(v, false)).toContain(`Turn ${v.turn}/${rules.scenario.turns} · Escalation ${v.escalation}/`);
    expect(stateLine(v, true)).toContain(`T${v.turn}/${rules.scenario.turns} · Esc ${v.escalation}/`);
    expect(suddenLine(v)).toMatch(/^Coalition wins at once holding .+ \(\d+ of \d+\)$/);
  });
});
