/**
 * The gazetteer of the theater: Syria's Euphrates from the Turkish border
 * (Jarabulus) to Al-Qa'im in Iraq, the Khabur and the Jazira, the desert road
 * from Palmyra, the western cities, and northern Iraq around Mosul.
 * Coordinates are real (WGS84, rounded); link lengths are road distances in
 * km, rounded. `held` is who held each place from a date on, so a document of
 * any date in 2015-2018 starts from the right map; it is a game's
 * approximation (besieged enclaves, such as the regime's airbase enclave in
 * Deir ez-Zor until September 2017, are not modelled).
 */
import type { RegionKind, Side, LinkKind } from '../rules/scenario';
import THEATER from './data/geonames-theater.json';
import { nameWords, placeKey } from './names';

export interface Place {
  id: string;
  name: string;
  /** Spellings met in news copy; matched case-insensitively, whole words. */
  aliases: string[];
  kind: Exclude<RegionKind, 'valley'>;
  lat: number;
  lon: number;
  /** A town of the Middle Euphrates valley, east of Raqqa down to Al-Qa'im. */
  valley: boolean;
  /** An Islamic State redoubt in the knowledge base (the document may name more). */
  redoubt: boolean;
  /** A national capital, whose name news copy also uses for its government. */
  capital?: boolean;
  /** Who held it from which date (ISO), oldest first. */
  held: ReadonlyArray<readonly [string, Side | null]>;
}

/** A named area: mentioning it brings its towns onto the map. */
export interface Area {
  id: string;
  name: string;
  aliases: string[];
  members: string[];
}

export interface GazetteerLink {
  a: string;
  b: string;
  kind: LinkKind;
  km: number;
}

const IS = 'islamicState';
const CO = 'coalition';
const RE = 'regime';

