/**
 * The gauntlet's scripted strategies (docs/BOTS.md): bot modules in one
 * folder, each playing the side its file name starts with.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SIDES, type Side } from '../rules';
import { UsageError } from './args';
import { MODULE_EXTENSIONS, type ModuleSeat } from './seats';

/** The file-name prefix that says which side a script plays. */
export const PREFIX: Record<Side, string> = { coalition: 'coalition-', regime: 'regime-', islamicState: 'islamic-state-' };

export interface Script {
  side: Side;
  seat: ModuleSeat;
}

/** The scripts in `dir`, by side and then by name; a module file whose name names no side is refused. */
export function scriptsIn(dir: string): Script[] {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--scripts: ${dir} is not a folder.`);
    files = readdirSync(dir).sort();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--scripts: no folder ${dir}.`);
  }
  const scripts: Script[] = [];
  for (const file of files.filter((f) => MODULE_EXTENSIONS.some((e) => f.endsWith(e)))) {
    const side = SIDES.find((s) => file.startsWith(PREFIX[s]));
    if (!side) throw new UsageError(`--scripts: ${join(dir, file)} plays no side: a script's file name starts with ${SIDES.map((s) => PREFIX[s]).join(', ')}.`);
    scripts.push({ side, seat: { module: join(dir, file) } });
  }
  return SIDES.flatMap((s) => scripts.filter((x) => x.side === s));
}

