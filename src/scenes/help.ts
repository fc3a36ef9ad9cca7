import { NUMBERS } from '../rules';

/*
 * The help card and the hints, free of Phaser so a node test can read them.
 * Every rule number in them is quoted from NUMBERS through `cite`, never typed
 * in, so the help cannot drift from the rules (test/scenes/help.test.ts).
 */

export type RuleNumber = keyof typeof NUMBERS;

/** How a rule number is written into the text: its value on screen; the test passes one that writes the name, to find each number's source. */
export type Cite = (key: RuleNumber) => string;

export const cite: Cite = (key) => String(NUMBERS[key]);

/** The "How to play" card, one paragraph per line: a line ending in ':' is a heading, one starting with two spaces sits under it. */
export function helpLines(n: Cite = cite): string[] {
  return [
    'Each turn is a week. Islamic State first moves its leaders in secret; then the Coalition, the Regime and Islamic State each spend action points (AP). Upkeep follows: incidents, tracks, victory points.',
    'Actions (one AP each):',
    `  Move: select a region with your units, click a green neighbour; at most ${n('maxStrength')} strength may stand in a region. The digit keys set the strength to move; zero moves all that may go.`,
    `  Attack: click a red neighbour to preview the odds, click it again or press Enter to roll. Fortifications (up to ${n('maxFort')} levels) shift the odds against you; air support and encirclement shift them for you.`,
    `  S search a region for leaders with an intel point: a roll of ${n('searchHit')} or more finds them, ${n('searchNearBonus')} less with your units in or next to it · F fortify · R reinforce at a base.`,
    `  X air strike on Islamic State: the garrison is hit on ${n('airHit')} or more, the region suppressed (air support for your attacks) on ${n('airSuppress')} or more.`,
    '  E end your phase · U undo the last action (only when no die was rolled) · Tab next own region · Esc cancel · H this help.',
    'Leaders:',
    `  A leader crossing enemy lines is caught on a roll of ${n('interceptClosed')} or less, ${n('interceptNoose')} or less when it leaves the noose's centre through a closed exit. A report may sight a hidden leader (a roll of ${n('reportSighting')}). A capture scores ${n('vpPerLeaderValue')} VP per point of the leader's value.`,
    'Victory:',
    '  Coalition: take the ★ objective and neutralize most of the leadership (al-Baghdadi counts double).',
    '  Islamic State: a leader at large in a redoubt it holds at the end.  Regime: hold the ◆ objective and more valley towns than the Coalition.',
    `  Otherwise the most victory points win: ${n('vpTakeRegion')} for taking a region, ${n('vpTakeCapture')} for the Coalition taking its objective, ${n('vpRegimeHoldsObjective')} each week the Regime holds its own, ${n('vpRedoubtLeader')} (secret) for each Islamic State leader in a redoubt it holds.`,
    'Tracks:',
    `  Escalation (up to ${n('maxEscalation')}) costs the Coalition and the Regime an AP per ${n('escalationPerApLost')} points and each incident ${n('vpIncident')} VP; Turkey tension (up to ${n('maxTurkeyTension')}) costs the Coalition an AP per ${n('tensionPerApLost')}.`,
    'Colours:',
    '  Blue: Coalition · dark red: Regime · grey-black: Islamic State · sand: no one. Squares are unit stacks with their strength; black triangles are fortifications; a dark ring marks a redoubt; a red slash a suppressed region.',
    '  Gold tokens: leaders you can see. Hollow “?” tokens: last sighting of a hidden leader and how many weeks ago. The dashed blue ring is the noose: bars are closed exits, small circles open ones.',
  ];
}

export const HELP_LINES: readonly string[] = helpLines();

/** What to do now, when the player has not yet done anything this phase. `ap` is the phase's action points (text in the test, to tell it from a typed-in digit). */
export function hint(phase: 'leaders' | 'operations', ap: number | string): string {
  if (phase === 'leaders') return 'Your secret leader phase: click a region holding a leader, then a highlighted region to move it (one link a turn). E ends the phase.';
  return `Your operations: ${ap} action point${ap === 1 ? '' : 's'}. Click a region with your units, then a green region to move or a red one to attack. H shows the help.`;
}
