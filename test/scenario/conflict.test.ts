import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { seedText } from '../../src/scenario/builtin-file';
import { documentNames, readDocument } from './helpers';

const OUTSIDE = fileURLToPath(new URL('./outside/', import.meta.url));
const outside = readdirSync(OUTSIDE).filter((f) => f.endsWith('.txt')).sort();

/** Documents of our own writing that name the theater's towns but are not about the war. */
describe('documents outside the conflict are refused in one sentence saying so', () => {
  test('there are five of them: a history, a history with a line on the war, a travel guide, a match report, a recipe', () => {
    expect(outside).toEqual(['cooking-raqqa.txt', 'euphrates-history.txt', 'football-deir-ez-zor.txt', 'history-with-war-coda.txt', 'travel-raqqa.txt']);
  });

  test.each(outside)('%s', (name) => {
    const r = compileScenario(readFileSync(`${OUTSIDE}${name}`, 'utf8'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^The document is outside the conflict: /);
    expect(r.error).not.toContain('\n');
    // One sentence: a single full stop, at the end.
    expect(r.error.match(/\.(?=\s|$)/g)).toHaveLength(1);
  });

  test('a history with one line on the war is refused for its age, naming the years', () => {
    const r = compileScenario(readFileSync(`${OUTSIDE}history-with-war-coda.txt`, 'utf8'));
    expect(!r.ok && r.error).toMatch(/most of the years it writes \(256 to 1260\) lie outside the war of 2011 to 2020/);
  });

  test('the match report\'s "attacked", "shelled", "clashed", "condemned" and "reinforcements" are no war: no force of the war is named', () => {
    const r = compileScenario(readFileSync(`${OUTSIDE}football-deir-ez-zor.txt`, 'utf8'));
    expect(!r.ok && r.error).toMatch(/no sentence of it names a force of the war/);
  });
});

describe('documents about the war still compile', () => {
  test.each(documentNames())('%s', (name) => {
    const r = compileScenario(readDocument(name));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  test('the seed', () => {
    expect(compileScenario(seedText()).ok).toBe(true);
  });

  test.each([
    ['backstory of another age beside a dated development', 'Raqqa, where Harun al-Rashid built palaces in 796, fell to U.S.-backed forces on October 17, 2017, and ISIS leaders fled to Mayadin.'],
    ['no date at all, only fighting', 'ISIS fighters attacked the SDF near Raqqa. Government forces pushed toward Deir ez-Zor.'],
    ['as many years of the war as of the past', 'The citadel of Deir ez-Zor, built in 1850, fell to ISIS in 2014. The SDF attacked Raqqa.'],
  ])('%s', (_name, text) => {
    const r = compileScenario(text);
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });
});
