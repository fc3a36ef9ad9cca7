import { actionSchema, type Action } from './actions';
import { apply } from './apply';
import { hash } from './hash';
import { toArray } from './history';
import { LIMITS, MOST_ACTIONS, mostActions } from './limits';
import { buildRules, type Ruleset } from './ruleset';
import { SIDES, type Scenario } from './scenario';
import { firstIssue, scenarioSchema } from './schema';
import { newGame } from './setup';
import type { GameState } from './state';

export const SAVE_FORMAT = 'middle-euphrates/save';
export const REPLAY_FORMAT = 'middle-euphrates/replay';
export const FORMAT_VERSION = 3;

/** Versions 1 and 2 recorded games under the rules before the manhunt (issue 11): their actions no longer make the same game. */
function outdated(what: string, version: number): string {
  return `This ${what} is format version ${version}, recorded under the earlier rules (before leaders fled on the board, overwatch and raids): its moves no longer make the same game, so it cannot be opened. Start a new game.`;
}

/**
 * A save and a replay hold the same thing: the scenario, the seed and every
 * action, with the final state's hash. The state is a pure function of them,
 * so loading replays the actions: a loaded game is always one the rules
 * reached, and its dice go on exactly as they would have. They differ in what
 * the game does with them (resume play, or watch).
 */
export interface Replay {
  format: typeof REPLAY_FORMAT | typeof SAVE_FORMAT;
  version: number;
  scenario: Scenario;
  seed: string;
  actions: Action[];
  /** The final state's hash when the file was written, checked on load. */
  hash: string;
  /**
   * The SHA-256 of the seed (64 hex digits) the players were shown before
   * the first die, when the seed was secret; absent when a player chose the
   * seed (the dice were known) and in files written before it existed. The
   * rules only carry it: the replay viewer and `npm run replay` check it.
   */
  commitment?: string;
}

export type SaveFile = Replay;

/** A loaded file, or the sentence saying what is wrong and where. */
export type Loaded<T> = { ok: true; value: T; migratedFrom?: number } | { ok: false; error: string };

/** A refusal: one line, whatever text of the file it quotes (control characters and line separators written as \\u escapes). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const fail = (error: string) => ({ ok: false as const, error: error.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) });
const q = (text: string) => JSON.stringify(text);

function record(state: GameState, format: Replay['format'], commitment: string | null = null): Replay {
  const r: Replay = { format, version: FORMAT_VERSION, scenario: state.rules.scenario, seed: state.seed, actions: toArray(state.actions), hash: hash(state) };
  if (commitment !== null) r.commitment = commitment;
  return r;
}

export function saveGame(state: GameState): string {
  return JSON.stringify(record(state, SAVE_FORMAT));
}

/** The replay of a game; give the seed's commitment when the players were shown one. */
export function exportReplay(state: GameState, commitment: string | null = null): Replay {
  return record(state, REPLAY_FORMAT, commitment);
}

/** Cross-references a schema cannot see: ids unique and known, the map connected, objectives on the map. */
export function scenarioProblem(s: Scenario): string | null {
  const ids = new Set<string>();
  for (const r of s.regions) {
    if (ids.has(r.id)) return `scenario.regions: the id ${q(r.id)} appears twice.`;
    ids.add(r.id);
    if (r.strength > 0 && r.control === null) return `scenario.regions.${q(r.id)}: units with no controlling side.`;
  }
  for (const [i, l] of s.links.entries()) if (!ids.has(l.a) || !ids.has(l.b)) return `scenario.links.${i}: links an unknown region.`;
  for (const key of ['capture', 'hold'] as const) if (!ids.has(s.objectives[key])) return `scenario.objectives.${key}: ${q(s.objectives[key])} is not a region.`;
  const sides = s.sides.map((d) => d.side);
  if (SIDES.some((side) => !sides.includes(side))) return 'scenario.sides: each of coalition, regime and islamicState needs one entry.';
  for (const d of s.sides) for (const b of d.bases) if (!ids.has(b)) return `scenario.sides.${d.side}.bases: ${q(b)} is not a region.`;
  const leaderIds = new Set<string>();
  for (const l of s.leaders) {
    if (leaderIds.has(l.id)) return `scenario.leaders: the id ${q(l.id)} appears twice.`;
    leaderIds.add(l.id);
    for (const o of l.startOptions) if (!ids.has(o)) return `scenario.leaders.${q(l.id)}.startOptions: ${q(o)} is not a region.`;
  }
  for (const e of s.events) if (e.turn > s.turns) return `scenario.events.${q(e.id)}: fires on turn ${e.turn}, after the last turn ${s.turns}.`;
  // A breadth-first walk over neighbour lists: linear in the map (sweeping the links until nothing
  // grows takes one sweep per step of a long chain).
  const next = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const l of s.links) {
    next.get(l.a)!.push(l.b);
    next.get(l.b)!.push(l.a);
  }
  const seen = new Set<string>([s.regions[0]!.id]);
  const queue = [s.regions[0]!.id];
  for (let q = 0; q < queue.length; q++) {
    for (const n of next.get(queue[q]!)!) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  if (seen.size !== ids.size) return `scenario.links: the map is not connected (${ids.size - seen.size} region(s) cut off).`;
  return null;
}

