/**
 * `npm run attack-documents`: decodes and compiles each hostile document
 * (src/cli/hostile-documents.ts) and prints how long it took and what came
 * out, in wall-clock and CPU milliseconds. Printed, never asserted: test/scenario/hostile.test.ts compiles them
 * under a timeout. Flags: --only NAME (one document), --write DIR (also save
 * them as files, to feed `npm run scenario` or the browser).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, decodeDocument } from '../scenario';
import { parseFlags, run, UsageError } from './args';
import { HOSTILE_DOCUMENTS } from './hostile-documents';

const USAGE = 'Usage: npm run attack-documents -- [--only NAME] [--write DIR]';

/** The budget each document must stay under (issue 16). */
const BUDGET_MS = 1000;

await run(USAGE, () => {
  const { values } = parseFlags(process.argv.slice(2), { only: { type: 'string' }, write: { type: 'string' } });
  const docs = values.only === undefined ? HOSTILE_DOCUMENTS : HOSTILE_DOCUMENTS.filter((d) => d.name === values.only);
  if (docs.length === 0) throw new UsageError(`--only: no document "${values.only}" (there are ${HOSTILE_DOCUMENTS.map((d) => d.name).join(', ')}).`);
  if (values.write !== undefined) mkdirSync(values.write, { recursive: true });
  let worst = 0;
  // Wall time is what a player waits; CPU time (all of the process's threads) is steadier on a busy machine.
  process.stdout.write(`${'document'.padEnd(22)} ${'kB'.padStart(5)} ${'ms'.padStart(6)} ${'cpu ms'.padStart(6)}  result\n`);
  for (const doc of docs) {
    const bytes = doc.bytes();
    if (values.write !== undefined) writeFileSync(join(values.write, `${doc.name}.txt`), bytes);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const decoded = decodeDocument(bytes, `${doc.name}.txt`);
    const compiled = decoded.ok ? compileScenario(decoded.text, { name: doc.name }) : null;
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    worst = Math.max(worst, ms);
    const result = !decoded.ok
      ? `refused on reading: ${decoded.error}`
      : compiled?.ok
        ? `compiled: ${compiled.scenario.regions.length} regions, ${compiled.scenario.events.length} events, ${compiled.warnings.length} warnings`
        : `refused: ${compiled?.error}`;
    const short = result.length > 110 ? `${result.slice(0, 107)}...` : result;
    process.stdout.write(`${doc.name.padEnd(22)} ${String(Math.round(bytes.length / 1000)).padStart(5)} ${ms.toFixed(0).padStart(6)} ${cpuMs.toFixed(0).padStart(6)}  ${short}\n`);
  }
  process.stdout.write(`slowest: ${worst.toFixed(0)} ms (budget ${BUDGET_MS} ms) ${worst <= BUDGET_MS ? 'ok' : 'OVER BUDGET'}\n`);
});
