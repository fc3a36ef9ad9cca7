/**
 * The save and replay fuzzer's corpus and its verdict on one mutant (the
 * `npm run fuzz` command and the tests share them). A mutant is refused with
 * a one-line sentence, or accepted; an accepted one must be a game the rules
 * play to the end with random legal actions, every state sound, whose save
 * and replay load back to the same game. Anything else is a crash (a throw),
 * a hang (a game that runs past the most actions its scenario holds; the
 * command also times each mutant out) or unplayable.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import {
  addDays,
  apply,
  describe,
  exportReplay,
  hash,
  invariantProblem,
  legalActions,
  loadGame,
  loadReplay,
  mostActions,
  newGame,
  observe,
  runReplay,
  saveGame,
  sizeOf,
  SIDES,
  toArray,
  REPLAY_FORMAT,
  SAVE_FORMAT,
  type GameEvent,
  type GameState,
  type Loaded,
  type Scenario,
} from '../rules';
import { builtinScenario } from '../scenario/builtin-file';
import { Chooser, mutate, shapeOf, type Json, type Shape } from './mutate';

export type FileKind = 'save' | 'replay';

export interface CorpusFile {
  name: string;
  kind: FileKind;
  text: string;
}

export type Verdict = { kind: 'refused' | 'accepted'; detail?: string } | { kind: 'crash' | 'hang' | 'unplayable'; detail: string };

const ROOT = new URL('../../', import.meta.url);
const at = (path: string) => new URL(path, ROOT);

/** A game of random legal actions from `seed`, stopped after `steps` (and, for `inLeaderPhase`, once in a leader phase), or at its end. */
function randomPlay(scenario: Scenario, seed: string, steps: number, inLeaderPhase = false): GameState {
  const pick = seedrandom.alea(`pick:${seed}`);
  let s = newGame(scenario, seed);
  for (let i = 0; s.phase !== 'over' && (i < steps || (inLeaderPhase && s.phase !== 'leaders')); i++) {
    const legal = legalActions(s, s.active);
    const r = apply(s, legal[Math.floor(pick() * legal.length)]!);
    if (!r.ok) throw new Error(`corpus game ${seed}: ${r.error.message}`);
    s = r.state;
  }
  return s;
}

/**
 * Real files: the golden replays (and each as a save), the version-1
 * fixtures, and saves and replays of seeded random games on the built-in
 * scenario and the engine's fixture, stopped in every phase and at the end.
 */
export function corpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const golden = readdirSync(at('test/golden')).filter((f) => f.endsWith('.json')).sort();
  let fixture: Scenario | null = null;
  for (const f of golden) {
    const text = readFileSync(at(`test/golden/${f}`), 'utf8');
    files.push({ name: `golden/${f}`, kind: 'replay', text });
    const record = JSON.parse(text) as { scenario: Scenario };
    if (f.startsWith('fixture')) fixture ??= record.scenario;
    files.push({ name: `golden/${f} as a save`, kind: 'save', text: JSON.stringify({ ...record, format: SAVE_FORMAT }) });
  }
  for (const f of readdirSync(at('test/fixtures/v1')).filter((n) => n.endsWith('.json')).sort()) {
    files.push({ name: `fixtures/v1/${f}`, kind: f.includes('.save.') ? 'save' : 'replay', text: readFileSync(at(`test/fixtures/v1/${f}`), 'utf8') });
  }
  const scenarios: [string, Scenario][] = [['built-in', builtinScenario()]];
  if (fixture) scenarios.push(['fixture', fixture]);
  for (let k = 0; k < 12; k++) {
    const [label, scenario] = scenarios[k % scenarios.length]!;
    const steps = [3, 17, 40, 75, 120, 10_000][k % 6]!;
    const s = randomPlay(scenario, `corpus:${k}`, steps, k % 3 === 1);
    const kind: FileKind = k % 4 < 2 ? 'save' : 'replay';
    // Some replays carry the seed's commitment, as a game played on a secret seed exports them.
    const commitment = k % 4 === 2 ? createHash('sha256').update(s.seed, 'utf8').digest('hex') : null;
    const text = kind === 'save' ? saveGame(s) : JSON.stringify(exportReplay(s, commitment));
    files.push({ name: `${label} game corpus:${k}, ${s.phase === 'over' ? 'finished' : `turn ${s.turn} ${s.phase} ${s.active}`} (${kind}${commitment ? ' with a commitment' : ''})`, kind, text });
  }
  return files;
}

