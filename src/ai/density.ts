import { observe, Resampler, revealedAt, type LeaderBelief, type Observation, type Random, type Ruleset } from '../rules';

/** Expected leader value per region, by the rules' beliefs: a leader known to be somewhere counts in full there. */
export function densityOf(rules: Ruleset, beliefs: readonly LeaderBelief[]): Float64Array {
  const out = new Float64Array(rules.ids.length);
  for (const b of beliefs) {
    const value = rules.scenario.leaders[b.leader]!.value;
    for (let k = 0; k < b.regions.length; k++) out[b.regions[k]!]! += value * b.probs[k]!;
  }
  return out;
}

/** Where `observation`'s side believes the leaders are, as expected leader value per region. */
export function leaderDensity(observation: Observation, resampler: Resampler = new Resampler(observation)): Float64Array {
  return densityOf(observation.rules, resampler.beliefs());
}

/**
 * What each hunter knows of the leaders in a search's playouts, indexed like
 * SIDES (Islamic State hunts no one): its beliefs at the root, and nothing a
 * sampled world adds but what the hunter would see in it (a leader revealed
 * or caught in the playout). The Coalition and the Regime see the same
 * evidence, so either bot plays both hunters by its own beliefs. Islamic State
 * knows everything its enemies know: it reads their observations off one
 * world consistent with its own.
 */
export type HuntersBeliefs = readonly [readonly LeaderBelief[] | null, readonly LeaderBelief[] | null, null];

export function huntersBeliefs(resampler: Resampler, random: Random): HuntersBeliefs {
  if (resampler.obs.viewer !== 'islamicState') {
    const own = resampler.beliefs();
    return [own, own, null];
  }
  const world = resampler.sample(random);
  return [new Resampler(observe(world, 'coalition')).beliefs(), new Resampler(observe(world, 'regime')).beliefs(), null];
}

/** A hunter's density inside a playout: root beliefs for leaders still hidden from it, the truth it sees for the others. */
export function playoutDensity(observation: Observation, beliefs: readonly LeaderBelief[]): Float64Array {
  const { rules } = observation;
  const out = new Float64Array(rules.ids.length);
  for (const b of beliefs) {
    const l = observation.leaders[b.leader]!;
    if (l.status === 'captured') continue;
    const value = rules.scenario.leaders[b.leader]!.value;
    const at = revealedAt(l);
    if (at !== null) out[rules.index.get(at)!]! += value;
    else for (let k = 0; k < b.regions.length; k++) out[b.regions[k]!]! += value * b.probs[k]!;
  }
  return out;
}
