import type { GameState, Side } from '../rules';

/*
 * Where each step of a replay lies on the viewer's scrub bar, free of
 * Phaser. Every week gets the same width, so any week is as easy to hit as
 * any other however many actions it held; inside a week the steps are spread
 * evenly, and each belongs to the phase (a side's operations, the leaders)
 * it was taken in, which the bar shows as bands.
 */

export type PhaseKind = Side | 'leaders' | 'over';

export interface ScrubWeek {
  turn: number;
  /** Its first and last step (indices into the replay's states). */
  first: number;
  last: number;
  /** Runs of steps taken in one phase, in order. */
  phases: { kind: PhaseKind; first: number; last: number }[];
}

const kindOf = (s: GameState): PhaseKind => (s.phase === 'over' ? 'over' : s.phase === 'leaders' ? 'leaders' : s.active);

/** The replay's steps grouped by week and phase. */
export function scrubWeeks(states: readonly GameState[]): ScrubWeek[] {
  const weeks: ScrubWeek[] = [];
  states.forEach((s, i) => {
    let w = weeks[weeks.length - 1];
    if (!w || w.turn !== s.turn) {
      w = { turn: s.turn, first: i, last: i, phases: [] };
      weeks.push(w);
    }
    w.last = i;
    const kind = kindOf(s);
    const p = w.phases[w.phases.length - 1];
    if (p && p.kind === kind) p.last = i;
    else w.phases.push({ kind, first: i, last: i });
  });
  return weeks;
}

/** The share of the bar (0–1) at which a step is drawn. */
export function shareOf(weeks: readonly ScrubWeek[], index: number): number {
  const k = weeks.findIndex((w) => index >= w.first && index <= w.last);
  if (k < 0) return index <= 0 ? 0 : 1;
  const w = weeks[k]!;
  const inWeek = (index - w.first + 0.5) / (w.last - w.first + 1);
  return (k + inWeek) / weeks.length;
}

/** The step under a share of the bar (0–1): its week by the share, its step within the week by what is left. */
export function indexAt(weeks: readonly ScrubWeek[], share: number): number {
  if (weeks.length === 0) return 0;
  const s = Math.max(0, Math.min(1 - 1e-9, share)) * weeks.length;
  const w = weeks[Math.floor(s)]!;
  const steps = w.last - w.first + 1;
  return w.first + Math.min(steps - 1, Math.floor((s - Math.floor(s)) * steps));
}
