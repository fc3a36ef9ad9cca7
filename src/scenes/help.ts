import { NUMBERS, type Phase, type Side } from '../rules';

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
    'Each turn is a week. Events and reports come first; then the Coalition, the Regime and Islamic State each spend action points (AP), in that order; last, Islamic State moves its leaders in secret, so the hunters always act before a leader moves. Upkeep follows: incidents, the militias, infiltration, tracks; watches and suppression end.',
    'Actions (one AP each):',
    `  Move: select a region with your units, click a neighbour with a dashed green ring; at most ${n('maxStrength')} strength may stand in a region. The digit keys set the strength to move; zero moves all that may go. The Coalition and the Regime may not enter each other's objective or bases.`,
    `  Attack: click a neighbour with a red reticle to preview the odds, click it again or press Enter to roll. Fortifications (up to ${n('maxFort')} levels) shift the odds against you; air support and encirclement shift them for you. A defender left outnumbered ${n('retreatRatio')} times over falls back to a neighbour it holds, or surrenders if it holds none; either way you take the region.`,
    `  S search a region for leaders with an intel point: a roll of ${n('searchHit')} or more turns up one hidden leader there, ${n('searchNearBonus')} less with your units in or next to it · F fortify · R reinforce at a base (the Regime's militias also in the valley towns it holds).`,
    `  X air strike on Islamic State: the garrison is hit on ${n('airHit')} or more, the region suppressed (air support for your attacks) on ${n('airSuppress')} or more.`,
    `  W watch (Coalition and Regime) a region in or next to your units, until the week's end: a leader moving into it risks ${n('watchIntercept')} more on the interception roll per watching side; one sitting still in it is spotted on a roll of ${n('watchSpot')} or less.`,
    `  A raid (Coalition and Regime) a region holding a leader your side revealed, with your units in or next to it (the Coalition's special forces fly to any region, ${n('raidFar')} harder): a roll of ${n('raidHit')} or more catches every leader you revealed there, ${n('raidGarrison')} more against an Islamic State garrison; a failed raid alerts them, and they go to ground, hidden again.`,
    `  D deconflict (Coalition and Regime): a call to the other power lowers escalation by ${n('deconflict')}; no region needed.`,
    '  E end your phase · U undo the last action (only when it rolled no die and took no region: nothing new came to light) · Tab next own region · Esc cancel · L slides the bots\' last turn again on the board · H this help.',
    '  The map: the mouse wheel or two fingers zoom it in and out, and so do Z and Shift+Z; Home shows the whole map again; drag an empty part of the map to move it. Zoomed in, the regions spread apart and the counters and names keep their size; the cursor and Tab bring a region out of view into it.',
    '  Keyboard alone: the arrow keys move a square cursor to the nearest region that way; Enter does there what a click would (select, move, preview an attack, roll it); Tab picks your stacks; the action keys act on the selected region.',
    'Leaders:',
    `  After Islamic State's operations each leader at large may move one link, in secret; then every leader rolls one die. A move into ground the Coalition or the Regime holds is stopped on a roll of ${n('interceptClosed')} or less, ${n('interceptNoose')} or less when it leaves the noose's centre through a closed exit; each side watching the region it enters adds ${n('watchIntercept')}, never above ${n('interceptMax')}.`,
    `  A search, a watch or units taking his region reveal a leader (one at a time): everyone sees him, and his next move is followed (the crosshair); the move after that loses him. Units walking in catch no one: only a raid by the side that revealed him, or an interception, catches a leader, and each capture belongs to the side that made it.`,
    `  Heat: a leader warms each week it stays put, up to ${n('maxHeat')}; a move cools it, only down to ${n('heatWatched')} after a dangerous one. Reports sight a hidden leader on a roll of ${n('reportSighting')} or more, less its heat.`,
    'Victory margins (the strip over the board and the panel show them at all times, with what each side needs to lead):',
    `  Coalition: ${n('marginLeader')} per point of leader value it caught, ${n('marginObjective')} while it holds the ★ objective, ${n('marginTown')} per valley town.  Regime: ${n('marginLeader')} per point of leader value it caught, ${n('marginObjective')} while it holds the ◆ objective, ${n('marginTown')} per valley town.  Islamic State: ${n('marginLeader')} per point of leader value at large, ${n('marginTown')} per valley town.`,
    '  The Coalition wins at once holding ★ with more than three quarters of the leadership\'s value caught by itself (al-Baghdadi counts double). Otherwise the highest margin after the last turn wins; a tie goes to the side with more leader value, else it is a draw. The campaign ends early, on the margins, once Islamic State has no fighters left and none to raise: leaders still at large have got away.',
    'Tracks:',
    `  Escalation (up to ${n('maxEscalation')}) costs the Coalition and the Regime an AP per ${n('escalationPerApLost')} points; their units coming into new contact risk an incident, which raises it. At upkeep, Iran-backed militias attack on their own from a Regime stack into an Islamic State stack they are sure to take (${n('militiaRolls')} of the six rolls), and ground the hunters hold empty and unguarded next to Islamic State's units falls back to it. Turkey tension (up to ${n('maxTurkeyTension')}) costs the Coalition an AP per ${n('tensionPerApLost')}.`,
    'At the table:',
    '  Hot-seat (several humans at one screen): before each player\'s sitting, and whenever the game is opened again, a hand-over card hides the board; only Enter or the card\'s button shows it, so a stray key or click shows nothing. The bots between two sittings play on once the next player has sat down.',
    '  Dice: a new game plays a secret seed that no one sees; the menu and this panel show only its commitment (its hash, fixed before the first die). When the game ends the seed is shown and checked against the commitment; a replay carries both. A seed you type under Play this seed starts the same dice for anyone who has it: the dice are known, and the table says so.',
    '  One game per browser: a second tab sees the game open in the first and offers to take it over; the first tab then stops, so no autosave is overwritten.',
    'Colours and marks (each side and each highlight has a shape or letter as well as a colour):',
    `  Blue, C: Coalition · dark red, R: Regime · grey-black, IS: Islamic State · sand, no letter: no one. The letter tag on a region's lower left names who holds it. Unit stacks are military symbols (the NATO convention) with their strength at the centre, each side in its own frame: the Coalition a friend's rectangle (infantry), the Regime a neutral's square (mechanised infantry), Islamic State a hostile's diamond (motorised infantry). Black triangles are fortifications; a dark ring marks a redoubt, a thin green ring a valley town (each counts ${n('marginTown')} to its holder's margin), a flag with C or R a Coalition or Regime base; a red slash a suppressed region; an eye with C or R a region the Coalition or the Regime watches.`,
    '  Your selected stack wears a double ring; a region you may move to, a dashed ring; one you may attack, a ring with four ticks (a reticle); the keyboard\'s cursor is a square.',
    '  Gold tokens: leaders you can see; a red ring: revealed to everyone; a crosshair: followed through its next move. Hollow “?” tokens: last sighting of a hidden leader and how many weeks ago. A grey token crossed out: a leader caught there, with the captor\'s letter and the week. A card beside a region shows the last roll there: the die, what it needed or the odds column (the column the die was added to, and the printed one with its shifts), and what came of it (losses, a region taken, a leader found or caught); a bar down its left edge marks a roll that did what its side wanted. The dashed blue ring is the noose: bars are closed exits, small circles open ones.',
  ];
}

export const HELP_LINES: readonly string[] = helpLines();

/**
 * What to do now, when the player has not yet done anything this phase.
 * `ap` is the phase's action points (text in the test, to tell it from a typed-in digit).
 */
export function hint(phase: Exclude<Phase, 'over'>, ap: number | string, side: Side = 'coalition'): string {
  if (phase === 'leaders') return 'Your secret leader phase, at the end of the week: every side has acted. Click a region holding a leader, then a highlighted region to move it one link; then every leader rolls for interception. E ends the phase and the week.';
  const points = `${ap} action point${ap === 1 ? '' : 's'}`;
  const click = 'Click a region with your units, then a dashed-ring region to move or a reticle (ticked ring) to attack.';
  if (side === 'islamicState') return `Your operations: ${points}. ${click} Your secret leader phase follows, the last of the week. H shows the help.`;
  const after = side === 'coalition' ? 'The Regime and Islamic State act next; the leaders move last.' : 'Islamic State acts next; the leaders move last.';
  return `Your operations: ${points}. ${click} W watches a region, A raids a revealed leader, D deconflicts. ${after} H shows the help.`;
}
