import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

/*
 * The build players get, served from dist/ under a sub-path on a free
 * localhost port, to prove the build works from any path: the browser tests'
 * global setup and `npm run accessibility` both use it.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export const SUBPATH = '/play/euphrates/';

/** vite build into dist/, in production mode (vitest runs with NODE_ENV=test, under which Vite would build with the debug API open). */
export async function buildDist(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: resolve('.'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Serves dist/ (or another build's directory); resolves to the game's address and a way to stop. */
export async function serveDist(dir = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SUBPATH)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(SUBPATH.length)) || 'index.html';
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, rel);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${SUBPATH}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
