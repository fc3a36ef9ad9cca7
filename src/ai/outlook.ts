import { allyGround, combatOdds, leaderTally, sideIndex, margins, nooseExits, revealedAt, valleyTowns, type ObservedLeader, type Position, type Side } from '../rules';

/**
 * What a position says about how the game will end: a few board facts, each
 * on a scale near 0..1, read the same way for every side. The search bot's
 * evaluation is a logistic model per side over these, fitted to the winners
 * of whole games (`npm run fit-outlook`, weights in outlook-weights.ts), so
 * no term is worth more than the wins it predicted: nothing search can farm.
 * The margins come with their product by the game's progress, since a lead
 * in week 3 says less than the same lead in the last week.
 */
export const OUTLOOK_FEATURES = [
  'bias',
  'progress',
  'marginCoalition',
  'marginRegime',
  'marginIslamicState',
  'marginCoalitionLate',
  'marginRegimeLate',
  'marginIslamicStateLate',
  'coalitionHoldsObjective',
  'regimeHoldsObjective',
  'unitsCoalition',
  'unitsRegime',
  'unitsIslamicState',
  'poolCoalition',
  'poolRegime',
  'poolIslamicState',
  'exitsClosed',
  'caughtByCoalition',
  'caughtByRegime',
  'leadersHunted',
  'leadersInRedoubts',
  'revealedToCoalition',
  'revealedToRegime',
  'valleyCoalition',
  'valleyRegime',
  'valleyIslamicState',
  'redoubtsHeld',
  'escalation',
  'objectiveExposed',
  'regimeObjectiveAtRisk',
  'coalitionAtRisk',
  'coalitionThreat',
  'regimeThreat',
] as const;

export type OutlookFeature = (typeof OUTLOOK_FEATURES)[number];
export const FEATURE_COUNT = OUTLOOK_FEATURES.length;

/** Where a leader at large stands, if the position says (always, in a resampled world). */
function placeOf(l: ObservedLeader): string | null {
  return l.status === 'atLarge' || l.status === 'revealed' ? l.at : null;
}

/** The features of `g` into `out` (length FEATURE_COUNT), in OUTLOOK_FEATURES order. */
export function outlookFeatures(g: Position, out: Float64Array = new Float64Array(FEATURE_COUNT)): Float64Array {
  const rules = g.rules;
  const n = rules.ids.length;
  const total = rules.leaderValue;
  const units: [number, number, number] = [0, 0, 0];
  const reachC = inReachOfEnemy(g, 'coalition');
  const reachR = inReachOfEnemy(g, 'regime');
  let redoubtsHeld = 0;
  for (let r = 0; r < n; r++) {
    const u = g.regions[r]!.units;
    // A hunter's units count only where they can still reach Islamic State's ground: a stack in
    // a dead end (the Regime's Ithriya, whose one road runs into a Coalition base, §1.5) wins nothing.
    if (reachC[r]) units[0] += u[0];
    if (reachR[r]) units[1] += u[1];
    units[2] += u[2];
    if (rules.isRedoubt[r] && g.regions[r]!.control === 'islamicState') redoubtsHeld++;
  }
  let exitsClosed = 0;
  const exits = nooseExits(g);
  for (const e of exits) if (e.closed) exitsClosed++;
  const [byCoalition, byRegime] = leaderTally(g);
  let hunted = 0;
  let inRedoubts = 0;
  let revealedC = 0;
  let revealedR = 0;
  g.leaders.forEach((l, li) => {
    const at = placeOf(l);
    if (at === null) return;
    const value = rules.scenario.leaders[li]!.value;
    const r = rules.index.get(at)!;
    const region = g.regions[r]!;
    let enemy = region.units[0] + region.units[1];
    for (const a of rules.adjacent[r]!) enemy += g.regions[a]!.units[0] + g.regions[a]!.units[1];
    hunted += value * Math.min(1, enemy / 6);
    if (rules.isRedoubt[r] && region.control === 'islamicState') inRedoubts += value;
    if (revealedAt(l) !== null && 'foundBy' in l) {
      if (l.foundBy === 'coalition') revealedC += value;
      else if (l.foundBy === 'regime') revealedR += value;
    }
  });
  const m = margins(g);
  const progress = g.turn / rules.scenario.turns;
  const center = g.regions[rules.center]!;
  let besiegers = 0;
  for (const a of rules.adjacent[rules.center]!) besiegers += g.regions[a]!.units[0] + g.regions[a]!.units[1];
  let k = 0;
  out[k++] = 1;
  out[k++] = progress;
  for (let s = 0; s < 3; s++) out[k++] = m[s]! / 10;
  for (let s = 0; s < 3; s++) out[k++] = (m[s]! / 10) * progress;
  out[k++] = center.control === 'coalition' ? 1 : 0;
  out[k++] = g.regions[rules.hold]!.control === 'regime' ? 1 : 0;
  for (let s = 0; s < 3; s++) out[k++] = units[s]! / 10;
  for (let s = 0; s < 3; s++) out[k++] = g.pool[s]! / 10;
  out[k++] = exits.length ? exitsClosed / exits.length : 0;
  out[k++] = byCoalition / total;
  out[k++] = byRegime / total;
  out[k++] = hunted / total;
  out[k++] = inRedoubts / total;
  out[k++] = revealedC / total;
  out[k++] = revealedR / total;
  out[k++] = valleyTowns(g, 'coalition') / Math.max(1, rules.valley.length);
  out[k++] = valleyTowns(g, 'regime') / Math.max(1, rules.valley.length);
  out[k++] = valleyTowns(g, 'islamicState') / Math.max(1, rules.valley.length);
  out[k++] = redoubtsHeld / Math.max(1, rules.redoubts.length);
  out[k++] = g.escalation / 10;
  out[k++] = center.control === 'islamicState' ? Math.max(0, besiegers - 1.5 * (center.units[2] + center.fort)) / 10 : 0;
  out[k++] = regimeAtRisk(g) / 10;
  out[k++] = atRisk(g, 'coalition') / 10;
  out[k++] = threat(g, 'coalition') / 10;
  out[k++] = threat(g, 'regime') / 10;
  return out;
}

