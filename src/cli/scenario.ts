import { basename } from 'node:path';
import { SIDE_NAMES, SIDES, type Provenance, type Scenario } from '../rules/scenario';
import { compileScenario, decodeDocument, type CompileReport } from '../scenario';
import { parseFlags, run, UsageError } from './args';
import { readUserBytes } from './files';

const USAGE = 'Usage: npm run scenario -- FILE [--json]';

const quote = (p: Provenance | null): string => (p ? `      "${p.quote.replace(/\s+/g, ' ')}" (sentence ${p.sentence})` : '');

function summary(s: Scenario, report: CompileReport): string {
  const out: string[] = [];
  const line = (text: string, p: Provenance | null = null): void => {
    out.push(text);
    if (p) out.push(quote(p));
  };
  const name = (id: string): string => s.regions.find((r) => r.id === id)?.name ?? id;
  line(`${s.title}`);
  line(`Starts ${s.startDate}, ${s.turns} weekly turns: ${report.startReason}.`, report.startDateSource);
  line('');
  line('Sides');
  for (const side of SIDES) {
    const def = s.sides.find((d) => d.side === side);
    const actors = s.actors.filter((a) => a.side === side).map((a) => a.name);
    line(`  ${SIDE_NAMES[side]}: ${actors.join(', ') || '(no actor named; defaults)'} — ${def?.ap} AP, pool ${def?.pool}, intel ${def?.intel}, air ${def?.air ? 'yes' : 'no'}, bases ${def?.bases.map(name).join(', ') || 'held redoubts'}`);
  }
  const others = s.actors.filter((a) => a.side === null);
  if (others.length) line(`  Non-player: ${others.map((a) => a.name).join(', ')}`);
  line('');
  line('Actors');
  for (const a of s.actors) line(`  ${a.name} (${a.side ? SIDE_NAMES[a.side] : 'non-player'}): ${a.role}`, a.source);
  for (const al of report.alliances) line(`  Alliance: backed by ${s.actors.find((a) => a.id === al.backer)?.name ?? al.backer} (${al.form})`, al.quote);
  if (report.forces.length) {
    line('');
    line('Forces besides the three sides\' own');
    for (const f of report.forces) {
      const actor = s.actors.find((a) => a.id === f.actor);
      const joins = f.side ? `plays with the ${SIDE_NAMES[f.side]}` : 'a non-player force';
      line(`  ${actor?.name ?? f.actor}: ${joins}: ${f.reason}${f.origin === 'default' ? ' (default)' : ''}`, f.quote);
    }
  }
  line('');
  line('Objectives');
  const why = (p: Provenance | null, fallback: string | null): string => (fallback ? ` (a default: ${fallback})` : p ? '' : ' (chosen by the knowledge base: no sentence sets it)');
  line(`  Coalition captures ${name(s.objectives.capture)} (centre of the noose)${why(report.captureSource, report.captureDefault)}`, report.captureSource);
  line(`  Regime holds ${name(s.objectives.hold)}${why(report.holdSource, report.holdDefault)}`, report.holdSource);
  line('');
  line(`Regions (${s.regions.length})`);
  for (const r of s.regions) {
    const tags = [r.valley ? 'valley' : '', r.redoubt ? 'redoubt' : ''].filter(Boolean).join(', ');
    const held = r.control ? `${SIDE_NAMES[r.control]} ${r.strength}${r.fort ? `, fort ${r.fort}` : ''}` : 'no one';
    const why = r.origin === 'document' ? 'from the document' : `added from the ${r.origin === 'gazetteer' ? 'gazetteer' : 'defaults'}: ${report.reasons[r.id] ?? ''}`;
    line(`  ${r.name} [${r.kind}${tags ? `; ${tags}` : ''}] ${r.lat.toFixed(2)}, ${r.lon.toFixed(2)} — ${held} — ${why}`, r.source);
  }
  line('');
  line(`Links (${s.links.length})`);
  for (const l of s.links) {
    const stated = report.distances.find((d) => d.route.includes(l.a) && d.route.includes(l.b));
    const extra = stated && l.origin === 'document' ? ` (document: ${stated.stated} ${name(stated.from)}–${name(stated.to)}; gazetteer ${stated.gazetteerKm} km)` : '';
    line(`  ${name(l.a)} – ${name(l.b)}: ${l.kind}, ${l.km} km${extra}`, l.origin === 'document' ? l.source : null);
  }
  line('');
  const flight = report.flight;
  if (flight.sentences.length) {
    line(`Flight: from ${flight.origins.map(name).join(', ') || '?'} to ${flight.destinations.map(name).join(', ') || '?'}${flight.began ? `, begun ${flight.began.slice(0, 7)}` : ''}`);
    for (const q of flight.quotes) out.push(quote(q));
  } else line('Flight: none in the document.');
  line(`Leaders (${s.leaders.length})`);
  for (const l of s.leaders) line(`  ${l.name} (value ${l.value}) starts in one of: ${l.startOptions.map(name).join(', ')}`, l.source);
  line('');
  line(`Events (${s.events.length})`);
  for (const e of s.events) line(`  Turn ${e.turn}: ${e.title} [${JSON.stringify(e.effect)}]`, e.source);
  if (s.warnings.length) {
    line('');
    line(`Warnings (${s.warnings.length})`);
    for (const w of s.warnings) line(`  ${w}`);
  }
  return `${out.join('\n')}\n`;
}

/** `npm run scenario -- FILE [--json]`: compiles a document and prints the scenario or a summary. */
await run(USAGE, () => {
  const { values, positionals } = parseFlags(process.argv.slice(2), { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'Give one document, not several.' : 'Name the document to compile.');
  const path = positionals[0] ?? '';
  const decoded = decodeDocument(readUserBytes(path, 'document'), path);
  if (!decoded.ok) throw new UsageError(decoded.error);
  const result = compileScenario(decoded.text, { name: basename(path).replace(/\.[^.]*$/, '') });
  if (!result.ok) throw new UsageError(`${path}: ${result.error}`);
  process.stdout.write(values.json ? `${JSON.stringify(result.scenario, null, 2)}\n` : summary(result.scenario, result.report));
});
