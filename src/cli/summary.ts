import { HUNT_CAPTURES, SIDES, SIDE_NAMES, type Side, type WinReason } from '../rules';
import { shareText } from './stats';
import type { GameRecord } from './batch';

/** The result codes in a fixed order, so every summary lists them alike. */
export const VICTORIES: readonly WinReason[] = ['suddenDeath', 'margin', 'tie'];

export interface BatchSummary {
  games: number;
  wins: Record<Side | 'draw', number>;
  /** Games ended for each reason the rules give (the result's code). */
  winsByVictory: Record<WinReason, number>;
  meanTurns: number;
  /** Turn counts: lengths[t] games ended on turn t. */
  lengths: Record<number, number>;
  /** Each side's mean victory margin at the end. */
  meanMargins: Record<Side, number>;
  leadersCaptured: number;
  leadersAtLarge: number;
  /** Captures credited to each side, and how they were made. */
  capturesBySide: Record<Side, number>;
  /** By how (a CaptureHow): the hunt's ways first, each listed even at 0. */
  capturesByHow: Record<string, number>;
  /** How many times a leader was captured in each region, or was at large there at the end. */
  capturesByRegion: Record<string, number>;
  atLargeByRegion: Record<string, number>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts what the records say; it depends only on the records, so any number of workers gives the same summary. */
export function summarizeBatch(records: GameRecord[]): BatchSummary {
  const wins = zeros<Side | 'draw'>([...SIDES, 'draw']);
  const winsByVictory = zeros(VICTORIES);
  const capturesBySide = zeros(SIDES);
  const capturesByHow: Record<string, number> = zeros(HUNT_CAPTURES);
  const margins = zeros(SIDES);
  const lengths: Record<number, number> = {};
  const capturesByRegion: Record<string, number> = {};
  const atLargeByRegion: Record<string, number> = {};
  let turns = 0;
  let captured = 0;
  let atLarge = 0;
  for (const r of records) {
    wins[r.winner ?? 'draw'] += 1;
    winsByVictory[r.victory] += 1;
    lengths[r.turns] = (lengths[r.turns] ?? 0) + 1;
    turns += r.turns;
    captured += r.leadersCaptured;
    atLarge += r.leadersAtLarge;
    for (const s of SIDES) margins[s] += r.margins[s];
    for (const c of r.captures) {
      capturesBySide[c.by] += 1;
      capturesByHow[c.how] = (capturesByHow[c.how] ?? 0) + 1;
    }
    for (const l of r.leaders) {
      const where = l.caughtAt ?? l.path.at(-1);
      if (where === undefined) continue;
      const counts = l.caughtAt ? capturesByRegion : atLargeByRegion;
      counts[where] = (counts[where] ?? 0) + 1;
    }
  }
  const n = records.length || 1;
  return {
    games: records.length,
    wins,
    winsByVictory,
    meanTurns: round(turns / n),
    lengths,
    meanMargins: Object.fromEntries(SIDES.map((s) => [s, round(margins[s] / n)])) as Record<Side, number>,
    leadersCaptured: captured,
    leadersAtLarge: atLarge,
    capturesBySide,
    capturesByHow: { ...zeros(HUNT_CAPTURES), ...sorted(capturesByHow) },
    capturesByRegion: sorted(capturesByRegion),
    atLargeByRegion: sorted(atLargeByRegion),
  };
}

/** Keys in a fixed order, so the same batch prints the same JSON. */
function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const round = (x: number) => Math.round(x * 100) / 100;
const pct = (k: number, n: number) => `${((100 * k) / (n || 1)).toFixed(1)}%`;

/** Report lines: counts under the result codes and side names, never a retelling of why a game ended (that is `reason`'s). */
export function formatSummary(s: BatchSummary, header: string, leaderCount: number): string {
  const wins = SIDES.map((side) => `${SIDE_NAMES[side]} ${s.wins[side]} (${shareText(s.wins[side], s.games)})`);
  const victories = VICTORIES.filter((v) => s.winsByVictory[v] > 0).map((v) => `${v} ${s.winsByVictory[v]}`);
  const margins = SIDES.map((side) => `${SIDE_NAMES[side]} ${s.meanMargins[side].toFixed(2)}`);
  const bySide = SIDES.map((side) => `${SIDE_NAMES[side]} ${s.capturesBySide[side]}`);
  const byHow = Object.entries(s.capturesByHow)
    .filter(([, n]) => n > 0)
    .map(([h, n]) => `${h} ${n}`);
  const n = s.games || 1;
  return [
    header,
    `Wins (share, 95% Wilson interval): ${wins.join(', ')}, draws ${s.wins.draw} (${pct(s.wins.draw, s.games)})`,
    `Results by victory: ${victories.join(', ') || 'none'}`,
    `Mean game length: ${s.meanTurns.toFixed(2)} turns`,
    `Mean victory margins at the end: ${margins.join(', ')}`,
    `Leaders (of ${leaderCount} a game): ${s.leadersCaptured} captured (${(s.leadersCaptured / n).toFixed(2)} a game), ` +
      `${s.leadersAtLarge} at large at the end (${(s.leadersAtLarge / n).toFixed(2)} a game)`,
    `Captures by side: ${bySide.join(', ')}${byHow.length ? `; by how: ${byHow.join(', ')}` : ''}`,
  ].join('\n');
}
