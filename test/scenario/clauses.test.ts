import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SentenceClauses } from '../../src/scenario/clauses';
import { parseDocument } from '../../src/scenario/document';
import type { Mention } from '../../src/scenario/mentions';
import { actorOf } from '../../src/scenario/statements';

/*
 * The statements' clause lookups as they were first written, scanning the
 * sentence for every trigger: the definition SentenceClauses must agree with.
 */
function lastClauseBreak(folded: string, from: number, to: number): number {
  let at = from;
  for (let i = to - 1; i >= from; i--) {
    const c = folded[i];
    if (c === ';' || c === ':' || (c === '.' && folded[i + 1] === ' ')) {
      at = i + 1;
      break;
    }
  }
  return at;
}

function insideAside(folded: string, from: number, at: number): boolean {
  const before = folded.slice(from, at);
  const open = Math.max(before.lastIndexOf(', which'), before.lastIndexOf(', who'));
  return open >= 0 && !before.slice(open + 2).includes(',');
}

const SPEECH = /(?<![\p{L}])(?:said|says|say|told\s+\S+|believes?|believed|reported|added|claimed|warned)\s+(?:\S+\s+){0,3}?(?:that\s+)?/gu;

function lastSpeech(folded: string, from: number, to: number): number | null {
  const span = folded.slice(from, to);
  let last: number | null = null;
  SPEECH.lastIndex = 0;
  for (let r = SPEECH.exec(span); r; r = SPEECH.exec(span)) last = from + r.index + r[0].length;
  return last;
}

const pieces = [
  'said', 'says', 'say', 'told', 'told him', 'believes', 'believe', 'believed', 'reported', 'added', 'claimed', 'warned', 'that', 'thatch', 'sayings',
  'said that ', ' said  that  ', 'told him that ', ' told ', 'told x,said ', 'reported\tthat\u2003',
  ' ', ' ', ' ', '  ', '\t', '\u2003', '\u00a0', '\n', ',', ', which', ', who', ', whose', ';', ':', '.', '. ', 'x', 'é', '\u{1d400}', '\ud800', '-',
  'the SDF', 'Russia', 'ISIS', 'Turkey', 'the U.S.', 'Assad', 'Raqqa', 'fighters', 'attacked', 'captured',
];

/** Half a sentence soup, then what the statements would ask of it at every offset, in order. */
const sentences = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }).map((w) => `ISIS ${w.join('')} end`);

describe('a sentence\'s clauses, looked up', () => {
  test('agree with scanning the sentence for every trigger: clause start, last verb of saying, actors, subject', () => {
    fc.assert(
      fc.property(sentences, fc.array(fc.nat(), { maxLength: 12 }), (text, picks) => {
        const doc = parseDocument(text);
        for (const s of doc.sentences) {
          const ms = doc.bySentence[s.index] ?? [];
          const isActor = (m: Mention) => actorOf(m) !== null;
          const clauses = new SentenceClauses(doc.folded, s.start, s.end, ms, isActor);
          const length = s.end - s.start;
          const triggers = [...new Set(picks.map((p) => s.start + (p % length)))].sort((a, b) => a - b);
          for (const at of triggers) {
            const from = lastClauseBreak(doc.folded, s.start, at);
            expect(clauses.clauseStart(at)).toBe(from);
            const said = lastSpeech(doc.folded, from, at);
            expect(clauses.lastSpeech(from, at), JSON.stringify({ text, from, at })).toBe(said);
            if (said !== null) expect(clauses.actorWithin(said, at)).toBe(ms.some((m) => m.start >= said && m.end <= at && isActor(m)));
            for (const f of said === null ? [from] : [from, said]) {
              const agent = ms.find((m) => m.end <= at && m.start >= f && isActor(m) && !insideAside(doc.folded, f, m.start));
              expect(clauses.firstAgent(f, at)).toBe(agent);
            }
            expect(clauses.lastActorBefore(at)).toBe([...ms].reverse().find((m) => m.end <= at && isActor(m)));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
