import { canSee, observe, type Action, type GameState } from '../rules';
import { cardsOf, type DiceCard } from './diceCards';
import type { Slide } from './slides';
import { askBot } from '../app/thinking';
import { SPEED_DELAY, type Session } from '../app/session';
import { markOf, type Mark } from './marks';

/**
 * The bots take their turns at the chosen speed: a bot thinks in the bot
 * worker (src/app/thinking.ts) from the moment it is to move, and its action
 * is played once the speed's delay has passed too; at "instant", the moment
 * it comes back. Time is kept by the clock, not by frames, so the game loop
 * sleeps while a bot thinks or waits. No bot plays while a human is to move, while a card is over
 * the table (a hand-over waits for the next human to sit down before the
 * bots play on under their eyes), or once another tab has taken the game
 * over. An answer thought for a game that has moved on since (an undo, a
 * reload, another game) is dropped.
 */
export class BotTurns {
  /** When the bot thinking now may play (performance.now() ms): the speed's delay after it started to think. */
  private dueAt = 0;
  /** Where the last bot action took place, from its events: drawn until a human is to move. */
  last: Mark | null = null;
  /** The dice the last bot action rolled that the viewer may see (src/scenes/diceCards.ts): its die tumbles on the board. */
  lastCards: readonly DiceCard[] = [];
  /** Bot actions played so far: the table slides each new one on the board. */
  plays = 0;
  /** Where the bots' actions took place since a human last had the board, and their dice: what L plays again. */
  turn: Slide[] = [];
  private humanHadBoard = true;
  /** The decision asked for, for which state, and the action once it is back (a string: the bot failed, with why). */
  private thought: { state: GameState; answer: Action | string | null } | null = null;
  private stopped = false;

  constructor(
    private readonly session: Session,
    /** Whether a card (help, hand-over) is over the table, and how to wake the sleeping game loop when a bot's action is due or back. */
    private readonly hooks: { covered: () => boolean; wake: () => void },
  ) {}

  /** A bot's decision is being thought in the worker. */
  thinking(): boolean {
    return !this.stopped && this.thought !== null && this.thought.answer === null && this.thought.state === this.session.state;
  }

  /**
   * A bot is to move but has nothing to play yet: its answer is not back or
   * its time has not come. The game loop may sleep meanwhile (nothing on the
   * table changes); the answer's arrival and the delay's end each wake it.
   */
  waiting(): boolean {
    const t = this.thought;
    return this.due() && t !== null && t.state === this.session.state && (t.answer === null || performance.now() < this.dueAt);
  }

  /** The table is gone (the menu, the ending): answers still on their way are dropped. */
  stop(): void {
    this.stopped = true;
    this.thought = null;
  }

  private due(): boolean {
    const s = this.session;
    return !this.stopped && s.state.phase !== 'over' && !s.humanToMove() && !this.hooks.covered() && !s.closed && !s.needsHandOver();
  }

  /** Once a frame: plays what is due; true if anything was played. */
  tick(): boolean {
    if (this.session.humanToMove()) this.humanHadBoard = true;
    if (!this.due()) return false;
    this.think();
    if (performance.now() < this.dueAt || !this.play()) return false;
    // The next bot starts thinking at once, while the board draws this action.
    if (this.due()) this.think();
    return true;
  }

  /** Asks the bot to move for its action, unless it is already thinking about this very state. */
  private think(): void {
    const s = this.session;
    if (this.thought?.state === s.state) return;
    const state = s.state;
    const side = state.active;
    const thought: { state: GameState; answer: Action | string | null } = { state, answer: null };
    this.thought = thought;
    const delay = SPEED_DELAY[s.config.speed];
    this.dueAt = performance.now() + delay;
    // A timer that fires a little early is set again for the rest: the loop must not fall asleep short of the time.
    const wakeWhenDue = (): void => {
      if (this.thought !== thought) return;
      const left = this.dueAt - performance.now();
      if (left > 0) setTimeout(wakeWhenDue, Math.ceil(left));
      else this.hooks.wake();
    };
    if (delay > 0) setTimeout(wakeWhenDue, delay);
    void askBot(observe(state, side), side, s.config.botLevel, state.seed).then((answer) => {
      if (this.thought !== thought) return;
      thought.answer = answer;
      // At instant speed the action is played as soon as it is back, and the next bot starts thinking.
      if (this.session.config.speed === 'instant' && this.due()) {
        this.play();
        if (this.due()) this.think();
      }
      this.hooks.wake();
    });
  }

  private play(): boolean {
    const s = this.session;
    const t = this.thought;
    if (!t || t.state !== s.state || t.answer === null) return false;
    this.thought = null;
    const side = s.state.active;
    if (typeof t.answer === 'string') console.error(`The ${side} bot failed: ${t.answer}`);
    // A bot that failed or answered with an action the rules refuse ends its phase, so the game goes on.
    let r = typeof t.answer === 'string' ? s.act({ type: 'endPhase', side }) : s.act(t.answer);
    if (!r.ok) r = s.act({ type: 'endPhase', side });
    const viewer = s.viewer();
    this.last = r.ok ? markOf(r.events, viewer, r.state.rules) : null;
    if (this.humanHadBoard) {
      this.turn = [];
      this.humanHadBoard = false;
    }
    const cards = r.ok ? cardsOf(r.events.filter((e) => canSee(e, viewer)), r.state.rules) : [];
    this.lastCards = cards;
    if (this.last || cards.length > 0) this.turn.push({ ...(this.last ?? { from: -1, to: -1, side }), cards });
    this.plays++;
    return true;
  }
}
