import { observe } from '../rules';
import { chooseBotAction } from '../app/bots';
import { SPEED_DELAY, type Session } from '../app/session';
import { markOf, type Mark } from './marks';

/**
 * The bots take their turns at the chosen speed: one action per delay, or at
 * "instant" as many as fit in 40 ms of a frame. No bot plays while a human is
 * to move, while a card is over the table (a hand-over waits for the next
 * human to sit down before the bots play on under their eyes), or once
 * another tab has taken the game over.
 */
export class BotTurns {
  private clock = 0;
  /** Where the last bot action took place, from its events: drawn until a human is to move. */
  last: Mark | null = null;

  constructor(private readonly session: Session) {}

  /** Plays what is due after `delta` ms; true if anything was played. */
  tick(delta: number, covered: boolean): boolean {
    const s = this.session;
    if (s.state.phase === 'over' || s.humanToMove() || covered || s.closed || s.needsHandOver()) return false;
    const delay = SPEED_DELAY[s.config.speed];
    if (delay === 0) {
      const t0 = performance.now();
      while (!s.humanToMove() && s.state.result === null && performance.now() - t0 < 40) this.step();
      return true;
    }
    this.clock += delta;
    if (this.clock < delay) return false;
    this.clock = 0;
    this.step();
    return true;
  }

  private step(): void {
    const s = this.session;
    const side = s.state.active;
    let r = s.act(chooseBotAction(observe(s.state, side), side, s.config.botLevel, s.state.seed));
    if (!r.ok) r = s.act({ type: 'endPhase', side });
    this.last = r.ok ? markOf(r.events, s.viewer(), r.state.rules) : null;
  }
}
