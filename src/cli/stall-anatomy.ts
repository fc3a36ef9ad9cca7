/**
 * Why games stall (issue 11's quiet-turn figure): the board at the end of
 * every turn of a quiet run (STALL_RUN turns or more in a row in which no
 * region changed hands), read for what each hunter could have done.
 * Omniscient like every batch figure: it reads the full state.
 */
import { allyGround, combatOdds, margins, SIDES, type GameState, type Side } from '../rules';
import { STALL_RUN } from './manhunt-figures';

/** One hunter at the end of one turn. */
export interface HunterReach {
  /** Its men on the map. */
  men: number;
  /** Its men standing where no Islamic State stack or Islamic State-held empty region is next to them and open to them (§1.5). */
  idle: number;
  /**
   * 'none': nothing of Islamic State's in reach; 'noTake': only stacks that
   * no single attack can take (its best take chance is 0); 'take': an attack
   * that may take the region.
   */
  best: 'none' | 'noTake' | 'take';
}

/** The board at the end of a turn, as the anatomy reads it. */
export interface TurnReading {
  turn: number;
  coalition: HunterReach;
  regime: HunterReach;
  /** Islamic State stacks on the map, and those of 4 or more men behind a fortification. */
  stacks: number;
  fortresses: number;
  /** The side whose victory margin is highest at the end of the turn (§9.1), null when two or more share it. */
  ahead: Side | null;
}

const HUNTERS = ['coalition', 'regime'] as const;

/** What each hunter could reach at this position (the end of a turn). */
export function readTurn(state: GameState): TurnReading {
  const { adjacent } = state.rules;
  const regions = state.regions;
  const out = { turn: state.turn } as TurnReading;
  for (const side of HUNTERS) {
    const s = SIDES.indexOf(side);
    let men = 0;
    let idle = 0;
    let bestTake = -1;
    regions.forEach((region, from) => {
      const here = region.units[s]!;
      if (here === 0) return;
      men += here;
      let useful = false;
      for (const to of adjacent[from]!) {
        if (allyGround(state, side, to)) continue;
        const target = regions[to]!;
        if (target.units[2] > 0) {
          useful = true;
          bestTake = Math.max(bestTake, combatOdds(state, side, from, to)?.takeChance ?? 0);
        } else if (target.control === 'islamicState' && target.units[0] === 0 && target.units[1] === 0) {
          useful = true;
          bestTake = Math.max(bestTake, 1);
        }
      }
      if (!useful) idle += here;
    });
    out[side] = { men, idle, best: bestTake < 0 ? 'none' : bestTake === 0 ? 'noTake' : 'take' };
  }
  out.stacks = regions.filter((r) => r.units[2] > 0).length;
  out.fortresses = regions.filter((r) => r.units[2] >= 4 && r.fort > 0).length;
  const m = margins(state);
  const best = Math.max(...m);
  out.ahead = m.filter((x) => x === best).length === 1 ? SIDES[m.indexOf(best)]! : null;
  return out;
}

/** The turns (1-based) that lie in a quiet run of STALL_RUN or more, from a game's regions-taken count per turn. */
export function quietRunTurns(taken: readonly number[]): { turns: Set<number>; firstRunStart: number | null; firstRunEnd: number | null } {
  const turns = new Set<number>();
  let firstRunStart: number | null = null;
  let firstRunEnd: number | null = null;
  let start = 0;
  for (let t = 0; t <= taken.length; t++) {
    if (t < taken.length && taken[t] === 0) continue;
    if (t - start >= STALL_RUN) {
      for (let k = start; k < t; k++) turns.add(k + 1);
      if (firstRunStart === null) {
        firstRunStart = start + 1;
        firstRunEnd = t;
      }
    }
    start = t + 1;
  }
  return { turns, firstRunStart, firstRunEnd };
}

export interface StallAnatomy {
  games: number;
  stalled: number;
  /** Stalled games by the turn their first quiet run began: 1 (the opening), 2–9, 10 and later. */
  startsAt: { opening: number; middle: number; late: number };
  /** Turns in quiet runs, over all stalled games. */
  quietTurns: number;
  /** Per hunter: quiet turns with nothing in reach, with only attacks that cannot take, with an attack that may; and the share of its men idle. */
  hunters: Record<(typeof HUNTERS)[number], { none: number; noTake: number; take: number; idleShare: number }>;
  /** Quiet turns in which Islamic State stood in one stack only; mean fortified stacks of 4+ on a quiet turn. */
  oneStack: number;
  meanFortresses: number;
  /**
   * Stalled games by who led the margins at the end of the first quiet run's
   * first turn (null: a tie); how many of those runs saw a leader caught; and
   * how many lasted to the game's last turn.
   */
  aheadAtStart: Record<Side | 'tied', number>;
  runsWithCapture: number;
  runsToTheEnd: number;
}

