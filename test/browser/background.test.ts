import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { exportReplay, toArray } from '../../src/rules';
import { HOSTILE_DOCUMENTS } from '../../src/cli/hostile-documents';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { quietGame } from '../rules/helpers';
import { openMenu, screen, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** The slowest of the attack documents to compile (half a megabyte, a quarter of a million sentences). */
const SLOW = new TextDecoder().decode(HOSTILE_DOCUMENTS.find((d) => d.name === 'spaced-dots')!.bytes());

/**
 * Records, in the page, every animation frame and every change of the
 * progress line, each with its time: if the work ran on the page's own
 * thread, no frame could come between two of its progress reports.
 */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stages_: Array<[number, string]> };
    w.frames_ = [];
    w.stages_ = [];
    const tick = (t: number) => {
      w.frames_.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const stage = document.querySelector('#me-progress-stage')!;
    new MutationObserver(() => w.stages_.push([performance.now(), stage.textContent ?? ''])).observe(stage, { childList: true, characterData: true, subtree: true });
  });
}

async function framesAndStages(page: Page): Promise<{ frames: number[]; stages: Array<[number, string]> }> {
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stages_: Array<[number, string]> };
    return { frames: w.frames_, stages: w.stages_.filter(([, text]) => text !== '') };
  });
}

/** Is the control inside an inert part of the page (no click, key or focus reaches it)? */
async function held(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (e) => e.closest('[inert]') !== null);
}

/** Frames drawn strictly between the first and the last progress report. */
function framesDuring(frames: number[], stages: Array<[number, string]>): number {
  const first = stages[0]![0];
  const last = stages.at(-1)![0];
  return frames.filter((t) => t > first && t < last).length;
}

test('a slow document compiles in the worker: the page keeps drawing while the bar tells each stage, then the game starts', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-scenario', 'custom');
  await page.fill('#me-doc', SLOW);
  await watchFrames(page);
  await page.click('#me-new');
  await waitScene(page, 'Game', 60_000);
  const { frames, stages } = await framesAndStages(page);
  expect(stages.map(([, s]) => s)).toEqual(expect.arrayContaining(['Reading the sentences and names (0%)', 'Drawing the map (70%)', 'Checking the scenario (95%)']));
  expect(framesDuring(frames, stages)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('Cancel stops a compile: the menu comes back as it was, says so, and the next document compiles', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-scenario', 'custom');
  await page.fill('#me-doc', SLOW);
  await page.click('#me-new');
  await page.waitForSelector('#me-progress:not([hidden])');
  // While it works the rest of the menu is inert: no second job can start under the first.
  expect(await held(page, '#me-new')).toBe(true);
  expect(await held(page, '#me-doc')).toBe(true);
  expect(await held(page, '#me-cancel')).toBe(false);
  await page.click('#me-cancel');
  await page.waitForSelector('#me-progress', { state: 'hidden' });
  expect(await page.textContent('#me-message')).toBe('Cancelled: the document was not compiled.');
  expect((await screen(page)).scene).toBe('Menu');
  expect(await held(page, '#me-new')).toBe(false);
  expect(await held(page, '#me-doc')).toBe(false);
  expect(await page.isDisabled('#me-continue')).toBe(true); // no autosave yet: the form's own state is left as it was

  await page.fill('#me-doc', 'ISIS leaders fled Raqqa for Mayadin. The SDF took Tabqa from the Islamic State.');
  await page.click('#me-new');
  await waitScene(page, 'Game', 60_000);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a long replay opens in the worker, action by action on the bar, without freezing the page; Escape cancels it', async () => {
  const game = quietGame(builtinScenario(), 150);
  const actions = toArray(game.actions).length;
  const file = join(mkdtempSync(join(tmpdir(), 'euphrates-')), 'long.replay.json');
  writeFileSync(file, JSON.stringify(exportReplay(game)));
  const { page, errors } = await openMenu(browser(), baseUrl);
  await watchFrames(page);

  const [first] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await first.setFiles(file);
  await page.waitForSelector('#me-progress:not([hidden])');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#me-progress', { state: 'hidden' });
  expect(await page.textContent('#me-message')).toBe('Cancelled: the replay was not opened.');
  expect((await screen(page)).scene).toBe('Menu');

  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await again.setFiles(file);
  await waitScene(page, 'Replay', 120_000);
  expect((await screen(page)).message).toBe(`replay 0/${actions}`);
  const { frames, stages } = await framesAndStages(page);
  const replaying = stages.filter(([, s]) => s.startsWith('Replaying action '));
  expect(replaying.length).toBeGreaterThan(10);
  expect(framesDuring(frames, replaying)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.context().close();
});
