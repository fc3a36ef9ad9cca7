import { mkdirSync, writeFileSync } from 'node:fs';
import { builtinScenario } from '../scenario/builtin-file';
import { intFlag, parseFlags, run, UsageError } from './args';
import { soak } from './soak-games';

const USAGE = 'Usage: npm run soak -- [--seed S] [--games N] [--out DIR]';

/** `npm run soak`: thousands of seeded bot games with invariant checks after every action; failures saved as replays. */
await run(USAGE, () => {
  const { values } = parseFlags(process.argv.slice(2), { seed: { type: 'string' }, games: { type: 'string' }, out: { type: 'string' } });
  const seed = values.seed ?? 'soak';
  if (!seed) throw new UsageError('--seed must not be empty.');
  const games = intFlag('games', values.games, 10_000, 1, 10_000_000);
  const out = values.out ?? 'test-results/soak';
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const result = soak(builtinScenario(), seed, games, (done) => {
    if (tty && (done % 100 === 0 || done === games)) process.stderr.write(`\r${done}/${games} games${done === games ? '\n' : ''}`);
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`Soak: ${result.games} games, ${result.actions} actions checked, ${result.failures.length} failures, ${seconds.toFixed(1)} s\n`);
  const byType = Object.entries(result.byType).sort(([a], [b]) => (a < b ? -1 : 1));
  process.stdout.write(`Actions by type: ${byType.map(([t, n]) => `${t} ${n}`).join(', ')}\n`);
  if (result.failures.length) {
    mkdirSync(out, { recursive: true });
    for (const f of result.failures) {
      const file = `${out}/${f.seed.replace(/[^\w.-]/g, '_')}.replay.json`;
      writeFileSync(file, JSON.stringify(f.replay));
      process.stdout.write(`FAIL ${f.seed} at action ${f.step}: ${f.problem} (replay: ${file})\n`);
    }
    process.exitCode = 1;
  }
});
