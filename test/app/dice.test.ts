import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDice, commitmentOf, diceAtEnd, diceWhilePlaying, secretSeed } from '../../src/app/dice';
import { apply, exportReplay, legalActions, loadReplay, newGame, runReplay, hash } from '../../src/rules';
import { rules } from '../rules/helpers';

/*
 * Dice a player cannot foresee: the page plays a secret seed and shows only
 * its SHA-256; the seed, revealed at the end, must hash to what was shown.
 * WebCrypto (the page's hash, here Node's own globalThis.crypto) and
 * node:crypto (the CLI's) must agree on every seed.
 */

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the secret seed and its commitment', () => {
  it('draws 128 random bits as 32 hex digits, a different seed each time', () => {
    const seeds = Array.from({ length: 50 }, secretSeed);
    for (const s of seeds) expect(s).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(seeds).size).toBe(50);
  });

  it('commits to a seed with the SHA-256 node:crypto computes, for any text', async () => {
    for (const seed of ['', 'browser-play-1', secretSeed(), 'Dayr az-Zawr · دير الزور · 🎲']) expect(await commitmentOf(seed)).toBe(sha256(seed));
  });

  it('checks a revealed seed: a match, a seed that is not the one promised, a seed a player chose', async () => {
    const seed = secretSeed();
    const commitment = sha256(seed);
    expect(await checkDice(seed, commitment)).toEqual({ kind: 'committed', commitment, matches: true });
    expect(await checkDice(secretSeed(), commitment)).toEqual({ kind: 'committed', commitment, matches: false });
    expect(await checkDice('shared', null)).toEqual({ kind: 'known' });
    expect(diceAtEnd(await checkDice(seed, commitment), seed)).toEqual({ text: `Seed “${seed}”: its SHA-256 ${commitment} matches the commitment shown before the first die.`, warn: false });
    expect(diceAtEnd(await checkDice('x', commitment), 'x').warn).toBe(true);
    expect(diceWhilePlaying(null)).toMatchObject({ text: expect.stringMatching(/^Dice known/), warn: true });
    expect(diceWhilePlaying(commitment).text).toContain(commitment.slice(0, 16));
    expect(diceWhilePlaying(commitment).text).not.toContain(seed);
  });
});

describe('replays carry the commitment, and older files load as before', () => {
  it('keeps the commitment through export and load, refuses a malformed one, and leaves it out when the seed was known', () => {
    let s = newGame(rules, 'commit-1');
    for (let i = 0; i < 20; i++) {
      const r = apply(s, legalActions(s, s.active)[i % 3] ?? { type: 'endPhase', side: s.active });
      if (r.ok) s = r.state;
    }
    const commitment = sha256('commit-1');
    const text = JSON.stringify(exportReplay(s, commitment));
    const loaded = loadReplay(text);
    expect(loaded.ok && loaded.value.commitment).toBe(commitment);
    expect(exportReplay(s)).not.toHaveProperty('commitment');
    const bad = loadReplay(JSON.stringify({ ...exportReplay(s), commitment: commitment.toUpperCase() }));
    expect(!bad.ok && bad.error).toMatch(/field commitment: expected the seed's SHA-256/);
    const replayed = loaded.ok ? runReplay(loaded.value) : null;
    expect(replayed?.ok && hash(replayed.value)).toBe(hash(s));
  });

  it('the golden replays (written before commitments) still load and replay to their hash', () => {
    for (const file of readdirSync('test/golden').filter((f) => f.endsWith('.replay.json'))) {
      const r = loadReplay(readFileSync(`test/golden/${file}`, 'utf8'));
      expect(r.ok, file).toBe(true);
      if (!r.ok) continue;
      expect(r.value).not.toHaveProperty('commitment');
      const end = runReplay(r.value);
      expect(end.ok && hash(end.value), file).toBe(r.value.hash);
    }
  });
});
