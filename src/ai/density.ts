import { observe, Resampler, type LeaderBelief, type Observation, type Random, type Ruleset } from '../rules';

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
 * The leader density each side hunts by in a search's playouts, indexed like
 * SIDES (Islamic State hunts no one): what each hunter knows at the root, and
 * nothing a sampled world adds. The Coalition and the Regime see the same
 * evidence, so either bot plays both hunters by its own beliefs. Islamic State
 * knows everything its enemies know: it reads their observations off one
 * world consistent with its own.
 */
export type Densities = readonly [Float64Array | null, Float64Array | null, null];

export function huntersDensities(resampler: Resampler, own: Float64Array | null, random: Random): Densities {
  if (resampler.obs.viewer !== 'islamicState') return [own, own, null];
  const world = resampler.sample(random);
  return [leaderDensity(observe(world, 'coalition')), leaderDensity(observe(world, 'regime')), null];
}
