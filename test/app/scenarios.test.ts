import { describe, expect, it } from 'vitest';
import { compileDocument } from '../../src/app/compileDocument';
import { compileScenario } from '../../src/scenario';
import { seedText } from '../../src/scenario/builtin-file';

describe("the menu's document box", () => {
  const compiled = compileScenario(seedText());
  if (!compiled.ok) throw new Error(compiled.error);
  const json = JSON.stringify(compiled.scenario, null, 2);

  it('plays a scenario saved as JSON (npm run scenario -- DOC --json) as it is, never compiled as prose', () => {
    const r = compileDocument(json, 'scenario.json');
    expect(r).toEqual({ ok: true, scenario: compiled.scenario, warnings: compiled.scenario.warnings });
  });

  it('refuses JSON that is no scenario with the field at fault, and broken JSON saying so', () => {
    expect(compileDocument('{"id": 3}', 'x.json')).toEqual({ ok: false, error: expect.stringMatching(/^x\.json is not a scenario: id: /) });
    const noRegion = JSON.stringify({ ...compiled.scenario, objectives: { ...compiled.scenario.objectives, capture: 'mosul' } });
    expect(compileDocument(noRegion, 'x.json')).toEqual({ ok: false, error: 'x.json is not a scenario: scenario.objectives.capture: "mosul" is not a region.' });
    expect(compileDocument('{"id": ', 'x.json')).toEqual({ ok: false, error: expect.stringMatching(/^x\.json starts like JSON but is not valid JSON \(.+\); a scenario file is the JSON "npm run scenario -- DOC --json" prints\.$/) });
  });

  it('still compiles a news text', () => {
    const r = compileDocument(seedText(), 'seed.txt');
    expect(r.ok && r.scenario.regions.length).toBe(compiled.scenario.regions.length);
  });
});
