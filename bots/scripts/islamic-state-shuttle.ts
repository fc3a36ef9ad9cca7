/**
 * Islamic State, the shuttle: one leader to each redoubt (al-Baghdadi to
 * the deepest), then every week a step to a quiet neighbour it holds and
 * back, never into danger, so no leader warms up for the informants (§6.6).
 * Its pool goes to the redoubts with leaders, the most threatened first, and
 * it digs in there; it strikes a hunter stack only on a sure thing.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, fly, ofType, script, storm, unitsOf } from '../tactics';
import { dangerOf, type Observation } from '../../src/rules';

const POSTS = ['mayadin', 'abu-kamal', 'maadan', 'deir-ez-zor'];

/** Leader `li`'s redoubt. */
const post = (li: number, obs: Observation) => at(obs, POSTS[li % POSTS.length]!);

/** A redoubt some leader is posted to. */
const posted = (obs: Observation, r: number) => obs.leaders.some((_, li) => post(li, obs) === r);

/** Hunters' strength next to region `r`. */
const threat = (obs: Observation, r: number) =>
  obs.rules.adjacent[r]!.reduce((n, a) => n + unitsOf(obs, 'coalition', a) + unitsOf(obs, 'regime', a), 0);

export default function createBot(context: BotContext) {
  return script(
    context,
    'islamicState',
    [
      storm(1),
      (obs, legal) => best(ofType(legal, 'reinforce').filter((a) => posted(obs, at(obs, a.region))), (a) => threat(obs, at(obs, a.region))),
      (obs, legal) => best(ofType(legal, 'fortify').filter((a) => posted(obs, at(obs, a.region))), (a) => threat(obs, at(obs, a.region)), 0),
    ],
    [
      fly(post),
      // A leader at its post steps out to the quietest safe neighbour Islamic State holds; fly brings it back next week.
      (obs, legal) =>
        best(
          ofType(legal, 'moveLeader').filter((a) => {
            const l = obs.leaders[obs.rules.leaderIndex.get(a.leader)!]!;
            const from = l.status === 'atLarge' ? at(obs, l.at) : -1;
            const to = at(obs, a.to);
            return from === post(obs.rules.leaderIndex.get(a.leader)!, obs) && obs.regions[to]!.control === 'islamicState' && dangerOf(obs, from, to).danger === 0;
          }),
          (a) => -threat(obs, at(obs, a.to)),
        ),
    ],
  );
}
