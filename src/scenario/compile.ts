/**
 * The compiler: document text in, a validated `Scenario` out, every element
 * carrying the sentence it came from. It never throws; a document too thin to
 * play gets one sentence saying what is missing.
 */
import { SIDES, SIDE_NAMES, type LinkDef, type Provenance, type Scenario, type SideDef } from '../rules/scenario';
import { LIMITS, parseScenario } from '../rules';
import { DEFAULT_TURNS, MAX_DATES_READ, MAX_DOCUMENT_CHARS, MAX_REGIONS, SIDE_DEFAULTS } from './defaults';
import { tooLong } from './decode';
import { lineOf, parseDocument, provenance, type Doc } from './document';
import { extractActors, extractAlliances, hasGroundForce, type Alliance } from './extract/actors';
import { attachForces, type Attachment } from './extract/attachment';
import { checkConflict, outsideConflict } from './extract/conflict';
import { capturesOf, extractControl } from './extract/control';
import { datesUnread, extractStartDate, operationMentions } from './extract/date';
import { disagrees, extractDistances, type StatedDistance } from './extract/distances';
import { extractEvents, MAX_EVENTS_PER_TURN } from './extract/events';
import { extractStatements } from './statements';
import { extractFlight, type Flight } from './extract/flight';
import { extractLeaderCount, extractNamedLeaders } from './extract/leaders';
import { contextPlaces, extractAreas, extractPlaces, extractRedoubts } from './extract/places';
import { buildRegions, controlAt } from './forces';
import { AREAS, placeById } from './gazetteer';
import { buildLeaders, startOptions } from './leaders';
import { reachableHold, reaches } from './reach';
import { buildMap } from './map';
import { chooseObjectives } from './objectives';
import { valleyRoads } from './valleyRoads';
import { linkBetween } from './routes';
import { unknownNames } from './unknown';

/** What the compiler saw besides the scenario, for the readable summary. */
export interface CompileReport {
  distances: StatedDistance[];
  flight: Flight & { quotes: Provenance[] };
  alliances: Array<Alliance & { quote: Provenance }>;
  /** Each force besides the three sides' own: the side it plays with (or none) and why. */
  forces: Array<Attachment & { quote: Provenance | null }>;
  startDateSource: Provenance | null;
  /** Why the start is that date: which sentence set it and how. */
  startReason: string;
  captureSource: Provenance | null;
  holdSource: Provenance | null;
  /** Why an objective is the knowledge base's default and not the document's, when the side has no force on the ground. */
  captureDefault: string | null;
  holdDefault: string | null;
  /** Why each region is on the map. */
  reasons: Record<string, string>;
}

export type CompileResult =
  | { ok: true; scenario: Scenario; warnings: string[]; report: CompileReport }
  | { ok: false; error: string };

export interface CompileOptions {
  /** A name for the scenario (a file name, say); its id is made from it. */
  name?: string;
  /** Told as the compile goes: the share done (0 to 1) and the stage begun, for a progress bar. */
  progress?: (done: number, stage: string) => void;
}

function slug(s: string): string {
  let out = s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long titles are cut at a word boundary.
  if (out.length > 60) out = out.slice(0, 61).replace(/-[^-]*$/, '');
  return out || 'scenario';
}

function fail(error: string): CompileResult {
  return { ok: false, error };
}

function applyDistances(doc: Doc, links: LinkDef[], distances: readonly StatedDistance[]): void {
  for (const d of distances) {
    const steps: LinkDef[] = [];
    for (let i = 1; i < d.route.length; i++) {
      const a = d.route[i - 1] ?? '';
      const b = d.route[i] ?? '';
      const link = links.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
      if (link) steps.push(link);
    }
    if (steps.length !== d.route.length - 1 || steps.length === 0) continue;
    // The stated figure is shared along the route in proportion to the gazetteer's legs.
    const total = steps.reduce((n, l) => n + (linkBetween(l.a, l.b)?.km ?? l.km), 0);
    let left = d.km;
    steps.forEach((link, i) => {
      const leg = i === steps.length - 1 ? left : Math.round((d.km * (linkBetween(link.a, link.b)?.km ?? link.km)) / total);
      left -= leg;
      link.km = Math.max(1, leg);
      link.origin = 'document';
      link.source = provenance(doc, d.sentence);
    });
  }
}

