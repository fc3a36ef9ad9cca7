import { dateOf, describe, leaderStatus, leaderTally, margins, nooseExits, NUMBERS, SIDES, SIDE_NAMES, watchBit, type GameEvent, type Observation, type Side } from '../rules';

/*
 * The side panel's facts as sentences, free of Phaser: the canvas panel
 * draws them and the screen reader's text layer (src/scenes/screenText.ts)
 * reads them, so the two never say different things.
 */

export function turnLine(v: Observation): string {
  return `Turn ${v.turn} of ${v.rules.scenario.turns} · week of ${dateOf(v)}`;
}

export function phaseLine(v: Observation, seats: Record<string, string>): string {
  const phase = v.phase === 'over' ? 'Game over' : v.phase === 'leaders' ? 'Leader phase (secret)' : 'Operations';
  return `${phase}: ${SIDE_NAMES[v.active]} (${seats[v.active] ?? ''})`;
}

/** Where the week stands: the phases in their order, the current one in brackets (the leaders move last, after every side has acted). */
export function turnOrder(v: Observation): string {
  const steps = ['Coalition', 'Regime', 'Islamic State', 'leaders (secret)', 'upkeep'];
  const now = v.phase === 'over' ? -1 : v.phase === 'leaders' ? 3 : SIDES.indexOf(v.active);
  return `This week: ${steps.map((step, i) => (i === now ? `[${step}]` : step)).join(' › ')}`;
}

export function pointsLine(v: Observation, strength: number): string {
  const si = SIDES.indexOf(v.active);
  const apText = v.phase === 'operations' ? `Action points ${v.ap}` : 'Action points –';
  return `${apText} · intel ${v.intel[si]} · reserve ${v.pool[si]}${strength ? ` · move ${strength}` : ''}`;
}

export function nooseLine(v: Observation): string {
  const exits = nooseExits(v);
  const capture = v.rules.scenario.regions[v.rules.center]?.name ?? '?';
  return `Noose around ${capture}: ${exits.filter((e) => e.closed).length} of ${exits.length} exits closed`;
}

/** The regions each hunter watches this week, or null when none is watched. */
export function watchedLine(v: Observation): string | null {
  const watched = (side: Side) => v.regions.filter((st) => st.watch & watchBit(side)).length;
  const [cw, rw] = [watched('coalition'), watched('regime')];
  return cw + rw > 0 ? `Regions watched this week: Coalition ${cw} · Regime ${rw}` : null;
}

/** Each side's margin, in SIDES order, and whether it is the best. */
export function marginEntries(v: Observation): { side: Side; text: string; best: boolean }[] {
  const m = margins(v);
  const best = Math.max(...m);
  return SIDES.map((side, i) => ({ side, text: `${SIDE_NAMES[side]} ${m[i]}`, best: m[i] === best }));
}

export function tallyLine(v: Observation): string {
  const [coalition, regime, atLarge] = leaderTally(v);
  return `Leader value caught: Coalition ${coalition}, Regime ${regime}; at large ${atLarge} of ${v.rules.leaderValue}`;
}

export function leaderLines(v: Observation): { text: string; captured: boolean }[] {
  return v.leaders.map((l, li) => {
    const def = v.rules.scenario.leaders[li]!;
    return { text: `${def.name}${def.value > 1 ? ' (×2)' : ''}: ${leaderStatus(l, v.rules, v.turn)}`, captured: l.status === 'captured' };
  });
}

/** The panel has little room: it leaves out an operations phase or a turn ending, which the next one beginning says as well. */
export function shownInLog(e: GameEvent): boolean {
  return e.type !== 'turnEnded' && !(e.type === 'phaseEnded' && e.phase === 'operations');
}

/** An event as the log and the announcements say it, with the document's sentence behind a scripted one. */
export function eventLines(e: GameEvent, v: Observation, turn: number): { text: string; quote: string | null } {
  return {
    text: `T${turn} ${describe(e, v.viewer, v.rules)}`,
    quote: e.type === 'scenarioEvent' && e.source ? `“${e.source.quote}” (document, sentence ${e.source.sentence + 1})` : null,
  };
}

export function viewerLine(v: Observation): string {
  return `You see the board as ${SIDE_NAMES[v.viewer]}.`;
}

/** The two tracks, as the panel's bars read. */
export function trackLines(v: Observation): { label: string; value: number; max: number }[] {
  return [
    { label: 'Escalation', value: v.escalation, max: NUMBERS.maxEscalation },
    { label: 'Turkey tension', value: v.turkeyTension, max: NUMBERS.maxTurkeyTension },
  ];
}

/**
 * What each side needs to win on margins at the end (§9.4): how far it trails
 * the best margin (one more than that leads outright; a tie goes to leader
 * value), or by how much it leads. `short` is the compact strip's form.
 */
export function needEntries(v: Observation): { side: Side; margin: number; text: string; short: string }[] {
  const m = margins(v);
  return SIDES.map((side, i) => {
    const others = Math.max(...m.filter((_, k) => k !== i));
    const gap = m[i]! - others;
    const need = gap > 0 ? `leads by ${gap}` : gap === 0 ? 'tied for the lead' : `needs ${-gap + 1} to lead`;
    const short = gap > 0 ? `+${gap}` : gap === 0 ? '=' : `−${-gap + 1}`;
    return { side, margin: m[i]!, text: `${SIDE_NAMES[side]} ${m[i]} (${need})`, short: `${SIDE_LETTER_SHORT[side]} ${m[i]} (${short})` };
  });
}

const SIDE_LETTER_SHORT: Record<Side, string> = { coalition: 'C', regime: 'R', islamicState: 'IS' };

/** The Coalition's sudden victory (§9): its objective held and over three quarters of the leaders' value caught by itself. */
export function suddenLine(v: Observation): string {
  const capture = v.rules.scenario.regions[v.rules.center]?.name ?? '?';
  const caught = leaderTally(v)[0];
  return `Coalition wins at once holding ${capture} with over 3/4 of the leader value caught (${caught} of ${v.rules.leaderValue})`;
}

/** The strip's second line: the week, both tracks and the noose, in few words. */
export function stateLine(v: Observation, short: boolean): string {
  const exits = nooseExits(v);
  const closed = exits.filter((e) => e.closed).length;
  const [esc, turkey] = trackLines(v);
  if (short) return `T${v.turn}/${v.rules.scenario.turns} · Esc ${esc!.value}/${esc!.max} · Turkey ${turkey!.value}/${turkey!.max} · Noose ${closed}/${exits.length}`;
  return `Turn ${v.turn}/${v.rules.scenario.turns} · ${esc!.label} ${esc!.value}/${esc!.max} · ${turkey!.label} ${turkey!.value}/${turkey!.max} · ${nooseLine(v)}`;
}
