import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_PREFIX, readReplayLink, replayLink } from '../../src/app/shareLink';
import { loadReplay, type Replay } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const builtin = builtinScenario();
const golden = (name: string): Replay => JSON.parse(readFileSync(`test/golden/${name}.replay.json`, 'utf8'));
const BASE = 'https://example.org/euphrates/';

describe('a share link', () => {
  it('carries a whole replay and opens as the same replay, the built-in scenario named, not copied', async () => {
    for (const name of ['builtin-1', 'builtin-2', 'fixture-1']) {
      const replay = golden(name);
      const link = await replayLink(replay, BASE, builtin);
      expect(link.startsWith(`${BASE}${LINK_PREFIX}`)).toBe(true);
      const read = await readReplayLink(link.slice(BASE.length), builtin);
      expect(read?.ok).toBe(true);
      if (!read?.ok) continue;
      const loaded = loadReplay(read.text);
      const direct = loadReplay(JSON.stringify(replay));
      expect(loaded.ok).toBe(true);
      expect(loaded).toEqual(direct);
    }
    // A whole game on the built-in map fits in a few kilobytes; a custom scenario travels inside the link.
    const onBuiltin = await replayLink(golden('builtin-1'), BASE, builtin);
    expect(onBuiltin.length).toBeLessThan(6_000);
    const custom = await replayLink(golden('fixture-1'), BASE, builtin);
    expect(custom.length).toBeGreaterThan(onBuiltin.length);
  });

  it('is no link when the page has no #replay= hash', async () => {
    expect(await readReplayLink('', builtin)).toBeNull();
    expect(await readReplayLink('#debug', builtin)).toBeNull();
  });

  it('refuses a cut, changed or hostile link in one sentence naming what is wrong', async () => {
    const link = await replayLink(golden('builtin-1'), BASE, builtin);
    const hash = link.slice(BASE.length);
    const refused = async (h: string) => {
      const r = await readReplayLink(h, builtin);
      expect(r?.ok).toBe(false);
      return r && !r.ok ? r.error : '';
    };
    expect(await refused(LINK_PREFIX)).toMatch(/^This link holds no replay the game can open: it ends after "#replay="\.$/);
    expect(await refused(`${hash}!`)).toMatch(/not base64url text/);
    expect(await refused(hash.slice(0, hash.length / 2))).toMatch(/it is cut or changed/);
    // A bomb: a few kilobytes that unpack to more than any replay file.
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = await new Response(new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
    const bombHash = LINK_PREFIX + Buffer.from(bomb).toString('base64url');
    expect(bombHash.length).toBeLessThan(200_000);
    expect(await refused(bombHash)).toMatch(/unpacks to more than a replay file may hold \(16 MB\)/);
    const notJson = await new Response(new Blob([new TextEncoder().encode('hello')]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
    expect(await refused(LINK_PREFIX + Buffer.from(notJson).toString('base64url'))).toMatch(/not JSON/);
  });
});
