import { z } from 'zod';
import {
  canonicalJson,
  FORMAT_VERSION,
  hash,
  loadGame,
  NUMBERS,
  observe,
  parseScenario,
  SAVE_FORMAT,
  SIDES,
  SIDE_NAMES,
  toArray,
  type Action,
  type Chapter,
  type GameState,
  type Loaded,
  type Observation,
  type Scenario,
  type Side,
} from '../rules';
import { ITERATIONS, KDF, MAX_ITERATIONS, MIN_ITERATIONS, seal, unseal, type Sealed } from './cipher';

/**
 * A private save, for play by file: one side's view of the game in plain,
 * and the whole game sealed under the passphrase of the side whose secrets it
 * holds. The plain part is the side's observation (the rules' `observe`: a
 * hidden leader is an id and where it was last seen, and the log holds only
 * the events that side may see, so Islamic State's `leaderMoved` events are
 * not in a hunter's), with the scenario, which every side knows. The seed and
 * the actions, the secret leader moves among them, are only in the sealed part.
 *
 * Islamic State is the only side with secrets (its leaders' whereabouts and
 * moves; the Coalition's and the Regime's every action is public), so the
 * game is sealed under its passphrase, and the dice to come go with it.
 */
export const PRIVATE_FORMAT = 'middle-euphrates/private-save';
export const PRIVATE_VERSION = 1;
export const SECRET_KEEPERS: readonly Side[] = ['islamicState'];
export const MIN_PASSPHRASE = 8;

/** A side's observation as a file holds it: the ruleset (rebuilt from the scenario) left out, the log oldest first. */
export type PlainView = Omit<Observation, 'rules' | 'log'> & { log: Chapter[] };

export interface PrivateSave {
  format: typeof PRIVATE_FORMAT;
  version: typeof PRIVATE_VERSION;
  /** The side whose view the plain part is: the player the file goes to. */
  for: Side;
  scenario: Scenario;
  view: PlainView;
  sealed: Partial<Record<Side, Sealed>>;
}

/** What the sealed part holds: with the scenario, a save file. */
interface Secrets {
  seed: string;
  actions: Action[];
  hash: string;
}

export function plainView(state: GameState, side: Side): PlainView {
  const { rules: _rules, log, ...rest } = observe(state, side);
  return { ...rest, log: toArray(log) };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The plain part's text that the seal authenticates for one keeper: changing any of it, or moving a seal to another side, is refused. */
function authenticated(file: Omit<PrivateSave, 'sealed'>, keeper: Side): Uint8Array<ArrayBuffer> {
  const { format, version, for: side, scenario, view } = file;
  return bytes(canonicalJson({ format, version, for: side, scenario, view, keeper }));
}

/** The longest any action of this scenario can be, as JSON. */
function widestAction(scenario: Scenario): number {
  const longest = (ids: readonly string[]) => ids.reduce((a, b) => (bytes(JSON.stringify(b)).length > bytes(JSON.stringify(a)).length ? b : a), '');
  const region = longest(scenario.regions.map((r) => r.id));
  const leader = longest(scenario.leaders.map((l) => l.id));
  const side = longest(SIDES) as Side;
  const widest: Action[] = [
    { type: 'move', side, from: region, to: region, strength: NUMBERS.maxStrength },
    { type: 'attack', side, from: region, to: region },
    { type: 'airStrike', side, target: region },
    { type: 'reinforce', side, region },
    { type: 'moveLeader', side, leader, to: region },
    { type: 'deconflict', side },
    { type: 'endPhase', side },
  ];
  return Math.max(...widest.map((a) => bytes(JSON.stringify(a)).length));
}

/**
 * The sealed part's length is a function of what every side knows, so its
 * size tells nothing: room for every public action and for every leader to
 * have moved in every leader phase so far (at most once each), each action at
 * the widest this scenario allows, and for the seed (a seed over a kilobyte
 * shows its length).
 */
function paddedLength(state: GameState): number {
  const open = toArray(state.actions).filter((a) => a.type !== 'moveLeader').length;
  let leaderPhases = 0;
  for (const chapter of toArray(state.chronicle)) for (const e of chapter.events) if (e.type === 'phaseBegan' && e.phase === 'leaders') leaderPhases++;
  const slots = open + leaderPhases * state.rules.scenario.leaders.length;
  const frame = bytes(JSON.stringify({ seed: '', actions: [], hash: '0'.repeat(16) })).length;
  return frame + Math.max(1024, bytes(JSON.stringify(state.seed)).length) + slots * (widestAction(state.rules.scenario) + 1);
}

export type Exported = { ok: true; text: string } | { ok: false; error: string };

/** A private save of the game for one side, sealed under each keeper's passphrase (`iterations` of PBKDF2: the default but in tests). */
export async function exportPrivateSave(state: GameState, side: Side, passphrases: Partial<Record<Side, string>>, iterations = ITERATIONS): Promise<Exported> {
  for (const keeper of SECRET_KEEPERS) {
    if ((passphrases[keeper] ?? '').length < MIN_PASSPHRASE) return { ok: false, error: `${SIDE_NAMES[keeper]}'s passphrase must be at least ${MIN_PASSPHRASE} characters.` };
  }
  const head = { format: PRIVATE_FORMAT, version: PRIVATE_VERSION, for: side, scenario: state.rules.scenario, view: plainView(state, side) } as const;
  const secrets: Secrets = { seed: state.seed, actions: toArray(state.actions), hash: hash(state) };
  const text = JSON.stringify(secrets);
  const plain = bytes(text + ' '.repeat(Math.max(0, paddedLength(state) - bytes(text).length)));
  const sealed: Partial<Record<Side, Sealed>> = {};
  for (const keeper of SECRET_KEEPERS) sealed[keeper] = await seal(plain, passphrases[keeper]!, authenticated(head, keeper), iterations);
  const file: PrivateSave = { ...head, sealed };
  return { ok: true, text: JSON.stringify(file) };
}

const b64 = z.string().max(64 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealedSchema = z.strictObject({
  kdf: z.literal(KDF),
  iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
  salt: b64,
  iv: b64,
  check: b64,
  data: b64,
});
const fileSchema = z.strictObject({
  format: z.literal(PRIVATE_FORMAT),
  version: z.literal(PRIVATE_VERSION),
  for: z.enum(SIDES),
  scenario: z.unknown(),
  view: z.looseObject({ turn: z.number(), phase: z.string(), active: z.enum(SIDES) }),
  sealed: z.partialRecord(z.enum(SIDES), sealedSchema),
});

/** Null when the text is not a private save at all (another kind of file); else the file, or what is wrong with it and where. */
export function readPrivateSave(text: string): Loaded<PrivateSave> | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PRIVATE_FORMAT) return null;
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `Private save field ${issue.path.map(String).join('.') || '(top)'}: ${issue.message}.` };
  }
  const scenario = parseScenario(parsed.data.scenario, 'Private save field scenario');
  if (!scenario.ok) return scenario;
  return { ok: true, value: data as PrivateSave };
}

