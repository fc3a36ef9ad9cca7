import { describe as group, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { apply, canSee, describe, headline, legalActions, reason, SIDES, SIDE_NAMES, toArray, type GameEvent, type GameEventType, type GameState } from '../../src/rules';
import { act, game, rules, toOperations, withLeader } from './helpers';

/** Every event type the rules know: the union, spelled out so a new type must be described and listed here. */
const TYPES: readonly GameEventType[] = [
  'gameBegan', 'turnBegan', 'phaseBegan', 'phaseEnded', 'moved', 'regionTaken', 'attacked', 'retreated', 'airStruck', 'searched', 'fortified', 'reinforced',
  'watched', 'raided', 'deconflicted', 'leaderRevealed', 'leaderTracked', 'leaderSighted', 'leaderVanished', 'leaderMoved', 'leaderSlipped',
  'intercepted', 'leaderCaptured', 'scenarioEvent', 'randomEvent', 'trackChanged', 'incident', 'turnEnded', 'gameOver',
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
    expect(seen.size).toBeGreaterThanOrEqual(TYPES.length - 4);
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
      if (r.reason === 'margin') expect(why).toContain(`${SIDE_NAMES[r.winner!]} ${r.margins[SIDES.indexOf(r.winner!)]}`);
      if (r.reason === 'suddenDeath') expect(why).toContain(`caught ${r.leaders[0]} of ${r.leaderValue} points`);
    }
  });

  it('keeps secret events for their side and words them for it', () => {
    const s = act(toOperations(game(), 'islamicState'), { type: 'endPhase', side: 'islamicState' });
    const r = apply(s, { type: 'moveLeader', side: 'islamicState', leader: 'leader-2', to: 'maadan' });
    if (!r.ok) throw new Error(r.error.message);
    expect(describe(r.events[0]!, 'islamicState', rules)).toBe(`${rules.scenario.leaders[1]!.name} moves in secret from Raqqa to Maadan.`);
  });

  it('describes the rarer events too: a raid, a followed leader, a lost one, a broken garrison, a watch, a call', () => {
    const s = withLeader(toOperations(game(), 'coalition'), 'leader-2', { at: 'ain-issa', revealed: true, tracked: true, foundBy: 'coalition' });
    const r = apply(s, { type: 'raid', side: 'coalition', region: 'ain-issa' });
    if (!r.ok) throw new Error(r.error.message);
    const raid = describe(r.events[0]!, 'regime', rules);
    expect(raid).toMatch(/^The Coalition raids Ain Issa \(needs \d\+\): rolled \d, (1 leader caught|the leadership gets away)\.$/);
    const phase = act(toOperations(game(), 'islamicState'), { type: 'endPhase', side: 'islamicState' });
    const followed = apply(withLeader(phase, 'leader-3', { revealed: true, tracked: true, foundBy: 'regime' }), { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'maadan' });
    if (!followed.ok) throw new Error(followed.error.message);
    expect(describe(followed.events[0]!, 'coalition', rules)).toMatch(/is followed from Raqqa to Maadan; the next move will lose him\./);
    const lost = apply(withLeader(phase, 'leader-3', { revealed: true }), { type: 'moveLeader', side: 'islamicState', leader: 'leader-3', to: 'maadan' });
    if (!lost.ok) throw new Error(lost.error.message);
    expect(describe(lost.events[0]!, 'coalition', rules)).toMatch(/has slipped out of sight from Raqqa\./);
    expect(describe({ type: 'watched', audience: 'all', side: 'regime', region: 'deir-ez-zor' }, 'coalition', rules)).toBe('The Regime watches Deir ez-Zor until the week\'s end.');
    expect(describe({ type: 'retreated', audience: 'all', side: 'islamicState', from: 'resafa', to: 'sukhnah', strength: 2, lost: 1 }, 'coalition', rules)).toBe(
      "Islamic State's 2 in Resafa, broken, fall back to Sukhnah (1 lost: no room).",
    );
    expect(describe({ type: 'retreated', audience: 'all', side: 'islamicState', from: 'resafa', to: null, strength: 2, lost: 2 }, 'coalition', rules)).toBe(
      "Islamic State's 2 in Resafa, broken and cut off, surrender.",
    );
    expect(describe({ type: 'deconflicted', audience: 'all', side: 'coalition', escalation: 2 }, 'regime', rules)).toBe('The Coalition deconflicts with the other power: escalation falls to 2.');
  });
});
