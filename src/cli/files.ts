import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './args';

/** Reads a file the user named, or a UsageError saying why it cannot be read. */
export function readUserFile(path: string, what: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${path} is a directory, not a ${what}.`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`);
  }
  if (size > 50 * 1024 * 1024) throw new UsageError(`${path} is ${Math.round(size / 1024 / 1024)} MB; a ${what} over 50 MB is refused.`);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${what} ${path}: ${(e as Error).message}.`);
  }
}

/**
 * Checks, before any work, that a file the user asked for can be written
 * there; a UsageError saying why not. Nothing is created: a refused command
 * leaves the disk as it was.
 */
export function checkWritable(path: string, what: string): void {
  let stat: ReturnType<typeof statSync> | null = null;
  try {
    stat = statSync(path);
  } catch {
    // Not there yet: its folder must be.
  }
  if (stat?.isDirectory()) throw new UsageError(`${path} is a directory; name a file for the ${what}.`);
  const target = stat ? path : dirname(path);
  try {
    accessSync(target, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot write the ${what} to ${path}: ${code === 'ENOENT' ? `no folder ${target}` : code === 'EACCES' ? 'permission denied' : (e as Error).message}.`);
  }
}
