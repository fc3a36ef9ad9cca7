import { SIDES, SIDE_NAMES, type Side } from '../rules';
import type { GameRecord } from './batch';

export interface BatchSummary {
  games: number;
  wins: Record<Side | 'draw', number>;
  meanTurns: number;
  /** Turn counts: lengths[t] games ended on turn t. */
  lengths: Record<number, number>;
  leadersCaptured: number;
  leadersEscaped: number;
  /** How many times a leader was neutralized or escaped in each region. */
  capturesByRegion: Record<string, number>;
  escapesByRegion: Record<string, number>;
}

export function summarizeBatch(records: GameRecord[]): BatchSummary {
  const wins: Record<Side | 'draw', number> = { coalition: 0, regime: 0, islamicState: 0, draw: 0 };
  const lengths: Record<number, number> = {};
  const capturesByRegion: Record<string, number> = {};
  const escapesByRegion: Record<string, number> = {};
  let turns = 0;
  let captured = 0;
  let escaped = 0;
  for (const r of records) {
    wins[r.winner ?? 'draw'] += 1;
    lengths[r.turns] = (lengths[r.turns] ?? 0) + 1;
    turns += r.turns;
    captured += r.leadersCaptured;
    escaped += r.leadersEscaped;
    for (const c of r.captures) capturesByRegion[c.region] = (capturesByRegion[c.region] ?? 0) + 1;
    for (const e of r.escapes) escapesByRegion[e.region] = (escapesByRegion[e.region] ?? 0) + 1;
  }
  const n = records.length || 1;
  return {
    games: records.length,
    wins,
    meanTurns: round(turns / n),
    lengths,
    leadersCaptured: captured,
    leadersEscaped: escaped,
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

export function formatSummary(s: BatchSummary, header: string, leaderCount: number): string {
  const wins = SIDES.map((side) => `${SIDE_NAMES[side]} ${s.wins[side]} (${pct(s.wins[side], s.games)})`);
  const n = s.games || 1;
  return [
    header,
    `Wins: ${wins.join(', ')}, draws ${s.wins.draw} (${pct(s.wins.draw, s.games)})`,
    `Mean game length: ${s.meanTurns.toFixed(2)} turns`,
    `Leaders (of ${leaderCount} a game): ${s.leadersCaptured} captured (${(s.leadersCaptured / n).toFixed(2)} a game), ` +
      `${s.leadersEscaped} escaped to a held redoubt (${(s.leadersEscaped / n).toFixed(2)} a game)`,
  ].join('\n');
}
