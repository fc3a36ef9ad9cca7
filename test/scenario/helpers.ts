import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Provenance, Scenario } from '../../src/rules/scenario';
import { compileScenario } from '../../src/scenario';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCUMENTS = fileURLToPath(new URL('./documents/', import.meta.url));

export function readDocument(name: string): string {
  return readFileSync(`${DOCUMENTS}${name}`, 'utf8');
}

export function documentNames(): string[] {
  return readdirSync(DOCUMENTS).filter((f) => f.endsWith('.txt')).sort();
}

/** Compiles or fails the test with the compiler's error. */
export function compiled(text: string): Scenario {
  const r = compileScenario(text);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

/** Every provenance in a scenario. */
export function provenances(s: Scenario): Provenance[] {
  const all = [...s.actors, ...s.regions, ...s.links, ...s.leaders, ...s.events].map((x) => x.source);
  return all.filter((p): p is Provenance => p !== null);
}

/** Is the map one connected graph? */
export function connected(s: Scenario): boolean {
  const seen = new Set<string>(s.regions[0] ? [s.regions[0].id] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of s.links) {
      if (seen.has(l.a) !== seen.has(l.b)) {
        seen.add(l.a);
        seen.add(l.b);
        grew = true;
      }
    }
  }
  return seen.size === s.regions.length;
}
