import type { GameEvent, Modifier } from './events';
import { ODDS_COLUMNS } from './numbers';
import type { Ruleset } from './ruleset';
import { SIDE_NAMES, type Side } from './scenario';
import type { CombatOdds } from './combat';
import type { ObservedLeader, Position } from './observe';
import type { Leader, Result } from './state';

/*
 * The one place game facts become sentences: the panel, the messages, the CLI
 * and the game-over screen all call these. Events hold ids and numbers;
 * names come from the scenario here, when shown.
 */

const TRACKS = { escalation: 'Escalation', turkeyTension: 'Turkey tension' } as const;

const RANDOM = {
  turkeyTension: 'friction with Turkey over the Kurdish role',
  militiaIncident: 'Iran-backed militias antagonize U.S. forces',
  regroup: 'Islamic State fighters regroup',
  quiet: 'a quiet week',
} as const;

const CAPTURED_HOW = {
  raid: 'taken in a raid',
  interception: 'intercepted crossing its lines',
} as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function regionName(rules: Ruleset, id: string): string {
  const i = rules.index.get(id);
  return i === undefined ? id : rules.scenario.regions[i]!.name;
}

function leaderName(rules: Ruleset, id: string): string {
  const i = rules.leaderIndex.get(id);
  return i === undefined ? id : rules.scenario.leaders[i]!.name;
}

