/**
 * The failures issue 15 lists, each on a sentence of our own writing, so a
 * regression of any of them fails here. (Others live beside their extractor:
 * events in extract.test.ts, refusals in conflict.test.ts, forces in
 * attachment.test.ts, objectives in objectives.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { parseDocument } from '../../src/scenario/document';
import { extractStartDate } from '../../src/scenario/extract/date';
import { extractFlight } from '../../src/scenario/extract/flight';
import { extractLeaderCount } from '../../src/scenario/extract/leaders';
import { splitSentences } from '../../src/scenario/text';

const scenario = (text: string) => {
  const r = compileScenario(text);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
};
const holder = (text: string, id: string) => scenario(text).regions.find((r) => r.id === id)?.control;
const regionIds = (text: string) => scenario(text).regions.map((r) => r.id);

describe('the moment', () => {
  test.each([
    ['"Oct. 17, 2017"', 'The SDF said Raqqa fell on Oct. 17, 2017, and ISIS leaders fled to Mayadin.'],
    ['"17 Oct 2017"', 'The SDF said Raqqa fell on 17 Oct 2017, and ISIS leaders fled to Mayadin.'],
    ['"October 17th, 2017"', 'The SDF said Raqqa fell on October 17th, 2017, and ISIS leaders fled to Mayadin.'],
    ['"10/17/2017"', 'The SDF said Raqqa fell on 10/17/2017, and ISIS leaders fled to Mayadin.'],
  ])('%s is read', (_name, text) => {
    expect(extractStartDate(parseDocument(text)).date).toBe('2017-10-17');
  });

  test('"Oct 20 (Reuters)" takes its year from the document\'s other dates', () => {
    expect(extractStartDate(parseDocument('Oct 20 (Reuters) - The SDF attacked Mayadin. Earlier, on June 3, 2017, it attacked Raqqa.')).date).toBe('2017-10-20');
  });

  test('backstory ("which began in early June") does not beat an explicit date', () => {
    expect(extractStartDate(parseDocument('The battle for Raqqa, which began in early June, ended when the SDF declared victory on October 20, 2017.')).date).toBe('2017-10-20');
  });
});

describe('who holds what', () => {
  test('"broke the siege of Deir ez-Zor and captured Mayadin": both the Regime\'s', () => {
    const text = 'On September 9, 2017, Syrian troops broke the siege of Deir ez-Zor and captured Mayadin from ISIS. The SDF attacked Raqqa.';
    expect(holder(text, 'deir-ez-zor')).toBe('regime');
    expect(holder(text, 'mayadin')).toBe('regime');
  });

  test('"which the SDF took in December": the SDF\'s', () => {
    expect(holder('On March 1, 2017, ISIS fighters attacked Tabqa, which the SDF took in December. Syrian troops pushed on Palmyra.', 'tabqa')).toBe('coalition');
  });

  test('"Raqqa has fallen": no longer the group\'s', () => {
    expect(holder('On November 1, 2017, Raqqa has fallen, and ISIS leaders fled to Mayadin. Syrian troops advanced on Deir ez-Zor.', 'raqqa')).not.toBe('islamicState');
  });

  test('"the government-held half of the city": the Regime\'s, the city read from the sentence before', () => {
    expect(holder('On August 1, 2017, ISIS fighters attacked Deir ez-Zor. They shelled the government-held half of the city. The SDF attacked Raqqa.', 'deir-ez-zor')).toBe('regime');
  });
});

describe('only battlefields become regions', () => {
  test('"DAMASCUS —" and "coordinating with Damascus" add no Damascus', () => {
    expect(regionIds('DAMASCUS — Syrian troops attacked ISIS in Palmyra on May 3, 2017, coordinating with Damascus. The SDF attacked Raqqa.')).not.toContain('damascus');
  });

  test('Mosul named only as the cause of the flight is no region', () => {
    expect(regionIds('ISIS leaders fled Raqqa for Mayadin, a flight prompted by the coalition\'s advances in Mosul. The SDF attacked Raqqa on June 6, 2017.')).not.toContain('mosul');
  });

  test('region names do not keep a dateline\'s capitals', () => {
    const s = scenario('DEIR EZ-ZOR — ISIS fighters attacked Syrian troops in DEIR EZ-ZOR and MAYADIN on May 3, 2017. The SDF attacked Raqqa.');
    expect(s.regions.find((r) => r.id === 'deir-ez-zor')?.name).toBe('Deir ez-Zor');
    expect(s.regions.find((r) => r.id === 'mayadin')?.name).toBe('Mayadin');
  });
});

describe('actors', () => {
  test('"American" is the US', () => {
    expect(scenario('American advisers and the SDF attacked ISIS in Raqqa. Syrian troops took Palmyra.').actors.map((a) => a.id)).toContain('us');
  });

  test('"eastern Turkey" is land, not the Turkish government', () => {
    expect(scenario('ISIS fighters fled Raqqa for safe houses in eastern Turkey. The SDF attacked Raqqa. Syrian troops took Palmyra.').actors.map((a) => a.id)).not.toContain('turkey');
  });
});

describe('leaders', () => {
  test.each([
    ['"deputies" with a number', 'Two of al-Baghdadi\'s deputies fled Raqqa.', 2],
    ['"figures" of the group', 'Senior ISIS figures fled Raqqa.', 3],
    ['"a handful of senior commanders"', 'A handful of senior ISIS commanders fled Raqqa.', 3],
    ['"the group\'s deputies"', 'The group\'s deputies left Mayadin.', 2],
  ])('counted from %s', (_name, text, count) => {
    expect(extractLeaderCount(parseDocument(text))?.count).toBe(count);
  });

  test('"may have slipped out" is a flight that happened, "may slip out" one to come', () => {
    expect(extractFlight(parseDocument('U.S. officials believe ISIS leaders may have slipped out of Raqqa toward Mayadin.'), '2017-06-06')).toMatchObject({ origins: ['raqqa'], future: false });
    expect(extractFlight(parseDocument('ISIS leaders may slip out of Raqqa toward Mayadin.'), '2017-06-06').future).toBe(true);
  });

  test('a leader never starts in a Regime-held town the text names as a destination', () => {
    const s = scenario('On June 6, 2017, ISIS leaders fled Raqqa for Palmyra and Mayadin. Syrian troops hold Palmyra. The SDF attacked Raqqa.');
    expect(s.regions.find((r) => r.id === 'palmyra')?.control).toBe('regime');
    for (const l of s.leaders) expect(l.startOptions).not.toContain('palmyra');
  });
});

describe('the gazetteer and the text', () => {
  test.each(['Baghuz', 'Hit', 'Rawa', 'Anah', 'Ramadi', 'T4', 'Qaryatayn', 'Shuhayl', 'Deir-ez-Zor', 'Dair al-Zour', 'Abu Kemal', 'Baghouz', "Ma'adan"])('"%s" is a place', (name) => {
    const places = parseDocument(`ISIS fighters fled to ${name} on Monday.`).mentions.filter((m) => m.target.kind === 'place');
    expect(places).toHaveLength(1);
  });

  test('"Brig. Gen." does not split a sentence', () => {
    expect(splitSentences('Brig. Gen. Jonathan Braga said ISIS fled. Then it stopped.')).toHaveLength(2);
  });
});
