import { describe, expect, test } from 'vitest';
import { PLACES, LINKS, heldOn, placeById } from '../../src/scenario/gazetteer';
import { buildMap } from '../../src/scenario/map';
import { shortestPath } from '../../src/scenario/routes';

describe('gazetteer', () => {
  test('at least 25 places, unique ids, real coordinates in the theater', () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of PLACES) {
      expect(p.lat).toBeGreaterThan(32);
      expect(p.lat).toBeLessThan(38);
      expect(p.lon).toBeGreaterThan(35.5);
      expect(p.lon).toBeLessThan(44);
    }
  });

  test('links join known places, and the whole gazetteer is one graph', () => {
    for (const l of LINKS) {
      expect(placeById(l.a)).toBeDefined();
      expect(placeById(l.b)).toBeDefined();
    }
    for (const p of PLACES) expect(shortestPath('raqqa', p.id), p.id).not.toBeNull();
  });

  test('the Euphrates runs from Jarabulus to Al-Qa\'im by river links alone', () => {
    const river = LINKS.filter((l) => l.kind === 'river');
    const seen = new Set(['jarabulus']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const l of river) {
        if (seen.has(l.a) !== seen.has(l.b)) {
          seen.add(l.a);
          seen.add(l.b);
          grew = true;
        }
      }
    }
    for (const id of ['tabqa', 'raqqa', 'maadan', 'deir-ez-zor', 'mayadin', 'abu-kamal', 'al-qaim']) expect(seen.has(id), id).toBe(true);
  });

  test.each([
    ['raqqa', '2017-06-06', 'islamicState'],
    ['raqqa', '2017-10-20', 'coalition'],
    ['palmyra', '2016-06-01', 'regime'],
    ['palmyra', '2017-01-01', 'islamicState'],
    ['deir-ez-zor', '2017-06-06', 'islamicState'],
    ['jarabulus', '2017-06-06', null],
  ])('%s on %s is held by %s', (id, date, side) => {
    const p = placeById(id);
    expect(p && heldOn(p, date)).toBe(side);
  });
});

describe('buildMap', () => {
  const map = buildMap({
    places: [
      { id: 'raqqa', name: 'Raqqa', sentence: 0 },
      { id: 'mayadin', name: 'Mayadin', sentence: 1 },
    ],
    areas: [],
    capture: 'raqqa',
    hold: 'mayadin',
    startDate: '2017-06-06',
  });

  test('named places come first, from the document', () => {
    expect(map.ids().slice(0, 2)).toEqual(['raqqa', 'mayadin']);
    expect(map.entries.get('raqqa')?.origin).toBe('document');
  });

  test('the places between them are added from the gazetteer', () => {
    expect(map.entries.get('maadan')).toMatchObject({ origin: 'gazetteer', reason: 'joins the named places' });
    expect(map.entries.get('deir-ez-zor')?.origin).toBe('gazetteer');
  });

  test('every exit from the capture target is on the map (the noose)', () => {
    for (const id of ['tabqa', 'ain-issa', 'maadan']) expect(map.has(id)).toBe(true);
  });

  test('each side has a base toward each objective', () => {
    expect(map.entries.get('palmyra')).toMatchObject({ origin: 'default', reason: 'Regime base toward Mayadin' });
    expect(map.has('shaddadi')).toBe(true);
  });

  test('no padding: only named places, roads, exits, bases and the connectors play needs', () => {
    for (const e of map.entries.values()) expect(e.reason).not.toBe('room to manoeuvre');
  });

  test('one connected graph', () => {
    const ids = new Set(map.ids());
    const seen = new Set(['raqqa']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const l of map.links()) {
        if (seen.has(l.a) !== seen.has(l.b)) {
          seen.add(l.a);
          seen.add(l.b);
          grew = true;
        }
      }
    }
    expect(seen).toEqual(ids);
  });
});

describe('the connectors play needs', () => {
  test('a leader who slips out of the noose has somewhere to go: the nearest group-held place beyond an exit is added', () => {
    // Baghuz is the group's in 2018; with it left off the gazetteer's holder, only the map's own ground counts.
    const map = buildMap({
      places: [
        { id: 'hajin', name: 'Hajin', sentence: 0 },
        { id: 'shaafa', name: 'al-Shaafa', sentence: 0 },
      ],
      areas: [],
      capture: 'shaafa',
      hold: 'hajin',
      startDate: '2018-11-02',
      holder: (id) => (['hajin', 'shaafa', 'susah', 'baghuz'].includes(id) ? 'islamicState' : id === 'shaddadi' || id === 'busayrah' ? 'coalition' : 'regime'),
    });
    // The exits (Hajin, al-Susah) lead on to nothing of the group's but Baghuz, a step past al-Susah.
    expect(map.entries.get('baghuz')).toMatchObject({ origin: 'gazetteer', reason: 'somewhere for the leaders to flee beyond the noose of Al-Shaafa' });
  });

  test('no connector when the map already has a refuge beyond the noose', () => {
    const map = buildMap({
      places: [
        { id: 'raqqa', name: 'Raqqa', sentence: 0 },
        { id: 'mayadin', name: 'Mayadin', sentence: 1 },
      ],
      areas: [],
      capture: 'raqqa',
      hold: 'mayadin',
      startDate: '2017-06-06',
    });
    expect([...map.entries.values()].filter((e) => e.reason.startsWith('somewhere'))).toEqual([]);
  });
});
