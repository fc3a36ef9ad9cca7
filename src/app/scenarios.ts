import { parseScenario, type Scenario } from '../rules';
import { compileScenario, type CompileOptions } from '../scenario';
import { megabytes, tooLong } from '../scenario/decode';
import { MAX_DOCUMENT_BYTES } from '../scenario/defaults';
import { looksLikeScenarioJson, readScenarioJson } from '../scenario/scenario-json';
import seedText from '../../seeds/deir-ez-zor-2017.txt?raw';
import type { FileLimit } from './files';

export const BUILTIN_DOCUMENT = seedText;

/** A document file over the compiler's cap in bytes is refused before it is read. */
export const DOCUMENT_LIMIT: FileLimit = { bytes: MAX_DOCUMENT_BYTES, refuse: (name) => tooLong(`${name} is more than ${megabytes(MAX_DOCUMENT_BYTES)}`) };

export type ScenarioResult = { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; error: string };

/** Compiles a document into a scenario, then checks it as the engine would a loaded file. */
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

export function builtinScenario(): ScenarioResult {
  return compileDocument(seedText, 'deir-ez-zor-2017');
}
