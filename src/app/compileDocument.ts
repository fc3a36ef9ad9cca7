import { parseScenario } from '../rules';
import { compileScenario, type CompileOptions } from '../scenario';
import { looksLikeScenarioJson, readScenarioJson } from '../scenario/scenario-json';
import type { ScenarioResult } from './scenarios';

/**
 * A document a player pastes or opens, compiled into a scenario and checked as
 * the engine would a loaded file. It runs in the document worker
 * (src/app/jobs.ts): the compiler, its language model and gazetteer stay out
 * of the page's own bundle.
 */
export function compileDocument(text: string, name = 'custom-document', progress?: CompileOptions['progress']): ScenarioResult {
  if (text.trim() === '') return { ok: false, error: 'The document is empty: paste or open a news text first.' };
  // A scenario saved as JSON (npm run scenario -- DOC --json) plays as it is, never compiled as prose.
  if (looksLikeScenarioJson(text)) {
    const read = readScenarioJson(text, name);
    return read.ok ? { ok: true, scenario: read.scenario, warnings: read.scenario.warnings } : read;
  }
  const compiled = compileScenario(text, { name, progress });
  if (!compiled.ok) return { ok: false, error: compiled.error };
  const checked = parseScenario(compiled.scenario);
  if (!checked.ok) return { ok: false, error: `The compiled scenario is not playable: ${checked.error}` };
  return { ok: true, scenario: checked.value, warnings: compiled.warnings };
}
