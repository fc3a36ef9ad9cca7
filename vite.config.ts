import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offline-plugin';

// `base: './'` keeps every asset URL relative, so the build works from any sub-path.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  // sw.js: the service worker that keeps the whole build for offline play.
  plugins: [offlinePlugin()],
  // The jobs worker (src/app/jobs.worker.ts) is an ES module, as the page's own code is.
  worker: { format: 'es' },
});
