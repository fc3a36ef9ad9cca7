/**
 * Progress on stderr. On a terminal, a bar redrawn in place. Piped (tests,
 * redirected runs) it prints nothing, so output stays the same, unless asked
 * for with `lines`: then one line per game finished, for logs and for anyone
 * waiting on a batch to be under way.
 */
export function progress(total: number, lines = false): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY) return lines ? (done) => process.stderr.write(`${done}/${total} games\n`) : undefined;
  let last = -1;
  return (done) => {
    const filled = Math.floor((30 * done) / total);
    if (filled === last && done !== total) return;
    last = filled;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
