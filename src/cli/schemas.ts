/** `npm run schemas`: writes docs/schema/*.schema.json; `--check` exits 1 naming a stale or missing one. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlags, run } from './args';
import { jsonSchemaFiles, SCHEMA_DIR } from './json-schemas';

const USAGE = 'Usage: npm run schemas -- [--check]   (writes the JSON Schemas of scenarios, replays and saves to docs/schema; --check only compares)';

await run(USAGE, () => {
  const { values } = parseFlags(process.argv.slice(2), { check: { type: 'boolean' } });
  const files = jsonSchemaFiles();
  if (values.check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      const path = join(SCHEMA_DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    for (const [name] of stale) process.stderr.write(`${join(SCHEMA_DIR, name)} is stale or missing; run npm run schemas.\n`);
    if (stale.length > 0) process.exitCode = 1;
    else process.stdout.write(`${Object.keys(files).length} schemas in ${SCHEMA_DIR} are up to date.\n`);
    return;
  }
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(SCHEMA_DIR, name), text);
  process.stdout.write(`Wrote ${Object.keys(files).map((n) => join(SCHEMA_DIR, n)).join(', ')}.\n`);
});
