import type Phaser from 'phaser';
import type { Side } from '../rules';
import { counterShape } from './counters';
import { COLORS } from './theme';
import type { DiceCard } from './diceCards';
import type { Mark } from './marks';

/**
 * One bot action to show again: a move or an attack slides along its link;
 * `cards`, when given, are its dice, shown on the board while it plays (L
 * replays a turn's rolls with its moves; a roll with no move, a search, still
 * takes its turn on the board).
 */
export type Slide = Mark & { cards?: readonly DiceCard[] };

/** Share of the speed's delay a slide takes: the rest of it the board stands still, showing where the counter went. */
const SHARE = 0.7;

/**
 * Bot actions shown moving on the board: a counter of the acting side's
 * shape slides along the link from where the move or attack began to where it
 * went, one after another, each over most of the bot speed's delay (at
 * instant speed, nothing slides). Drawn over the regions and under the
 * leaders' layer's texts, on a graphics of its own, cleared once done.
 */
export class Slides {
  private readonly g: Phaser.GameObjects.Graphics;
  private queue: Slide[] = [];
  private at = 0;
  private ms = 0;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(0.35);
  }

  /** Slides these, in order, each over `SHARE` of `delay` ms; what was sliding stops. Only between regions the board's window shows (`shown`): zoomed in, a counter never slides over the panel. */
  play(slides: readonly Slide[], delay: number, shown: (region: number) => boolean): void {
    const moves = (s: Slide) => s.from >= 0 && s.to >= 0 && s.from !== s.to && shown(s.from) && shown(s.to);
    this.queue = slides.filter((s) => moves(s) || (s.cards?.some((c) => shown(c.region)) ?? false)).map((s) => (moves(s) ? s : { ...s, from: -1, to: -1 }));
    this.at = 0;
    this.ms = Math.max(1, delay * SHARE);
    if (this.queue.length === 0) this.stop();
  }

  /** Something is sliding: the loop must run. */
  active(): boolean {
    return this.queue.length > 0;
  }

  stop(): void {
    this.queue = [];
    this.g.clear();
  }

  /** The dice of the action playing now, when it brought them (L): the board shows these instead of the newest chapter's. */
  cards(): readonly DiceCard[] | null {
    return this.queue[0]?.cards ?? null;
  }

  /** Once a frame: moves the counter on by `delta` ms along the points' links; true when an action's turn ended (the board shows the next one's dice, or the chapter's). */
  tick(delta: number, points: readonly { x: number; y: number }[], half: number, u: number): boolean {
    const s = this.queue[0];
    if (!s) return false;
    this.at += delta;
    let next = false;
    if (this.at >= this.ms) {
      this.queue.shift();
      this.at = 0;
      next = true;
      if (this.queue.length === 0) {
        this.stop();
        return true;
      }
    }
    const cur = this.queue[0]!;
    const a = points[cur.from];
    const b = points[cur.to];
    if (!a || !b) {
      // A roll with no move: the board stands still with its card for the slide's time.
      this.g.clear();
      return next;
    }
    // Eased in and out, as a counter pushed across the map.
    const t = Math.min(1, this.at / this.ms);
    const k = t * t * (3 - 2 * t);
    this.draw(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, half, u, cur.side);
    return next;
  }

  private draw(x: number, y: number, half: number, u: number, side: Side): void {
    const g = this.g;
    g.clear();
    g.lineStyle(3 * u, COLORS.ink, 0.9).strokeCircle(x, y, half * 1.6);
    counterShape(g, u, x, y, half, side);
  }
}
