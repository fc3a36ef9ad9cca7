/**
 * What the gauntlet's scripts share: a script is a list of rules of thumb in
 * order of priority; each turn of the side's phase the first rule that names
 * a legal action plays it, and when none does the phase ends. Only the public
 * rules API (src/rules/index.ts) is used, as in any bot module (docs/BOTS.md).
 */
import { combatOdds, dangerOf, legalActions, SIDE_NAMES, type Action, type ActionType, type Observation, type Side } from '../src/rules';
import type { Bot, BotContext } from '../src/ai/bot';

/** A rule of thumb: an action among the legal ones, or null to leave the choice to the next rule. */
export type Rule = (obs: Observation, legal: readonly Action[]) => Action | null;

/** The legal actions of one type. */
export const ofType = <T extends ActionType>(legal: readonly Action[], type: T) => legal.filter((a): a is Extract<Action, { type: T }> => a.type === type);

/** A region's index by its id in the scenario (-1 when the scenario has no such region). */
export const at = (obs: Observation, id: string): number => obs.rules.index.get(id) ?? -1;

/** Units of `side` in region `r`. */
export const unitsOf = (obs: Observation, side: Side, r: number): number => obs.regions[r]?.units[side === 'coalition' ? 0 : side === 'regime' ? 1 : 2] ?? 0;

/** The action scoring highest by `score`, among those scoring above `floor`. */
export function best<A extends Action>(actions: readonly A[], score: (a: A) => number, floor = -Infinity): A | null {
  let top: A | null = null;
  let topScore = floor;
  for (const a of actions) {
    const s = score(a);
    if (s > topScore) {
      top = a;
      topScore = s;
    }
  }
  return top;
}

/** The chance an attack takes its target, from the rules' own odds. */
export const takeChance = (obs: Observation, a: Extract<Action, { type: 'attack' }>): number =>
  combatOdds(obs, a.side, at(obs, a.from), at(obs, a.to))?.takeChance ?? 0;

/** The attack likeliest to take its target, if that chance is at least `least` (and the target one `into` allows). */
export const storm = (least: number, into: (to: number) => boolean = () => true): Rule => (obs, legal) =>
  best(ofType(legal, 'attack').filter((a) => into(at(obs, a.to))), (a) => takeChance(obs, a), least - 1e-9);

/** Links between two regions. */
export const distance = (obs: Observation, a: number, b: number): number => obs.rules.distance[a * obs.rules.ids.length + b]!;

/**
 * Every unit of the stack nearest `target` (not already there) one link closer
 * to it, when the rules allow the move; `keep` units stay behind.
 */
export const march = (target: number, keep = 0): Rule => (obs, legal) =>
  best(
    ofType(legal, 'move').filter((m) => {
      const from = at(obs, m.from);
      return from !== target && m.strength === unitsOf(obs, m.side, from) - keep && distance(obs, at(obs, m.to), target) < distance(obs, from, target);
    }),
    (m) => -distance(obs, at(obs, m.from), target),
  );

/** The first legal action of `type` whose region (or target) passes `where`. */
export const first = (type: 'reinforce' | 'fortify' | 'watch' | 'search' | 'raid' | 'airStrike' | 'deconflict', where: (r: number) => boolean = () => true): Rule => (obs, legal) =>
  legal.find((a) => a.type === type && where(at(obs, 'region' in a ? a.region : 'target' in a ? a.target : ''))) ?? null;

/**
 * Each leader at large one step nearer the region `goal` gives it, never by a
 * dangerous step (§6.3); a leader at its goal, or with no safe step, stays.
 */
export const fly = (goal: (leader: number, obs: Observation) => number): Rule => (obs, legal) => {
  for (const a of ofType(legal, 'moveLeader')) {
    const li = obs.rules.leaderIndex.get(a.leader)!;
    const l = obs.leaders[li]!;
    if (l.status !== 'atLarge') continue;
    const here = at(obs, l.at);
    const to = at(obs, a.to);
    const target = goal(li, obs);
    if (target >= 0 && distance(obs, to, target) < distance(obs, here, target) && dangerOf(obs, here, to).danger === 0) return a;
  }
  return null;
};

/**
 * A bot playing `side` by its rules: the operations rules in its operations
 * phases, the leader rules in Islamic State's leader phases. A script made
 * for one side refuses another's seat.
 */
export function script(context: BotContext, side: Side, operations: Rule[], leaders: Rule[] = []): Bot {
  if (context.side !== side) throw new Error(`this script plays ${SIDE_NAMES[side]} only`);
  return {
    choose(obs: Observation): Action {
      const legal = legalActions(obs, side);
      for (const rule of obs.phase === 'leaders' ? leaders : operations) {
        const a = rule(obs, legal);
        if (a) return a;
      }
      return { type: 'endPhase', side };
    },
  };
}