export const PLACES: readonly Place[] = [
  { id: 'jarabulus', name: 'Jarabulus', aliases: ['Jarabulus', 'Jarablus'], kind: 'town', lat: 36.8175, lon: 38.0113, valley: false, redoubt: false, held: [['2013-11-01', IS], ['2016-08-24', null]] },
  { id: 'manbij', name: 'Manbij', aliases: ['Manbij', 'Menbij'], kind: 'city', lat: 36.5281, lon: 37.9549, valley: false, redoubt: false, held: [['2014-01-23', IS], ['2016-08-12', CO]] },
  { id: 'kobani', name: 'Kobani', aliases: ['Kobani', 'Kobane', 'Ayn al-Arab', 'Ain al-Arab'], kind: 'town', lat: 36.8906, lon: 38.3536, valley: false, redoubt: false, held: [['2015-01-26', CO]] },
  { id: 'tishrin-dam', name: 'Tishrin Dam', aliases: ['Tishrin Dam', 'Tishreen Dam'], kind: 'crossing', lat: 36.3806, lon: 38.1836, valley: false, redoubt: false, held: [['2014-01-01', IS], ['2015-12-26', CO]] },
  { id: 'aleppo', name: 'Aleppo', aliases: ['Aleppo', 'Halab'], kind: 'city', lat: 36.2021, lon: 37.1343, valley: false, redoubt: false, held: [['2012-07-19', RE]] },
  { id: 'ithriya', name: 'Ithriya', aliases: ['Ithriya', 'Athraya', 'Ithriyah'], kind: 'desert', lat: 35.3731, lon: 37.7686, valley: false, redoubt: false, held: [['2014-01-01', RE]] },
  { id: 'tabqa', name: 'Tabqa', aliases: ['Tabqa', 'Al-Tabqa', 'Tabqah', 'al-Thawrah', 'Tabqa Dam', 'Euphrates Dam'], kind: 'town', lat: 35.8366, lon: 38.5481, valley: false, redoubt: false, held: [['2014-08-24', IS], ['2017-05-10', CO]] },
  { id: 'raqqa', name: 'Raqqa', aliases: ['Raqqa', 'Raqqah', 'Ar-Raqqah', 'al-Raqqa', 'Rakka'], kind: 'city', lat: 35.9594, lon: 39.0079, valley: false, redoubt: false, held: [['2014-01-13', IS], ['2017-10-17', CO]] },
  { id: 'ain-issa', name: 'Ain Issa', aliases: ['Ain Issa', 'Ayn Issa', 'Ain Eissa'], kind: 'town', lat: 36.3856, lon: 38.8594, valley: false, redoubt: false, held: [['2014-01-01', IS], ['2015-06-23', CO]] },
  { id: 'tell-abyad', name: 'Tell Abyad', aliases: ['Tell Abyad', 'Tal Abyad', 'Tel Abyad'], kind: 'town', lat: 36.6975, lon: 38.9566, valley: false, redoubt: false, held: [['2014-01-01', IS], ['2015-06-16', CO]] },
  { id: 'resafa', name: 'Resafa', aliases: ['Resafa', 'Rusafa', 'Rasafa', 'Resafah', 'Rasafah'], kind: 'desert', lat: 35.6306, lon: 38.7569, valley: false, redoubt: false, held: [['2014-01-01', IS], ['2017-06-05', RE]] },
  { id: 'maadan', name: 'Maadan', aliases: ['Maadan', 'Madan', "Ma'dan", 'Maadan Jadid'], kind: 'town', lat: 35.7333, lon: 39.6667, valley: true, redoubt: true, held: [['2014-01-01', IS], ['2017-09-26', RE]] },
  { id: 'deir-ez-zor', name: 'Deir ez-Zor', aliases: ['Deir ez-Zor', 'Deir el-Zour', 'Deir el-Zor', 'Deir ez-Zour', 'Dayr az-Zawr', 'Deir Ezzor', 'Deir Ez Zor', 'Deir al-Zour', 'Deir al-Zor', 'Deir Zor', 'Deir el Zour', 'Deir Ezzour'], kind: 'city', lat: 35.3359, lon: 40.1408, valley: true, redoubt: true, held: [['2014-07-14', IS], ['2017-11-03', RE]] },
  { id: 'busayrah', name: 'Al-Busayrah', aliases: ['Busayrah', 'Al-Busayrah', 'Busaira', 'Al-Busayra'], kind: 'town', lat: 35.1561, lon: 40.4283, valley: true, redoubt: false, held: [['2014-07-01', IS], ['2017-11-15', CO]] },
  { id: 'mayadin', name: 'Mayadin', aliases: ['Mayadin', 'Al-Mayadin', 'Mayadeen', 'al-Mayadeen'], kind: 'town', lat: 35.0194, lon: 40.4517, valley: true, redoubt: true, held: [['2014-07-03', IS], ['2017-10-14', RE]] },
  { id: 'hajin', name: 'Hajin', aliases: ['Hajin', 'Hajeen'], kind: 'town', lat: 34.6958, lon: 40.8331, valley: true, redoubt: false, held: [['2014-07-01', IS], ['2018-12-14', CO]] },
  { id: 'abu-kamal', name: 'Abu Kamal', aliases: ['Abu Kamal', 'Al-Bukamal', 'Bukamal', 'Albu Kamal', 'Al Bukamal', 'Boukamal'], kind: 'town', lat: 34.4536, lon: 40.9186, valley: true, redoubt: true, held: [['2014-07-01', IS], ['2017-11-19', RE]] },
  { id: 'al-qaim', name: "Al-Qa'im", aliases: ["Al-Qa'im", "Qa'im", 'Al-Qaim', 'Qaim', 'Husaybah'], kind: 'town', lat: 34.3700, lon: 41.0950, valley: true, redoubt: false, held: [['2014-06-21', IS], ['2017-11-03', CO]] },
  { id: 'shaddadi', name: 'Al-Shaddadi', aliases: ['Shaddadi', 'Al-Shaddadi', 'Shadadi', 'al-Shadadi'], kind: 'town', lat: 36.0560, lon: 40.7302, valley: false, redoubt: false, held: [['2014-02-14', IS], ['2016-02-19', CO]] },
  { id: 'hasakah', name: 'Hasakah', aliases: ['Hasakah', 'Al-Hasakah', 'Hasaka', 'Hassakeh', 'Al-Hasakah city'], kind: 'city', lat: 36.5024, lon: 40.7477, valley: false, redoubt: false, held: [['2015-08-01', CO]] },
  { id: 'qamishli', name: 'Qamishli', aliases: ['Qamishli', 'Qamishlo', 'Kamishli'], kind: 'city', lat: 37.0522, lon: 41.2275, valley: false, redoubt: false, held: [['2012-07-20', CO]] },
  { id: 'al-hawl', name: 'Al-Hawl', aliases: ['Al-Hawl', 'al-Hol', 'Hawl', 'Al-Hol'], kind: 'town', lat: 36.3766, lon: 41.1483, valley: false, redoubt: false, held: [['2014-01-01', IS], ['2015-11-13', CO]] },
  { id: 'sinjar', name: 'Sinjar', aliases: ['Sinjar', 'Shingal'], kind: 'town', lat: 36.3209, lon: 41.8767, valley: false, redoubt: false, held: [['2014-08-03', IS], ['2015-11-13', CO]] },
  { id: 'baaj', name: 'Al-Baaj', aliases: ['Baaj', "Ba'aj", 'Al-Baaj', "Al-Ba'aj"], kind: 'desert', lat: 36.0375, lon: 41.7289, valley: false, redoubt: false, held: [['2014-06-10', IS], ['2017-06-04', RE]] },
  { id: 'tal-afar', name: 'Tal Afar', aliases: ['Tal Afar', 'Tel Afar', 'Tall Afar', 'Talafar'], kind: 'town', lat: 36.3790, lon: 42.4497, valley: false, redoubt: false, held: [['2014-06-16', IS], ['2017-08-31', CO]] },
  // West Mosul fell block by block until July 2017; from June 2017 the game counts the city as the coalition's.
  { id: 'mosul', name: 'Mosul', aliases: ['Mosul', 'Mosul city'], kind: 'city', lat: 36.3450, lon: 43.1450, valley: false, redoubt: false, held: [['2014-06-10', IS], ['2017-06-01', CO]] },
  { id: 'qayyarah', name: 'Qayyarah', aliases: ['Qayyarah', 'Qayara', 'Qayyara', 'Q-West'], kind: 'town', lat: 35.8000, lon: 43.2900, valley: false, redoubt: false, held: [['2014-06-11', IS], ['2016-08-25', CO]] },
  { id: 'palmyra', name: 'Palmyra', aliases: ['Palmyra', 'Tadmur', 'Tadmor'], kind: 'town', lat: 34.5511, lon: 38.2681, valley: false, redoubt: false, held: [['2015-05-21', IS], ['2016-03-27', RE], ['2016-12-11', IS], ['2017-03-02', RE]] },
  { id: 'sukhnah', name: 'Sukhnah', aliases: ['Sukhnah', 'Al-Sukhnah', 'Sukhna', 'As-Sukhnah'], kind: 'town', lat: 34.8847, lon: 38.8717, valley: false, redoubt: false, held: [['2015-05-13', IS], ['2017-08-13', RE]] },
  { id: 'tanf', name: 'Al-Tanf', aliases: ['Tanf', 'Al-Tanf', 'At-Tanf', 'al-Tanf garrison'], kind: 'crossing', lat: 33.5028, lon: 38.6317, valley: false, redoubt: false, held: [['2016-03-04', CO]] },
  { id: 'homs', name: 'Homs', aliases: ['Homs', 'Hims'], kind: 'city', lat: 34.7324, lon: 36.7137, valley: false, redoubt: false, held: [['2014-05-09', RE]] },
  // Down the Euphrates past Hajin: the group's last pocket on the east bank (2018-2019).
  { id: 'shaafa', name: 'Al-Shaafa', aliases: ['Al-Shaafa', 'Shaafa', 'al-Shafa', "al-Sha'fa", 'Shaafah'], kind: 'town', lat: 34.5870, lon: 40.9010, valley: true, redoubt: false, held: [['2014-07-01', IS], ['2019-01-23', CO]] },
  { id: 'susah', name: 'Al-Susah', aliases: ['Al-Susah', 'Susah', 'al-Sousa', 'Sousa', 'al-Sosa'], kind: 'town', lat: 34.5450, lon: 40.9570, valley: true, redoubt: false, held: [['2014-07-01', IS], ['2019-01-10', CO]] },
  { id: 'baghuz', name: 'Baghuz', aliases: ['Baghuz', 'Baghouz', 'Baghuz Fawqani', 'al-Baghuz'], kind: 'town', lat: 34.4570, lon: 40.9390, valley: true, redoubt: false, held: [['2014-07-01', IS], ['2019-03-23', CO]] },
  { id: 'shuhayl', name: 'Al-Shuhayl', aliases: ['Al-Shuhayl', 'Shuhayl', 'Shuhail', 'al-Shuhail'], kind: 'town', lat: 35.1240, lon: 40.3860, valley: true, redoubt: false, held: [['2014-07-03', IS], ['2017-12-03', CO]] },
  // The Iraqi Euphrates below Al-Qa'im: Rawa, Anah, Hit and Ramadi (Iraqi forces count as the coalition's).
  { id: 'rawa', name: 'Rawa', aliases: ['Rawa', 'Rawah'], kind: 'town', lat: 34.4706, lon: 41.9097, valley: false, redoubt: false, held: [['2014-06-21', IS], ['2017-11-17', CO]] },
  { id: 'anah', name: 'Anah', aliases: ['Anah', 'Ana', "'Anah"], kind: 'town', lat: 34.3686, lon: 41.9819, valley: false, redoubt: false, held: [['2014-06-21', IS], ['2017-09-23', CO]] },
  { id: 'hit', name: 'Hit', aliases: ['Hit', 'Heet'], kind: 'town', lat: 33.6417, lon: 42.8267, valley: false, redoubt: false, held: [['2014-10-13', IS], ['2016-04-14', CO]] },
  { id: 'ramadi', name: 'Ramadi', aliases: ['Ramadi', 'Al-Ramadi', 'Ar-Ramadi'], kind: 'city', lat: 33.4206, lon: 43.3078, valley: false, redoubt: false, held: [['2014-01-01', CO], ['2015-05-17', IS], ['2015-12-28', CO]] },
  // The desert west of Palmyra and the Aleppo countryside.
  { id: 't4', name: 'T4', aliases: ['T4', 'T-4', 'Tiyas', 'Tiyas airbase', 'T4 airbase'], kind: 'desert', lat: 34.5222, lon: 37.6297, valley: false, redoubt: false, held: [['2011-01-01', RE]] },
  { id: 'qaryatayn', name: 'Qaryatayn', aliases: ['Qaryatayn', 'Al-Qaryatayn', 'Qaryatain', 'Al-Qaryatain'], kind: 'town', lat: 34.2296, lon: 37.2407, valley: false, redoubt: false, held: [['2011-01-01', RE], ['2015-08-05', IS], ['2016-04-03', RE], ['2017-10-01', IS], ['2017-10-21', RE]] },
  { id: 'al-bab', name: 'Al-Bab', aliases: ['Al-Bab', 'al Bab'], kind: 'town', lat: 36.3705, lon: 37.5157, valley: false, redoubt: false, held: [['2013-11-01', IS], ['2017-02-23', null]] },
  { id: 'azaz', name: 'Azaz', aliases: ['Azaz', "A'zaz", 'Aazaz', 'Izaz'], kind: 'town', lat: 36.5866, lon: 37.0463, valley: false, redoubt: false, held: [['2012-07-01', null]] },
  { id: 'damascus', name: 'Damascus', aliases: ['Damascus'], kind: 'city', lat: 33.5138, lon: 36.2765, valley: false, redoubt: false, capital: true, held: [['2011-01-01', RE]] },
];

