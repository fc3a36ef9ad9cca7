/**
 * A scenario given back as JSON (what `npm run scenario -- DOC --json` prints,
 * or a file saved from it), told from a news document by its first character:
 * a document never starts with `{`, so a file that does is read as a scenario
 * and never compiled as prose. Shared by the CLI's `--scenario` and the menu's
 * Open document.
 */
import { parseScenario, type Scenario } from '../rules';

export type ScenarioJsonResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

export function looksLikeScenarioJson(text: string): boolean {
  return text.trimStart().startsWith('{');
}

/** The scenario in `text`, checked as the engine checks a loaded one, or one sentence naming the field at fault. */
export function readScenarioJson(text: string, name: string): ScenarioJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${name} starts like JSON but is not valid JSON (${(e as Error).message}); a scenario file is the JSON "npm run scenario -- DOC --json" prints.` };
  }
  const checked = parseScenario(data, 'scenario');
  if (!checked.ok) return { ok: false, error: `${name} is not a scenario: ${checked.error.replace(/^scenario: /, '')}` };
  return { ok: true, scenario: checked.value };
}
