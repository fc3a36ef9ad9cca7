import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR } from '../../src/cli/json-schemas';
import { exportReplay, loadGame, loadReplay, saveGame } from '../../src/rules';
import { compileScenario } from '../../src/scenario';
import { seedText } from '../../src/scenario/builtin-file';
import { randomGame, scenario } from '../rules/helpers';

const GOLDEN = ['builtin-1', 'builtin-2', 'fixture-1', 'fixture-2', 'fixture-3'].map((n) => readFileSync(join('test/golden', `${n}.replay.json`), 'utf8'));
const files = jsonSchemaFiles();
const ajv = new Ajv2020({ allErrors: false, strict: false });
const validate = (name: string) => ajv.compile(JSON.parse(files[name]!));
const replaySchema = validate('replay.schema.json');
const saveSchema = validate('save.schema.json');
const scenarioSchema = validate('scenario.schema.json');

describe('the JSON Schemas in docs/schema', () => {
  it('are the ones the zod schemas make today (npm run schemas rewrites them)', () => {
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(text);
  });

  it('accept every golden replay, a save the game writes, and the scenario the compiler makes of the seed document', () => {
    for (const text of GOLDEN) expect(replaySchema(JSON.parse(text)), JSON.stringify(replaySchema.errors)).toBe(true);
    const game = randomGame(scenario, 'schemas');
    const save = JSON.parse(saveGame(game));
    expect(saveSchema(save), JSON.stringify(saveSchema.errors)).toBe(true);
    expect(replaySchema(save)).toBe(false); // a save is not a replay: the format says which
    expect(replaySchema(JSON.parse(JSON.stringify(exportReplay(game, 'ab'.repeat(32)))))).toBe(true);
    const compiled = compileScenario(seedText());
    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(scenarioSchema(compiled.scenario), JSON.stringify(scenarioSchema.errors)).toBe(true);
  });

  it('refuse what the loader refuses for its shape: an unknown field, a malformed hash, an unknown action, a newer version', () => {
    const base = JSON.parse(GOLDEN[0]!);
    const broken = [
      { ...base, extra: 1 },
      { ...base, hash: 'not-a-hash' },
      { ...base, actions: [{ type: 'teleport', side: 'coalition' }] },
      { ...base, version: 4 },
      { ...base, scenario: { ...base.scenario, regions: [{ ...base.scenario.regions[0], strength: 99 }, ...base.scenario.regions.slice(1)] } },
    ];
    for (const file of broken) {
      expect(replaySchema(file)).toBe(false);
      expect(loadReplay(JSON.stringify(file)).ok).toBe(false);
    }
    expect(loadGame(GOLDEN[0]!).ok).toBe(false); // and the loader, like the schema, tells a replay from a save
  });

  it('npm run schemas -- --check says they are up to date, exit 0', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/schemas.ts', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('3 schemas in docs/schema are up to date.\n');
  });
});