export const AREAS: readonly Area[] = [
  {
    id: 'middle-euphrates',
    name: 'Middle Euphrates River Valley',
    aliases: ['Middle Euphrates River Valley', 'Middle Euphrates Valley', 'Middle Euphrates River valley', 'Middle Euphrates', 'Euphrates River Valley', 'Euphrates valley'],
    members: ['maadan', 'deir-ez-zor', 'mayadin', 'abu-kamal', 'al-qaim'],
  },
  { id: 'jazira', name: 'Jazira', aliases: ['Jazira', 'Jezira', 'Cizire'], members: ['hasakah', 'shaddadi'] },
  { id: 'badia', name: 'Syrian Desert', aliases: ['Syrian Desert', 'Badia', 'Homs desert'], members: ['palmyra', 'sukhnah'] },
];

export const LINKS: readonly GazetteerLink[] = [
  // The Euphrates, upstream to downstream.
  { a: 'jarabulus', b: 'tishrin-dam', kind: 'river', km: 50 },
  { a: 'tishrin-dam', b: 'tabqa', kind: 'river', km: 110 },
  { a: 'tabqa', b: 'raqqa', kind: 'river', km: 55 },
  { a: 'raqqa', b: 'maadan', kind: 'river', km: 70 },
  { a: 'maadan', b: 'deir-ez-zor', kind: 'river', km: 75 },
  { a: 'deir-ez-zor', b: 'mayadin', kind: 'river', km: 45 },
  { a: 'deir-ez-zor', b: 'busayrah', kind: 'river', km: 45 },
  { a: 'busayrah', b: 'mayadin', kind: 'river', km: 15 },
  { a: 'busayrah', b: 'hajin', kind: 'river', km: 60 },
  { a: 'mayadin', b: 'abu-kamal', kind: 'river', km: 85 },
  { a: 'hajin', b: 'abu-kamal', kind: 'river', km: 35 },
  { a: 'abu-kamal', b: 'al-qaim', kind: 'river', km: 15 },
  { a: 'hajin', b: 'shaafa', kind: 'river', km: 14 },
  { a: 'shaafa', b: 'susah', kind: 'river', km: 8 },
  { a: 'susah', b: 'baghuz', kind: 'river', km: 10 },
  { a: 'baghuz', b: 'abu-kamal', kind: 'river', km: 8 },
  { a: 'busayrah', b: 'shuhayl', kind: 'river', km: 6 },
  { a: 'deir-ez-zor', b: 'shuhayl', kind: 'river', km: 40 },
  { a: 'al-qaim', b: 'rawa', kind: 'river', km: 85 },
  { a: 'rawa', b: 'anah', kind: 'river', km: 15 },
  { a: 'anah', b: 'hit', kind: 'road', km: 150 },
  { a: 'hit', b: 'ramadi', kind: 'road', km: 60 },
  // Roads of the north: the border, the M4 and the Khabur.
  { a: 'jarabulus', b: 'manbij', kind: 'road', km: 40 },
  { a: 'jarabulus', b: 'kobani', kind: 'road', km: 40 },
  { a: 'manbij', b: 'tishrin-dam', kind: 'road', km: 30 },
  { a: 'manbij', b: 'aleppo', kind: 'road', km: 85 },
  { a: 'kobani', b: 'ain-issa', kind: 'road', km: 80 },
  { a: 'kobani', b: 'tishrin-dam', kind: 'road', km: 60 },
  { a: 'tell-abyad', b: 'ain-issa', kind: 'road', km: 50 },
  { a: 'ain-issa', b: 'raqqa', kind: 'road', km: 55 },
  { a: 'ain-issa', b: 'hasakah', kind: 'road', km: 200 },
  { a: 'hasakah', b: 'qamishli', kind: 'road', km: 80 },
  { a: 'hasakah', b: 'shaddadi', kind: 'road', km: 55 },
  { a: 'hasakah', b: 'al-hawl', kind: 'road', km: 40 },
  { a: 'shaddadi', b: 'deir-ez-zor', kind: 'road', km: 115 },
  { a: 'shaddadi', b: 'busayrah', kind: 'road', km: 105 },
  // Across the Iraqi border to Mosul, and the desert road down to Al-Qa'im.
  { a: 'al-hawl', b: 'sinjar', kind: 'road', km: 80 },
  { a: 'sinjar', b: 'tal-afar', kind: 'road', km: 55 },
  { a: 'sinjar', b: 'baaj', kind: 'road', km: 60 },
  { a: 'baaj', b: 'al-qaim', kind: 'road', km: 190 },
  { a: 'tal-afar', b: 'mosul', kind: 'road', km: 65 },
  { a: 'mosul', b: 'qayyarah', kind: 'road', km: 60 },
  // The regime's roads: Aleppo to the desert, Palmyra to Deir ez-Zor.
  { a: 'aleppo', b: 'ithriya', kind: 'road', km: 120 },
  { a: 'ithriya', b: 'resafa', kind: 'road', km: 95 },
  { a: 'resafa', b: 'tabqa', kind: 'road', km: 45 },
  { a: 'ithriya', b: 'homs', kind: 'road', km: 150 },
  { a: 'homs', b: 'palmyra', kind: 'road', km: 155 },
  { a: 'homs', b: 'damascus', kind: 'road', km: 160 },
  { a: 'palmyra', b: 'sukhnah', kind: 'road', km: 70 },
  { a: 'sukhnah', b: 'deir-ez-zor', kind: 'road', km: 150 },
  { a: 'palmyra', b: 'abu-kamal', kind: 'road', km: 280 },
  { a: 'palmyra', b: 'tanf', kind: 'road', km: 230 },
  { a: 'damascus', b: 'tanf', kind: 'road', km: 240 },
  { a: 'homs', b: 't4', kind: 'road', km: 95 },
  { a: 't4', b: 'palmyra', kind: 'road', km: 60 },
  { a: 'homs', b: 'qaryatayn', kind: 'road', km: 85 },
  { a: 'qaryatayn', b: 'palmyra', kind: 'road', km: 110 },
  { a: 'qaryatayn', b: 'damascus', kind: 'road', km: 110 },
  { a: 'aleppo', b: 'al-bab', kind: 'road', km: 40 },
  { a: 'al-bab', b: 'manbij', kind: 'road', km: 40 },
  { a: 'aleppo', b: 'azaz', kind: 'road', km: 45 },
  { a: 'azaz', b: 'jarabulus', kind: 'road', km: 80 },
];

