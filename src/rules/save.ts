import type { Action } from './actions';
import { apply } from './apply';
import { invariantProblem } from './invariants';
import { hash } from './hash';
import { SIDES, type Scenario } from './scenario';
import { actionSchema, firstIssue, gameStateSchema, scenarioSchema } from './schema';
import { newGame } from './setup';
import type { GameState } from './state';
import { actionsOf } from './view';

export const SAVE_FORMAT = 'middle-euphrates/save';
export const REPLAY_FORMAT = 'middle-euphrates/replay';
export const FORMAT_VERSION = 1;

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: number;
  state: GameState;
}

/** A replay: the scenario, the seed and every action; replaying them gives the same state, byte for byte. */
export interface Replay {
  format: typeof REPLAY_FORMAT;
  version: number;
  scenario: Scenario;
  seed: string;
  actions: Action[];
  /** The final state's hash when the replay was written, checked on replay. */
  hash: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = (error: string) => ({ ok: false as const, error });

export function saveGame(state: GameState): string {
  const file: SaveFile = { format: SAVE_FORMAT, version: FORMAT_VERSION, state };
  return JSON.stringify(file);
}

export function exportReplay(state: GameState): Replay {
  return { format: REPLAY_FORMAT, version: FORMAT_VERSION, scenario: state.scenario, seed: state.seed, actions: actionsOf(state), hash: hash(state) };
}

function parseEnvelope(text: string, format: string, what: string): Loaded<Record<string, unknown>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`This ${what} is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(`This ${what} is not a JSON object.`);
  const obj = data as Record<string, unknown>;
  if (obj.format !== format) return fail(`This is not a ${what}: "format" is ${JSON.stringify(obj.format)}, expected "${format}".`);
  if (typeof obj.version !== 'number' || !Number.isInteger(obj.version) || obj.version < 1) return fail(`This ${what} has no valid "version".`);
  if (obj.version > FORMAT_VERSION) return fail(`This ${what} is format version ${obj.version}; this game reads version ${FORMAT_VERSION}. Update the game to open it.`);
  return { ok: true, value: obj };
}

/** Cross-references a schema cannot see: ids unique and known, the map connected, objectives on the map. */
export function scenarioProblem(s: Scenario): string | null {
  const ids = new Set<string>();
  for (const r of s.regions) {
    if (ids.has(r.id)) return `scenario.regions: the id "${r.id}" appears twice.`;
    ids.add(r.id);
    if (r.strength > 0 && r.control === null) return `scenario.regions.${r.id}: units with no controlling side.`;
  }
  for (const [i, l] of s.links.entries()) if (!ids.has(l.a) || !ids.has(l.b)) return `scenario.links.${i}: links an unknown region.`;
  for (const key of ['capture', 'hold'] as const) if (!ids.has(s.objectives[key])) return `scenario.objectives.${key}: "${s.objectives[key]}" is not a region.`;
  const sides = s.sides.map((d) => d.side);
  if (SIDES.some((side) => !sides.includes(side))) return 'scenario.sides: each of coalition, regime and islamicState needs one entry.';
  for (const d of s.sides) for (const b of d.bases) if (!ids.has(b)) return `scenario.sides.${d.side}.bases: "${b}" is not a region.`;
  const leaderIds = new Set<string>();
  for (const l of s.leaders) {
    if (leaderIds.has(l.id)) return `scenario.leaders: the id "${l.id}" appears twice.`;
    leaderIds.add(l.id);
    for (const o of l.startOptions) if (!ids.has(o)) return `scenario.leaders.${l.id}.startOptions: "${o}" is not a region.`;
  }
  for (const e of s.events) if (e.turn > s.turns) return `scenario.events.${e.id}: fires on turn ${e.turn}, after the last turn ${s.turns}.`;
  const seen = new Set<string>([s.regions[0]!.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of s.links) {
      if (seen.has(l.a) !== seen.has(l.b)) {
        seen.add(l.a).add(l.b);
        grew = true;
      }
    }
  }
  if (seen.size !== ids.size) return `scenario.links: the map is not connected (${ids.size - seen.size} region(s) cut off).`;
  return null;
}

/** What a schema cannot see in a saved state: it must fit its scenario and be a state the rules could reach. */
function stateProblem(state: GameState): string | null {
  const s = state.scenario;
  if (state.regions.length !== s.regions.length) return `state.regions: ${state.regions.length} entries for ${s.regions.length} regions.`;
  if (state.leaders.length !== s.leaders.length) return `state.leaders: ${state.leaders.length} entries for ${s.leaders.length} leaders.`;
  for (const [i, l] of state.leaders.entries()) {
    if (l.id !== s.leaders[i]!.id) return `state.leaders.${i}: id "${l.id}" does not match the scenario's "${s.leaders[i]!.id}".`;
  }
  if (state.turn > s.turns) return `state.turn: ${state.turn} is past the scenario's ${s.turns} turns.`;
  for (const [key, lists] of [['log', state.log], ['actions', state.actions]] as const) {
    if (lists.length > state.turn + 1) return `state.${key}: ${lists.length} turns of entries, but the game is on turn ${state.turn}.`;
  }
  for (const [t, entries] of state.log.entries()) {
    const stray = entries.findIndex((e) => e.turn !== t);
    if (stray >= 0) return `state.log.${t}.${stray}: an entry of turn ${entries[stray]!.turn} filed under turn ${t}.`;
  }
  const broken = invariantProblem(state);
  return broken ? `state is not a position the rules can reach: ${broken}` : null;
}

