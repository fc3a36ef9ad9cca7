/**
 * Writes src/scenes/data/map-theater.json: the board's background map, once,
 * so the page carries a few kilobytes of lines instead of a world atlas.
 *
 * - Country borders: Natural Earth 1:10m admin-0, as packaged by `world-atlas`
 *   (a devDependency), the shared arcs between two countries (`topojson-client` mesh).
 * - Euphrates and Tigris: Natural Earth 1:10m rivers and lake centerlines
 *   (ne_10m_rivers_lake_centerlines.json, public domain; no npm package ships
 *   it, so its path is an argument: e.g. the GeoJSON of
 *   github.com/martynafford/natural-earth-geojson, 10m/physical).
 * - Khabur: Natural Earth has no Khabur, so its course runs through the
 *   GeoNames coordinates (src/scenario/data/geonames-theater.json) of the towns
 *   on its banks, from Ra's al-Ayn down to its mouth at al-Busayrah.
 *
 * Every line is clipped to the theater and simplified (Douglas–Peucker, 0.008°,
 * about 800 m), coordinates rounded to 0.001°.
 *
 *   node scripts/map-extract.mjs RIVERS.json          # rewrite the extract
 *   node scripts/map-extract.mjs RIVERS.json --check  # exit 1 if the committed extract is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new globalThis.URL('../src/scenes/data/map-theater.json', import.meta.url));
const GAZETTEER = fileURLToPath(new globalThis.URL('../src/scenario/data/geonames-theater.json', import.meta.url));
/** Wider than the gazetteer's box: the board shows a margin around its regions. */
const BOX = { south: 32, north: 38, west: 36, east: 44.5 };
const TOLERANCE = 0.008;
const KHABUR_TOWNS = ['Ra’s al ‘Ayn', 'Tall Tamr', 'Al Ḩasakah', '‘Arīshah', 'Ash Shaddādah', 'Markadah', 'Al Buşayrah'];

const [riversPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!riversPath) {
  console.error('usage: node scripts/map-extract.mjs ne_10m_rivers_lake_centerlines.json [--check]');
  process.exit(2);
}

const inside = ([lon, lat]) => lat >= BOX.south && lat <= BOX.north && lon >= BOX.west && lon <= BOX.east;

/** The runs of a line inside the box, each with one point beyond either end so it reaches the edge. */
function clipLine(line) {
  const runs = [];
  let run = [];
  line.forEach((p, i) => {
    if (inside(p)) {
      if (run.length === 0 && i > 0) run.push(line[i - 1]);
      run.push(p);
    } else if (run.length > 0) {
      run.push(p);
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

function simplify(pts) {
  if (pts.length < 3) return pts;
  const [a, b] = [pts[0], pts[pts.length - 1]];
  let worst = 0;
  let at = 0;
  for (let i = 1; i < pts.length - 1; i++) {
    const [x, y] = pts[i];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1e-12;
    const d = Math.abs(dy * x - dx * y + b[0] * a[1] - b[1] * a[0]) / len;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= TOLERANCE) return [a, b];
  return [...simplify(pts.slice(0, at + 1)).slice(0, -1), ...simplify(pts.slice(at))];
}

/** [lat, lon] pairs, as the scenario's regions give them, rounded. */
const out = (line) => simplify(line).map(([lon, lat]) => [Math.round(lat * 1000) / 1000, Math.round(lon * 1000) / 1000]);
const linesOf = (geom) => (geom.type === 'LineString' ? [geom.coordinates] : geom.type === 'MultiLineString' ? geom.coordinates : []);

const world = require('world-atlas/countries-10m.json');
const borders = linesOf(mesh(world, world.objects.countries, (a, b) => a !== b)).flatMap(clipLine).map(out);

const rivers = JSON.parse(readFileSync(riversPath, 'utf8'));
/** Natural Earth names the Syrian reach of the Euphrates "Al Furat" and the Turkish "Firat". */
const NAMES = { Euphrates: 'Euphrates', 'Al Furat': 'Euphrates', Firat: 'Euphrates', Tigris: 'Tigris', Dicle: 'Tigris' };
const river = (name) =>
  rivers.features
    .filter((f) => f.geometry && NAMES[f.properties.name] === name)
    .flatMap((f) => linesOf(f.geometry))
    .flatMap(clipLine)
    .map(out);

const places = JSON.parse(readFileSync(GAZETTEER, 'utf8')).places;
const khabur = KHABUR_TOWNS.map((name) => {
  const p = places.find((q) => q.name === name);
  if (!p) throw new Error(`${name} is not in the gazetteer`);
  return [p.lat, p.lon];
});

const map = {
  source:
    'Borders: Natural Earth 1:10m admin-0 via world-atlas 2.0.2 (public domain). Euphrates, Tigris: Natural Earth 1:10m rivers and lake centerlines (public domain). Khabur: through the GeoNames (CC BY 4.0) coordinates of the towns on its banks. Made by node scripts/map-extract.mjs.',
  box: BOX,
  borders,
  rivers: [
    { name: 'Euphrates', lines: river('Euphrates') },
    { name: 'Khabur', lines: [khabur] },
    { name: 'Tigris', lines: river('Tigris') },
  ],
};
const text = `${JSON.stringify(map)}\n`;
if (process.argv.includes('--check')) {
  const now = readFileSync(OUT, 'utf8');
  if (now !== text) {
    console.error('src/scenes/data/map-theater.json is stale: run node scripts/map-extract.mjs');
    process.exit(1);
  }
  console.log('map-theater.json is up to date');
} else {
  writeFileSync(OUT, text);
  const points = [...borders, ...map.rivers.flatMap((r) => r.lines)].reduce((n, l) => n + l.length, 0);
  console.log(`wrote ${OUT}: ${borders.length} border lines, ${points} points, ${text.length} bytes`);
}
