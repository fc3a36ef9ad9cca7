import type { TestProject } from 'vitest/node';
import { buildDist, serveDist } from './serve-dist';

/**
 * Builds the game once (vite build into dist/) and serves dist/ under a
 * sub-path on a free localhost port, to prove the build works from any path.
 * Tests read the URL with `inject('baseUrl')`.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.SKIP_BROWSER_BUILD) await buildDist();
  const served = await serveDist();
  project.provide('baseUrl', served.url);
  return served.close;
}