/** What the file says in plain: whose view, when, and whose secrets are sealed in it. */
export function describePrivateSave(file: PrivateSave): string {
  const v = file.view;
  const when = v.phase === 'over' ? 'the game is over' : `${SIDE_NAMES[v.active]}'s ${v.phase === 'leaders' ? 'leader phase' : 'operations'}`;
  const keepers = (Object.keys(file.sealed) as Side[]).map((s) => SIDE_NAMES[s]).join(' and ');
  return `A private save for the ${SIDE_NAMES[file.for]}: turn ${v.turn}, ${when}. ${keepers}'s secrets are sealed in it.`;
}

/** The whole game, unsealed with the keeper's passphrase, loaded as a save file (replayed, its hash checked) and checked against the plain view. */
export async function openPrivateSave(file: PrivateSave, passphrase: string, keeper: Side = SECRET_KEEPERS[0]!): Promise<Loaded<GameState>> {
  const sealed = file.sealed[keeper];
  if (!sealed) return { ok: false, error: `This private save holds nothing sealed for ${SIDE_NAMES[keeper]}.` };
  const opened = await unseal(sealed, passphrase, authenticated(file, keeper));
  if (!opened.ok) {
    return opened.why === 'passphrase'
      ? { ok: false, error: `Wrong passphrase for ${SIDE_NAMES[keeper]} (or its seal was changed): nothing was loaded.` }
      : { ok: false, error: 'This private save was changed after it was sealed: nothing was loaded.' };
  }
  let secrets: Partial<Secrets> | null = null;
  try {
    secrets = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(opened.plain)) as Partial<Secrets> | null;
  } catch {
    // Refused just below.
  }
  if (typeof secrets !== 'object' || secrets === null) return { ok: false, error: 'The sealed game is not readable: nothing was loaded.' };
  const save = JSON.stringify({ format: SAVE_FORMAT, version: FORMAT_VERSION, scenario: file.scenario, seed: secrets.seed, actions: secrets.actions, hash: secrets.hash });
  const loaded = loadGame(save);
  if (!loaded.ok) return { ok: false, error: `The sealed game does not load (${loaded.error}): nothing was loaded.` };
  if (canonicalJson(plainView(loaded.value, file.for)) !== canonicalJson(file.view)) {
    return { ok: false, error: `This private save's plain view is not the ${SIDE_NAMES[file.for]}'s view of the sealed game: nothing was loaded.` };
  }
  return loaded;
}