/** The corpus with each file's shape indexed once, for many mutants. */
export interface Fuzzing {
  files: CorpusFile[];
  shapes: Shape[];
}

export function prepare(files: CorpusFile[] = corpus()): Fuzzing {
  return { files, shapes: files.map((f) => shapeOf(JSON.parse(f.text) as Json)) };
}

export interface MutantCase {
  index: number;
  file: CorpusFile;
  text: string;
  ops: string[];
  /** Give the mutant the hash its own game has, as anyone can (the hash is a checksum, not a seal). */
  reseal: boolean;
}

/** Mutant `index` of `seed`: the same file on every machine and in every worker. */
export function mutantAt(f: Fuzzing, seed: string, index: number): MutantCase {
  const c = new Chooser(`${seed}:${index}`);
  const k = c.int(f.files.length);
  const { text, ops } = mutate(f.shapes[k]!, c);
  return { index, file: f.files[k]!, text, ops, reseal: c.chance(0.75) };
}

/** The hash the mutant's own actions lead to, written in; the text unchanged when it does not replay. */
function resealed(text: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return text;
  const obj = data as Record<string, unknown>;
  const replay = loadReplay(JSON.stringify({ ...obj, format: REPLAY_FORMAT }));
  if (!replay.ok) return text;
  const end = runReplay(replay.value);
  return end.ok ? JSON.stringify({ ...obj, hash: hash(end.value) }) : text;
}

/** A refusal is a sentence: one line, with something to say. */
function badRefusal(r: Loaded<unknown>): string | null {
  if (r.ok) return null;
  if (typeof r.error !== 'string' || r.error.trim().length < 10 || r.error.includes('\n')) return `refused without a one-line sentence: ${JSON.stringify(r.error)}`;
  return null;
}

/** Loads the text as the game does: a save through loadGame; a replay through loadReplay, then the whole record replayed (as the viewer and the CLI do). */
function load(text: string, kind: FileKind): Loaded<GameState> {
  if (kind === 'save') return loadGame(text);
  const replay = loadReplay(text);
  if (!replay.ok) return replay;
  const played = runReplay(replay.value);
  return played.ok ? played : { ok: false, error: played.error };
}

/** The game played on to its end with random legal actions, checked at every step; a verdict when something is wrong. */
function playOn(start: GameState, playSeed: string): { state: GameState } | Verdict {
  const pick = seedrandom.alea(playSeed);
  const budget = mostActions(start.rules.scenario);
  let s = start;
  while (s.phase !== 'over') {
    if (sizeOf(s.actions) >= budget) return { kind: 'hang', detail: `the game ran past ${budget} actions, the most its scenario holds` };
    const legal = legalActions(s, s.active);
    if (legal.length === 0) return { kind: 'unplayable', detail: `no legal action for ${s.active} on turn ${s.turn} (${s.phase})` };
    const action = legal[Math.floor(pick() * legal.length)]!;
    const r = apply(s, action);
    if (!r.ok) return { kind: 'unplayable', detail: `a legal ${action.type} by ${action.side} was refused: ${r.error.message}` };
    s = r.state;
    const broken = invariantProblem(s);
    if (broken) return { kind: 'unplayable', detail: `after ${action.type} by ${action.side} on turn ${s.turn}: ${broken}` };
  }
  return { state: s };
}

/** A date the calendar keeps as it is: a real day, with a four-digit year. */
const realDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && addDays(d, 0) === d;

/**
 * What no game of the rules can log: a die that is not 1 to 6, a count that
 * is not a whole number of at least 0 (a track's change may be negative), a
 * day not in the calendar.
 */
