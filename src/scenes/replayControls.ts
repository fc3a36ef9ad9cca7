import { observe, type Observation } from '../rules';
import { diceAtEnd, type DiceLine } from '../app/dice';
import { hashLine, stepReplay, type ReplayWatch } from '../app/replay';
import { SPEED_DELAY, type Session } from '../app/session';
import { replayButtons } from './actionBar';
import type { ButtonDef } from './buttons';
import { markOf, type Mark } from './marks';

/** The replay viewer's ways of stepping, by button id (src/scenes/actionBar.ts) and key (keys.ts). */
const STEPS = ['first', 'back', 'forward', 'last', 'prevTurn', 'nextTurn'] as const;
type Step = (typeof STEPS)[number];
const isStep = (id: string): id is Step => (STEPS as readonly string[]).includes(id);

/**
 * The replay viewer's controls on the table: stepping an action or a week,
 * jumping to either end, and the autoplay (Space), an action per bot-speed
 * delay, until the end. What the board and panel show of the replay is
 * everything: Islamic State's observation hides nothing.
 */
export class ReplayControls {
  /** The replay plays itself (Space). */
  playing = false;
  private clock = 0;

  constructor(readonly watch: ReplayWatch, private readonly session: Session) {}

  /** Once a frame: the autoplay steps when its delay has passed (instant: a frame each); true if it stepped. */
  tick(delta: number): boolean {
    if (!this.playing) return false;
    const r = this.watch;
    this.clock += delta;
    if (this.clock < Math.max(16, SPEED_DELAY[this.session.config.speed])) return false;
    this.clock = 0;
    r.index = stepReplay(r, 'forward');
    if (r.index >= r.states.length - 1) this.playing = false;
    return true;
  }

  /** A stepping button or the autoplay's; false for any other. */
  button(id: string): boolean {
    const r = this.watch;
    if (isStep(id)) {
      r.index = stepReplay(r, id);
      // Stepping by hand stops the autoplay.
      this.playing = false;
      return true;
    }
    if (id !== 'autoplay') return false;
    if (r.index >= r.states.length - 1) r.index = 0;
    this.playing = !this.playing;
    this.clock = 0;
    return true;
  }

  /** The scrub bar's jump to a step: like stepping by hand, it stops the autoplay. */
  jump(index: number): void {
    this.watch.index = Math.max(0, Math.min(index, this.watch.states.length - 1));
    this.playing = false;
  }

  buttons(): ButtonDef[] {
    return replayButtons(this.watch, this.playing, this.session.config.speed);
  }

  view(): Observation {
    return observe(this.watch.states[this.watch.index]!, 'islamicState');
  }

  /** Where the step just watched took place. */
  last(v: Observation): Mark | null {
    return markOf(this.watch.events[this.watch.index] ?? [], 'islamicState', v.rules);
  }

  /** The panel's orders: where the viewer stands in the game. */
  message(): string {
    const r = this.watch;
    return `Replay: action ${r.index} of ${r.states.length - 1}. Everything is shown.${this.hashDiffers() ? ' The recorded hash differs (see below).' : ''}`;
  }

  /** What `screen()` reports as the message. */
  position(): string {
    return `replay ${this.watch.index}/${this.watch.states.length - 1}`;
  }

  hashDiffers(): boolean {
    return this.watch.hashCheck?.matches === false;
  }

  notes(): string[] {
    const keys = '← → step an action · PgUp/PgDn a week · Space plays (B: speed) · Home/End jump · Q back to the result.';
    return this.watch.hashCheck ? [hashLine(this.watch.hashCheck), keys] : [keys];
  }

  /** The seed checked against its commitment. */
  dice(): DiceLine {
    return diceAtEnd(this.watch.dice, this.watch.states[0]!.seed);
  }
}