export function parseScenario(data: unknown, where = 'scenario'): Loaded<Scenario> {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return fail(`${where}: ${firstIssue(parsed.error)}`);
  // The input itself, not zod's copy: the schema has vouched for it, and its key order stays the file's.
  const problem = scenarioProblem(data as Scenario);
  return problem ? fail(problem) : { ok: true, value: data as Scenario };
}

export function loadGame(text: string): Loaded<GameState> {
  const env = parseEnvelope(text, SAVE_FORMAT, 'save file');
  if (!env.ok) return env;
  const parsed = gameStateSchema.safeParse(env.value.state);
  if (!parsed.success) return fail(`Save file field state.${firstIssue(parsed.error)}`);
  const state = env.value.state as GameState;
  const problem = scenarioProblem(state.scenario) ?? stateProblem(state);
  return problem ? fail(`Save file: ${problem}`) : { ok: true, value: state };
}

export function loadReplay(text: string): Loaded<Replay> {
  const env = parseEnvelope(text, REPLAY_FORMAT, 'replay');
  if (!env.ok) return env;
  const scenario = parseScenario(env.value.scenario, 'Replay field scenario');
  if (!scenario.ok) return scenario;
  if (typeof env.value.seed !== 'string') return fail('Replay field seed: expected text.');
  if (typeof env.value.hash !== 'string') return fail('Replay field hash: expected text.');
  if (!Array.isArray(env.value.actions)) return fail('Replay field actions: expected a list.');
  const actions: Action[] = [];
  for (const [i, a] of env.value.actions.entries()) {
    const parsed = actionSchema.safeParse(a);
    if (!parsed.success) return fail(`Replay field actions.${i}.${firstIssue(parsed.error)}`);
    actions.push(a as Action);
  }
  const extra = Object.keys(env.value).find((k) => !['format', 'version', 'scenario', 'seed', 'actions', 'hash'].includes(k));
  if (extra) return fail(`Replay has an unknown field "${extra}".`);
  return { ok: true, value: { format: REPLAY_FORMAT, version: env.value.version as number, scenario: scenario.value, seed: env.value.seed, actions, hash: env.value.hash } };
}

/** Plays a replay's actions from a new game; refuses at the first illegal action, naming it. */
export function runReplay(replay: Replay, upTo = replay.actions.length): Loaded<GameState> {
  let state = newGame(replay.scenario, replay.seed);
  for (let i = 0; i < upTo; i++) {
    const action = replay.actions[i]!;
    const next = apply(state, action);
    if (!next.ok) return fail(`Replay action ${i} (${action.type} by ${action.side}) is illegal: ${next.error.message}`);
    state = next.state;
  }
  return { ok: true, value: state };
}
