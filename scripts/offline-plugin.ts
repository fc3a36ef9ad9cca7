/**
 * The offline build: a Vite plugin that writes `sw.js`, a service worker that
 * precaches every file of the build, so a page loaded once plays on and
 * reloads without a network (docs/UI.md, *Offline*). The list of files and
 * the cache's name come from the bundle itself, so a new build replaces the
 * old cache whole; nothing is listed by hand.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The service worker itself, plain JavaScript run by the browser; FILES and CACHE are filled in per build. */
const WORKER = `// Written by the build (scripts/offline-plugin.ts): every file of this build, precached.
const CACHE = __CACHE__;
const FILES = __FILES__;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  const stale = (key) => key.startsWith('middle-euphrates-') && key !== CACHE;
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter(stale).map((key) => caches.delete(key)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The page itself: the network's newest when there is one, else the cached copy (its query, ?debug, ignored).
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match('./'))));
    return;
  }
  // Everything else has a hashed name or never changes within a build: the cache first.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
`;

export function offlinePlugin(publicDir = 'public'): Plugin {
  return {
    name: 'middle-euphrates-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((name) => name !== 'sw.js' && !name.endsWith('.map'));
      const copied = readdirSync(publicDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
      // The page is emitted by Vite's own HTML step, after this one: named here so it is always kept.
      const files = ['./', ...[...new Set([...built, ...copied, 'index.html'])].sort()];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const source = WORKER.replace('__CACHE__', JSON.stringify(`middle-euphrates-${version}`)).replace('__FILES__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
