/** A progress bar on a terminal; nothing when stderr is piped (tests, redirected runs), so output stays the same. */
export function progress(total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = -1;
  return (done) => {
    const filled = Math.floor((30 * done) / total);
    if (filled === last && done !== total) return;
    last = filled;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
