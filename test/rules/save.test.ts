import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportReplay, hash, legalActions, loadGame, loadReplay, runReplay, saveGame, apply, type GameState } from '../../src/rules';
import { game } from './helpers';

function played(seed: string, steps: number): GameState {
  let s = game(seed);
  for (let i = 0; i < steps && s.phase !== 'over'; i++) {
    const legal = legalActions(s, s.active);
    const r = apply(s, legal[(i * 7) % legal.length]!);
    if (r.ok) s = r.state;
  }
  return s;
}

describe('save files (format version 3: the scenario, the seed, every action and the hash)', () => {
  it('round-trip a game exactly', () => {
    const s = played('save', 80);
    const loaded = loadGame(saveGame(s));
    expect(loaded.ok && hash(loaded.value)).toBe(hash(s));
    expect(Object.keys(JSON.parse(saveGame(s)))).toEqual(['format', 'version', 'scenario', 'seed', 'actions', 'hash']);
  });

  it('hold no generator state and no position to tamper with: only what replays to the game', () => {
    const text = saveGame(played('save', 40));
    expect(text).not.toMatch(/"rng"|"s0"|"revealed"|"hiddenVp"/);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['a replay', JSON.stringify({ format: 'middle-euphrates/replay', version: 3 }), /not a save file/],
    ['a newer version', JSON.stringify({ format: 'middle-euphrates/save', version: 99 }), /format version 99; this game reads versions up to 3/],
  ])('refuse %s with a message', (_name, text, message) => {
    const r = loadGame(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it.each([
    ['an illegal action', (f: Record<string, any>) => f.actions.splice(2, 0, { type: 'attack', side: 'regime', from: 'palmyra', to: 'tabqa' }), /action 2 \(attack by regime\) is illegal/],
    ['a malformed action', (f: Record<string, any>) => (f.actions[1] = { type: 'move', side: 'coalition', from: 'tabqa' }), /actions\.1\.to/],
    ['an extra field', (f: Record<string, any>) => (f.cheat = true), /unknown field "cheat"/],
    ['a seed that is not text', (f: Record<string, any>) => (f.seed = 3), /field seed/],
    ['a broken scenario', (f: Record<string, any>) => (f.scenario.links[0].a = 'atlantis'), /links\.0/],
    ['a hash that is not the game\'s', (f: Record<string, any>) => (f.hash = '0000000000000000'), /hash differs/],
    ['a dropped action', (f: Record<string, any>) => f.actions.pop(), /hash differs/],
  ])('name what is at fault: %s', (_name, corrupt, message) => {
    const file = JSON.parse(saveGame(played('bad', 30)));
    corrupt(file);
    const r = loadGame(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it.each([1, 2])('refuses a version-%i save with a sentence: it was recorded under the earlier rules', (version) => {
    const text = version === 1 ? readFileSync('test/fixtures/v1/fixture.save.json', 'utf8') : JSON.stringify({ ...JSON.parse(saveGame(played('old', 10))), version: 2 });
    const r = loadGame(text);
    expect(!r.ok && r.error).toMatch(new RegExp(`format version ${version}, recorded under the earlier rules.*cannot be opened`));
  });
});

describe('replays', () => {
  it('replaying the log of a game gives the same state, byte for byte', () => {
    const s = played('replay', 200);
    const replay = loadReplay(JSON.stringify(exportReplay(s)));
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    const again = runReplay(replay.value);
    expect(again.ok && hash(again.value)).toBe(hash(s));
    expect(again.ok && JSON.stringify({ ...again.value, rules: null })).toBe(JSON.stringify({ ...s, rules: null }));
    expect(replay.value.hash).toBe(hash(s));
  });

  it('refuses a replay whose log holds an illegal action, naming it', () => {
    const replay = exportReplay(played('replay', 20));
    replay.actions.splice(3, 0, { type: 'attack', side: 'regime', from: 'palmyra', to: 'tabqa' });
    const r = runReplay(replay);
    expect(!r.ok && r.error).toMatch(/Replay action 3 \(attack by regime\) is illegal/);
  });

  it('refuses malformed actions and scenarios by field', () => {
    const replay = exportReplay(played('replay', 20)) as unknown as Record<string, any>;
    replay.actions[1] = { type: 'move', side: 'coalition', from: 'tabqa' };
    expect(loadReplay(JSON.stringify(replay))).toMatchObject({ ok: false, error: expect.stringMatching(/actions\.1/) });
    const broken = exportReplay(played('replay', 5)) as unknown as Record<string, any>;
    broken.scenario.links[0].a = 'atlantis';
    expect(loadReplay(JSON.stringify(broken))).toMatchObject({ ok: false, error: expect.stringMatching(/links\.0/) });
  });

  it.each(['fixture-1', 'builtin-2'])('refuses the version-1 replay %s with a sentence, not a wrong game', (name) => {
    const r = loadReplay(readFileSync(`test/fixtures/v1/${name}.replay.json`, 'utf8'));
    expect(!r.ok && r.error).toMatch(/format version 1, recorded under the earlier rules/);
  });
});