/** The anatomy of a batch: each game's readings at the end of every turn, and its regions taken per turn. */
export function stallAnatomy(games: readonly { readings: readonly TurnReading[]; taken: readonly number[]; captureTurns: readonly number[] }[]): StallAnatomy {
  const hunters = Object.fromEntries(HUNTERS.map((h) => [h, { none: 0, noTake: 0, take: 0, idleShare: 0 }])) as StallAnatomy['hunters'];
  const men = { coalition: 0, regime: 0 };
  const idle = { coalition: 0, regime: 0 };
  const startsAt = { opening: 0, middle: 0, late: 0 };
  let stalled = 0;
  let quietTurns = 0;
  let oneStack = 0;
  let fortresses = 0;
  const aheadAtStart: StallAnatomy['aheadAtStart'] = { coalition: 0, regime: 0, islamicState: 0, tied: 0 };
  let runsWithCapture = 0;
  let runsToTheEnd = 0;
  for (const g of games) {
    const { turns, firstRunStart, firstRunEnd } = quietRunTurns(g.taken);
    if (firstRunStart === null || firstRunEnd === null) continue;
    stalled++;
    const first = g.readings.find((r) => r.turn === firstRunStart);
    if (first) aheadAtStart[first.ahead ?? 'tied']++;
    if (g.captureTurns.some((t) => t >= firstRunStart && t <= firstRunEnd)) runsWithCapture++;
    if (firstRunEnd === g.taken.length) runsToTheEnd++;
    if (firstRunStart === 1) startsAt.opening++;
    else if (firstRunStart < 10) startsAt.middle++;
    else startsAt.late++;
    for (const r of g.readings) {
      if (!turns.has(r.turn)) continue;
      quietTurns++;
      for (const h of HUNTERS) {
        hunters[h][r[h].best]++;
        men[h] += r[h].men;
        idle[h] += r[h].idle;
      }
      if (r.stacks === 1) oneStack++;
      fortresses += r.fortresses;
    }
  }
  for (const h of HUNTERS) hunters[h].idleShare = men[h] ? idle[h] / men[h] : 0;
  return { games: games.length, stalled, startsAt, quietTurns, hunters, oneStack, meanFortresses: quietTurns ? fortresses / quietTurns : 0, aheadAtStart, runsWithCapture, runsToTheEnd };
}

const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '0.0'}%`;

export function formatAnatomy(a: StallAnatomy): string {
  const q = a.quietTurns;
  const hunter = (h: (typeof HUNTERS)[number], name: string) => {
    const x = a.hunters[h];
    return `${name}, on those turns: nothing of Islamic State's in reach ${pct(x.none, q)}, only stacks no single attack can take ${pct(x.noTake, q)}, an attack that may take a region or empty ground to walk into ${pct(x.take, q)}; its men with nothing in reach ${pct(x.idleShare, 1)}`;
  };
  return [
    `Games with ${STALL_RUN}+ turns in a row without a region changing hands: ${a.stalled} of ${a.games} (${pct(a.stalled, a.games)}); the first such run begins on turn 1 in ${a.startsAt.opening}, on turns 2–9 in ${a.startsAt.middle}, on turn 10 or later in ${a.startsAt.late}`,
    `Turns in those runs: ${q}`,
    `Ahead on the margins as the first quiet run began (the end of its first turn): Coalition ${a.aheadAtStart.coalition}, Regime ${a.aheadAtStart.regime}, Islamic State ${a.aheadAtStart.islamicState}, tied ${a.aheadAtStart.tied}; a leader caught during that run in ${a.runsWithCapture}; the run lasting to the game's end in ${a.runsToTheEnd}`,
    hunter('coalition', 'Coalition'),
    hunter('regime', 'Regime'),
    `Islamic State, on those turns: one stack left ${pct(a.oneStack, q)}; fortified stacks of 4 or more, ${a.meanFortresses.toFixed(2)} on average`,
  ].join('\n');
}
