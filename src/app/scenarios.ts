import { parseScenario, type Scenario } from '../rules';
import { compileScenario } from '../scenario';
import seedText from '../../seeds/deir-ez-zor-2017.txt?raw';

export const BUILTIN_DOCUMENT = seedText;

export type ScenarioResult = { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; error: string };

/** Compiles a document into a scenario, then checks it as the engine would a loaded file. */
export function compileDocument(text: string, name = 'custom-document'): ScenarioResult {
  if (text.trim() === '') return { ok: false, error: 'The document is empty: paste or open a news text first.' };
  const compiled = compileScenario(text, { name });
  if (!compiled.ok) return { ok: false, error: compiled.error };
  const checked = parseScenario(compiled.scenario);
  if (!checked.ok) return { ok: false, error: `The compiled scenario is not playable: ${checked.error}` };
  return { ok: true, scenario: checked.value, warnings: compiled.warnings };
}

export function builtinScenario(): ScenarioResult {
  return compileDocument(seedText, 'deir-ez-zor-2017');
}
