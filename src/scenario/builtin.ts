/**
 * The built-in scenario: the compiler's output for the seed document, never a
 * hand-written copy. The caller supplies the seed text (the browser imports
 * it with Vite's `?raw`, Node reads it from disk in `builtin.node.ts`).
 */
import type { Scenario } from '../rules/scenario';
import { compileScenario } from './compile';

export const SEED_DOCUMENT = 'seeds/deir-ez-zor-2017.txt';

export function builtinScenario(seedText: string): Scenario {
  const result = compileScenario(seedText, { name: 'deir-ez-zor-2017' });
  // The seed is ours and tested; failing here is a build error, not a user error.
  if (!result.ok) throw new Error(`The seed document does not compile: ${result.error}`);
  return result.scenario;
}
