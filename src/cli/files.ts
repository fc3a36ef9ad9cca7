import { readFileSync, statSync } from 'node:fs';
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
