import { writeFileSync } from 'node:fs';
import { SIDES, SIDE_NAMES, type Scenario } from '../rules';
import { UsageError } from './args';
import type { GameRecord } from './game-record';
import { shareText, wilson } from './stats';
import type { BatchSummary } from './summary';

const COLORS = { coalition: '#3d6fa8', regime: '#a8453d', islamicState: '#3a3a3a', draw: '#9a9a9a' } as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Win shares with their 95% Wilson intervals as whiskers, on an axis from 0 to 100%. */
function winBars(s: BatchSummary): string {
  const rows = [...SIDES, 'draw' as const];
  const x = (share: number) => 120 + share * 360;
  const bar = (key: (typeof rows)[number], i: number) => {
    const share = s.wins[key] / (s.games || 1);
    const [lo, hi] = wilson(s.wins[key], s.games);
    const label = key === 'draw' ? 'Draws' : SIDE_NAMES[key];
    const y = 8 + i * 34;
    return `<g><text x="0" y="${y + 16}">${label}</text>
<rect x="120" y="${y}" width="${(share * 360).toFixed(1)}" height="22" fill="${COLORS[key]}"><title>${label}: ${shareText(s.wins[key], s.games)}</title></rect>
<line x1="${x(lo).toFixed(1)}" y1="${y + 11}" x2="${x(hi).toFixed(1)}" y2="${y + 11}" stroke="#d9a600" stroke-width="2"/>
<line x1="${x(lo).toFixed(1)}" y1="${y + 5}" x2="${x(lo).toFixed(1)}" y2="${y + 17}" stroke="#d9a600" stroke-width="2"/>
<line x1="${x(hi).toFixed(1)}" y1="${y + 5}" x2="${x(hi).toFixed(1)}" y2="${y + 17}" stroke="#d9a600" stroke-width="2"/>
<text x="${(x(hi) + 6).toFixed(1)}" y="${y + 16}">${s.wins[key]}: ${shareText(s.wins[key], s.games)}</text></g>`;
  };
  const axisY = 8 + rows.length * 34;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<line x1="${x(t)}" y1="${axisY}" x2="${x(t)}" y2="${axisY + 5}" stroke="#555"/><text x="${x(t)}" y="${axisY + 17}" text-anchor="middle">${t * 100}%</text>`)
    .join('');
  return `<svg width="700" height="${axisY + 40}" font-family="sans-serif" font-size="13">${rows.map(bar).join('')}
<line x1="120" y1="${axisY}" x2="480" y2="${axisY}" stroke="#555"/>${ticks}<text x="300" y="${axisY + 34}" text-anchor="middle" font-size="11">share of games won (bar), 95% Wilson interval (whisker)</text></svg>`;
}

/** Games won by each side, by the condition that decided them (RULES §9). */
function victoryTable(records: readonly GameRecord[]): string {
  const reasons = [...new Set(records.map((r) => r.victory))].sort();
  const rows = [...SIDES, null].map((side) => {
    const cells = reasons.map((why) => records.filter((r) => r.winner === side && r.victory === why).length);
    return `<tr><th scope="row">${side ? SIDE_NAMES[side] : 'Draw'}</th>${cells.map((n) => `<td>${n}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr><th></th>${reasons.map((why) => `<th scope="col">${escape(why)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Each side's mean victory margin at the end of each turn, over the games still going then, on labelled axes. */
function marginChart(records: readonly GameRecord[], maxTurn: number): string {
  const left = 44;
  const base = 190;
  const w = 500 / Math.max(1, maxTurn - 1);
  const means = SIDES.map((side) =>
    Array.from({ length: maxTurn }, (_, t) => {
      const going = records.filter((r) => r.marginsByTurn[side].length > t);
      return going.length ? going.reduce((sum, r) => sum + r.marginsByTurn[side][t]!, 0) / going.length : null;
    }),
  );
  const top = Math.max(1, ...means.flat().map((m) => m ?? 0));
  const x = (t: number) => left + t * w;
  const y = (m: number) => base - (170 * m) / top;
  const lines = SIDES.map((side, k) => {
    const points = means[k]!.flatMap((m, t) => (m === null ? [] : [`${x(t).toFixed(1)},${y(m).toFixed(1)}`]));
    return `<polyline fill="none" stroke="${COLORS[side]}" stroke-width="2.5" points="${points.join(' ')}"><title>${SIDE_NAMES[side]}</title></polyline>`;
  }).join('');
  const yTicks = [0, top / 2, top]
    .map((m) => `<line x1="${left - 5}" y1="${y(m).toFixed(1)}" x2="${left}" y2="${y(m).toFixed(1)}" stroke="#555"/><text x="${left - 8}" y="${(y(m) + 4).toFixed(1)}" text-anchor="end">${m.toFixed(1)}</text>`)
    .join('');
  const xTicks = Array.from({ length: maxTurn }, (_, t) => `<text x="${x(t).toFixed(1)}" y="${base + 14}" text-anchor="middle">${t + 1}</text>`).join('');
  const legend = SIDES.map((side, k) => `<rect x="${left + 10 + k * 130}" y="${base + 40}" width="14" height="4" fill="${COLORS[side]}"/><text x="${left + 28 + k * 130}" y="${base + 45}">${SIDE_NAMES[side]}</text>`).join('');
  return `<svg width="580" height="${base + 60}" font-family="sans-serif" font-size="10">
<line x1="${left}" y1="${base}" x2="${left + 500}" y2="${base}" stroke="#555"/><line x1="${left}" y1="10" x2="${left}" y2="${base}" stroke="#555"/>${yTicks}${xTicks}${lines}
<text x="${left + 250}" y="${base + 28}" text-anchor="middle" font-size="11">end of turn</text>
<text x="12" y="${base / 2}" text-anchor="middle" font-size="11" transform="rotate(-90 12 ${base / 2})">mean victory margin</text>${legend}</svg>`;
}

/** How many games ended on each turn, with both axes drawn and labelled. */
function lengthHistogram(s: BatchSummary, maxTurn: number): string {
  const most = Math.max(1, ...Object.values(s.lengths));
  const left = 44;
  const w = 500 / maxTurn;
  const base = 170;
  const bars = Array.from({ length: maxTurn }, (_, k) => {
    const n = s.lengths[k + 1] ?? 0;
    const h = (160 * n) / most;
    return `<rect x="${(left + k * w).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(w - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="#6b7f5a"><title>turn ${k + 1}: ${n} games</title></rect>
<text x="${(left + k * w + w / 2).toFixed(1)}" y="${base + 14}" text-anchor="middle">${k + 1}</text>`;
  });
  const yTicks = [0, Math.round(most / 2), most]
    .map((n) => {
      const y = base - (160 * n) / most;
      return `<line x1="${left - 5}" y1="${y.toFixed(1)}" x2="${left}" y2="${y.toFixed(1)}" stroke="#555"/><text x="${left - 8}" y="${(y + 4).toFixed(1)}" text-anchor="end">${n}</text>`;
    })
    .join('');
  const axes = `<line x1="${left}" y1="${base}" x2="${left + 500}" y2="${base}" stroke="#555"/><line x1="${left}" y1="10" x2="${left}" y2="${base}" stroke="#555"/>${yTicks}
<text x="${left + 250}" y="${base + 30}" text-anchor="middle" font-size="11">turn the game ended</text>
<text x="12" y="${base / 2}" text-anchor="middle" font-size="11" transform="rotate(-90 12 ${base / 2})">games</text>`;
  return `<svg width="580" height="${base + 40}" font-family="sans-serif" font-size="10">${axes}${bars.join('')}</svg>`;
}

function leaderMap(scenario: Scenario, s: BatchSummary): string {
  const lats = scenario.regions.map((r) => r.lat);
  const lons = scenario.regions.map((r) => r.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const scale = Math.min(500 / (maxLon - minLon || 1), 340 / (maxLat - minLat || 1));
  const at = (id: string) => {
    const r = scenario.regions.find((x) => x.id === id)!;
    return [40 + (r.lon - minLon) * scale, 30 + (maxLat - r.lat) * scale] as const;
  };
  const most = Math.max(1, ...Object.values(s.capturesByRegion), ...Object.values(s.atLargeByRegion));
  const links = scenario.links
    .map((l) => {
      const [a, b] = [at(l.a), at(l.b)];
      return `<line x1="${a[0].toFixed(1)}" y1="${a[1].toFixed(1)}" x2="${b[0].toFixed(1)}" y2="${b[1].toFixed(1)}" stroke="${l.kind === 'river' ? '#7fa7c9' : '#c9b98f'}" stroke-width="${l.kind === 'river' ? 4 : 2}"/>`;
    })
    .join('');
  const marks = scenario.regions
    .map((r) => {
      const [x, y] = at(r.id);
      const caught = s.capturesByRegion[r.id] ?? 0;
      const free = s.atLargeByRegion[r.id] ?? 0;
      const circle = (n: number, color: string, dx: number) =>
        n ? `<circle cx="${(x + dx).toFixed(1)}" cy="${y.toFixed(1)}" r="${(4 + 16 * Math.sqrt(n / most)).toFixed(1)}" fill="${color}" fill-opacity="0.6"/>` : '';
      return `${circle(caught, '#a8453d', -4)}${circle(free, '#d9a600', 4)}<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="#333"/>
<text x="${(x + 6).toFixed(1)}" y="${(y - 6).toFixed(1)}">${escape(r.name)}${caught || free ? ` (${caught}/${free})` : ''}</text>`;
    })
    .join('');
  return `<svg width="600" height="420" font-family="sans-serif" font-size="11" style="background:#f4efe3">${links}${marks}</svg>`;
}

/** An HTML page with SVG charts: win rates, game lengths, and where leaders were caught or were at large at the end. */
export function writeReport(path: string, scenario: Scenario, s: BatchSummary, records: readonly GameRecord[], header: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Middle Euphrates — batch report</title>
<style>body{font-family:sans-serif;max-width:760px;margin:2em auto;color:#222}h2{margin-top:1.6em}table{border-collapse:collapse}th,td{padding:2px 10px;text-align:right;border-bottom:1px solid #ddd}</style></head><body>
<h1>Middle Euphrates — batch report</h1><pre>${escape(header)}</pre>
<h2>Wins by side</h2>${winBars(s)}
<h2>Wins by side and victory condition</h2>${victoryTable(records)}
<h2>Victory margins over the turns</h2>${marginChart(records, scenario.turns)}
<p>Mean over the games still going at the end of each turn. Mean victory margins at the end (RULES §9.1): ${SIDES.map((side) => `${SIDE_NAMES[side]} ${s.meanMargins[side].toFixed(2)}`).join(', ')}.</p>
<h2>Game length (turn the game ended)</h2>${lengthHistogram(s, scenario.turns)}
<p>Mean ${s.meanTurns.toFixed(2)} turns.</p>
<h2>Where leaders were caught (red) or were at large at the end (gold)</h2>${leaderMap(scenario, s)}
<p>${s.leadersCaptured} leaders captured, ${s.leadersAtLarge} at large at the end, over ${s.games} games. Labels: caught/at large.
Captures by side: ${SIDES.map((side) => `${SIDE_NAMES[side]} ${s.capturesBySide[side]}`).join(', ')}.</p>
</body></html>
`;
  try {
    writeFileSync(path, html);
  } catch (e) {
    throw new UsageError(`Cannot write the report to ${path}: ${(e as Error).message}.`);
  }
}
