import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportReplay, hash, loadReplay, runReplay, type Scenario } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { fixtureScenario } from '../fixtures/scenario';
import { randomGame } from './helpers';

/**
 * Golden replays: committed games whose final hashes must not change unless the
 * rules change on purpose. To accept a deliberate rule change:
 * UPDATE_GOLDEN=1 npx vitest run test/rules/golden.test.ts
 */
const dir = 'test/golden';
const update = process.env.UPDATE_GOLDEN === '1';

const games: [string, () => Scenario][] = [
  ['fixture-1', fixtureScenario],
  ['fixture-2', fixtureScenario],
  ['fixture-3', fixtureScenario],
  // The replay carries its scenario, so these stay fixed when the compiler changes.
  ['builtin-1', builtinScenario],
  ['builtin-2', builtinScenario],
];

describe('golden replays', () => {
  if (update) {
    mkdirSync(dir, { recursive: true });
    for (const [seed, scenario] of games) {
      const file = `${dir}/${seed}.replay.json`;
      writeFileSync(file, `${JSON.stringify(exportReplay(randomGame(scenario(), seed)), null, 1)}\n`);
    }
  }

  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.replay.json')) : [];
  it('has golden replays to check', () => expect(files.length).toBeGreaterThanOrEqual(games.length));

  it.each(files)('%s replays to its recorded hash', (file) => {
    const replay = loadReplay(readFileSync(`${dir}/${file}`, 'utf8'));
    expect(replay.ok, replay.ok ? '' : replay.error).toBe(true);
    if (!replay.ok) return;
    const final = runReplay(replay.value);
    expect(final.ok).toBe(true);
    if (final.ok) {
      expect(final.value.phase).toBe('over');
      expect(hash(final.value)).toBe(replay.value.hash);
    }
  });
});
