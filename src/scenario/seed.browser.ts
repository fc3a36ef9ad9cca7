/**
 * The built-in scenario in the browser: Vite inlines the seed document and
 * the compiler runs at start-up.
 */
import seedText from '../../seeds/deir-ez-zor-2017.txt?raw';
import type { Scenario } from '../rules/scenario';
import { builtinScenario as fromText } from './builtin';

export { seedText };

export function builtinScenario(): Scenario {
  return fromText(seedText);
}
