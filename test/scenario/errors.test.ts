import { describe, expect, test } from 'vitest';
import { compileScenario, decodeDocument } from '../../src/scenario';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeDocument', () => {
  test.each([
    ['empty', new Uint8Array(), /doc\.txt is empty/],
    ['NUL bytes', enc('Raqqa\0fell'), /doc\.txt is a binary file \(a NUL byte on line 1\)/],
    ['mostly control characters', new Uint8Array([1, 2, 3, 4, 5, 65, 66, 7, 8, 14]), /binary file/],
    ['Latin-1, not UTF-8', new Uint8Array([0x52, 0x61, 0x71, 0x71, 0x61, 0x0a, 0x44, 0xe9, 0x69, 0x72]), /not valid UTF-8 \(byte 7, line 2\)/],
    ['an overlong encoding', new Uint8Array([0x41, 0xc0, 0xaf]), /not valid UTF-8 \(byte 1, line 1\)/],
    ['only whitespace', enc(' \r\n\t'), /only whitespace/],
  ])('refuses %s in one sentence', (_name, bytes, message) => {
    const r = decodeDocument(bytes, 'doc.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).not.toContain('\n');
    }
  });

  test('keeps the text exactly, BOM and CRLF included', () => {
    const r = decodeDocument(enc('\ufeffRaqqa\r\nDeir'), 'doc.txt');
    expect(r).toEqual({ ok: true, text: '\ufeffRaqqa\r\nDeir' });
  });
});

describe('compileScenario refuses documents too thin to play', () => {
  test.each([
    ['an empty document', '', /empty/],
    ['no Islamic State', 'The SDF and the Syrian government fought over Raqqa and Tabqa.', /never names the Islamic State/],
    ['no opposing side', 'ISIS fighters rested in Raqqa and Mayadin.\nTurkey watched.', /no side opposing the Islamic State.*line 1/],
    ['no place at all', 'ISIS and the SDF fought in Paris and Berlin.', /names no place of the theater/],
  ])('%s', (_name, text, message) => {
    const r = compileScenario(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).not.toContain('\n');
    }
  });

  test('a thin but sufficient document compiles, with defaults and warnings', () => {
    const r = compileScenario('ISIS holds Raqqa and Mayadin. The SDF attacked near Glorbtown.');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/names no Regime actor/),
        expect.stringMatching(/names no operation or date/),
        expect.stringMatching(/names no Islamic State leader/),
        expect.stringMatching(/Unknown name "Glorbtown" on line 1/),
      ]),
    );
    expect(r.scenario.leaders).toHaveLength(3);
    expect(r.scenario.leaders.every((l) => l.origin === 'default' && l.source === null)).toBe(true);
  });

  test('areas alone are enough: their towns become the map and the objectives', () => {
    const r = compileScenario('ISIS and the SDF fought in the Middle Euphrates River Valley and the Jazira.');
    expect(r.ok && r.scenario.objectives.capture).toBe('maadan');
    expect(r.ok && r.scenario.regions.filter((x) => x.valley).length).toBeGreaterThanOrEqual(5);
  });

  test('a distance far from the gazetteer is a warning that names the line', () => {
    const r = compileScenario('ISIS fled Raqqa.\nThe SDF took Tabqa, 300 km from Raqqa.');
    expect(r.ok && r.warnings.find((w) => w.includes('300 km'))).toMatch(/"300 km" from Raqqa to Tabqa \(line 2\) is 300 km; the gazetteer says 55 km/);
  });
});
