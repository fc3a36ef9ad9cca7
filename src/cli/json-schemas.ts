/**
 * JSON Schemas (draft 2020-12) of the files the game reads and writes,
 * generated from the zod schemas the loader uses (`z.toJSONSchema`), so
 * other tools can check a file without running the game. docs/schema holds
 * them; `npm run schemas` rewrites them, `npm run schemas -- --check` fails
 * when they are stale.
 */
import { z } from 'zod';
import { REPLAY_FORMAT, SAVE_FORMAT, scenarioSchema } from '../rules';
import { recordSchema } from '../rules/fileSchemas';

export const SCHEMA_DIR = 'docs/schema';

/** Each schema file's name and its text, as written. */
export function jsonSchemaFiles(): Record<string, string> {
  const scenario = scenarioSchema.meta({ title: 'Middle Euphrates scenario', description: 'A scenario as the compiler writes it (npm run scenario -- FILE --json) and every save and replay carries it.' });
  const files: Record<string, z.ZodType> = {
    'scenario.schema.json': scenario,
    'replay.schema.json': recordSchema(REPLAY_FORMAT),
    'save.schema.json': recordSchema(SAVE_FORMAT),
  };
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(files)) out[name] = `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12' }), null, 2)}\n`;
  return out;
}
