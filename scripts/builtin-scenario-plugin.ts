/**
 * The built-in scenario, compiled from the seed document when the game is
 * built (and by the dev server), never typed in: `virtual:builtin-scenario`
 * is the compiler's output for `seeds/deir-ez-zor-2017.txt`. The page then
 * starts without the compiler, its language model and gazetteer, which only
 * the document worker loads (src/app/jobs.worker.ts), for a document a
 * player pastes or opens.
 */
import type { Plugin } from 'vite';
import { builtinScenario, SEED_PATH } from '../src/scenario/builtin-file';

const ID = 'virtual:builtin-scenario';
const RESOLVED = `\0${ID}`;

export function builtinScenarioPlugin(): Plugin {
  return {
    name: 'middle-euphrates-builtin-scenario',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(SEED_PATH);
      return `export default ${JSON.stringify(builtinScenario())};`;
    },
  };
}