/** "the Coalition", "the Regime", "Islamic State". */
function the(side: Side): string {
  return THE[side];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const THE: Record<Side, string> = { coalition: 'the Coalition', regime: 'the Regime', islamicState: 'Islamic State' };

export function modifierText(m: Modifier): string {
  const label = m.kind === 'airSupport' ? 'air support' : m.kind === 'encircled' ? 'encircled' : `fortified ${-m.shift}`;
  return `${label} ${m.shift > 0 ? '+' : '−'}${Math.abs(m.shift)}`;
}

/** The sentence `viewer` reads for an event it may see. */
export function describe(event: GameEvent, viewer: Side, rules: Ruleset): string {
  const e = event;
  switch (e.type) {
    case 'gameBegan':
      return `${rules.scenario.title}: a new game, ${e.turns} weekly turns from ${e.startDate}.`;
    case 'turnBegan':
      return `Turn ${e.turn}, week of ${e.date}.`;
    case 'phaseBegan':
      return e.phase === 'leaders' ? "Islamic State's leader phase: its leaders may move, in secret." : `${SIDE_NAMES[e.side]} operations: ${plural(e.ap, 'action point')}.`;
    case 'phaseEnded':
      if (e.phase === 'leaders') return viewer === 'islamicState' ? "Islamic State's leaders have moved." : "Islamic State's leaders have moved, in secret.";
      return `${SIDE_NAMES[e.side]} ends its operations.`;
    case 'moved':
      return `${SIDE_NAMES[e.side]} moves ${e.strength} from ${regionName(rules, e.from)} to ${regionName(rules, e.to)}.`;
    case 'regionTaken': {
      const objective = e.side === 'coalition' && rules.ids[rules.center] === e.region ? ', its objective' : '';
      const from = e.from ? ` from ${the(e.from)}` : '';
      return `${SIDE_NAMES[e.side]} takes ${regionName(rules, e.region)}${objective}${from}.`;
    }
    case 'attacked': {
      const shifts = e.shifts.length ? ` (${e.shifts.map(modifierText).join(', ')})` : '';
      return (
        `${SIDE_NAMES[e.side]} attacks ${regionName(rules, e.to)} from ${regionName(rules, e.from)}, ${e.attackStrength} against ${e.defendStrength}, at ${ODDS_COLUMNS[e.column]}${shifts}: ` +
        `rolled ${e.roll}; the attacker loses ${e.attackerLoss}, ${SIDE_NAMES[e.defender]} loses ${e.defenderLoss}.`
      );
    }
    case 'retreated':
      if (e.to === null) return `${SIDE_NAMES[e.side]}'s ${e.strength} in ${regionName(rules, e.from)}, broken and cut off, surrender.`;
      return `${SIDE_NAMES[e.side]}'s ${e.strength} in ${regionName(rules, e.from)}, broken, fall back to ${regionName(rules, e.to)}${e.lost ? ` (${e.lost} lost: no room)` : ''}.`;
    case 'airStruck': {
      const parts = [e.garrisonLoss ? `the garrison loses ${e.garrisonLoss}` : '', e.suppressed ? 'the region is suppressed for this turn' : ''].filter(Boolean);
      return `${SIDE_NAMES[e.side]} air strike on ${regionName(rules, e.target)}: rolled ${e.roll}, ${parts.length ? parts.join(' and ') : 'no effect'}.`;
    }
    case 'searched': {
      const result = e.found > 0 ? `found ${plural(e.found, 'leader')}` : e.roll >= e.needed ? 'nobody is there' : 'no trace';
      return `${SIDE_NAMES[e.side]} searches ${regionName(rules, e.region)} (needs ${e.needed}+): rolled ${e.roll}, ${result}.`;
    }
    case 'fortified':
      return `${SIDE_NAMES[e.side]} fortifies ${regionName(rules, e.region)} to ${e.level}.`;
    case 'reinforced':
      return `${SIDE_NAMES[e.side]} reinforces ${regionName(rules, e.region)} to ${e.strength} (${e.pool} left in reserve).`;
    case 'leaderRevealed':
      return `${leaderName(rules, e.leader)} is revealed in ${regionName(rules, e.region)} by ${the(e.by)}'s ${e.how === 'overrun' ? 'units overrunning it' : e.how}.`;
    case 'leaderSighted':
      return `A report places ${leaderName(rules, e.leader)} in ${regionName(rules, e.region)}.`;
    case 'leaderVanished':
      return `${leaderName(rules, e.leader)} has slipped out of sight from ${regionName(rules, e.from)}.`;
    case 'leaderMoved': {
      const risk = e.danger > 0 && e.catcher ? `, risking ${the(e.catcher)}'s interception on ${e.danger} or less` : '';
      return `${leaderName(rules, e.leader)} moves in secret from ${regionName(rules, e.from)} to ${regionName(rules, e.to)}${risk}.`;
    }
    case 'leaderTracked':
      return `${leaderName(rules, e.leader)} is followed from ${regionName(rules, e.from)} to ${regionName(rules, e.to)}; the next move will lose him.`;
    case 'watched':
      return `${capital(the(e.side))} watches ${regionName(rules, e.region)} until the week's end.`;
    case 'raided': {
      const result = e.caught > 0 ? `${plural(e.caught, 'leader')} caught` : 'the leadership gets away';
      return `${capital(the(e.side))} raids ${regionName(rules, e.region)} (needs ${e.needed}+): rolled ${e.roll}, ${result}.`;
    }
    case 'deconflicted':
      return `${capital(the(e.side))} deconflicts with the other power: escalation falls to ${e.escalation}.`;
    case 'leaderSlipped':
      return `${leaderName(rules, e.leader)} slips into ${regionName(rules, e.region)} unseen (rolled ${e.roll}; ${e.needed} or less would have stopped him).`;
    case 'intercepted':
      return `${leaderName(rules, e.leader)} is stopped crossing into ${regionName(rules, e.region)} (rolled ${e.roll}, ${e.needed} or less).`;
    case 'leaderCaptured':
      return `${leaderName(rules, e.leader)} is captured by ${the(e.by)} in ${regionName(rules, e.region)}, ${CAPTURED_HOW[e.how]}.`;
    case 'scenarioEvent':
      return `Event: ${e.title}`;
    case 'randomEvent': {
      const what = e.kind === 'regroup' ? (e.region ? `${RANDOM.regroup} in ${regionName(rules, e.region)} (+1 strength)` : `${RANDOM.regroup}, but it holds no redoubt with room`) : RANDOM[e.kind];
      return `Event (rolled ${e.roll}): ${what}.`;
    }
    case 'trackChanged':
      return `${TRACKS[e.track]} ${e.delta > 0 ? 'rises' : 'falls'} to ${e.value}.`;
    case 'militiasAttacked':
      return `Iran-backed militias in ${regionName(rules, e.from)} attack ${regionName(rules, e.to)} on their own; Damascus cannot rein them in.`;
    case 'siegeBattered':
      return `Under siege, the works of ${regionName(rules, e.region)} crumble: fortification ${e.level}.`;
    case 'incident': {
      const why =
        e.cause === 'contact' && e.regions
          ? `Forces in contact between ${regionName(rules, e.regions[0])} and ${regionName(rules, e.regions[1])} (rolled ${e.roll})`
          : e.cause === 'militia'
            ? `Iran-backed militias in the valley provoke U.S. forces (rolled ${e.roll})`
            : 'Iran-backed militias antagonize U.S. forces';
      return `${why}: an incident; escalation ${e.escalation}.`;
    }
    case 'turnEnded':
      return `End of turn ${e.turn}.`;
    case 'gameOver':
      return `Game over. ${headline(e.result)}: ${reason(e.result, rules)}`;
  }
}

/** "Coalition wins" or "Draw". */
export function headline(result: Result): string {
  return result.winner ? `${SIDE_NAMES[result.winner]} wins` : 'Draw';
}

/** Why the game ended as it did, with the numbers that decided it. */
export function reason(result: Result, rules: Ruleset): string {
  const place = (i: number) => rules.scenario.regions[i]?.name ?? '?';
  const [coalition, regime, atLarge] = result.leaders;
  const scores = `margins: Coalition ${result.margins[0]}, Regime ${result.margins[1]}, Islamic State ${result.margins[2]}`;
  // §9.4: the campaign may end before its last turn, and the verdict says why.
  const early = result.routed ? `Islamic State has no fighters left and none to raise, so the campaign ended after turn ${result.turn}` : null;
  switch (result.reason) {
    case 'suddenDeath':
      return `the Coalition holds ${place(rules.center)} and has itself caught ${coalition} of ${result.leaderValue} points of leadership (al-Baghdadi counts double).`;
    case 'margin':
      return `${early ? `${early}, on the highest victory margin` : 'the highest victory margin at the end'} (${scores}; leaders caught: Coalition ${coalition}, Regime ${regime}; at large ${atLarge}).`;
    case 'tie':
      return `${early ? `${early}; ` : ''}the best victory margins tie (${scores}), and so do the leaders behind them.`;
  }
}

/**
 * A leader as `viewer`'s observation knows it, in words: who captured him,
 * where, how and on which turn; where he is, if known; a hidden one by his
 * last sighting only. `now` is the current turn (for "a week ago").
 */
export function leaderStatus(leader: ObservedLeader, rules: Ruleset, now: number): string {
  switch (leader.status) {
    case 'captured':
      return `captured by ${the(leader.by)} in ${regionName(rules, leader.at)}, ${CAPTURED_HOW[leader.how]}, turn ${leader.turn}`;
    case 'revealed':
      return `revealed in ${regionName(rules, leader.at)}${leader.foundBy ? ` (found by ${the(leader.foundBy)}${leader.tracked ? ', followed through his next move' : ''})` : ''}`;
    case 'atLarge':
      return `${leader.revealed ? 'revealed' : 'hidden'} in ${regionName(rules, leader.at)}${leader.revealed && leader.tracked ? ', followed through his next move' : ''}`;
    case 'hidden':
      return leader.lastSeen ? `hidden; last seen in ${regionName(rules, leader.lastSeen.region)}, ${weeksAgo(now - leader.lastSeen.turn)}` : 'hidden; never sighted';
  }
}

/** A leader's fate at the end of a game: captured (as leaderStatus says), or at large where he stands (what Islamic State's margin counts, §9.1). */
export function leaderFate(leader: Leader, game: Position): string {
  if (leader.status === 'captured') return leaderStatus(leader, game.rules, leader.turn);
  return `at large in ${regionName(game.rules, leader.at)}`;
}

/** An attack's odds before the die: strengths, column, each shift, and the chance to take the region. */
export function oddsText(o: CombatOdds): string {
  const mods = o.modifiers.map(modifierText).join(', ');
  return `${o.attackStrength} against ${o.defendStrength}, odds ${o.odds}${mods ? ` (${mods})` : ''}; chance to take it ${Math.round(o.takeChance * 100)}%.`;
}

const weeksAgo = (n: number) => (n === 0 ? 'this week' : n === 1 ? 'a week ago' : `${n} weeks ago`);
