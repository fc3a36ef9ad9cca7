import { describe as group, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { apply, buildRules, legalActions, newGame, observe, SIDES, type GameEvent } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { cardsOf, diceCards, MAX_CARDS, shiftedColumn } from '../../src/scenes/diceCards';

/*
 * The dice cards the board shows beside a region (src/scenes/diceCards.ts):
 * what an attack, a strike, a search, a raid and a capture say, and that a
 * side's board shows the dice of the newest chapter it saw, never a roll it
 * may not see.
 */

const rules = buildRules(builtinScenario());
const [a, b] = [rules.ids[0]!, rules.ids[1]!];
const leader = rules.scenario.leaders[0]!;

group('what a card says', () => {
  it('an attack: strengths, the column its die was added to, the shifts from the printed column, the die and both losses; a region taken says so', () => {
    const events: GameEvent[] = [
      { type: 'attacked', audience: 'all', side: 'coalition', from: a, to: b, defender: 'islamicState', attackStrength: 6, defendStrength: 2, column: 3, shifts: [{ kind: 'airSupport', shift: 1 }, { kind: 'fortified', shift: -2 }], roll: 5, attackerLoss: 0, defenderLoss: 2 },
      { type: 'regionTaken', audience: 'all', side: 'coalition', region: b, from: 'islamicState' },
    ];
    const [card, ...rest] = cardsOf(events, rules);
    expect(rest).toEqual([]);
    expect(card).toMatchObject({ region: rules.index.get(b), side: 'coalition', title: 'Attack 6 v 2 at 2:1', roll: 5, success: true });
    expect(card!.lines).toEqual(['3:1 +1 air −2 fort', 'C 0 · IS −2', 'C takes it']);
  });

  it('a broken defender: where its survivors fell back to, and how many were lost; or that they surrendered', () => {
    const c = rules.ids[2]!;
    const attack: GameEvent = { type: 'attacked', audience: 'all', side: 'coalition', from: a, to: b, defender: 'islamicState', attackStrength: 9, defendStrength: 4, column: 2, shifts: [], roll: 6, attackerLoss: 0, defenderLoss: 2 };
    const taken: GameEvent = { type: 'regionTaken', audience: 'all', side: 'coalition', region: b, from: 'islamicState' };
    const [fell] = cardsOf([attack, { type: 'retreated', audience: 'all', side: 'islamicState', from: b, to: c, strength: 2, lost: 1 }, taken], rules);
    expect(fell!.lines).toEqual(['C 0 · IS −2', `IS 2 fall back to ${rules.scenario.regions[2]!.name} (−1)`, 'C takes it']);
    const [gave] = cardsOf([attack, { type: 'retreated', audience: 'all', side: 'islamicState', from: b, to: null, strength: 2, lost: 2 }, taken], rules);
    expect(gave!.lines).toEqual(['C 0 · IS −2', 'IS 2 surrender', 'C takes it']);
  });

  it('the column past either end of the table names the end column and how far beyond it', () => {
    expect(shiftedColumn(4, [{ kind: 'encircled', shift: 1 }, { kind: 'airSupport', shift: 1 }])).toBe('4:1 +2');
    expect(shiftedColumn(0, [{ kind: 'fortified', shift: -3 }])).toBe('1:2 −3');
    expect(shiftedColumn(1, [])).toBe('1:1');
  });

  it('a failed attack is no success; a raid that catches, and the capture, share one card', () => {
    const [lost] = cardsOf([{ type: 'attacked', audience: 'all', side: 'regime', from: a, to: b, defender: 'islamicState', attackStrength: 2, defendStrength: 3, column: 0, shifts: [], roll: 1, attackerLoss: 1, defenderLoss: 0 }], rules);
    expect(lost).toMatchObject({ success: false, lines: ['R −1 · IS 0'] });
    const raid = cardsOf(
      [
        { type: 'raided', audience: 'all', side: 'coalition', region: b, needed: 4, roll: 6, caught: 1 },
        { type: 'leaderCaptured', audience: 'all', leader: leader.id, region: b, by: 'coalition', how: 'raid' },
      ],
      rules,
    );
    expect(raid).toEqual([{ region: rules.index.get(b), side: 'coalition', title: 'Raid, needs 4+', roll: 6, lines: ['caught 1', `C captures ${leader.name}`], success: true }]);
  });

  it('a search that finds nobody says whether the region was proven empty or the die failed', () => {
    const cards = cardsOf(
      [
        { type: 'searched', audience: 'all', side: 'regime', region: a, needed: 4, roll: 5, found: 0 },
        { type: 'searched', audience: 'all', side: 'regime', region: b, needed: 4, roll: 2, found: 0 },
      ],
      rules,
    );
    expect(cards.map((c) => c.lines[0])).toEqual(['nobody there', 'no trace']);
    expect(cards.every((c) => !c.success)).toBe(true);
  });

  it('an interception gets its captor from the capture; a report has no die', () => {
    const [stop, report] = cardsOf(
      [
        { type: 'intercepted', audience: 'all', leader: leader.id, region: a, roll: 1, needed: 2 },
        { type: 'leaderCaptured', audience: 'all', leader: leader.id, region: a, by: 'regime', how: 'interception' },
        { type: 'leaderSighted', audience: 'all', leader: leader.id, region: b },
      ],
      rules,
    );
    expect(stop).toMatchObject({ side: 'regime', roll: 1, lines: [`stopped: ${leader.name}`, `R captures ${leader.name}`] });
    expect(report).toMatchObject({ side: null, roll: null, title: 'Report' });
  });
});

group('whose dice a board shows', () => {
  it('over random games, each side sees the cards of the newest chapter it saw: one per die it may see, in order, up to the cap', () => {
    for (let g = 0; g < 6; g++) {
      const pick = seedrandom(`dice-cards:${g}`);
      let s = newGame(rules, `dice-cards:${g}`);
      let rolls = 0;
      while (s.phase !== 'over') {
        const legal = legalActions(s, s.active);
        const r = apply(s, legal[Math.floor(pick() * legal.length)]!);
        if (!r.ok) throw new Error(r.error.message);
        s = r.state;
        for (const side of SIDES) {
          const v = observe(s, side);
          const newest = v.log!.item.events;
          const dice = newest.filter((e) => ['attacked', 'airStruck', 'searched', 'raided', 'intercepted'].includes(e.type)) as (GameEvent & { roll: number })[];
          const cards = diceCards(v).filter((c) => c.roll !== null);
          // In the order rolled; the cap may leave the last out, never the first.
          expect(cards.map((c) => c.roll)).toEqual(dice.slice(0, cards.length).map((e) => e.roll));
          expect(cards.length).toBeLessThanOrEqual(MAX_CARDS);
          if (dice.length > 0) expect(cards.length).toBeGreaterThan(0);
          // When the game is over everything is shown (RULES §10.3): a leader's last secret slip too.
          if (s.phase !== 'over') expect(newest.every((e) => e.audience === 'all' || e.audience === side)).toBe(true);
          rolls += cards.length;
        }
      }
      expect(rolls).toBeGreaterThan(0);
    }
  });
});