/**
 * The GeoNames extract's places that the knowledge base does not describe (a
 * village a document names, such as Khusham or Al-Ghandurah): real names and
 * coordinates, no timeline of their own. Each is joined to the two nearest
 * knowledge-base places (straight line x 1.3 for the road), and is held by
 * whoever holds the nearer of them unless the document says otherwise.
 */
export interface MinorPlace extends Place {
  minor: true;
  /** The knowledge-base place whose holder it takes by default. */
  nearest: string;
  geonameId: number;
}

const ROAD_FACTOR = 1.3;

export function airKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function minorPlaces(): { places: MinorPlace[]; links: GazetteerLink[] } {
  const known = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases].map(placeKey)));
  const places: MinorPlace[] = [];
  const links: GazetteerLink[] = [];
  const ids = new Set(PLACES.map((p) => p.id));
  for (const g of THEATER.places) {
    const key = placeKey(g.name);
    if (key === '' || known.has(key)) continue;
    known.add(key);
    const ascii = nameWords(g.name).join('-');
    const id = ids.has(ascii) ? `${ascii}-${g.geonameId}` : ascii;
    ids.add(id);
    const near = PLACES.map((p) => ({ p, km: airKm(p, g) })).sort((x, y) => x.km - y.km || (x.p.id < y.p.id ? -1 : 1));
    const first = near[0]?.p;
    if (!first) continue;
    places.push({ id, name: g.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), aliases: [g.name], kind: g.population >= 100_000 ? 'city' : 'town', lat: g.lat, lon: g.lon, valley: false, redoubt: false, held: [], minor: true, nearest: first.id, geonameId: g.geonameId });
    for (const n of near.slice(0, 2)) links.push({ a: n.p.id, b: id, kind: 'road', km: Math.max(1, Math.round(n.km * ROAD_FACTOR)) });
  }
  return { places, links };
}

