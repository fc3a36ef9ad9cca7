import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { parseDocument } from '../../src/scenario/document';
import { attachForces } from '../../src/scenario/extract/attachment';
import { extractStatements } from '../../src/scenario/statements';

const attach = (text: string) => {
  const doc = parseDocument(text);
  return Object.fromEntries(attachForces(doc, extractStatements(doc)).map((a) => [a.actor, { side: a.side, origin: a.origin, with: a.with, sentence: a.sentence }]));
};

/** Issue 15: a fourth force is attached to the side it fights with, or becomes a non-player, and says why. */
describe('forces besides the three sides\' own', () => {
  test('Iraqi forces and the militias fighting beside them are not split between the camps', () => {
    const a = attach('Iraqi troops and Shiite militias of the Popular Mobilization Forces advanced on Tal Afar, backed by coalition air strikes.');
    expect(a['iraqi-forces']).toMatchObject({ side: 'coalition', origin: 'default' });
    expect(a['iran-militias']).toMatchObject({ side: 'coalition', origin: 'document', with: 'iraqi-forces', sentence: 0 });
  });

  test('Hezbollah fighting alongside the Syrian army plays with the Regime, from the document', () => {
    expect(attach('ISIS held Palmyra. Hezbollah fighters fought alongside the Syrian army near Palmyra.')['iran-militias']).toMatchObject({ side: 'regime', origin: 'document', with: 'syrian-government', sentence: 1 });
  });

  test('Iraqi forces backed by the U.S. play with the Coalition, from the document', () => {
    expect(attach('U.S.-backed Iraqi forces attacked ISIS in Al-Qaim.')['iraqi-forces']).toMatchObject({ side: 'coalition', origin: 'document', with: 'us' });
  });

  test('a force that fights both camps is a non-player', () => {
    expect(attach('Iraqi forces clashed with the SDF near Al-Qaim and attacked Syrian troops at Abu Kamal.')['iraqi-forces']).toMatchObject({ side: null, origin: 'document' });
  });

  test('Turkey\'s army shelling the Kurdish-led forces is a non-player, from the document', () => {
    expect(attach('ISIS held al-Bab. Turkish artillery shelled SDF positions near Manbij.').turkey).toMatchObject({ side: null, origin: 'document', sentence: 1 });
  });

  test('Turkey\'s army fighting beside the U.S. plays with the Coalition', () => {
    expect(attach('Turkish troops fought alongside U.S. special forces against ISIS near al-Bab.').turkey).toMatchObject({ side: 'coalition', origin: 'document', with: 'us' });
  });

  test('named together outside a sentence of fighting is no alliance: "Washington and Ankara agreed"', () => {
    expect(attach('ISIS held al-Bab. Washington and Ankara agreed on a timetable.').turkey).toMatchObject({ side: null, origin: 'default' });
  });

  test('a force named with no one keeps the knowledge base\'s side, marked as the default', () => {
    expect(attach('Iraqi forces captured Al-Qaim.')['iraqi-forces']).toMatchObject({ side: 'coalition', origin: 'default', sentence: null });
  });

  test('the compile report says which side each force plays with and why, quoting the sentence; the actor takes that side', () => {
    const text = 'ISIS fighters held Tal Afar and Mosul. Iraqi troops and Shiite militias of the Popular Mobilization Forces advanced on Tal Afar. The SDF attacked Raqqa.';
    const r = compileScenario(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const militias = r.report.forces.find((f) => f.actor === 'iran-militias');
    expect(militias).toMatchObject({ side: 'coalition', origin: 'document', reason: expect.stringMatching(/^fights with Iraqi forces/) });
    expect(militias?.quote?.quote).toBe('Iraqi troops and Shiite militias of the Popular Mobilization Forces advanced on Tal Afar.');
    expect(r.scenario.actors.find((a) => a.id === 'iran-militias')?.side).toBe('coalition');
    expect(r.report.forces.find((f) => f.actor === 'iraqi-forces')).toMatchObject({ side: 'coalition', origin: 'default', quote: null });
  });
});
