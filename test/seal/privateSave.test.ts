import { describe as group, expect, it } from 'vitest';
import { apply, buildRules, hash, legalActions, newGame, saveGame, toArray, type Action, type GameState, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { fromBase64, ITERATIONS, MIN_ITERATIONS, seal, toBase64, unseal } from '../../src/seal/cipher';
import { describePrivateSave, exportPrivateSave, openPrivateSave, plainView, readPrivateSave, type PrivateSave } from '../../src/seal/privateSave';

const rules = buildRules(builtinScenario());
const PASS = 'dawn over the valley';
const bytes = (text: string) => new TextEncoder().encode(text);
/** The sealing as the game does it, with the fewest PBKDF2 iterations a file may ask for: the tests need not pay the default's cost each time. */
const exportFor = (state: GameState, side: Side, passphrases: Partial<Record<Side, string>>) => exportPrivateSave(state, side, passphrases, MIN_ITERATIONS);

function act(s: GameState, a: Action): GameState {
  const r = apply(s, a);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

/** Every side ends its operations until Islamic State's secret leader phase of the current week. */
function toLeaderPhase(s: GameState): GameState {
  while (s.phase !== 'leaders') s = act(s, { type: 'endPhase', side: s.active });
  return s;
}

/** Islamic State's leaders each moved once in secret, to the destination `choose` picks among the legal ones. */
function moveLeaders(s: GameState, choose: (moves: Extract<Action, { type: 'moveLeader' }>[]) => Extract<Action, { type: 'moveLeader' }> | undefined): GameState {
  for (;;) {
    const moves = legalActions(s, 'islamicState').filter((a): a is Extract<Action, { type: 'moveLeader' }> => a.type === 'moveLeader');
    const move = choose(moves);
    if (!move) return s;
    s = act(s, move);
  }
}

/** A game in its second week's leader phase, Islamic State's leaders moved in secret twice, still hidden from the hunters. */
function secretGame(seed = 'seal-1'): GameState {
  let s = toLeaderPhase(newGame(rules, seed));
  s = moveLeaders(s, (m) => m.at(-1));
  s = act(s, { type: 'endPhase', side: 'islamicState' });
  s = toLeaderPhase(s);
  return moveLeaders(s, (m) => m.at(-1));
}

function parse(text: string): PrivateSave {
  const file = readPrivateSave(text);
  if (!file?.ok) throw new Error(file ? file.error : 'not a private save');
  return file.value;
}

group('seal and unseal (PBKDF2-SHA-256, AES-256-GCM)', () => {
  const aad = bytes('the plain part');
  it('gives the bytes back under the passphrase they were sealed with, with a fresh salt and IV each time', async () => {
    const plain = bytes('the leaders went to Mayadin');
    const a = await seal(plain, PASS, aad, MIN_ITERATIONS);
    const b = await seal(plain, PASS, aad, MIN_ITERATIONS);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
    expect(atob(a.data)).not.toContain('Mayadin');
    const opened = await unseal(a, PASS, aad);
    expect(opened.ok && new TextDecoder().decode(opened.plain)).toBe('the leaders went to Mayadin');
  });

  it('tells a wrong passphrase from a changed ciphertext or plain part', async () => {
    const sealed = await seal(bytes('secret'), PASS, aad, MIN_ITERATIONS);
    expect(await unseal(sealed, 'dawn over the valley!', aad)).toEqual({ ok: false, why: 'passphrase' });
    const data = fromBase64(sealed.data)!;
    data[0]! ^= 1;
    expect(await unseal({ ...sealed, data: toBase64(data) }, PASS, aad)).toEqual({ ok: false, why: 'changed' });
    expect(await unseal(sealed, PASS, bytes('the plain part, changed'))).toEqual({ ok: false, why: 'changed' });
    expect(await unseal({ ...sealed, iv: 'not base64!' }, PASS, aad)).toEqual({ ok: false, why: 'changed' });
  });
});

group('a private save for one side', () => {
  const state = secretGame();
  const hidden = state.leaders.filter((l) => l.status === 'atLarge' && !l.revealed);

  it('is made from a game whose leaders moved in secret (the test\'s own premise)', () => {
    expect(hidden.length).toBeGreaterThan(0);
    // Each hidden leader is somewhere other than where the hunters last saw it.
    expect(hidden.some((l) => l.status === 'atLarge' && l.at !== l.lastSeen?.region)).toBe(true);
  });

  it('holds in plain only what the Coalition may see: its observation and the scenario; no seed, no action, no hidden position', async () => {
    const r = await exportFor(state, 'coalition', { islamicState: PASS });
    if (!r.ok) throw new Error(r.error);
    const file = parse(r.text);
    expect(file.for).toBe('coalition');
    expect(file.view).toEqual(JSON.parse(JSON.stringify(plainView(state, 'coalition'))));
    const { sealed, ...plain } = file;
    const text = JSON.stringify(plain);
    expect(Object.keys(sealed)).toEqual(['islamicState']);
    expect(text).not.toContain(state.seed);
    expect(text).not.toMatch(/moveLeader|leaderMoved|leaderSlipped|"rng"|"heat"|"danger"/);
    for (const l of file.view.leaders) {
      if (l.status === 'hidden') expect(Object.keys(l).sort()).toEqual(['id', 'lastSeen', 'status']);
    }
    // The whole save, by contrast, names every leader's real whereabouts.
    expect(saveGame(state)).toContain('moveLeader');
  });

  it('is sealed by default with the full PBKDF2 count, and opens with Islamic State\'s passphrase as the very game it was made from', async () => {
    const full = await exportPrivateSave(state, 'coalition', { islamicState: PASS });
    if (!full.ok) throw new Error(full.error);
    expect(parse(full.text).sealed.islamicState!.iterations).toBe(ITERATIONS);
    const again = await openPrivateSave(parse(full.text), PASS);
    expect(again.ok && hash(again.value)).toBe(hash(state));
    for (const side of ['coalition', 'regime', 'islamicState'] as const) {
      const r = await exportFor(state, side, { islamicState: PASS });
      if (!r.ok) throw new Error(r.error);
      const opened = await openPrivateSave(parse(r.text), PASS);
      expect(opened.ok && hash(opened.value)).toBe(hash(state));
    }
  });

  it('is refused with one line, naming why, for a wrong passphrase or any change to the file', async () => {
    const r = await exportFor(state, 'coalition', { islamicState: PASS });
    if (!r.ok) throw new Error(r.error);
    const file = parse(r.text);
    const refused = async (f: PrivateSave, pass = PASS) => {
      const opened = await openPrivateSave(f, pass);
      expect(opened.ok).toBe(false);
      return opened.ok ? '' : opened.error;
    };
    expect(await refused(file, 'dusk over the valley')).toBe('Wrong passphrase for Islamic State (or its seal was changed): nothing was loaded.');
    const changed = 'This private save was changed after it was sealed: nothing was loaded.';
    expect(await refused({ ...file, for: 'regime' })).toBe(changed);
    expect(await refused({ ...file, view: { ...file.view, ap: file.view.ap + 1 } })).toBe(changed);
    expect(await refused({ ...file, scenario: { ...file.scenario, turns: file.scenario.turns + 1 } })).toBe(changed);
    const data = fromBase64(file.sealed.islamicState!.data)!;
    data[data.length >> 1]! ^= 0x20;
    expect(await refused({ ...file, sealed: { islamicState: { ...file.sealed.islamicState!, data: toBase64(data) } } })).toBe(changed);
    expect(await refused({ ...file, sealed: { islamicState: { ...file.sealed.islamicState!, salt: toBase64(new Uint8Array(16)) } } })).toMatch(/^Wrong passphrase for Islamic State \(or its seal was changed\)/);
    expect(await refused({ ...file, sealed: {} })).toBe('This private save holds nothing sealed for Islamic State.');
    for (const message of [await refused(file, 'nope nope nope')]) expect(message).not.toContain('\n');
  });

  it('is as long whichever way the leaders moved: its size tells nothing of their moves', async () => {
    const phase = toLeaderPhase(newGame(rules, 'seal-size'));
    const first = legalActions(phase, 'islamicState').find((a) => a.type === 'moveLeader')!;
    const games = [phase, act(phase, first), moveLeaders(phase, (m) => m.at(-1))];
    // Which leaders moved, and where, differ; the Coalition's view does not.
    expect(new Set(games.map((g) => toArray(g.actions).length)).size).toBeGreaterThan(1);
    const views = games.map((g) => JSON.stringify(plainView(g, 'coalition')));
    expect(new Set(views).size).toBe(1);
    const lengths = new Set<number>();
    for (const g of games) {
      const r = await exportFor(g, 'coalition', { islamicState: PASS });
      if (!r.ok) throw new Error(r.error);
      lengths.add(r.text.length);
    }
    expect(lengths.size).toBe(1);
  });

  it('asks for a passphrase of some length, and says what it is in plain', async () => {
    expect(await exportFor(state, 'coalition', { islamicState: 'short' })).toEqual({ ok: false, error: "Islamic State's passphrase must be at least 8 characters." });
    expect(await exportFor(state, 'coalition', {})).toEqual({ ok: false, error: "Islamic State's passphrase must be at least 8 characters." });
    const r = await exportFor(state, 'coalition', { islamicState: PASS });
    if (!r.ok) throw new Error(r.error);
    expect(describePrivateSave(parse(r.text))).toBe(`A private save for the Coalition: turn ${state.turn}, Islamic State's leader phase. Islamic State's secrets are sealed in it.`);
  });
});

group('reading a private save file', () => {
  it('leaves other files to the other loaders, and names the field at fault in a broken one', async () => {
    expect(readPrivateSave('not json')).toBeNull();
    expect(readPrivateSave(saveGame(newGame(rules, 'x')))).toBeNull();
    const r = await exportFor(secretGame('seal-2'), 'regime', { islamicState: PASS });
    if (!r.ok) throw new Error(r.error);
    const file = JSON.parse(r.text);
    expect(readPrivateSave(JSON.stringify({ ...file, for: 'kurds' }))).toEqual({ ok: false, error: expect.stringMatching(/^Private save field for: /) });
    const greedy = { ...file, sealed: { islamicState: { ...file.sealed.islamicState, iterations: 1e9 } } };
    expect(readPrivateSave(JSON.stringify(greedy))).toEqual({ ok: false, error: expect.stringMatching(/^Private save field sealed\.islamicState\.iterations: /) });
    expect(readPrivateSave(JSON.stringify({ ...file, scenario: { ...file.scenario, regions: [] } }))).toEqual({ ok: false, error: expect.stringMatching(/^Private save field scenario/) });
    expect(readPrivateSave(JSON.stringify({ ...file, extra: 1 }))?.ok).toBe(false);
  });
});
