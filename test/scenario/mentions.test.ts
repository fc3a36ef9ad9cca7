import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/scenario/document';

const targets = (text: string): string[] =>
  parseDocument(text).mentions.map((m) => `${m.text}=${m.target.kind === 'known' ? 'known' : `${m.target.kind}:${m.target.id}`}`);

describe('findMentions', () => {
  test.each([
    ['the longest name wins', 'U.S.-backed militias attacked.', ['U.S.-backed militias=actor:sdf']],
    ['spellings of one place', 'Deir el-Zour, Dayr az-Zawr and Deir Ezzor.', ['Deir el-Zour=place:deir-ez-zor', 'Dayr az-Zawr=place:deir-ez-zor', 'Deir Ezzor=place:deir-ez-zor']],
    ['typographic apostrophes fold', 'Al-Qa’im fell.', ['Al-Qa’im=place:al-qaim']],
    ['a name wrapped over two lines', 'They reached Deir\nez-Zor.', ['Deir\nez-Zor=place:deir-ez-zor']],
    ['capital acronyms are case-sensitive', 'Let us see what the US does.', ['US=actor:us']],
    ['IS is not the verb "is"', 'It is IS territory.', ['IS=actor:islamic-state']],
    ['whole words only: Baghdad is not in al-Baghdadi', 'al-Baghdadi spoke.', ['al-Baghdadi=person:baghdadi']],
    ['capitals listed together are governments', 'Commanders in Damascus, Tehran and Moscow agree.', ['Damascus=actor:syrian-government', 'Tehran=actor:iran-militias', 'Moscow=actor:russia']],
    ['a capital standing alone is a city', 'The convoy reached Damascus.', ['Damascus=place:damascus']],
    ['newspapers are not actors', 'The Washington Times reported it.', ['Washington Times=known']],
    ['hyphen or space in a label', 'US backed forces advanced.', ['US backed forces=actor:sdf']],
  ])('%s', (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });

  test('places outside the theater never become places', () => {
    const kinds = parseDocument('Officials in Tehran, Moscow, Washington and the Pentagon met.').mentions.map((m) => m.target.kind);
    expect(kinds).not.toContain('place');
  });
});
