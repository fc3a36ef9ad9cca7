import { writeFileSync } from 'node:fs';
import { SIDES, SIDE_NAMES, type Scenario } from '../rules';
import { UsageError } from './args';
import type { BatchSummary } from './summary';

const COLORS = { coalition: '#3d6fa8', regime: '#a8453d', islamicState: '#3a3a3a', draw: '#9a9a9a' } as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function winBars(s: BatchSummary): string {
  const rows = [...SIDES, 'draw' as const];
  const bar = (key: (typeof rows)[number], i: number) => {
    const share = s.wins[key] / (s.games || 1);
    const label = key === 'draw' ? 'Draws' : SIDE_NAMES[key];
    return `<g transform="translate(0,${i * 34})"><text x="0" y="20">${label}</text>
<rect x="120" y="4" width="${(share * 360).toFixed(1)}" height="22" fill="${COLORS[key]}"/>
<text x="${(128 + share * 360).toFixed(1)}" y="20">${s.wins[key]} (${(share * 100).toFixed(1)}%)</text></g>`;
  };
  return `<svg width="560" height="${rows.length * 34}" font-family="sans-serif" font-size="13">${rows.map(bar).join('')}</svg>`;
}

function lengthHistogram(s: BatchSummary, maxTurn: number): string {
  const most = Math.max(1, ...Object.values(s.lengths));
  const w = 520 / maxTurn;
  const bars = Array.from({ length: maxTurn }, (_, k) => {
    const n = s.lengths[k + 1] ?? 0;
    const h = (160 * n) / most;
    return `<rect x="${(30 + k * w).toFixed(1)}" y="${(170 - h).toFixed(1)}" width="${(w - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="#6b7f5a"><title>turn ${k + 1}: ${n} games</title></rect>
<text x="${(30 + k * w + w / 2).toFixed(1)}" y="186" text-anchor="middle">${k + 1}</text>`;
  });
  return `<svg width="560" height="200" font-family="sans-serif" font-size="10">${bars.join('')}<text x="0" y="12">games</text></svg>`;
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
export function writeReport(path: string, scenario: Scenario, s: BatchSummary, header: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Middle Euphrates — batch report</title>
<style>body{font-family:sans-serif;max-width:720px;margin:2em auto;color:#222}h2{margin-top:1.6em}</style></head><body>
<h1>Middle Euphrates — batch report</h1><pre>${escape(header)}</pre>
<h2>Wins by side</h2>${winBars(s)}
<p>By victory: ${Object.entries(s.winsByVictory).map(([why, n]) => `${why} ${n}`).join(', ')}.</p>
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
