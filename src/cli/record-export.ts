/**
 * A batch's game records as a file for other tools (`sim --records FILE`):
 * NDJSON (`.ndjson`, each record whole, one a line: what `--json` holds,
 * streamable) or CSV (`.csv`, one row a game of the scalar fields, for a
 * spreadsheet). The format is the file's extension.
 */
import { writeFileSync } from 'node:fs';
import { SIDES } from '../rules';
import { UsageError } from './args';
import type { GameRecord } from './game-record';

export type RecordFormat = 'ndjson' | 'csv';

/** The format a `--records` path asks for, or a UsageError naming the choices. */
export function recordFormat(path: string): RecordFormat {
  const ext = path.toLowerCase().match(/\.(ndjson|jsonl|csv)$/)?.[1];
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'csv') return 'csv';
  throw new UsageError(`--records ${path}: name a .ndjson (or .jsonl) or .csv file; the extension says the format.`);
}

export const CSV_COLUMNS = [
  'index',
  'seed',
  'winner',
  'victory',
  'turns',
  'routed',
  ...SIDES.map((s) => `margin_${s}`),
  'leader_value_coalition',
  'leader_value_regime',
  'leader_value_at_large',
  'leaders_captured',
  'leaders_at_large',
  'captures_by_coalition',
  'captures_by_regime',
  'escalation_at_end',
  'regions_taken',
  'searches',
  'searches_of_empty',
] as const;

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(r: GameRecord): string {
  const by = (side: 'coalition' | 'regime') => r.captures.filter((c) => c.by === side).length;
  const cells = [
    r.index,
    r.seed,
    r.winner,
    r.victory,
    r.turns,
    r.routed,
    ...SIDES.map((s) => r.margins[s]),
    r.leaderValue.coalition,
    r.leaderValue.regime,
    r.leaderValue.atLarge,
    r.leadersCaptured,
    r.leadersAtLarge,
    by('coalition'),
    by('regime'),
    r.escalation.at(-1) ?? 0,
    r.taken.reduce((a, b) => a + b, 0),
    r.searches,
    r.searchesOfEmpty,
  ];
  return cells.map(field).join(',');
}

export function recordsText(records: readonly GameRecord[], format: RecordFormat): string {
  if (format === 'ndjson') return records.map((r) => `${JSON.stringify(r)}\n`).join('');
  return `${CSV_COLUMNS.join(',')}\n${records.map((r) => `${csvRow(r)}\n`).join('')}`;
}

export function writeRecords(path: string, records: readonly GameRecord[], format: RecordFormat): void {
  writeFileSync(path, recordsText(records, format));
}
