/**
 * The scenario a command was pointed at with `--scenario FILE`: a news
 * document to compile, or a scenario JSON (`npm run scenario -- DOC --json`)
 * loaded back as it is. A file that starts with `{` is read as JSON and never
 * compiled as prose; a bad one is refused with the field at fault.
 */
import { scenarioProblem, scenarioSchema, type Scenario } from '../rules';
import { firstIssue } from '../rules/schema';
import { compileScenario } from '../scenario';
import { builtinScenario } from '../scenario/builtin-file';
import { UsageError } from './args';
import { readUserFile } from './files';

export function loadScenarioFile(path: string | undefined): Scenario {
  if (!path) return builtinScenario();
  const text = readUserFile(path, 'scenario or document');
  if (text.trimStart().startsWith('{')) return scenarioJson(path, text);
  const compiled = compileScenario(text);
  if (!compiled.ok) throw new UsageError(`${path}: ${compiled.error}`);
  return compiled.scenario;
}

function scenarioJson(path: string, text: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path} starts like JSON but is not valid JSON (${(e as Error).message}); a scenario file is the JSON "npm run scenario -- DOC --json" prints.`);
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) throw new UsageError(`${path} is not a scenario: ${firstIssue(parsed.error)}.`);
  const problem = scenarioProblem(parsed.data);
  if (problem) throw new UsageError(`${path}: ${problem}`);
  return parsed.data;
}
