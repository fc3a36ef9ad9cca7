/*
 * `npm run bundle-size`: builds the game and prints each JavaScript file of
 * dist/ with its size and gzip size (level 9), and what the first screen
 * loads against issue 13's budget of 420 KiB gzip. The document worker (the
 * compiler, its language model and gazetteer) loads only when a document,
 * replay or save is opened.
 *
 *   npm run bundle-size -- [--no-build]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDist } from '../test/browser/serve-dist';

export const BUDGET_KIB = 420;

/** Every JavaScript file of the build, with its sizes in bytes; `page` for what index.html loads itself. */
export function bundleSizes(dist = 'dist'): { file: string; bytes: number; gzip: number; page: boolean }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => {
      const body = readFileSync(join(dist, 'assets', f));
      return { file: `assets/${f}`, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, page: html.includes(`assets/${f}`) };
    });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.find((a) => a !== '--no-build');
  if (unknown) {
    console.error(`bundle-size: unknown option ${unknown} (the only one is --no-build)`);
    process.exit(2);
  }
  if (!args.includes('--no-build')) await buildDist();
  const files = bundleSizes();
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('file                                   size         gzip   loaded by');
  for (const f of files) console.log(`${f.file.padEnd(36)}${kib(f.bytes).padStart(11)}${kib(f.gzip).padStart(13)}   ${f.page ? 'the page' : 'on demand'}`);
  const page = files.filter((f) => f.page).reduce((n, f) => n + f.gzip, 0);
  console.log(`The first screen loads ${kib(page)} of JavaScript (gzip); budget ${BUDGET_KIB} KiB: ${page <= BUDGET_KIB * 1024 ? 'met' : 'MISSED'}.`);
}

if (process.argv[1]?.endsWith('bundle-size.ts')) {
  main().catch((e: unknown) => {
    console.error(`bundle-size: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
