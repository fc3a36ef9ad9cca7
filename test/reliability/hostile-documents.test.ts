import { describe, expect, it } from 'vitest';
import { compileScenario, decodeDocument } from '../../src/scenario';
import { parseScenario } from '../../src/rules';
import { HOSTILE_CHARS, HOSTILE_DOCUMENTS } from '../../src/cli/hostile-documents';
import { MAX_DOCUMENT_BYTES } from '../../src/scenario/defaults';
import { seedText } from '../../src/scenario/builtin-file';
import { PLACES } from '../../src/scenario/gazetteer';
import { provenances } from '../scenario/helpers';

/** Each document must come back as a scenario or a one-line error, within 2 s (the test's timeout), never a throw. */
function compiles(text: string) {
  const r = compileScenario(text);
  if (!r.ok) {
    expect(r.error.length).toBeGreaterThan(10);
    expect(r.error).not.toContain('\n');
  }
  return r;
}

const FAST = { timeout: 2000 };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('hostile documents for the compiler', () => {
  it('an empty document is refused', FAST, () => {
    expect(compiles('')).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(decodeDocument(new Uint8Array(), 'empty.txt').ok).toBe(false);
  });

  it('a 10 MB document is refused at once with its size', FAST, () => {
    const r = compiles('ISIS leaders fled Raqqa for Deir ez-Zor. '.repeat(250_000));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/characters long/) });
  });

  it('binary bytes and non-UTF-8 are refused by the decoder', FAST, () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    expect(decodeDocument(bytes, 'photo.jpg')).toMatchObject({ ok: false });
    expect(decodeDocument(new Uint8Array([0x49, 0x53, 0xff, 0xfe, 0x49]), 'latin1.txt')).toMatchObject({ ok: false });
  });

  it('only punctuation compiles to a clear error', FAST, () => {
    expect(compiles('.,;:!?—…“”‘’()[]{}'.repeat(5000)).ok).toBe(false);
  });

  it('every place name and no faction is refused for want of sides', FAST, () => {
    const places = PLACES.map((p) => p.name).join(', ');
    const r = compiles(`${places}.`);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Islamic State/) });
  });

  it('right-to-left text and mixed scripts never crash', FAST, () => {
    compiles('داعش في الرقة ودير الزور. ISIS leaders fled Raqqa for Deir ez-Zor, backed by \u202eRussia\u202c. المدينة');
    compiles('\u200f\u202b'.repeat(10_000) + 'ISIS in Raqqa; the SDF in Tabqa.');
  });

  it('very long lines compile', FAST, () => {
    const line = 'The SDF attacked ISIS in Raqqa while Syrian government forces moved on Deir ez-Zor and Madan, '.repeat(800);
    const r = compiles(line);
    expect(r.ok).toBe(true);
  });

  it('markup and script in a document stay text: quotes are the exact characters, nothing is interpreted', FAST, () => {
    const text = 'ISIS leaders <script>alert(1)</script> fled Raqqa for Deir ez-Zor <img src=x onerror=alert(2)>. The SDF, backed by the U.S., attacked Raqqa [x](javascript:alert(3)).';
    const r = compiles(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const quotes = JSON.stringify(r.scenario).match(/"quote":"[^"]*<script>/g) ?? [];
    for (const p of r.scenario.regions.flatMap((x) => (x.source ? [x.source] : []))) expect(text.slice(p.start, p.end)).toBe(p.quote);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('decodes UTF-8 with a BOM and CRLF line endings without shifting quotes', FAST, () => {
    const text = '\ufeffISIS leaders fled Raqqa.\r\nThe SDF attacked Raqqa from Tabqa.\r\nThe regime moved on Deir ez-Zor.';
    const decoded = decodeDocument(utf8(text), 'crlf.txt');
    expect(decoded).toMatchObject({ ok: true, text });
    const r = compiles(text);
    if (r.ok) for (const x of r.scenario.regions) if (x.source) expect(text.slice(x.source.start, x.source.end)).toBe(x.source.quote);
  });
});

/**
 * The half-megabyte attack documents (`npm run attack-documents` prints their times). Each test is
 * a hang guard, never a stopwatch: before the passes were made linear these took from 16 s to
 * hours, so a pass gone quadratic again blows the timeout, while a busy machine stays far inside it.
 */
describe('attack documents: each compiles or is refused, whole', () => {
  const GUARD = { timeout: 10_000 };
  const refused: Record<string, RegExp> = {
    binary: /binary file/,
    'over-cap': /599,971 characters long; the compiler reads documents of up to 500,000 characters/,
  };

  it('are half a megabyte or more each, and at least ten', () => {
    expect(HOSTILE_DOCUMENTS.length).toBeGreaterThanOrEqual(10);
    for (const doc of HOSTILE_DOCUMENTS) expect(doc.bytes().length, doc.name).toBeGreaterThanOrEqual(0.99 * HOSTILE_CHARS);
  });

  it.each(HOSTILE_DOCUMENTS.map((d) => [d.name, d] as const))('%s', GUARD, (name, doc) => {
    const decoded = decodeDocument(doc.bytes(), `${name}.txt`);
    const r = decoded.ok ? compiles(decoded.text) : decoded;
    if (refused[name]) {
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(refused[name]) });
      return;
    }
    expect(decoded.ok).toBe(true);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok || !decoded.ok) return;
    expect(parseScenario(r.scenario).ok).toBe(true);
    for (const p of provenances(r.scenario)) expect(decoded.text.slice(p.start, p.end)).toBe(p.quote);
  });

  it('a text of nothing but dates is read up to the first 1,000 and says so; a real report is read whole', GUARD, () => {
    const doc = HOSTILE_DOCUMENTS.find((d) => d.name === 'dates')!;
    const r = compiles(new TextDecoder().decode(doc.bytes()));
    expect(r.ok && r.warnings.find((w) => w.includes('dates; the compiler read the first 1,000'))).toMatch(/^The document writes [\d,]+ dates; the compiler read the first 1,000 and dated the scenario by them\.$/);
    const seed = compiles(seedText());
    expect(seed.ok && seed.warnings.some((w) => w.includes('the compiler read the first'))).toBe(false);
  });

  it('a file over the cap in bytes is refused before it is decoded, naming the cap', FAST, () => {
    const bytes = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    expect(decodeDocument(bytes, 'long.txt')).toEqual({ ok: false, error: 'long.txt is more than 1.5 MB; the compiler reads documents of up to 500,000 characters (a long news report is about 50,000).' });
    expect(decodeDocument(bytes.subarray(1), 'long.txt').ok).toBe(true);
  });
});
