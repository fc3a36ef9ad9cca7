import { describe as group, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { apply, canSee, describe, headline, legalActions, reason, SIDES, SIDE_NAMES, toArray, type GameEvent, type GameEventType, type GameState } from '../../src/rules';
import { act, game, rules, toOperations, withLeader, withRegions } from './helpers';

/** Every event type the rules know: the union, spelled out so a new type must be described and listed here. */
const TYPES: readonly GameEventType[] = [
  'gameBegan', 'turnBegan', 'phaseBegan', 'phaseEnded', 'moved', 'regionTaken', 'attacked', 'airStruck', 'searched', 'fortified', 'reinforced',
  'leaderRevealed', 'leaderSighted', 'leaderVanished', 'leaderMoved', 'leaderSlipped', 'intercepted', 'leaderCaptured', 'scenarioEvent',
  'randomEvent', 'trackChanged', 'incident', 'objectiveHeld', 'redoubtsScored', 'turnEnded', 'gameOver',
];

function randomGames(n: number): GameState[] {
  const pick = seedrandom('describe');
  const out: GameState[] = [];
  for (let g = 0; g < n; g++) {
    let s = game(`d${g}`);
    while (s.phase !== 'over') {
      const legal = legalActions(s, s.active);
      s = act(s, legal[Math.floor(pick() * legal.length)]!);
    }
    out.push(s);
  }
  return out;
}

group('describe: the one place events become sentences', () => {
  const games = randomGames(60);
  const events = games.flatMap((s) => toArray(s.chronicle).flatMap((c) => c.events));

  it('describes every kind of event random games produce, for every side that may see it, in plain sentences', () => {
    const seen = new Set(events.map((e) => e.type));
    // Nearly every kind shows up in 60 random games; the rest are made below.
    expect(seen.size).toBeGreaterThanOrEqual(TYPES.length - 3);
    for (const e of events) {
      for (const side of SIDES) {
        if (!canSee(e, side)) continue;
        const text = describe(e, side, rules);
        expect(text).toMatch(/^[A-Z"'(].*[.!)]$/s);
        expect(text).not.toMatch(/undefined|NaN|\[object|null/);
      }
    }
  });

  it('states who captured whom, as the rules credit it', () => {
    const captures = events.filter((e): e is Extract<GameEvent, { type: 'leaderCaptured' }> => e.type === 'leaderCaptured');
    expect(new Set(captures.map((c) => c.by)).size).toBeGreaterThan(1);
    for (const c of captures) {
      const text = describe(c, 'coalition', rules);
      const name = rules.scenario.leaders[rules.leaderIndex.get(c.leader)!]!.name;
      expect(text.startsWith(`${name} is captured by ${c.by === 'islamicState' ? '' : 'the '}${SIDE_NAMES[c.by]}`)).toBe(true);
      for (const other of SIDES) if (other !== c.by) expect(text).not.toContain(`by the ${SIDE_NAMES[other]}`);
    }
  });

  it('explains every ending with the numbers that decided it', () => {
    for (const s of games) {
      const r = s.result!;
      expect(headline(r)).toBe(r.winner ? `${SIDE_NAMES[r.winner]} wins` : 'Draw');
      const why = reason(r, rules);
      expect(why).not.toMatch(/undefined|NaN/);
      if (r.reason === 'victoryPoints') expect(why).toContain(`the most victory points (${r.vp[SIDES.indexOf(r.winner!)]})`);
      if (r.reason === 'leadersEscaped') expect(why).toContain(`${r.leadersSafe} leader`);
    }
  });

  it('keeps secret events for their side and words them for it', () => {
    const s = game();
    const r = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    if (!r.ok) throw new Error(r.error.message);
    expect(describe(r.events[0]!, 'islamicState', rules)).toBe('Leader 2 is placed in secret to Maadan.'.replace('Leader 2', rules.scenario.leaders[1]!.name));
  });

  it('describes the rarer events too: a cornered leader, a vanishing one, the regime\'s hold', () => {
    let s = withRegions(toOperations(game(), 'coalition'), {});
    s = withLeader(s, 'leader-2', { at: 'ain-issa', revealed: true });
    const r = apply(s, { type: 'move', side: 'coalition', from: 'shaddadi', to: 'ain-issa', strength: 1 });
    if (!r.ok) throw new Error(r.error.message);
    const texts = r.events.map((e) => describe(e, 'regime', rules));
    expect(texts.at(-1)).toMatch(/is captured by the Coalition in .*, cornered where he stood revealed: \+2 VP to the Coalition\./);
    const vanish = apply(withLeader(game(), 'leader-3', { revealed: true }), { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'maadan' });
    if (!vanish.ok) throw new Error(vanish.error.message);
    expect(describe(vanish.events[0]!, 'coalition', rules)).toMatch(/has slipped out of sight from Raqqa\./);
    expect(describe({ type: 'objectiveHeld', audience: 'all', side: 'regime', region: 'deir-ez-zor', vp: 12 }, 'coalition', rules)).toBe('The Regime holds Deir ez-Zor: +12 victory points.');
  });
});
