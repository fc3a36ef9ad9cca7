import { describe, expect, test } from 'vitest';
import { fold, lineAt, splitSentences } from '../../src/scenario/text';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['abbreviations do not end sentences', 'U.S. Central Command said so. Lt. Gen. Stephen Townsend agreed.', ['U.S. Central Command said so.', 'Lt. Gen. Stephen Townsend agreed.']],
    ['a headline without a period is its own sentence', 'ISIS leaders flee\n\nThey left Raqqa.', ['ISIS leaders flee', 'They left Raqqa.']],
    ['hard-wrapped lines join into one sentence', 'The group fled\nto Deir ez-Zor. Then it stopped.', ['The group fled\nto Deir ez-Zor.', 'Then it stopped.']],
    ['CRLF line endings', 'One line.\r\nTwo line.\r\n', ['One line.', 'Two line.']],
    ['old Mac CR line endings', 'One line.\rTwo line.', ['One line.', 'Two line.']],
    ['closing quotes stay with their sentence', 'He said “it is over.” Then he left.', ['He said “it is over.”', 'Then he left.']],
    ['markdown headings and list markers are not quoted', '# Title\n\n- First item\n- Second item', ['Title', 'First item', 'Second item']],
    ['a line ending in a colon ends a sentence', 'Washington Times:\nFor all the focus.', ['Washington Times:', 'For all the focus.']],
    ['a BOM is skipped', '\ufeffRaqqa fell.', ['Raqqa fell.']],
    ['nothing but whitespace has no sentences', ' \n\t\r\n ', []],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('sentence lines count CRLF once', () => {
    const text = 'a.\r\nb.\r\n\r\nc.';
    expect(splitSentences(text).map((s) => s.line)).toEqual([1, 2, 4]);
  });
});

describe('fold', () => {
  test('keeps the length, so offsets match the original', () => {
    const text = 'Al-Qa’im — “İstanbul”\r\nDEIR';
    expect(fold(text, true)).toHaveLength(text.length);
    // "İ" lower-cases to two code units, so it is kept as written.
    expect(fold(text, true)).toBe('al-qa\'im - "İstanbul"  deir');
  });

  test('lineAt', () => {
    expect(lineAt('a\nb\rc\r\nd', 7)).toBe(4);
  });
});