function compileDocument(text: string, options: CompileOptions): CompileResult {
  if (text.length > MAX_DOCUMENT_CHARS) {
    return fail(tooLong(`The document is ${text.length.toLocaleString('en-US')} characters long`));
  }
  if (text.replace(/^\ufeff/, '').trim() === '') return fail('The document is empty: there is nothing to compile.');
  const progress = options.progress ?? (() => {});
  progress(0, 'Reading the sentences and names');
  const doc = parseDocument(text);
  const warnings: string[] = [];
  progress(0.3, 'Reading who did what to whom');
  const statements = extractStatements(doc);
  const start = extractStartDate(doc);
  // A document of another age or another subject is refused before its names are read as the war's.
  const outside = outsideConflict(checkConflict(doc, statements), start);
  if (outside) return fail(outside);

  progress(0.5, 'Finding the sides and places');
  // Forces besides the three sides' own take the side this document has them fight with (extract/attachment.ts).
  const forces = attachForces(doc, statements);
  const actors = extractActors(doc).map((a) => {
    const f = forces.find((x) => x.actor === a.id);
    return f && f.side !== a.side ? { ...a, side: f.side } : a;
  });
  const sidesNamed = new Set(actors.map((a) => a.side));
  if (!sidesNamed.has('islamicState')) {
    return fail('The document never names the Islamic State (ISIS, ISIL, Daesh, "the group"), so there is no one to flee: the escape needs the group.');
  }
  if (!sidesNamed.has('coalition') && !sidesNamed.has('regime')) {
    const line = lineOf(doc, actors[0]?.source?.sentence ?? 0);
    return fail(`The document names no side opposing the Islamic State (no coalition, SDF, Syrian government, Russia or Iran-backed militias); only the group, first on line ${line}.`);
  }
  for (const side of SIDES) {
    if (!sidesNamed.has(side)) warnings.push(`The document names no ${SIDE_NAMES[side]} actor; the ${SIDE_NAMES[side]} plays with the knowledge base's defaults.`);
  }

  const context = contextPlaces(doc);
  const places = extractPlaces(doc).filter((p) => !context.has(p.id));
  const areas = extractAreas(doc);
  if (places.length + areas.length < 1) {
    return fail('The document names no place of the theater where the war is fought (Syria and Iraq along the Euphrates), so there is no map to play on.');
  }

  progress(0.6, 'Dating the document, who holds what, the flight');
  if (start.sentence === null) warnings.push(`The document names no operation or date; the scenario starts on ${start.date} by default.`);
  const unread = datesUnread(doc);
  if (unread > 0) warnings.push(`The document writes ${(MAX_DATES_READ + unread).toLocaleString('en-US')} dates; the compiler read the first ${MAX_DATES_READ.toLocaleString('en-US')} and dated the scenario by them.`);
  const ops = operationMentions(doc);
  // Stated holdings first, then what the statements say was taken ("took full control of Sukhnah").
  const control = [...extractControl(doc), ...capturesOf(statements)];
  const flight = extractFlight(doc, start.date);
  // Asked once per operation named, so each place's answer is kept: the statements are searched once per place.
  const held = new Map<string, ReturnType<typeof controlAt>>();
  const heldAtStart = (id: string) => {
    if (!held.has(id)) held.set(id, controlAt(id, start.date, control));
    return held.get(id) ?? null;
  };
  // Towns of a named area ("the Middle Euphrates River Valley") can be objectives too, after the places named outright.
  const areaTowns = areas.flatMap((a) => (AREAS.find((x) => x.id === a.id)?.members ?? []).map((id) => ({ id, name: placeById(id)?.name ?? id, sentence: a.sentence })));
  const candidates = [...places, ...areaTowns.filter((t, i) => !places.some((p) => p.id === t.id) && areaTowns.findIndex((u) => u.id === t.id) === i)];
  const sideOf = (id: string) => actors.find((a) => a.id === id)?.side;
  const ground = { coalition: hasGroundForce(doc, 'coalition', sideOf), regime: hasGroundForce(doc, 'regime', sideOf) };
  const chosen = chooseObjectives(doc, candidates, ops, start, heldAtStart, flight, statements, ground);
  if (!chosen) return fail('The document names no place the sides could fight for.');
  let objectives = chosen;
  if (heldAtStart(objectives.capture) === 'coalition') {
    warnings.push(`${placeById(objectives.capture)?.name} is already the Coalition's on ${start.date}; the capture objective is won from the start.`);
  }

  progress(0.7, 'Drawing the map');
  const mapInput = { places, areas, capture: objectives.capture, hold: objectives.hold, startDate: start.date, avoid: context, holder: heldAtStart };
  let map = buildMap(mapInput);
  // A hunter that cannot get at its objective under §1.5 even by the roads added for it: the Regime races for a
  // place it can reach, unless the document itself sets an objective the Regime cannot reach (that stands, with a warning).
  const was = placeById(objectives.hold)?.name ?? objectives.hold;
  const blocksCoalition = !reaches(map, 'coalition', objectives, heldAtStart);
  const regimeShut = !reaches(map, 'regime', objectives, heldAtStart);
  const hold = blocksCoalition || (regimeShut && objectives.holdSentence === null) ? reachableHold(map, objectives, heldAtStart) : null;
  if (hold) {
    const why = `${was} cannot be the Regime's objective: on this map ${blocksCoalition ? 'it stands across the Coalition\'s only road to its objective' : 'the Regime cannot reach it without crossing the Coalition\'s ground'} (rules §1.5), so the Regime races for the nearest place it can reach`;
    objectives = { ...objectives, hold, holdSentence: null, holdDefault: why };
    map = buildMap({ ...mapInput, hold });
  } else if (regimeShut) {
    warnings.push(`The Regime cannot reach ${was}, its objective in the document, without crossing the Coalition's ground (rules §1.5): on this map it has no road there.`);
  }
  if (map.entries.size > MAX_REGIONS) warnings.push(`The map has ${map.entries.size} regions, more than the ${MAX_REGIONS} a board reads well with.`);

  const redoubts = new Map<string, number | null>(extractRedoubts(doc));
  for (const id of flight.destinations) if (!redoubts.has(id)) redoubts.set(id, flight.sentences[0] ?? null);
  const regions = buildRegions({ doc, map, startDate: start.date, capture: objectives.capture, control, redoubts });
  if (!regions.some((r) => r.control === 'islamicState')) {
    return fail(`No region on the map is held by the Islamic State on ${start.date}, so its leaders have nowhere to start.`);
  }

  const links: LinkDef[] = map.links().map((l) => ({ a: l.a, b: l.b, kind: l.kind, km: l.km, origin: 'gazetteer', source: null }));
  progress(0.75, 'Measuring the distances');
  const distances = extractDistances(doc);
  applyDistances(doc, links, distances);
  for (const d of distances) {
    if (disagrees(d)) {
      warnings.push(`The document's "${d.stated}" from ${placeById(d.from)?.name} to ${placeById(d.to)?.name} (line ${lineOf(doc, d.sentence)}) is ${d.km} km; the gazetteer says ${d.gazetteerKm} km.`);
    }
  }

  progress(0.8, 'Placing the leaders');
  const leaderInput = { doc, named: extractNamedLeaders(doc), count: extractLeaderCount(doc), flight, startDate: start.date, capture: objectives.capture, regions };
  const { options: starts, note } = startOptions(leaderInput);
  if (note) warnings.push(note);
  const { leaders, warning } = buildLeaders(leaderInput, starts);
  if (warning) warnings.push(warning);

  const sides: SideDef[] = SIDES.map((side) => {
    const d = SIDE_DEFAULTS[side];
    return { side, ap: d.ap, pool: d.pool, intel: d.intel, air: d.air, bases: d.bases.filter((id) => map.has(id)) };
  });
  // Each hunter's own road into the valley, where the other's closed ground is the only door (valleyRoads.ts).
  links.push(...valleyRoads(regions, links, sides, { capture: objectives.capture, hold: objectives.hold }));

  progress(0.85, 'Scripting the events, listing the unknown names');
  const alliances = extractAlliances(doc);
  const { events, unplaced } = extractEvents(doc, statements, DEFAULT_TURNS);
  if (unplaced > 0) warnings.push(`${unplaced.toLocaleString('en-US')} more developments than the turns have room for (${MAX_EVENTS_PER_TURN} a turn) are left out of the events.`);
  warnings.push(...unknownNames(doc));
  // A scenario keeps LIMITS.warnings at most (a document of nothing but unknown names makes one per name): the last counts the rest.
  if (warnings.length > LIMITS.warnings) warnings.splice(LIMITS.warnings - 1, Infinity, `${(warnings.length - LIMITS.warnings + 1).toLocaleString('en-US')} more warnings like these are not listed.`);
  const title = doc.text.slice(doc.sentences[0]?.start ?? 0, doc.sentences[0]?.end ?? 0).replace(/\s+/g, ' ').slice(0, 140);
  const scenario: Scenario = {
    id: slug(options.name ?? title),
    title: title || (options.name ?? 'Untitled document'),
    startDate: start.date,
    turns: DEFAULT_TURNS,
    sides,
    actors,
    regions,
    links,
    leaders,
    events,
    objectives: { capture: objectives.capture, hold: objectives.hold },
    warnings,
  };
  progress(0.95, 'Checking the scenario');
  const checked = parseScenario(scenario);
  if (!checked.ok) return fail(`The compiled scenario is invalid (${checked.error}); please report this document.`);

  const sentenceProv = (n: number | null): Provenance | null => (n === null ? null : provenance(doc, n));
  const reasons: Record<string, string> = {};
  for (const e of map.entries.values()) reasons[e.id] = e.reason;
  const report: CompileReport = {
    distances,
    flight: { ...flight, quotes: flight.sentences.map((n) => provenance(doc, n)) },
    alliances: alliances.map((a) => ({ ...a, quote: provenance(doc, a.sentence) })),
    forces: forces.map((f) => ({ ...f, quote: sentenceProv(f.sentence) })),
    startDateSource: sentenceProv(start.sentence),
    startReason: start.reason,
    captureSource: sentenceProv(objectives.captureSentence),
    holdSource: sentenceProv(objectives.holdSentence),
    captureDefault: objectives.captureDefault,
    holdDefault: objectives.holdDefault,
    reasons,
  };
  return { ok: true, scenario, warnings, report };
}

/** Compiles a document into a scenario, or says in one sentence why it cannot. Never throws. */
export function compileScenario(text: string, options: CompileOptions = {}): CompileResult {
  try {
    if (typeof text !== 'string') return fail('The document is not text.');
    return compileDocument(text, options);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(`The compiler could not read this document (${why}); please report it.`);
  }
}
