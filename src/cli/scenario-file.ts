/**
 * The scenario a command was pointed at with `--scenario FILE`: a news
 * document to compile, or a scenario JSON (`npm run scenario -- DOC --json`)
 * loaded back as it is. A file that starts with `{` is read as JSON and never
 * compiled as prose; a bad one is refused with the field at fault.
 */
import type { Scenario } from '../rules';
import { compileScenario } from '../scenario';
import { builtinScenario } from '../scenario/builtin-file';
import { looksLikeScenarioJson, readScenarioJson } from '../scenario/scenario-json';
import { UsageError } from './args';
import { readUserFile } from './files';

export function loadScenarioFile(path: string | undefined): Scenario {
  if (!path) return builtinScenario();
  const text = readUserFile(path, 'scenario or document');
  if (looksLikeScenarioJson(text)) {
    const read = readScenarioJson(text, path);
    if (!read.ok) throw new UsageError(read.error);
    return read.scenario;
  }
  const compiled = compileScenario(text);
  if (!compiled.ok) throw new UsageError(`${path}: ${compiled.error}`);
  return compiled.scenario;
}
