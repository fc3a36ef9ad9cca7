import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/scenario/document';
import { extractActors, extractAlliances } from '../../src/scenario/extract/actors';
import { extractControl } from '../../src/scenario/extract/control';
import { extractStartDate } from '../../src/scenario/extract/date';
import { extractStatements } from '../../src/scenario/statements';
import { disagrees, extractDistances } from '../../src/scenario/extract/distances';
import { extractEvents } from '../../src/scenario/extract/events';
import { extractFlight, underway } from '../../src/scenario/extract/flight';
import { extractLeaderCount, extractNamedLeaders } from '../../src/scenario/extract/leaders';
import { extractAreas, extractPlaces, extractRedoubts } from '../../src/scenario/extract/places';
import { unknownNames } from '../../src/scenario/unknown';

describe('actors', () => {
  test.each([
    ['SDF and the US', 'The U.S.-backed SDF attacked ISIS.', ['sdf', 'us', 'islamic-state']],
    ['a person names its faction', 'Townsend said al-Baghdadi fled.', ['us', 'islamic-state']],
    ['the regime through its capital and its allies', 'Damascus and Moscow sent Iranian Shiite paramilitaries.', ['syrian-government', 'russia', 'iran-militias']],
    ['Turkey is a non-player actor', 'Turkey objected.', ['turkey']],
  ])('%s', (_name, text, ids) => {
    const actors = extractActors(parseDocument(text));
    expect(actors.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(actors.find((a) => a.id === 'turkey')?.side ?? null).toBe(null);
  });

  test('alliances: "backed by" is a statement, "X-backed" a label', () => {
    const doc = parseDocument('Syrian-led operations, backed by Russia, began. The U.S.-backed Syrian Democratic Forces held.');
    expect(extractAlliances(doc).map((a) => [a.backer, a.form])).toEqual([
      ['russia', 'passive'],
      ['us', 'label'],
    ]);
  });
});

describe('places', () => {
  test('in order of first mention, named by the document\'s most used spelling', () => {
    const doc = parseDocument('Madan fell. Then Deir el-Zour and Maadan, and Madan again.');
    expect(extractPlaces(doc).map((p) => [p.id, p.name])).toEqual([
      ['maadan', 'Madan'],
      ['deir-ez-zor', 'Deir el-Zour'],
    ]);
  });

  test('on a tie of spellings, the gazetteer\'s own wins', () => {
    expect(extractPlaces(parseDocument('Tabqa dam fell. Then Tabqa was calm.'))[0]?.name).toBe('Tabqa');
  });

  test('areas', () => {
    expect(extractAreas(parseDocument('The Middle Euphrates River Valley burns.')).map((a) => a.id)).toEqual(['middle-euphrates']);
  });

  test.each([
    ['a list before the word', 'Raqqa is far from Madan, Deir el-Zour and other Islamic State redoubts.', ['maadan', 'deir-ez-zor']],
    ['a list after the word', 'The strongholds of Mayadin and Hajin remain.', ['mayadin', 'hajin']],
    ['no redoubt word, no redoubt', 'Mayadin and Hajin remain.', []],
  ])('redoubts: %s', (_name, text, ids) => {
    expect([...extractRedoubts(parseDocument(text)).keys()].sort()).toEqual([...ids].sort());
  });
});

describe('distances', () => {
  test('the seed figure: 90 miles from Raqqa fits Deir el-Zour, not Madan', () => {
    const doc = parseDocument('Located 90 miles from Raqqa, the valley is home to Madan and Deir el-Zour.');
    const [d] = extractDistances(doc);
    expect(d).toMatchObject({ from: 'raqqa', to: 'deir-ez-zor', km: 145, stated: '90 miles', route: ['raqqa', 'maadan', 'deir-ez-zor'] });
    expect(d && disagrees(d)).toBe(false);
  });

  test('a figure more than a quarter off disagrees', () => {
    const [d] = extractDistances(parseDocument('Tabqa lies 200 km from Raqqa.'));
    expect(d).toMatchObject({ from: 'raqqa', to: 'tabqa', km: 200, gazetteerKm: 55 });
    expect(d && disagrees(d)).toBe(true);
  });

  test('no place after "from": no distance', () => {
    expect(extractDistances(parseDocument('Raqqa is 90 miles from here.'))).toEqual([]);
  });
});

describe('start date', () => {
  test.each([
    ['an operation tied to the document\'s time', 'A week into the operation to liberate Raqqa, ISIS held.', '2017-06-06'],
    ['"the Raqqa offensive" with "launched"', 'The SDF launched the Raqqa offensive.', '2017-06-06'],
    ['a written date', 'On 3 November 2017 Iraqi forces took Al-Qaim.', '2017-11-03'],
    ['an ISO date', 'Report of 2016-10-20 on Mosul.', '2016-10-20'],
    ['a dateline month', 'May 2017\n\nISIS holds Raqqa.', '2017-05-01'],
    ['a full date beats its month', 'On June 20, 2017 ISIS held Raqqa.', '2017-06-20'],
    ['nothing: the default', 'ISIS holds Raqqa.', '2017-06-06'],
  ])('%s', (_name, text, date) => {
    expect(extractStartDate(parseDocument(text)).date).toBe(date);
  });

  test('the default has no sentence', () => {
    expect(extractStartDate(parseDocument('ISIS holds Raqqa.')).sentence).toBeNull();
  });
});

describe('leaders', () => {
  test('named leaders and the count implied', () => {
    const doc = parseDocument('Many of the group’s leaders, including “caliph” Abu Bakr al-Baghdadi, have fled.');
    expect(extractNamedLeaders(doc).map((l) => [l.person, l.value])).toEqual([['baghdadi', 2]]);
    expect(extractLeaderCount(doc)?.count).toBe(4);
  });

  test.each([
    ['several', 'Several of the group’s leaders left Raqqa.', 3],
    ['a number', 'Two Islamic State leaders were seen.', 2],
    ['a bare plural', 'Islamic State leaders met.', 2],
    ['coalition commanders are not the group\'s', 'Coalition commanders met.', null],
  ])('%s', (_name, text, count) => {
    expect(extractLeaderCount(parseDocument(text))?.count ?? null).toBe(count);
  });
});

describe('flight', () => {
  test('the seed sentence: origin, destinations, month', () => {
    const text = 'Islamic State leaders, including al-Baghdadi, reportedly began fleeing Raqqa for Deir el-Zour, Madan and other areas in the Middle Euphrates River Valley en masse in May.';
    const f = extractFlight(parseDocument(text), '2017-06-06');
    expect(f).toMatchObject({ origins: ['raqqa'], destinations: ['deir-ez-zor', 'maadan'], began: '2017-05-01', future: false });
    expect(underway(f, '2017-06-06')).toBe(true);
  });

  test('a list of origins', () => {
    const f = extractFlight(parseDocument('ISIS leaders fled Mayadin and Deir ez-Zor for Abu Kamal.'), '2017-11-08');
    expect([f.origins, f.destinations]).toEqual([['mayadin', 'deir-ez-zor'], ['abu-kamal']]);
  });

  test('a future flight is not under way', () => {
    const f = extractFlight(parseDocument('ISIS leaders may flee Raqqa for Mayadin.'), '2017-06-06');
    expect(f.future).toBe(true);
    expect(underway(f, '2017-06-06')).toBe(false);
  });

  test('other forces moving are not the flight', () => {
    expect(extractFlight(parseDocument('Government forces moved to Palmyra.'), '2017-06-06').sentences).toEqual([]);
  });
});

describe('events', () => {
  const kinds = (text: string) => {
    const doc = parseDocument(text);
    return extractEvents(doc, extractStatements(doc), 20).events.map((e) => [e.turn, e.effect]);
  };
  test.each([
    ['Turkey friction that hinders: turn 1, +2', 'Ongoing tensions between the U.S. and Turkey hindered the assault.', [[1, { kind: 'turkeyTension', amount: 2 }]]],
    ['militias antagonizing US forces: escalation now', 'Iranian troops are antagonizing U.S. forces.', [[1, { kind: 'escalation', amount: 1 }]]],
    ['a likely future: mid-game', 'Iran will push. This is likely to lead to direct contact with Americans.', [[10, { kind: 'escalation', amount: 1 }]]],
    ['friction with no second side: nothing', 'ISIS clashes are rare.', []],
    // The failures of issue 15, each on a sentence of our own.
    ['a plan to address a buildup is no intelligence', 'Coalition generals say the overall battle plan will address the ISIS buildup near Mayadin.', []],
    ['an alliance is not reinforcements', 'It remains to be seen how the army offensive, backed by Russia, will change the plan.', []],
    ['Turkish shelling of Kurdish positions: tension', 'Turkish artillery shelled Kurdish militia positions near Tell Abyad.', [[2, { kind: 'turkeyTension', amount: 1 }]]],
    ['accused of firing across the river: escalation', 'The Syrian government accused the U.S.-led coalition of firing across the river at its troops.', [[2, { kind: 'escalation', amount: 1 }]]],
    ['"would not allow ... to cross": tension later', 'Ankara said it would not allow the Kurdish fighters to cross the Euphrates.', [[10, { kind: 'turkeyTension', amount: 1 }]]],
    ['condemned the strike: escalation', 'The Syrian government condemned the American strike that killed its soldiers near Deir ez-Zor.', [[2, { kind: 'escalation', amount: 1 }]]],
    ['reinforcements moved up, by the militias', 'Hezbollah fighters fought on the flanks, and more of them were being moved up from Palmyra.', [[2, { kind: 'reinforcements', side: 'regime', amount: 2 }]]],
    ['a denied strike is nothing', 'The coalition did not strike the Syrian army positions.', []],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('control', () => {
  test.each([
    ['"X-held"', 'The SDF-held town of Tabqa is calm.', [['tabqa', 'coalition']]],
    ['"held by"', 'Mayadin, held by the Islamic State, was bombed.', [['mayadin', 'islamicState']]],
    ['"X holds"', 'Government forces still hold Deir ez-Zor.', [['deir-ez-zor', 'regime']]],
    ['a past capture: theirs by the time of writing', 'U.S.-backed Syrian Democratic Forces captured the town of Tabqa last week.', [['tabqa', 'coalition']]],
    ['an attack is not holding', 'The SDF attacked Raqqa.', []],
  ])('%s', (_name, text, expected) => {
    expect(extractControl(parseDocument(text)).map((c) => [c.place, c.side])).toEqual(expected);
  });
});

describe('unknown names', () => {
  test('capitalized names the knowledge base lacks are reported with their line', () => {
    const w = unknownNames(parseDocument('ISIS fled.\nThey went to Qasr Zubaydah and Abu Hamam with Raqqa fighters.'));
    expect(w).toEqual([
      'Unknown name "Qasr Zubaydah" on line 2 is not in the gazetteer or the actor lexicon; ignored.',
      'Unknown name "Abu Hamam" on line 2 is not in the gazetteer or the actor lexicon; ignored.',
    ]);
  });

  test('sentence openers and known words are not reported', () => {
    expect(unknownNames(parseDocument('Elements of the SDF fought in Syria in May.'))).toEqual([]);
  });
});