export function parseScenario(data: unknown, where = 'scenario'): Loaded<Scenario> {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return fail(`${where}: ${firstIssue(parsed.error)}`);
  // Each text has its ceiling; all of them together have one too, so the files the game writes stay under LIMITS.fileChars.
  const chars = JSON.stringify(data).length;
  if (chars > LIMITS.scenarioChars) return fail(`${where}: ${(chars / 1024 / 1024).toFixed(1)} MB of JSON; a scenario holds at most ${LIMITS.scenarioChars / 1024 / 1024} MB.`);
  // The input itself, not zod's copy: the schema has vouched for it, and its key order stays the file's.
  const problem = scenarioProblem(data as Scenario);
  return problem ? fail(problem) : { ok: true, value: data as Scenario };
}

function parseEnvelope(text: string, format: string, what: string): Loaded<Record<string, unknown>> {
  if (text.length > LIMITS.fileChars) {
    return fail(`This ${what} is ${(text.length / 1024 / 1024).toFixed(1)} MB; a ${what} of more than ${LIMITS.fileChars / 1024 / 1024} MB is refused (the longest game is far less).`);
  }
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
  if (obj.version > FORMAT_VERSION) return fail(`This ${what} is format version ${obj.version}; this game reads versions up to ${FORMAT_VERSION}. Update the game to open it.`);
  return { ok: true, value: obj };
}

/** The fields of a record (save or replay, either version), checked one by one and named when wrong. */
function parseRecord(obj: Record<string, unknown>, what: string, format: Replay['format']): Loaded<Replay> {
  const label = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  const scenario = parseScenario(obj.scenario, `${label} field scenario`);
  if (!scenario.ok) return scenario;
  if (typeof obj.seed !== 'string' || obj.seed.length > LIMITS.seedChars) return fail(`${label} field seed: expected text of at most ${LIMITS.seedChars.toLocaleString('en-US')} characters.`);
  if (!Array.isArray(obj.actions)) return fail(`${label} field actions: expected a list.`);
  // Counted before any is read: a game of this scenario cannot hold more, whatever was played.
  const most = Math.min(MOST_ACTIONS, mostActions(scenario.value));
  if (obj.actions.length > most) {
    return fail(`${label} field actions: ${obj.actions.length.toLocaleString('en-US')} actions, but a game of this scenario holds at most ${most.toLocaleString('en-US')} (${scenario.value.turns} turns of every side's action points, phase ends and leader moves).`);
  }
  const actions: Action[] = [];
  for (const [i, a] of obj.actions.entries()) {
    const parsed = actionSchema.safeParse(a);
    if (!parsed.success) return fail(`${label} field actions.${i}.${firstIssue(parsed.error)}`);
    actions.push(a as Action);
  }
  if (typeof obj.hash !== 'string' || !/^[0-9a-f]{16}$/.test(obj.hash)) return fail(`${label} field hash: expected 16 hexadecimal digits.`);
  if (obj.commitment !== undefined && (typeof obj.commitment !== 'string' || !/^[0-9a-f]{64}$/.test(obj.commitment))) return fail(`${label} field commitment: expected the seed's SHA-256, 64 lowercase hex digits.`);
  const extra = Object.keys(obj).find((k) => !['format', 'version', 'scenario', 'seed', 'actions', 'hash', 'commitment'].includes(k));
  if (extra) return fail(`${label} has an unknown field "${extra}".`);
  const value: Replay = { format, version: FORMAT_VERSION, scenario: scenario.value, seed: obj.seed, actions, hash: obj.hash };
  if (typeof obj.commitment === 'string') value.commitment = obj.commitment;
  return { ok: true, value };
}

/**
 * Plays a record's actions from a new game; refuses at the first illegal
 * action, naming it. Give the ruleset to replay many records of one scenario.
 */
export function runReplay(replay: Replay, upTo = replay.actions.length, rules: Ruleset = buildRules(replay.scenario)): Loaded<GameState> {
  let state = newGame(rules, replay.seed);
  for (let i = 0; i < upTo; i++) {
    const action = replay.actions[i]!;
    const next = apply(state, action);
    if (!next.ok) return fail(`Replay action ${i} (${action.type} by ${action.side}) is illegal: ${next.error.message}`);
    state = next.state;
  }
  return { ok: true, value: state };
}

export function loadReplay(text: string): Loaded<Replay> {
  const env = parseEnvelope(text, REPLAY_FORMAT, 'replay');
  if (!env.ok) return env;
  if (env.value.version !== FORMAT_VERSION) return fail(outdated('replay', env.value.version as number));
  return parseRecord(env.value, 'replay', REPLAY_FORMAT);
}

/** A save file: the game it records, replayed and checked against the hash it was saved with. */
export function loadGame(text: string): Loaded<GameState> {
  const env = parseEnvelope(text, SAVE_FORMAT, 'save file');
  if (!env.ok) return env;
  if (env.value.version !== FORMAT_VERSION) return fail(outdated('save file', env.value.version as number));
  const parsed = parseRecord(env.value, 'save file', SAVE_FORMAT);
  if (!parsed.ok) return parsed;
  const played = runReplay(parsed.value);
  if (!played.ok) return fail(`Save file: ${played.error}`);
  if (hash(played.value) !== parsed.value.hash) return fail('Save file: its actions do not lead to the game it recorded (the hash differs); it was changed or damaged.');
  return { ok: true, value: played.value };
}
