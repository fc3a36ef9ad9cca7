import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's own script, injected into the page as it is. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** What axe needs of a page: Playwright's and Puppeteer's (Lighthouse's) both have it. */
export interface AxePage {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  addScriptTag(options: { content: string }): Promise<unknown>;
}

/** axe-core's rules (WCAG 2.x A and AA, and best practices) on the page as it is now. */
export async function axeViolations(page: AxePage): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The violations the issue counts: critical or serious. */
export const grave = (vs: readonly Violation[]): Violation[] => vs.filter((v) => v.impact === 'critical' || v.impact === 'serious');
