import { accessSync, closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './args';

/** Largest file a command reads: far above any save, replay, scenario or document (the engine refuses files past 16 MB). */
const MOST_BYTES = 50 * 1024 * 1024;

/** What a path is, when it is not a regular file, in a player's words. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a file the user named, or a UsageError saying why it cannot be read.
 * Only a regular file is read: the path is opened without blocking (a named
 * pipe with no writer would wait forever), and what was opened is checked
 * before a byte is read, so a FIFO, a device such as /dev/zero (whose size
 * reads 0) or a directory is refused at once, whatever the path was when
 * first looked at.
 */
export function readUserBytes(path: string, what: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${path} is ${kindOf(stat)}, not a ${what}: only regular files are read.`);
    if (stat.size > MOST_BYTES) throw new UsageError(`${path} is ${Math.round(stat.size / 1024 / 1024)} MB; a ${what} over ${MOST_BYTES / 1024 / 1024} MB is refused.`);
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot read ${path}: ${(e as Error).message}.`);
  } finally {
    closeSync(fd);
  }
}

/** A file the user named, as text (UTF-8; bytes that are not become U+FFFD, which the loaders then refuse by field). */
export function readUserFile(path: string, what: string): string {
  return readUserBytes(path, what).toString('utf8');
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
