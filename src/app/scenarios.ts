import { parseScenario, type Scenario } from '../rules';
import seedText from '../../seeds/deir-ez-zor-2017.txt?raw';

/** The compiler's entry, looked up at build time so the game builds before it lands. */
type Compiled = { ok: true; scenario: Scenario; warnings?: string[] } | { ok: false; error: string };
type Compile = (text: string) => Compiled;

const compilerModules = import.meta.glob<{ compileScenario?: Compile }>('../scenario/index.ts', { eager: true });
const fixtureModules = import.meta.glob<{ fixtureScenario?: () => Scenario }>('../../test/fixtures/scenario.ts', { eager: true });

export const BUILTIN_DOCUMENT = seedText;

export type ScenarioResult = { ok: true; scenario: Scenario; warnings: string[] } | { ok: false; error: string };

function compiler(): Compile | null {
  for (const mod of Object.values(compilerModules)) if (typeof mod.compileScenario === 'function') return mod.compileScenario;
  return null;
}

/** Compiles a document into a scenario, then checks it as the engine would a loaded file. */
export function compileDocument(text: string): ScenarioResult {
  const compile = compiler();
  if (!compile) {
    const fixture = Object.values(fixtureModules)[0]?.fixtureScenario;
    if (fixture && text === seedText) return { ok: true, scenario: fixture(), warnings: ['The scenario compiler is not built yet: playing the test fixture map.'] };
    return { ok: false, error: 'The scenario compiler is not available in this build.' };
  }
  if (text.trim() === '') return { ok: false, error: 'The document is empty: paste or open a news text first.' };
  let compiled: Compiled;
  try {
    compiled = compile(text);
  } catch (e) {
    return { ok: false, error: `The scenario compiler failed: ${(e as Error).message}` };
  }
  if (!compiled.ok) return { ok: false, error: compiled.error };
  const checked = parseScenario(compiled.scenario);
  if (!checked.ok) return { ok: false, error: `The compiled scenario is not playable: ${checked.error}` };
  return { ok: true, scenario: checked.value, warnings: compiled.warnings ?? checked.value.warnings ?? [] };
}

export function builtinScenario(): ScenarioResult {
  return compileDocument(seedText);
}
