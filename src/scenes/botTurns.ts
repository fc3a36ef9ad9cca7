import { observe, type Action, type GameState } from '../rules';
import { askBot } from '../app/thinking';
import { SPEED_DELAY, type Session } from '../app/session';
import { markOf, type Mark } from './marks';

/**
 * The bots take their turns at the chosen speed: a bot thinks in the bot
 * worker (src/app/thinking.ts) from the moment it is to move, and its action
 * is played once the speed's delay has passed too; at "instant", the moment
 * it comes back. No bot plays while a human is to move, while a card is over
 * the table (a hand-over waits for the next human to sit down before the
 * bots play on under their eyes), or once another tab has taken the game
 * over. An answer thought for a game that has moved on since (an undo, a
 * reload, another game) is dropped.
 */
export class BotTurns {
  private clock = 0;
  /** Where the last bot action took place, from its events: drawn until a human is to move. */
  last: Mark | null = null;
  /** The decision asked for, for which state, and the action once it is back (a string: the bot failed, with why). */
  private thought: { state: GameState; answer: Action | string | null } | null = null;
  private stopped = false;

  constructor(
    private readonly session: Session,
    /** Whether a card (help, hand-over) is over the table, and what to call when a bot's answer changed something. */
    private readonly hooks: { covered: () => boolean; answered: () => void },
  ) {}

  /** A bot's decision is being thought in the worker. */
  thinking(): boolean {
    return !this.stopped && this.thought !== null && this.thought.answer === null && this.thought.state === this.session.state;
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

  /** Plays what is due after `delta` ms; true if anything was played. */
  tick(delta: number): boolean {
    if (!this.due()) return false;
    this.think();
    this.clock += delta;
    if (this.clock < SPEED_DELAY[this.session.config.speed]) return false;
    return this.play();
  }

  /** Asks the bot to move for its action, unless it is already thinking about this very state. */
  private think(): void {
    const s = this.session;
    if (this.thought?.state === s.state) return;
    const state = s.state;
    const side = state.active;
    const thought: { state: GameState; answer: Action | string | null } = { state, answer: null };
    this.thought = thought;
    void askBot(observe(state, side), side, s.config.botLevel, state.seed).then((answer) => {
      if (this.thought !== thought) return;
      thought.answer = answer;
      // At instant speed the action is played as soon as it is back, and the next bot starts thinking.
      if (this.session.config.speed === 'instant' && this.due()) {
        this.play();
        if (this.due()) this.think();
      }
      this.hooks.answered();
    });
  }

  private play(): boolean {
    const s = this.session;
    const t = this.thought;
    if (!t || t.state !== s.state || t.answer === null) return false;
    this.thought = null;
    this.clock = 0;
    const side = s.state.active;
    if (typeof t.answer === 'string') console.error(`The ${side} bot failed: ${t.answer}`);
    // A bot that failed or answered with an action the rules refuse ends its phase, so the game goes on.
    let r = typeof t.answer === 'string' ? s.act({ type: 'endPhase', side }) : s.act(t.answer);
    if (!r.ok) r = s.act({ type: 'endPhase', side });
    this.last = r.ok ? markOf(r.events, s.viewer(), r.state.rules) : null;
    return true;
  }
}
