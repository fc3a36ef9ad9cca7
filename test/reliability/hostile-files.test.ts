import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  exportReplay,
  invariantProblem,
  legalActions,
  loadGame,
  loadReplay,
  runReplay,
  saveGame,
  type GameState,
} from '../../src/rules';
import { game } from '../rules/helpers';

function played(seed: string, steps: number): GameState {
  let s = game(seed);
  for (let i = 0; i < steps && s.phase !== 'over'; i++) {
    const legal = legalActions(s, s.active);
    const r = apply(s, legal[(i * 5 + 3) % legal.length]!);
    if (r.ok) s = r.state;
  }
  return s;
}

const saved = saveGame(played('hostile', 90));
const replayText = JSON.stringify(exportReplay(played('hostile', 60)));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function setAt(doc: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy as Json;
}

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, -1, -1e308, 1e308, 0.5, '', 'atlantis', true, [], {}, Number.MAX_SAFE_INTEGER + 2),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

/** A loaded game must be a sound, playable game: the loader lets nothing broken through. */
function playable(s: GameState): void {
  expect(invariantProblem(s)).toBe(null);
  if (s.phase === 'over') return;
  const legal = legalActions(s, s.active);
  expect(legal.length).toBeGreaterThan(0);
  for (const a of legal.slice(0, 20)) expect(apply(s, a).ok).toBe(true);
}

describe('hostile save files', () => {
  const doc = JSON.parse(saved) as Json;
  const all = paths(doc).filter((p) => p.length > 0);

  it('any truncation is refused with a message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: saved.length - 1 }), (cut) => {
        const r = loadGame(saved.slice(0, cut));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('any field set to a hostile value is refused naming a field, or loads as a sound game', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), hostileValue, (path, value) => {
        const r = loadGame(JSON.stringify(setAt(doc, path, value)));
        if (r.ok) playable(r.value);
        else expect(r.error).toMatch(/(scenario|seed|actions|hash|format|version|Save file|save file)/);
      }),
      { numRuns: 1500 },
    );
  });

  it('extra fields anywhere are refused', () => {
    const objects = all.filter((p) => {
      const v = p.reduce<Json>((n, k) => (n as Record<string, Json>)[k]!, doc);
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    fc.assert(
      fc.property(fc.constantFrom(...objects), (path) => {
        const parent = path.reduce<Json>((n, k) => (n as Record<string, Json>)[k]!, doc) as Record<string, Json>;
        const r = loadGame(JSON.stringify(setAt(doc, path, { ...parent, smuggled: 1 })));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/smuggled|Unrecognized key/);
      }),
      { numRuns: 200 },
    );
  });

  it('a save from a newer format version is refused with a way out', () => {
    const r = loadGame(JSON.stringify({ ...JSON.parse(saved), version: 4 }));
    expect(!r.ok && r.error).toMatch(/format version 4; this game reads versions up to 3\. Update the game/);
  });
});

describe('hostile replays', () => {
  const doc = JSON.parse(replayText) as Json;
  const actionPaths = paths(doc).filter((p) => p[0] === 'actions' || p[0] === 'seed' || p[0] === 'hash');

  it('any change to the action list is refused naming the action, or replays to a sound game', () => {
    fc.assert(
      fc.property(fc.constantFrom(...actionPaths), hostileValue, (path, value) => {
        const loaded = loadReplay(JSON.stringify(setAt(doc, path, value)));
        if (!loaded.ok) {
          expect(loaded.error).toMatch(/Replay/);
          return;
        }
        const r = runReplay(loaded.value);
        if (r.ok) playable(r.value);
        else expect(r.error).toMatch(/Replay action \d+ \(\w+ by \w+\) is illegal/);
      }),
      { numRuns: 800 },
    );
  });

  it('actions out of order are refused at the first one that is illegal', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (i, j) => {
        const r = JSON.parse(replayText);
        const n = r.actions.length;
        [r.actions[i % n], r.actions[j % n]] = [r.actions[j % n], r.actions[i % n]];
        const loaded = loadReplay(JSON.stringify(r));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const replayed = runReplay(loaded.value);
        if (!replayed.ok) expect(replayed.error).toMatch(/Replay action \d+/);
        else playable(replayed.value);
      }),
      { numRuns: 100 },
    );
  });
});