function eventProblem(e: GameEvent): string | null {
  for (const [key, v] of Object.entries(e)) {
    if (typeof v !== 'number') continue;
    if (key === 'roll' && !(Number.isInteger(v) && v >= 1 && v <= 6)) return `a ${e.type} event rolled ${v}`;
    if (!Number.isInteger(v) || (v < 0 && key !== 'delta')) return `a ${e.type} event has ${key} ${v}`;
  }
  if (e.type === 'turnBegan' && !realDate(e.date)) return `turn ${e.turn} began on ${e.date}`;
  if (e.type === 'gameBegan' && !realDate(e.startDate)) return `the game began on ${e.startDate}`;
  return null;
}

/** What the page and the CLI do with a game: every side's view, every event in words; and what its log says. */
function shown(s: GameState): string | null {
  for (const side of SIDES) observe(s, side);
  for (const chapter of toArray(s.chronicle)) {
    for (const e of chapter.events) {
      describe(e, 'islamicState', s.rules);
      const odd = eventProblem(e);
      if (odd) return odd;
    }
  }
  return null;
}

/** The game's save and replay, loaded back: the same game, or what went wrong. */
function roundTrip(s: GameState): string | null {
  const saved = loadGame(saveGame(s));
  if (!saved.ok) return `its save was refused on loading: ${saved.error}`;
  if (hash(saved.value) !== hash(s)) return 'its save loads as another game';
  const replay = loadReplay(JSON.stringify(exportReplay(s)));
  if (!replay.ok) return `its replay was refused on loading: ${replay.error}`;
  const played = runReplay(replay.value);
  if (!played.ok) return `its replay does not replay: ${played.error}`;
  if (hash(played.value) !== hash(s)) return 'its replay replays to another game';
  return null;
}

/** The verdict on one mutant. Never throws: a throw anywhere is the verdict "crash". */
export function check(m: MutantCase, playSeed = `play:${m.index}`): Verdict {
  let stage = 'resealing';
  try {
    const text = m.reseal ? resealed(m.text) : m.text;
    stage = 'loading';
    const loaded = load(text, m.file.kind);
    const bad = badRefusal(loaded);
    if (bad) return { kind: 'crash', detail: bad };
    if (!loaded.ok) return { kind: 'refused', detail: loaded.error };
    stage = 'checking the loaded game';
    const broken = invariantProblem(loaded.value);
    if (broken) return { kind: 'unplayable', detail: `accepted a broken game: ${broken}` };
    stage = 'playing on';
    const end = playOn(loaded.value, playSeed);
    if ('kind' in end) return end;
    stage = 'showing the game';
    const odd = shown(end.state);
    if (odd) return { kind: 'unplayable', detail: `its log holds what no game can: ${odd}` };
    stage = 'saving and loading back';
    const trip = roundTrip(end.state);
    if (trip) return { kind: 'unplayable', detail: trip };
    return { kind: 'accepted' };
  } catch (e) {
    const err = e as Error;
    return { kind: 'crash', detail: `threw while ${stage}: ${err?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}` };
  }
}

export interface Tally {
  mutants: number;
  refused: number;
  accepted: number;
  crashes: number;
  hangs: number;
  unplayable: number;
}

export const emptyTally = (): Tally => ({ mutants: 0, refused: 0, accepted: 0, crashes: 0, hangs: 0, unplayable: 0 });

export function count(t: Tally, v: Verdict): void {
  t.mutants++;
  if (v.kind === 'refused') t.refused++;
  else if (v.kind === 'accepted') t.accepted++;
  else if (v.kind === 'crash') t.crashes++;
  else if (v.kind === 'hang') t.hangs++;
  else t.unplayable++;
}

export const failed = (t: Tally) => t.crashes + t.hangs + t.unplayable;

/** Where a failing mutant is written for a look (`--out`). */
export const mutantFile = (dir: string, m: MutantCase) => join(dir, `mutant-${m.index}.${m.file.kind}.json`);
