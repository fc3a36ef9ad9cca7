import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SIDES } from '../../src/rules/scenario';
import { compileScenario } from '../../src/scenario';
import { CAPTURE_TARGET, SIDE_DEFAULTS } from '../../src/scenario/defaults';
import { builtinScenario, seedText } from '../../src/scenario/builtin-file';
import { connected, provenances } from './helpers';

const GOLDEN = new URL('./golden/deir-ez-zor-2017.json', import.meta.url);
const text = seedText();
const result = compileScenario(text, { name: 'deir-ez-zor-2017' });
if (!result.ok) throw new Error(result.error);
const s = result.scenario;

describe('the seed document (issue 3, "done when")', () => {
  test('sides Coalition, Regime and Islamic State with their actors; Turkey a non-player', () => {
    expect(s.sides.map((d) => d.side)).toEqual(['coalition', 'regime', 'islamicState']);
    const bySide = (side: string | null) => s.actors.filter((a) => a.side === side).map((a) => a.name);
    expect(bySide('coalition')).toEqual(['SDF', 'US']);
    expect(bySide('regime')).toEqual(['Syrian government', 'Russia', 'Iran-backed militias']);
    expect(bySide('islamicState')).toEqual(['Islamic State']);
    expect(bySide(null)).toEqual(['Turkey']);
    for (const a of s.actors) expect(a.source?.quote.length).toBeGreaterThan(0);
  });

  test('Raqqa, Deir el-Zour and Madan are regions from the document', () => {
    for (const [id, name] of [['raqqa', 'Raqqa'], ['deir-ez-zor', 'Deir el-Zour'], ['maadan', 'Madan']] as const) {
      const r = s.regions.find((x) => x.id === id);
      expect(r).toMatchObject({ name, origin: 'document' });
      expect(r?.source?.quote).toContain(name);
    }
  });

  test('Tehran, Moscow, Washington and the Pentagon are not regions', () => {
    const names = s.regions.map((r) => r.name.toLowerCase());
    for (const n of ['tehran', 'moscow', 'washington', 'pentagon']) expect(names).not.toContain(n);
  });

  test('the flight from Raqqa: leaders may start in Raqqa or where they fled', () => {
    for (const l of s.leaders) expect(l.startOptions).toEqual(['raqqa', 'deir-ez-zor', 'maadan']);
  });

  test('al-Baghdadi (value 2) and three more leaders for "many of the group\'s leaders"', () => {
    expect(s.leaders.map((l) => [l.name, l.value])).toEqual([
      ['Abu Bakr al-Baghdadi', 2],
      ['Islamic State leader 2', 1],
      ['Islamic State leader 3', 1],
      ['Islamic State leader 4', 1],
    ]);
    for (const l of s.leaders) expect(l.source?.quote).toMatch(/^Many of the group’s leaders, including “caliph” Abu Bakr al-Baghdadi/);
  });

  test('objectives, redoubts, valley, start date, map size and connection', () => {
    expect(s.objectives).toEqual({ capture: 'raqqa', hold: 'deir-ez-zor' });
    expect(s.startDate).toBe('2017-06-06');
    expect(s.turns).toBe(20);
    const redoubts = s.regions.filter((r) => r.redoubt).map((r) => r.id);
    expect(redoubts).toEqual(expect.arrayContaining(['deir-ez-zor', 'maadan', 'mayadin', 'abu-kamal']));
    expect(redoubts).not.toContain('raqqa');
    expect(s.regions.filter((r) => r.valley).map((r) => r.id)).toEqual(['deir-ez-zor', 'maadan', 'mayadin', 'abu-kamal', 'al-qaim']);
    expect(s.regions.find((r) => r.id === 'raqqa')).toMatchObject({ control: 'islamicState', ...CAPTURE_TARGET });
    expect(s.regions.length).toBeGreaterThanOrEqual(12);
    expect(s.regions.length).toBeLessThanOrEqual(30);
    expect(connected(s)).toBe(true);
  });

  test('the stated "90 miles from Raqqa" becomes the Raqqa–Deir el-Zour route length', () => {
    const legs = s.links.filter((l) => l.origin === 'document');
    expect(legs.map((l) => [l.a, l.b])).toEqual([['raqqa', 'maadan'], ['maadan', 'deir-ez-zor']]);
    expect(legs.reduce((n, l) => n + l.km, 0)).toBe(145);
    expect(result.ok && result.report.distances[0]).toMatchObject({ stated: '90 miles', gazetteerKm: 145 });
  });

  test('events from statements, each with its quote; a plan and an alliance fire nothing', () => {
    expect(s.events.map((e) => [e.turn, e.effect.kind])).toEqual([
      [1, 'escalation'],
      [1, 'turkeyTension'],
      [10, 'escalation'],
    ]);
    expect(s.events[0]?.source?.quote).toContain('antagonizing U.S. forces');
    expect(s.events[1]?.source?.quote).toContain('tensions between the U.S. and Turkey');
    expect(s.events[2]?.source?.quote).toContain('direct contact with Americans');
    // "the overall battle plan will address the Islamic State buildup" and "backed by Russia" are no events.
    expect(s.events.some((e) => /battle plan|backed by Russia/.test(e.source?.quote ?? ''))).toBe(false);
  });

  test('side defaults (from defaults.ts, which the balance work tunes) and bases on the map', () => {
    const bases = { coalition: ['ain-issa', 'tabqa', 'shaddadi'], regime: ['palmyra', 'sukhnah', 'ithriya'], islamicState: [] };
    expect(s.sides).toEqual(
      SIDES.map((side) => {
        const d = SIDE_DEFAULTS[side];
        return { side, ap: d.ap, pool: d.pool, intel: d.intel, air: d.air, bases: bases[side] };
      }),
    );
  });

  test('every quote is exactly text.slice(start, end)', () => {
    for (const p of provenances(s)) expect(text.slice(p.start, p.end)).toBe(p.quote);
  });

  test('deterministic: the same text gives byte-identical JSON', () => {
    const again = compileScenario(text, { name: 'deir-ez-zor-2017' });
    expect(again.ok && JSON.stringify(again.scenario)).toBe(JSON.stringify(s));
  });

  test('the built-in scenario is the compiler\'s output for the seed', () => {
    expect(builtinScenario()).toEqual(s);
  });

  test('golden JSON (UPDATE_GOLDEN=1 rewrites it)', () => {
    const json = `${JSON.stringify(s, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      mkdirSync(new URL('./golden/', import.meta.url), { recursive: true });
      writeFileSync(GOLDEN, json);
    }
    expect(json, 'The seed scenario changed; if that is intended, run UPDATE_GOLDEN=1 npx vitest run test/scenario/seed.test.ts').toBe(readFileSync(GOLDEN, 'utf8'));
  });

  test('CRLF line endings give the same scenario, with quotes into the CRLF text', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const r = compileScenario(crlf, { name: 'deir-ez-zor-2017' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.regions.map((x) => x.id)).toEqual(s.regions.map((x) => x.id));
    expect(r.scenario.events.map((e) => e.effect)).toEqual(s.events.map((e) => e.effect));
    for (const p of provenances(r.scenario)) expect(crlf.slice(p.start, p.end)).toBe(p.quote);
  });

  test('a BOM shifts every offset by one and changes nothing else', () => {
    const r = compileScenario(`\ufeff${text}`, { name: 'deir-ez-zor-2017' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.regions[0]?.source?.start).toBe((s.regions[0]?.source?.start ?? 0) + 1);
    expect(r.scenario.leaders.map((l) => l.name)).toEqual(s.leaders.map((l) => l.name));
  });
});
