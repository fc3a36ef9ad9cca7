import { readdirSync, readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { hash, loadReplay, runReplay } from '../../src/rules';
import { openMenu, useChromium } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('every golden replay ends on the same state hash in Chromium (the built page) as in Node', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  const files = readdirSync('test/golden').filter((f) => f.endsWith('.replay.json'));
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const file of files) {
    const text = readFileSync(`test/golden/${file}`, 'utf8');
    const replay = loadReplay(text);
    if (!replay.ok) throw new Error(replay.error);
    const inNode = runReplay(replay.value);
    if (!inNode.ok) throw new Error(inNode.error);
    const inPage = await page.evaluate((t) => window.euphrates!.replayHash(t), text);
    expect(inPage, file).toEqual({ ok: true, hash: hash(inNode.value) });
    expect(hash(inNode.value), file).toBe(replay.value.hash);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});
