import { SIDES, SIDE_NAMES, type CaptureHow, type Side, type WinReason } from '../rules';
import { shareText } from './stats';
import type { GameRecord } from './batch';

/** The result codes in a fixed order, so every summary lists them alike. */
const REASONS: readonly WinReason[] = ['coalitionObjective', 'regimeObjective', 'leadersEscaped', 'victoryPoints', 'tie'];
const HOWS: readonly CaptureHow[] = ['taken', 'cornered', 'search', 'interception'];

export interface BatchSummary {
  games: number;
  wins: Record<Side | 'draw', number>;
  /** Games ended for each reason the rules give (the result's code). */
  winsByReason: Record<WinReason, number>;
  meanTurns: number;
  /** Turn counts: lengths[t] games ended on turn t. */
  lengths: Record<number, number>;
  leadersCaptured: number;
  leadersEscaped: number;
  /** Captures credited to each side, and how they were made. */
  capturesBySide: Record<Side, number>;
  capturesByHow: Record<CaptureHow, number>;
  /** How many times a leader was captured or escaped in each region. */
  capturesByRegion: Record<string, number>;
  escapesByRegion: Record<string, number>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts what the records say; it depends only on the records, so any number of workers gives the same summary. */
export function summarizeBatch(records: GameRecord[]): BatchSummary {
  const wins = zeros<Side | 'draw'>([...SIDES, 'draw']);
  const winsByReason = zeros(REASONS);
  const capturesBySide = zeros(SIDES);
  const capturesByHow = zeros(HOWS);
  const lengths: Record<number, number> = {};
  const capturesByRegion: Record<string, number> = {};
  const escapesByRegion: Record<string, number> = {};
  let turns = 0;
  let captured = 0;
  let escaped = 0;
  for (const r of records) {
    wins[r.winner ?? 'draw'] += 1;
    winsByReason[r.reason] += 1;
    lengths[r.turns] = (lengths[r.turns] ?? 0) + 1;
    turns += r.turns;
    captured += r.leadersCaptured;
    escaped += r.leadersEscaped;
    for (const c of r.captures) {
      capturesBySide[c.by] += 1;
      capturesByHow[c.how] += 1;
      capturesByRegion[c.region] = (capturesByRegion[c.region] ?? 0) + 1;
    }
    for (const e of r.escapes) escapesByRegion[e.region] = (escapesByRegion[e.region] ?? 0) + 1;
  }
  const n = records.length || 1;
  return {
    games: records.length,
    wins,
    winsByReason,
    meanTurns: round(turns / n),
    lengths,
    leadersCaptured: captured,
    leadersEscaped: escaped,
    capturesBySide,
    capturesByHow,
    capturesByRegion: sorted(capturesByRegion),
    escapesByRegion: sorted(escapesByRegion),
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
  const reasons = REASONS.filter((r) => s.winsByReason[r] > 0).map((r) => `${r} ${s.winsByReason[r]}`);
  const bySide = SIDES.map((side) => `${SIDE_NAMES[side]} ${s.capturesBySide[side]}`);
  const byHow = HOWS.filter((h) => s.capturesByHow[h] > 0).map((h) => `${h} ${s.capturesByHow[h]}`);
  const n = s.games || 1;
  return [
    header,
    `Wins (share, 95% Wilson interval): ${wins.join(', ')}, draws ${s.wins.draw} (${pct(s.wins.draw, s.games)})`,
    `Results by reason: ${reasons.join(', ') || 'none'}`,
    `Mean game length: ${s.meanTurns.toFixed(2)} turns`,
    `Leaders (of ${leaderCount} a game): ${s.leadersCaptured} captured (${(s.leadersCaptured / n).toFixed(2)} a game), ` +
      `${s.leadersEscaped} escaped to a held redoubt (${(s.leadersEscaped / n).toFixed(2)} a game)`,
    `Captures by side: ${bySide.join(', ')}${byHow.length ? `; by how: ${byHow.join(', ')}` : ''}`,
  ].join('\n');
}
