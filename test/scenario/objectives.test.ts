import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { parseDocument } from '../../src/scenario/document';
import { hasGroundForce } from '../../src/scenario/extract/actors';
import { ACTORS } from '../../src/scenario/lexicon';

const objectives = (text: string) => {
  const r = compileScenario(text);
  if (!r.ok) throw new Error(r.error);
  return { ...r.scenario.objectives, report: r.report, held: (id: string) => r.scenario.regions.find((x) => x.id === id)?.control ?? null };
};

/** Issue 15: objectives follow whose operation it is; none is invented for a side with no force, none is already the side's own. */
describe('objectives and whose operation it is', () => {
  test('a Regime offensive\'s target is the Regime\'s objective, not the Coalition\'s capture', () => {
    const o = objectives('On August 12, 2017, Syrian government troops, backed by Russian jets, launched an offensive on Deir ez-Zor. ISIS held Mayadin. The SDF pushed toward Raqqa.');
    expect(o.hold).toBe('deir-ez-zor');
    expect(o.capture).not.toBe('deir-ez-zor');
    expect(o.report.holdSource?.quote).toMatch(/launched an offensive on Deir ez-Zor/);
  });

  test('with no Coalition ground force, the capture is the marked default, not taken from the Regime\'s fight', () => {
    const o = objectives('Sept. 17 (Reuters) - U.S.-led coalition aircraft struck Syrian army positions near Deir ez-Zor on Saturday, Syria\'s army said. Government troops fought Islamic State fighters around the city in 2016.');
    expect(o.hold).toBe('deir-ez-zor');
    expect(o.capture).not.toBe('deir-ez-zor');
    expect(o.report.captureSource).toBeNull();
    expect(o.report.captureDefault).toMatch(/no Coalition force on the ground/);
    expect(o.report.holdDefault).toBeNull();
  });

  test('the Regime\'s objective is never a place it holds at the start', () => {
    const o = objectives('On September 10, 2018, the SDF opened the battle for Hajin, held by ISIS. Syrian government forces and Iranian-backed militias hold Abu Kamal and Mayadin across the river.');
    expect(o.capture).toBe('hajin');
    expect(o.held(o.hold)).not.toBe('regime');
    expect(['abu-kamal', 'mayadin']).not.toContain(o.hold);
  });

  test('the Coalition\'s capture is never a place it holds at the start', () => {
    const o = objectives('On August 13, 2016, the SDF took full control of Manbij. ISIS fighters fled toward Jarabulus. The SDF said its next target is Jarabulus.');
    expect(o.capture).not.toBe('manbij');
    expect(o.held(o.capture)).not.toBe('coalition');
  });

  test('with no Regime ground force, the Regime\'s objective is said to be the default', () => {
    const o = objectives('On January 26, 2015, Kurdish fighters of the YPG, backed by U.S. air strikes, drove ISIS out of Kobani. ISIS still holds Tell Abyad and Raqqa.');
    expect(o.report.holdDefault).toMatch(/no Regime force on the ground/);
  });
});

describe('hasGroundForce', () => {
  const sideOf = (id: string) => ACTORS.find((a) => a.id === id)?.side;
  test.each([
    ['aircraft and statements only', 'U.S.-led coalition aircraft struck. Washington said so.', false],
    ['U.S. special forces are on the ground', 'U.S. special forces advised the assault.', true],
    ['"American forces" are soldiers', 'American forces moved up.', true],
    ['the SDF is a ground force', 'The SDF attacked.', true],
  ])('coalition: %s', (_name, text, expected) => {
    expect(hasGroundForce(parseDocument(text), 'coalition', sideOf)).toBe(expected);
  });

  test('Russian jets are no Regime ground force; Syrian troops are', () => {
    expect(hasGroundForce(parseDocument('Russian jets bombed Palmyra.'), 'regime', sideOf)).toBe(false);
    expect(hasGroundForce(parseDocument('Syrian troops entered Palmyra.'), 'regime', sideOf)).toBe(true);
  });
});