const MINOR = minorPlaces();
export const MINOR_PLACES: readonly MinorPlace[] = MINOR.places;
export const ALL_LINKS: readonly GazetteerLink[] = [...LINKS, ...MINOR.links];

const BY_ID = new Map<string, Place>([...PLACES, ...MINOR_PLACES].map((p) => [p.id, p]));

export function placeById(id: string): Place | undefined {
  return BY_ID.get(id);
}

export function isMinor(place: Place | undefined): place is MinorPlace {
  return place !== undefined && 'minor' in place;
}

/** Who held a place on an ISO date, by the knowledge base (a minor place: its nearest known place's holder). */
export function heldOn(place: Place, date: string): Side | null {
  if (isMinor(place)) {
    const near = placeById(place.nearest);
    return near ? heldOn(near, date) : null;
  }
  let side: Side | null = place.held[0]?.[1] ?? null;
  for (const [from, who] of place.held) if (from <= date) side = who;
  return side;
}

const NEIGHBOURS = new Map<string, Array<{ id: string; km: number; link: GazetteerLink }>>();
for (const link of ALL_LINKS) {
  const a = NEIGHBOURS.get(link.a) ?? [];
  a.push({ id: link.b, km: link.km, link });
  NEIGHBOURS.set(link.a, a);
  const b = NEIGHBOURS.get(link.b) ?? [];
  b.push({ id: link.a, km: link.km, link });
  NEIGHBOURS.set(link.b, b);
}

/** Gazetteer neighbours of a place, with link length. */
export function neighbours(id: string): Array<{ id: string; km: number; link: GazetteerLink }> {
  return NEIGHBOURS.get(id) ?? [];
}

/** Every place, known and minor, by transliteration key: how the document's names are looked up. */
export const PLACES_BY_KEY: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const p of PLACES) for (const a of [p.name, ...p.aliases]) if (!out.has(placeKey(a))) out.set(placeKey(a), p.id);
  for (const p of MINOR_PLACES) if (!out.has(placeKey(p.name))) out.set(placeKey(p.name), p.id);
  out.delete('');
  return out;
})();
