/** Node-only loader of the built-in scenario, for the CLI and tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../rules/scenario';
import { builtinScenario as fromText, SEED_DOCUMENT } from './builtin';

export const SEED_PATH = fileURLToPath(new URL(`../../${SEED_DOCUMENT}`, import.meta.url));

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

export function builtinScenario(): Scenario {
  return fromText(seedText());
}
