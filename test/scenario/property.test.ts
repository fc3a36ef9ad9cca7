import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileScenario, decodeDocument } from '../../src/scenario';
import { parseScenario } from '../../src/rules';
import { seedText } from '../../src/scenario/builtin-file';
import { connected, provenances } from './helpers';

const seed = seedText();
const words = ['ISIS', 'Raqqa', 'Deir el-Zour', 'Madan', 'SDF', 'Assad', 'Russia', 'Turkey', 'fled', 'for', 'backed by', 'tensions', '90 miles from', 'Many of the group’s leaders', 'al-Baghdadi', '.', ',', '\n', '\r\n', '\ufeff', 'U.S.', 'in May', 'last week', 'offensive', 'Damascus', 'Tehran', ' '];

/** Any string, or a soup of the lexicon's own words, which reaches deeper into the extractors. */
const documents = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' ')),
  fc.tuple(fc.nat(seed.length), fc.nat(seed.length)).map(([a, b]) => seed.slice(Math.min(a, b), Math.max(a, b))),
);

describe('the compiler on any text', () => {
  test('never throws; returns a valid scenario or a one-sentence error', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const r = compileScenario(text);
        if (r.ok) {
          expect(parseScenario(r.scenario).ok).toBe(true);
          expect(connected(r.scenario)).toBe(true);
          for (const p of provenances(r.scenario)) expect(text.slice(p.start, p.end)).toBe(p.quote);
        } else {
          expect(r.error.length).toBeGreaterThan(0);
          expect(r.error).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(JSON.stringify(compileScenario(text))).toBe(JSON.stringify(compileScenario(text)));
      }),
      { numRuns: 100 },
    );
  });

  test('decodeDocument never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = decodeDocument(bytes, 'x.txt');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('long documents', () => {
  // The timeout guards against a hang (a quadratic extractor), it times nothing:
  // `npm run bench` prints how long this compile takes.
  test('a hundred copies of the seed (350 kB) compile to the same map', () => {
    const text = Array(100).fill(seed).join('\n\n');
    const r = compileScenario(text);
    expect(r.ok).toBe(true);
    const once = compileScenario(seed);
    if (r.ok && once.ok) expect(r.scenario.regions.map((x) => x.id)).toEqual(once.scenario.regions.map((x) => x.id));
  }, 30_000);
});

describe('adversarial text', () => {
  // Long runs that make careless regexes backtrack: the timeout catches a
  // runaway regex (catastrophic backtracking takes minutes, not seconds).
  const runs = [' ', ',', ' ,', '1', '1.', '.', 'a.', 'U.S.', '-', "'", 'Raqqa ', 'Raqqa, ', 'leaders ', 'fled ', 'ISIS fled Raqqa for ', 'many leaders ', '90 miles from ', '\r', '\r\n', '#', '- ', 'ISIS '];
  test.each(runs)('20,000 characters of %j', (run) => {
    const text = `ISIS leaders fled Raqqa for Mayadin. The SDF took Tabqa. ${run.repeat(Math.ceil(20000 / run.length))}x Deir ez-Zor.`;
    const r = compileScenario(text);
    expect(typeof r.ok).toBe('boolean');
  }, 10_000);
});
