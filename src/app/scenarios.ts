import { parseScenario, type Scenario } from '../rules';
import { megabytes, tooLong } from '../scenario/decode';
import { MAX_DOCUMENT_BYTES } from '../scenario/defaults';
import compiledSeed from 'virtual:builtin-scenario';
import type { FileLimit } from './files';

/*
 * The page's scenarios. The built-in one was compiled from the seed document
 * when the game was built (scripts/builtin-scenario-plugin.ts), so the page
 * starts without the compiler; a document a player pastes or opens is
 * compiled in the worker (src/app/compileDocument.ts, src/app/jobs.ts).
 */

/** A document file over the compiler's cap in bytes is refused before it is read. */
export const DOCUMENT_LIMIT: FileLimit = { bytes: MAX_DOCUMENT_BYTES, refuse: (name) => tooLong(`${name} is more than ${megabytes(MAX_DOCUMENT_BYTES)}`) };

export type ScenarioResult = { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; error: string };

/** The built-in scenario, checked as the engine checks a loaded file. */
export function builtinScenario(): ScenarioResult {
  const checked = parseScenario(compiledSeed);
  if (!checked.ok) return { ok: false, error: `The built-in scenario is not playable: ${checked.error}` };
  return { ok: true, scenario: checked.value, warnings: checked.value.warnings };
}
