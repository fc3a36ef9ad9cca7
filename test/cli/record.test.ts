import { describe, expect, it } from 'vitest';
import { createBot, playGame } from '../../src/ai';
import { courseOf } from '../../src/cli/chronicle';
import { marginsByTurn } from '../../src/app/marginCourse';
import { continueGame, positionAfter, SETTLE_TURN } from '../../src/cli/continuations';
import { playRecord } from '../../src/cli/game-record';
import { parseBots, parseSeat, seatName } from '../../src/cli/seats';
import { UsageError } from '../../src/cli/args';
import { apply, buildRules, HUNT_CAPTURES, margins, newGame, SIDES, toArray, type Chapter, type GameEvent, type GameState, type History, type Side } from '../../src/rules';
import { append } from '../../src/rules/history';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());
const greedy = { level: 'greedy', exclude: [] } as const;
const seats = { coalition: greedy, regime: greedy, islamicState: greedy };
const setup = { seats, botOptions: {}, continuations: 0 };

function played(seed: string): GameState {
  const bot = (side: Side) => createBot('greedy', side, seed);
  return playGame(rules, seed, { coalition: bot('coalition'), regime: bot('regime'), islamicState: bot('islamicState') }).state;
}

describe('a game record', () => {
  it('counts the searches, and those of a region a search proved empty earlier the same turn (and no leader went to ground there since)', () => {
    const start = newGame(rules, 'searches');
    const searched = (region: string, roll: number, found: 0 | 1): GameEvent => ({ type: 'searched', audience: 'all', side: 'coalition', region, needed: 4, roll, found });
    const phase = (p: 'leaders' | 'operations'): GameEvent => ({ type: 'phaseBegan', audience: 'all', phase: p, side: p === 'leaders' ? 'islamicState' : 'regime', ap: 3 });
    const events: GameEvent[] = [
      searched('raqqa', 2, 0), // a miss proves nothing
      searched('raqqa', 5, 0), // proven empty
      phase('operations'),
      searched('raqqa', 1, 0), // the Regime searching it again that turn: a die spent on nothing
      searched('tabqa', 6, 1),
      searched('tabqa', 6, 0), // not proven empty: someone was found there
      searched('ain-issa', 5, 0), // proven empty ...
      { type: 'leaderVanished', audience: 'all', leader: 'leader-2', from: 'ain-issa', how: 'raid' }, // ... until a missed raid sends a leader to ground there
      searched('ain-issa', 5, 0), // worth a die again
      phase('leaders'), // the leaders may move: every proof is stale
      searched('raqqa', 6, 0),
    ];
    let chronicle: History<Chapter> | null = null;
    chronicle = append(chronicle, { turn: 1, events });
    const course = courseOf({ ...start, chronicle });
    expect(course.searches).toBe(8);
    expect(course.searchesOfEmpty).toBe(1);
  });

  it("has each side's margin at the end of every turn, the last one the final margins, each read from the board", () => {
    for (let i = 0; i < 4; i++) {
      const r = playRecord(rules, 'margins', i, setup);
      for (const side of SIDES) {
        expect(r.marginsByTurn[side], side).toHaveLength(r.turns);
        expect(r.marginsByTurn[side].at(-1), `game ${i}, ${side}`).toBe(r.margins[side]);
      }
    }
    // At the end of turn 1, before anyone is caught, the margins are the board's: objectives and towns held, leaders at large.
    const state = played('margins-1');
    const course = marginsByTurn(state);
    let s = newGame(rules, state.seed);
    for (const a of toArray(state.actions)) {
      s = (apply(s, a) as { ok: true; state: GameState }).state;
      if (s.turn === 2) break;
    }
    expect(SIDES.map((side) => course[side][0])).toEqual(margins(s));
  });

  it('has the result, margins, captures by side and how, and one escalation and one count of regions taken per turn', () => {
    for (let i = 0; i < 4; i++) {
      const r = playRecord(rules, 'rec', i, setup);
      expect(r).toMatchObject({ index: i, seed: `rec:${i}`, continuations: null });
      expect(['suddenDeath', 'margin', 'tie']).toContain(r.victory);
      expect(Object.keys(r.margins)).toEqual(SIDES);
      if (r.victory === 'tie') expect(r.winner).toBeNull();
      if (r.victory === 'margin') expect(r.margins[r.winner!]).toBe(Math.max(...Object.values(r.margins)));
      if (r.victory === 'suddenDeath') expect(r.winner).toBe('coalition');
      expect(r.escalation).toHaveLength(r.turns);
      expect(r.taken).toHaveLength(r.turns);
      expect(r.leaders.map((l) => l.leader)).toEqual(rules.scenario.leaders.map((l) => l.id));
      expect(r.captures).toHaveLength(r.leadersCaptured);
      expect(r.leadersCaptured + r.leadersAtLarge).toBe(rules.scenario.leaders.length);
      for (const c of r.captures) {
        expect(['coalition', 'regime']).toContain(c.by);
        expect(HUNT_CAPTURES).toContain(c.how);
        expect(c.turn).toBeGreaterThanOrEqual(1);
        expect(c.turn).toBeLessThanOrEqual(r.turns);
      }
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });

  it('follows every leader omnisciently: its region at the end of each turn at large, where it was caught, and the track at each turn end', () => {
    for (const seed of ['path:0', 'path:1', 'path:2']) {
      const game = played(seed);
      const course = courseOf(game);
      let state = newGame(rules, seed);
      let ends = 0;
      for (const action of toArray(game.actions)) {
        const r = apply(state, action);
        if (!r.ok) throw new Error(r.error.message);
        state = r.state;
        const ended = r.events.findIndex((e) => e.type === 'turnEnded');
        if (ended < 0) continue;
        const turn = state.phase === 'over' ? state.turn : state.turn - 1;
        ends++;
        state.leaders.forEach((l, k) => {
          if (l.status === 'atLarge') expect(course.leaders[k]!.path[turn - 1]).toBe(l.at);
          else expect(course.leaders[k]!.path.length).toBeLessThan(turn);
        });
        // The track as the turn ended, unless the next turn's first events moved it in the same apply.
        if (!r.events.slice(ended).some((e) => (e.type === 'trackChanged' && e.track === 'escalation') || e.type === 'deconflicted')) expect(course.escalation[turn - 1]).toBe(state.escalation);
      }
      expect(ends).toBe(game.turn);
      game.leaders.forEach((l, k) => {
        const path = course.leaders[k]!;
        if (l.status === 'captured') {
          expect(path.caughtAt).toBe(l.at);
          expect(path.path).toHaveLength(l.turn - 1);
        } else {
          expect(path.caughtAt).toBeNull();
          expect(path.path).toHaveLength(game.turn);
        }
      });
      const takenByChapter = Array.from({ length: game.turn }, () => 0);
      for (const ch of toArray(game.chronicle)) for (const e of ch.events) if (e.type === 'regionTaken') takenByChapter[ch.turn - 1]! += 1;
      expect(course.taken).toEqual(takenByChapter);
    }
  });
});

describe('continuations from the end of turn 10', () => {
  it('start from the replayed position and end the same way every time', () => {
    const game = played('cont:0');
    const from = positionAfter(game, SETTLE_TURN);
    if (game.turn <= SETTLE_TURN) return expect(from).toBeNull();
    expect(from!.turn).toBe(SETTLE_TURN + 1);
    expect(toArray(from!.chronicle).some((c) => c.events.some((e) => e.type === 'turnEnded' && e.turn === SETTLE_TURN))).toBe(true);
    const a = continueGame(game, seats, {}, 3);
    expect(a).toEqual(continueGame(game, seats, {}, 3));
    expect(a).toMatchObject({ fromTurn: SETTLE_TURN, games: 3 });
    expect(Object.values(a!.winners).reduce((x, y) => x + y, 0)).toBe(3);
    expect(continueGame(game, seats, {}, 0)).toBeNull();
  });
});

describe('seats: a level, and actions it never takes', () => {
  it('reads greedy-no-search as greedy excluding search, and writes it back', () => {
    expect(parseSeat('greedy-no-search', '--bots')).toEqual({ level: 'greedy', exclude: ['search'] });
    expect(parseSeat('search-no-search', '--levels')).toEqual({ level: 'search', exclude: ['search'] });
    expect(parseSeat('random-no-raid-no-watch', '--bots')).toEqual({ level: 'random', exclude: ['raid', 'watch'] });
    expect(parseSeat('greedy', '--bots')).toEqual({ level: 'greedy', exclude: [] });
    expect(seatName({ level: 'greedy', exclude: ['search'] })).toBe('greedy-no-search');
    expect(seatName('random')).toBe('random');
    expect(parseBots('coalition=greedy-no-search,regime=greedy,islamicState=random')).toEqual({
      coalition: { level: 'greedy', exclude: ['search'] },
      regime: { level: 'greedy', exclude: [] },
      islamicState: { level: 'random', exclude: [] },
    });
  });

  it.each(['genius', 'greedy-no-fly', 'greedy-no-endPhase', 'greedy-no-', '-no-search'])('refuses %s', (text) => {
    expect(() => parseSeat(text, '--bots')).toThrow(UsageError);
  });
});