/**
 * Regions from which `side` (a hunter) can reach Islamic State's ground, moving
 * over ground it may enter (never its ally's objective or bases, §1.5): 1 for
 * each such region, 0 for a dead end.
 */
function inReachOfEnemy(g: Position, side: 'coalition' | 'regime'): Uint8Array {
  const rules = g.rules;
  const n = rules.ids.length;
  const reach = new Uint8Array(n);
  const queue: number[] = [];
  for (let r = 0; r < n; r++) {
    if (g.regions[r]!.control === 'islamicState' || g.regions[r]!.units[2] > 0) {
      reach[r] = 1;
      queue.push(r);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const a of rules.adjacent[queue[head]!]!) {
      if (reach[a] || allyGround(g, side, a)) continue;
      reach[a] = 1;
      queue.push(a);
    }
  }
  return reach;
}

/** What a region is worth on the margins' scale, to the side that would take or lose it. */
function stake(g: Position, side: 'coalition' | 'regime', r: number): number {
  const rules = g.rules;
  const objective = side === 'coalition' ? rules.center : rules.hold;
  return r === objective ? 3 + (rules.inValley[r] ? 1 : 0) : rules.inValley[r] ? 1 : 0;
}

/**
 * The best chance a stack of `side` next to region `r` has of taking it: its
 * storming odds, or certainty when `r` stands empty (walked into); 0 with no
 * stack of `side` next to it.
 */
function bestTake(g: Position, side: Side, r: number): number {
  const s = sideIndex(side);
  let take = 0;
  for (const a of g.rules.adjacent[r]!) {
    if (g.regions[a]!.units[s] < 1) continue;
    const odds = combatOdds(g, side, a, r);
    const chance = odds ? odds.takeChance : 1;
    if (chance > take) take = chance;
  }
  return take;
}

/**
 * What `side` (a hunter), moving next, could take from Islamic State: for each
 * region of its margin (its objective, the valley towns) Islamic State holds,
 * the best chance an adjacent stack of the side has of storming it (of walking
 * in, when it stands empty), times the points it is worth.
 */
function threat(g: Position, side: 'coalition' | 'regime'): number {
  const n = g.rules.ids.length;
  let total = 0;
  for (let r = 0; r < n; r++) {
    if (g.regions[r]!.control !== 'islamicState' || allyGround(g, side, r)) continue;
    const worth = stake(g, side, r);
    if (worth === 0) continue;
    total += bestTake(g, side, r) * worth;
  }
  return total;
}

/** What Islamic State, moving next, could take from the Coalition: as `regimeAtRisk`, for the Coalition's objective, towns and bases. */
function atRisk(g: Position, side: 'coalition' | 'regime'): number {
  const rules = g.rules;
  const n = rules.ids.length;
  const s = side === 'coalition' ? 0 : 1;
  let risk = 0;
  for (let r = 0; r < n; r++) {
    if (g.regions[r]!.control !== side) continue;
    const take = bestTake(g, 'islamicState', r);
    if (take > 0) risk += take * (stake(g, side, r) + (rules.isBase[s]![r] ? 1 : 0.2));
  }
  return risk;
}

/**
 * What Islamic State, moving next, could take from the Regime: for each region
 * the Regime holds, the best chance an adjacent Islamic State stack has of
 * storming it (an empty one is simply walked into), times what losing it costs.
 */
function regimeAtRisk(g: Position): number {
  const rules = g.rules;
  const n = rules.ids.length;
  let risk = 0;
  for (let r = 0; r < n; r++) {
    if (g.regions[r]!.control !== 'regime') continue;
    const take = bestTake(g, 'islamicState', r);
    if (take > 0) risk += take * (r === rules.hold ? 3 : rules.inValley[r] ? 1 : 0.2);
  }
  return risk;
}

/** The fitted model's logit for `side`: weights in OUTLOOK_FEATURES order. */
export function logit(features: Float64Array, weights: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < FEATURE_COUNT; k++) z += features[k]! * weights[k]!;
  return z;
}

export type OutlookWeights = Readonly<Record<Side, readonly number[]>>;
