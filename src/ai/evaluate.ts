import { combatOdds, distanceBetween, leaderTally, margins, nooseExits, revealedAt, type ObservedLeader, type Position, type Side } from '../rules';

/**
 * A side's prospects in a position, in [0, 1]: 1 a win, 0 a loss, and between
 * them a squashed sum of what the side's victory condition needs. Reads the
 * leader positions the position holds, so search calls it on the worlds it
 * resampled; on a hunter's observation only the revealed leaders count.
 */
export function evaluate(g: Position, side: Side): number {
  if (g.result) return g.result.winner === side ? 1 : g.result.winner === null ? 0.4 : 0;
  return 1 / (1 + Math.exp(-score(g, side) / 8));
}

/** Where a leader at large stands, if the position says. */
function placeOf(l: ObservedLeader): string | null {
  return l.status === 'atLarge' || l.status === 'revealed' ? l.at : null;
}

export function score(g: Position, side: Side): number {
  const rules = g.rules;
  const n = rules.ids.length;
  let coal = 0;
  let reg = 0;
  let is = 0;
  let exitsClosed = 0;
  let valleyCoal = 0;
  let valleyReg = 0;
  let valleyIs = 0;
  let redoubtsHeld = 0;
  for (let r = 0; r < n; r++) {
    const region = g.regions[r]!;
    coal += region.units[0];
    reg += region.units[1];
    is += region.units[2];
    if (rules.inValley[r]) {
      if (region.control === 'coalition') valleyCoal++;
      else if (region.control === 'regime') valleyReg++;
      else if (region.control === 'islamicState') valleyIs++;
    }
    if (rules.isRedoubt[r] && region.control === 'islamicState') redoubtsHeld++;
  }
  for (const e of nooseExits(g)) if (e.closed) exitsClosed++;
  const centerCoal = g.regions[rules.center]!.control === 'coalition' ? 1 : 0;
  const holdReg = g.regions[rules.hold]!.control === 'regime' ? 1 : 0;
  const total = rules.leaderValue;
  // Captures count for the side that made them (§9): each hunter weighs its own.
  const [byCoalition, byRegime, atLarge] = leaderTally(g);
  // Leaders' safety as far as the position places them (all of them in a resampled world).
  let leadersSafe = 0;
  let leadersExposed = 0;
  let leadersHunted = 0;
  g.leaders.forEach((l, li) => {
    const at = placeOf(l);
    if (at === null) return;
    const value = rules.scenario.leaders[li]!.value;
    const r = rules.index.get(at)!;
    const region = g.regions[r]!;
    let enemy = region.units[0] + region.units[1];
    for (const a of rules.adjacent[r]!) enemy += g.regions[a]!.units[0] + g.regions[a]!.units[1];
    if (rules.isRedoubt[r] && region.control === 'islamicState') leadersSafe += value;
    // A revealed leader is the hunters' opening only for the side that found him: it alone may raid him.
    if (revealedAt(l) !== null && (side === 'islamicState' || ('foundBy' in l && l.foundBy === side))) leadersExposed += value;
    leadersHunted += value * Math.min(1, enemy / 6);
  });
  // How exposed Islamic State's key holdings are: hostile strength next door against garrison and works.
  const exposure = (r: number): number => {
    const region = g.regions[r]!;
    let enemy = 0;
    for (const a of rules.adjacent[r]!) enemy += g.regions[a]!.units[0] + g.regions[a]!.units[1];
    return Math.max(0, enemy - 1.5 * (region.units[2] + region.fort));
  };
  // The Regime's road to its objective: strength near it, and what guards it once taken.
  let regimeReach = 0;
  let regimeRisk = 0;
  if (side === 'regime') {
    for (let r = 0; r < n; r++) regimeReach += g.regions[r]!.units[1] / (1 + distanceBetween(rules, r, rules.hold));
    regimeRisk = regimeAtRisk(g);
  }
  let isRisk = 0;
  if (side === 'islamicState') {
    if (g.regions[rules.center]!.control === 'islamicState') isRisk += 1.2 * exposure(rules.center);
    g.leaders.forEach((l) => {
      const at = placeOf(l);
      if (at === null) return;
      const r = rules.index.get(at)!;
      if (g.regions[r]!.control === 'islamicState') isRisk += 0.6 * exposure(r);
    });
  }
  const pool = g.pool;
  // The victory condition itself: the side's margin against the best of the others (§9).
  const m = margins(g);
  const me = side === 'coalition' ? 0 : side === 'regime' ? 1 : 2;
  const lead = 1.5 * (m[me]! - Math.max(...m.filter((_, k) => k !== me)));
  switch (side) {
    case 'coalition':
      return (
        lead +
        10 * centerCoal +
        (byCoalition * 2 > total ? 8 : 0) +
        7 * byCoalition +
        1.5 * byRegime +
        1.5 * exitsClosed +
        0.6 * (coal + 0.5 * pool[0]) -
        0.7 * is +
        2 * leadersHunted +
        1.5 * leadersExposed -
        1.5 * g.escalation / 4 +
        0.8 * valleyCoal -
        6
      );
    case 'regime':
      return (
        lead +
        12 * holdReg +
        3 * (valleyReg - valleyCoal) +
        0.6 * (reg + 0.5 * pool[1]) -
        0.5 * is +
        6 * byRegime -
        1.5 * g.escalation / 4 +
        1.5 * regimeReach -
        regimeRisk -
        8
      );
    case 'islamicState':
      return (
        lead -
        9 * centerCoal -
        (byCoalition * 2 > total ? 10 : 0) +
        5 * Math.min(leadersSafe, 2) +
        1.5 * leadersSafe +
        6 * atLarge -
        2 * leadersHunted -
        2 * leadersExposed +
        0.8 * (is + 0.5 * pool[2]) -
        0.4 * (coal + reg) +
        2 * redoubtsHeld +
        valleyIs -
        3 * holdReg -
        isRisk -
        10
      );
  }
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
    let take = 0;
    for (const a of rules.adjacent[r]!) {
      if (g.regions[a]!.units[2] < 1) continue;
      const odds = combatOdds(g, 'islamicState', a, r);
      const chance = odds ? odds.takeChance : 1;
      if (chance > take) take = chance;
    }
    if (take > 0) risk += take * (r === rules.hold ? 12 : rules.inValley[r] ? 3 : 0.6);
  }
  return risk;
}
