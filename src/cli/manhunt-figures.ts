/**
 * The figures the manhunt issue (11) measures, from a batch's records only
 * (game-record.ts), each with its target: where the leaders hide, what the
 * hunt catches, how games end, escalation, stalls, and whether a game is
 * still open at the end of turn 10.
 */
import { HUNT_CAPTURES, SIDES, SIDE_NAMES, type Scenario, type Side, type WinReason } from '../rules';
import { SETTLE_TURN } from './continuations';
import type { GameRecord } from './game-record';
import { wilson, shareText } from './stats';
import { VICTORIES } from './summary';

/** The turn whose end the hideout figure looks at. */
export const HIDEOUT_TURN = 3;
/** Turns in a row without a region changing hands that make a game stalled. */
export const STALL_RUN = 5;

/** The targets, as the issue states them. */
export const TARGETS = {
  hideoutMaxShare: 0.4,
  hideoutRegionsAtTenth: 3,
  huntShare: 0.3,
  allOrNothing: 0.6,
  winLow: 0.25,
  winHigh: 0.42,
  draws: 0.05,
  escalation: 6,
  stalled: 0.1,
  settled: 0.7,
} as const;

export interface Share {
  count: number;
  of: number;
  share: number;
}

export interface ManhuntFigures {
  games: number;
  /** Leaders at large at the end of HIDEOUT_TURN, by region, most held first. */
  hideouts: { turn: number; leaders: number; regions: { region: string; count: number; share: number }[]; met: boolean };
  /** Captures made by the hunt (HUNT_CAPTURES) among all captures. */
  hunt: Share & { met: boolean };
  /** Games in which no leader, or every leader, was caught. */
  allOrNothing: Share & { none: number; all: number; met: boolean };
  wins: Record<Side, Share & { low: number; high: number; met: boolean }>;
  draws: Share & { met: boolean };
  /** Wins by side (or draws) and victory type. */
  byVictory: Record<Side | 'draw', Record<WinReason, number>>;
  /** Mean escalation at the end of each game's last turn. */
  escalation: { mean: number; met: boolean };
  /** Games with STALL_RUN or more turns in a row in which no region changed hands. */
  stalled: Share & { run: number; met: boolean };
  /** Searches of a region proven empty earlier the same turn, among all searches (bot play, issue 12: target none). */
  searchesOfEmpty: Share & { met: boolean };
  /** Games ending with two or more leaders at large, all in one region (bot play, issue 12). */
  leadersTogether: Share;
  /** Mean share of the most frequent winner (a draw counting as one) among each game's continuations; null when none were played. */
  settled: { fromTurn: number; continuations: number; games: number; meanTopShare: number; met: boolean } | null;
}

const share = (count: number, of: number): Share => ({ count, of, share: of ? count / of : 0 });

