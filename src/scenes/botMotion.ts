import type Phaser from 'phaser';
import { SPEED_DELAY, type Session } from '../app/session';
import type { BoardView } from './board';
import type { BotTurns } from './botTurns';
import type { DiceCard } from './diceCards';
import { COUNTER_HALF } from './markGeometry';
import { Slides } from './slides';

/**
 * The bots' actions made visible at the chosen speed: each move or attack
 * slides along its link (src/scenes/slides.ts) and each roll's die tumbles on
 * its card (src/scenes/diceLayer.ts); at instant speed nothing moves. L slides
 * the bots' last turn again.
 */
export class BotMotion {
  private readonly slides: Slides;
  /** The bots' plays already shown. */
  private shown = 0;

  constructor(scene: Phaser.Scene, private readonly session: Session, private readonly bots: BotTurns, private readonly board: BoardView) {
    this.slides = new Slides(scene);
  }

  /** Something moves on the board: the loop must run. */
  active(): boolean {
    return this.slides.active() || this.board.dice.active();
  }

  /** Once a frame; true if the board must be drawn again (a die shows another face). */
  tick(delta: number, covered: boolean, u: number): boolean {
    const speed = this.session.config.speed;
    const inView = (i: number) => this.board.inView(i);
    if (this.bots.plays !== this.shown) {
      this.shown = this.bots.plays;
      if (speed !== 'instant' && this.bots.last) this.slides.play([this.bots.last], SPEED_DELAY[speed], inView);
      // The bot's dice tumble on their cards for a moment; at instant speed they land at once.
      const rolled = this.bots.lastCards.some((c) => c.roll !== null);
      this.board.dice.tumble(speed === 'instant' || !rolled ? 0 : SPEED_DELAY[speed]);
    }
    const face = this.board.dice.tick(delta);
    // A card over the table stops what slides.
    if (covered) this.slides.stop();
    const next = this.slides.tick(delta, this.board.points, this.board.radius * COUNTER_HALF, u);
    return face || next;
  }

  /** The dice the board shows while L plays a turn again, or null: the newest chapter's. */
  cards(): readonly DiceCard[] | null {
    return this.slides.cards();
  }

  /**
   * L: the bots' actions since the human last had the board play again, in
   * order (at normal speed when the bots play instantly): each move or attack
   * slides, each roll's card shows while its action plays. What the table says of it.
   */
  lastTurn(): string {
    const turn = this.bots.turn;
    this.slides.play(turn, SPEED_DELAY[this.session.config.speed] || SPEED_DELAY.normal, (i) => this.board.inView(i));
    const moves = turn.filter((m) => m.from !== m.to).length;
    const rolls = turn.reduce((n, m) => n + (m.cards ?? []).filter((c) => c.roll !== null).length, 0);
    if (moves === 0 && rolls === 0) return 'The bots have moved no counter and rolled no die since you last had the board.';
    const slid = moves === 0 ? '' : moves === 1 ? 'its move or attack slides' : `its ${moves} moves and attacks slide`;
    const rolled = rolls === 0 ? '' : rolls === 1 ? 'its roll shows' : `its ${rolls} rolls show`;
    return `The bots' last turn: ${[slid, rolled].filter(Boolean).join(' and ')} again on the board.`;
  }
}
