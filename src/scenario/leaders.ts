/**
 * Leader tokens: the named leaders, then neutral tokens up to the count the
 * document implies, each starting among the flight's places (or, with no
 * flight, where the group holds its capital or its redoubts).
 */
import type { LeaderDef, RegionDef } from '../rules/scenario';
import { DEFAULT_LEADERS } from './defaults';
import { provenance, type Doc } from './document';
import { underway, type Flight } from './extract/flight';
import type { LeaderCount, NamedLeader } from './extract/leaders';

export interface LeaderInput {
  doc: Doc;
  named: readonly NamedLeader[];
  count: LeaderCount | null;
  flight: Flight;
  startDate: string;
  capture: string;
  regions: readonly RegionDef[];
}

export function startOptions(input: LeaderInput): { options: string[]; note: string | null } {
  const { flight, regions, capture, startDate } = input;
  const onMap = new Set(regions.map((r) => r.id));
  const held = (id: string): boolean => regions.some((r) => r.id === id && r.control === 'islamicState');
  let options: string[] = [];
  let note: string | null = null;
  if (flight.sentences.length > 0) {
    options = underway(flight, startDate) ? [...flight.origins, ...flight.destinations] : [...flight.origins];
    if (options.length === 0) options = [...flight.destinations];
  }
  options = [...new Set(options)].filter((id) => onMap.has(id));
  // A leader is at large only where the group holds the ground; places it has lost are dropped.
  if (options.some(held)) options = options.filter(held);
  if (options.length === 0) {
    options = held(capture) ? [capture] : regions.filter((r) => r.redoubt && r.control === 'islamicState').map((r) => r.id);
    if (options.length === 0) options = regions.filter((r) => r.control === 'islamicState').map((r) => r.id);
    note = `The document says nothing of the leaders' flight; they start in ${options.map((id) => regions.find((r) => r.id === id)?.name ?? id).join(', ') || 'no held region'}.`;
  }
  return { options, note };
}

export function buildLeaders(input: LeaderInput, options: readonly string[]): { leaders: LeaderDef[]; warning: string | null } {
  const { doc, named, count } = input;
  const leaders: LeaderDef[] = named.map((l) => ({
    id: l.person,
    name: l.name,
    value: l.value,
    startOptions: [...options],
    origin: 'document',
    source: provenance(doc, l.sentence, l.person),
  }));
  let warning: string | null = null;
  let total = Math.max(leaders.length, count?.count ?? 0);
  let origin: LeaderDef['origin'] = 'document';
  if (total === 0) {
    total = DEFAULT_LEADERS;
    origin = 'default';
    warning = `The document names no Islamic State leader; the group gets ${DEFAULT_LEADERS} leader tokens by default.`;
  }
  for (let n = leaders.length + 1; n <= total; n++) {
    leaders.push({
      id: `leader-${n}`,
      name: `Islamic State leader ${n}`,
      value: 1,
      startOptions: [...options],
      origin,
      source: origin === 'document' && count ? provenance(doc, count.sentence) : null,
    });
  }
  return { leaders, warning };
}
