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

describe('save files', () => {
  it('round-trip a game exactly', () => {
    const s = played('save', 80);
    const loaded = loadGame(saveGame(s));
    expect(loaded.ok && hash(loaded.value)).toBe(hash(s));
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['a replay', JSON.stringify({ format: 'middle-euphrates/replay', version: 1 }), /not a save file/],
    ['a newer version', JSON.stringify({ format: 'middle-euphrates/save', version: 99, state: {} }), /format version 99/],
  ])('refuse %s with a message', (_name, text, message) => {
    const r = loadGame(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it.each([
    ['a negative strength', (s: Record<string, any>) => (s.regions[0].units[2] = -1), /state\.regions\.0\.units\.2/],
    ['NaN action points', (s: Record<string, any>) => (s.ap = Number.NaN), /state\.ap/],
    ['an extra field', (s: Record<string, any>) => (s.cheat = true), /cheat/],
    ['a leader off the map', (s: Record<string, any>) => (s.leaders[0].at = 'atlantis'), /leaders\.0\.at/],
    ['two sides in one region', (s: Record<string, any>) => (s.regions[0].units = [1, 0, 1]), /more than one side/],
    ['a wrong type', (s: Record<string, any>) => (s.turn = 'three'), /state\.turn/],
  ])('name the field at fault: %s', (_name, corrupt, message) => {
    const file = JSON.parse(saveGame(played('bad', 30)));
    corrupt(file.state);
    const r = loadGame(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('replays', () => {
  it('replaying the log of a game gives the same state, byte for byte', () => {
    const s = played('replay', 200);
    const replay = loadReplay(JSON.stringify(exportReplay(s)));
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    const again = runReplay(replay.value);
    expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(s));
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
});