/** The longest run of turns in which no region changed hands. */
export function longestQuiet(taken: readonly number[]): number {
  let best = 0;
  let run = 0;
  for (const n of taken) {
    run = n === 0 ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function hideouts(records: readonly GameRecord[]): ManhuntFigures['hideouts'] {
  const counts = new Map<string, number>();
  let leaders = 0;
  for (const r of records) {
    for (const l of r.leaders) {
      const at = l.path[HIDEOUT_TURN - 1];
      if (at === undefined) continue;
      leaders++;
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  }
  const regions = [...counts]
    .map(([region, count]) => ({ region, count, share: count / (leaders || 1) }))
    .sort((a, b) => b.count - a.count || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const top = regions[0]?.count ?? 0;
  const atTenth = regions.filter((x) => 10 * x.count >= leaders).length;
  return { turn: HIDEOUT_TURN, leaders, regions, met: leaders > 0 && top <= TARGETS.hideoutMaxShare * leaders && atTenth >= TARGETS.hideoutRegionsAtTenth };
}

export function manhuntFigures(records: readonly GameRecord[]): ManhuntFigures {
  const n = records.length;
  const captures = records.flatMap((r) => r.captures);
  const hunt = share(captures.filter((c) => HUNT_CAPTURES.includes(c.how)).length, captures.length);
  const none = records.filter((r) => r.leadersCaptured === 0).length;
  const all = records.filter((r) => r.leadersAtLarge === 0).length;
  const fates = share(none + all, n);
  const wins = Object.fromEntries(
    SIDES.map((s) => {
      const w = share(records.filter((r) => r.winner === s).length, n);
      const [low, high] = wilson(w.count, n);
      return [s, { ...w, low, high, met: w.share >= TARGETS.winLow && w.share <= TARGETS.winHigh }];
    }),
  ) as ManhuntFigures['wins'];
  const draws = share(records.filter((r) => r.winner === null).length, n);
  const byVictory = Object.fromEntries(
    [...SIDES, 'draw' as const].map((s) => [s, Object.fromEntries(VICTORIES.map((v) => [v, records.filter((r) => (r.winner ?? 'draw') === s && r.victory === v).length]))]),
  ) as ManhuntFigures['byVictory'];
  const escalation = records.reduce((sum, r) => sum + (r.escalation.at(-1) ?? 0), 0) / (n || 1);
  const stalled = share(records.filter((r) => longestQuiet(r.taken) >= STALL_RUN).length, n);
  const searches = records.reduce((sum, r) => sum + r.searches, 0);
  const searchesOfEmpty = share(records.reduce((sum, r) => sum + r.searchesOfEmpty, 0), searches);
  const endedAtLarge = records.map((r) => r.leaders.filter((l) => l.caughtAt === null && l.path.length > 0).map((l) => l.path.at(-1)));
  const several = endedAtLarge.filter((places) => places.length >= 2);
  const leadersTogether = share(several.filter((places) => new Set(places).size === 1).length, several.length);
  const continued = records.flatMap((r) => (r.continuations && r.continuations.games > 0 ? [r.continuations] : []));
  const topShares = continued.map((c) => Math.max(...Object.values(c.winners)) / c.games);
  const meanTopShare = topShares.reduce((a, b) => a + b, 0) / (topShares.length || 1);
  return {
    games: n,
    hideouts: hideouts(records),
    hunt: { ...hunt, met: hunt.of > 0 && hunt.share >= TARGETS.huntShare },
    allOrNothing: { ...fates, none, all, met: fates.share <= TARGETS.allOrNothing },
    wins,
    draws: { ...draws, met: draws.share <= TARGETS.draws },
    byVictory,
    escalation: { mean: escalation, met: escalation <= TARGETS.escalation },
    stalled: { ...stalled, run: STALL_RUN, met: stalled.share <= TARGETS.stalled },
    searchesOfEmpty: { ...searchesOfEmpty, met: searchesOfEmpty.count === 0 },
    leadersTogether,
    settled: continued.length
      ? { fromTurn: continued[0]!.fromTurn, continuations: continued[0]!.games, games: continued.length, meanTopShare, met: meanTopShare <= TARGETS.settled }
      : null,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** A target's share, as the issue writes it: "40%". */
const pctTarget = (x: number) => `${Math.round(100 * x)}%`;
const of = (s: Share) => `${s.count} of ${s.of} (${pct(s.share)})`;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const figure = (label: string, value: string, target: string, met: boolean) => `${label}: ${value}   [target ${target}: ${verdict(met)}]`;

/** The figures as report lines, each with its target and "met" or "MISSED". `continuations` is what was asked for (0: skipped). */
export function formatFigures(f: ManhuntFigures, scenario: Scenario, continuations: number): string {
  const name = (id: string) => scenario.regions.find((r) => r.id === id)?.name ?? id;
  const h = f.hideouts;
  const spread = h.regions.map((r) => `${name(r.region)} ${pct(r.share)}`).join(', ') || 'none';
  const victories = [...SIDES, 'draw' as const].map((s) => {
    const kinds = VICTORIES.filter((v) => f.byVictory[s][v] > 0).map((v) => `${v} ${f.byVictory[s][v]}`);
    return `${s === 'draw' ? 'draws' : SIDE_NAMES[s]} ${kinds.join(', ') || '0'}`;
  });
  const lowHigh = `${Math.round(100 * TARGETS.winLow)}–${pctTarget(TARGETS.winHigh)}`;
  const lines = [
    figure(
      `Leaders at the end of turn ${h.turn} (${h.leaders} at large), by region`,
      spread,
      `no region over ${pctTarget(TARGETS.hideoutMaxShare)}, ${TARGETS.hideoutRegionsAtTenth}+ regions at 10% or more`,
      h.met,
    ),
    figure(`Captures by the hunt (${HUNT_CAPTURES.join(', ')})`, `${of(f.hunt)}; walked in ${f.hunt.of - f.hunt.count}`, `≥ ${pctTarget(TARGETS.huntShare)}`, f.hunt.met),
    figure(
      'Games with no leader or every leader caught',
      `${of(f.allOrNothing)}; none ${f.allOrNothing.none}, all ${f.allOrNothing.all}`,
      `≤ ${pctTarget(TARGETS.allOrNothing)}`,
      f.allOrNothing.met,
    ),
    ...SIDES.map((s) => figure(`${SIDE_NAMES[s]} wins (95% Wilson)`, `${f.wins[s].count} of ${f.games}, ${shareText(f.wins[s].count, f.games)}`, lowHigh, f.wins[s].met)),
    figure('Draws', of(f.draws), `≤ ${pctTarget(TARGETS.draws)}`, f.draws.met),
    `Wins by victory: ${victories.join('; ')}`,
    figure('Mean escalation at the last turn', f.escalation.mean.toFixed(2), `≤ ${TARGETS.escalation}`, f.escalation.met),
    figure(`Games with ${f.stalled.run}+ turns in a row without a region changing hands`, of(f.stalled), `≤ ${pctTarget(TARGETS.stalled)}`, f.stalled.met),
    figure('Searches of a region a search had proven empty that turn', of(f.searchesOfEmpty), 'none (issue 12)', f.searchesOfEmpty.met),
    `Games ending with 2+ leaders at large, all in one region: ${of(f.leadersTogether)}`,
  ];
  const s = f.settled;
  if (s) {
    lines.push(
      figure(
        `Not settled early: most frequent winner of ${s.continuations} continuations from the end of turn ${s.fromTurn}, mean over ${s.games} games`,
        pct(s.meanTopShare),
        `≤ ${pctTarget(TARGETS.settled)}`,
        s.met,
      ),
    );
  } else {
    lines.push(`Not settled early: not measured (${continuations ? `no game was still running at the end of turn ${SETTLE_TURN}` : '--continuations 0'})`);
  }
  return lines.join('\n');
}
