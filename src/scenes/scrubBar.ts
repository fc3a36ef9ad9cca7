import type Phaser from 'phaser';
import { SIDE_NAMES } from '../rules';
import type { ReplayWatch } from '../app/replay';
import type { Rect } from './board';
import { indexAt, scrubWeeks, shareOf, type PhaseKind, type ScrubWeek } from './scrubMap';
import { COLORS, SIDE_COLOR, textStyle } from './theme';

/*
 * The replay viewer's scrub bar under the board: a cell per week, banded by
 * the phases its actions were taken in (each side's colour, the leaders'
 * gold), the weeks numbered, a cursor at the step shown. A click or a drag
 * jumps to the step under the pointer; the keys still step as before.
 */

/** Its height in layout units. */
export const SCRUB_HEIGHT = 46;
const LEADERS = 0xc99a2e;
const PHASE_NAME: Record<PhaseKind, string> = { ...SIDE_NAMES, leaders: 'leaders (secret)', over: 'game over' };
const color = (k: PhaseKind): number => (k === 'leaders' ? LEADERS : k === 'over' ? COLORS.ink : SIDE_COLOR[k]);

/** What the tests need: the bar, and each week's cell on it (device pixels). */
export interface ScrubDrawn {
  rect: Rect;
  weeks: { turn: number; x0: number; x1: number }[];
  label: string;
}

export class ScrubBar {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private numbers: Phaser.GameObjects.Text[] = [];
  private weeks: ScrubWeek[] = [];
  private of: ReplayWatch | null = null;
  private track: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private dragging = false;
  private key = '';
  drawn: ScrubDrawn | null = null;

  constructor(private readonly scene: Phaser.Scene, public u: number, onJump: (index: number) => void) {
    this.g = scene.add.graphics().setDepth(4);
    this.label = scene.add.text(0, 0, '', textStyle(11)).setOrigin(0, 0.5).setDepth(4);
    const jump = (x: number) => {
      if (!this.of || this.track.w <= 0) return;
      const i = indexAt(this.weeks, (x - this.track.x) / this.track.w);
      if (i !== this.of.index) onJump(i);
    };
    const inside = (x: number, y: number) => !!this.drawn && x >= this.track.x - 4 * this.u && x <= this.track.x + this.track.w + 4 * this.u && y >= this.drawn.rect.y && y <= this.drawn.rect.y + this.drawn.rect.h;
    scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      if (!inside(p.x, p.y)) return;
      this.dragging = true;
      jump(p.x);
    });
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.dragging && p.isDown) jump(p.x);
      else this.dragging = false;
    });
    scene.input.on('pointerup', () => void (this.dragging = false));
  }

  draw(r: Rect, replay: ReplayWatch): void {
    const { g, u } = this;
    if (this.of !== replay) {
      this.of = replay;
      this.weeks = scrubWeeks(replay.states);
      this.key = '';
    }
    this.setVisible(true);
    const track = { x: r.x + 10 * u, y: r.y + 22 * u, w: r.w - 20 * u, h: 12 * u };
    this.track = track;
    const n = this.weeks.length;
    const cell = track.w / Math.max(1, n);
    g.clear();
    g.fillStyle(COLORS.panel, 1).fillRect(r.x, r.y, r.w, r.h);
    g.lineStyle(1 * u, COLORS.inkSoft, 0.8).lineBetween(r.x, r.y, r.x + r.w, r.y);
    this.weeks.forEach((w, k) => {
      const x0 = track.x + k * cell;
      const steps = w.last - w.first + 1;
      for (const p of w.phases) {
        const a = x0 + ((p.first - w.first) / steps) * cell;
        const b = x0 + ((p.last - w.first + 1) / steps) * cell;
        g.fillStyle(color(p.kind), 0.85).fillRect(a, track.y, Math.max(1, b - a), track.h);
      }
      g.lineStyle(1 * u, COLORS.panel, 1).lineBetween(x0, track.y, x0, track.y + track.h);
    });
    g.lineStyle(1 * u, COLORS.ink, 1).strokeRect(track.x, track.y, track.w, track.h);
    // The cursor: a line through the bar and a triangle above it, in ink.
    const cx = track.x + shareOf(this.weeks, replay.index) * track.w;
    g.lineStyle(3 * u, COLORS.ink, 1).lineBetween(cx, track.y - 3 * u, cx, track.y + track.h + 3 * u);
    g.fillStyle(COLORS.ink, 1).fillTriangle(cx - 5 * u, track.y - 8 * u, cx + 5 * u, track.y - 8 * u, cx, track.y - 2 * u);
    this.numberWeeks(track, cell);
    const s = replay.states[replay.index]!;
    const kind: PhaseKind = s.phase === 'over' ? 'over' : s.phase === 'leaders' ? 'leaders' : s.active;
    const text = `Week ${s.turn} · ${PHASE_NAME[kind]}${kind === 'leaders' || kind === 'over' ? '' : ' operations'} · action ${replay.index} of ${replay.states.length - 1} · click or drag the bar to jump`;
    this.label.setStyle(textStyle(11, COLORS.ink, true)).setText(text).setPosition(Math.round(r.x + 10 * u), Math.round(r.y + 10 * u));
    this.drawn = { rect: r, weeks: this.weeks.map((w, k) => ({ turn: w.turn, x0: track.x + k * cell, x1: track.x + (k + 1) * cell })), label: text };
  }

  /** Week numbers under the bar, as many as fit; made again only when the bar's size changes. */
  private numberWeeks(track: Rect, cell: number): void {
    const key = `${track.x},${track.y},${track.w},${this.u},${this.weeks.length}`;
    if (key === this.key) return;
    this.key = key;
    for (const t of this.numbers) t.destroy();
    const every = Math.max(1, Math.ceil((18 * this.u) / cell));
    this.numbers = this.weeks
      .filter((_, k) => k % every === 0)
      .map((w) => {
        const k = this.weeks.indexOf(w);
        return this.scene.add.text(Math.round(track.x + (k + 0.5) * cell), Math.round(track.y + track.h + 2 * this.u), String(w.turn), textStyle(9, COLORS.inkSoft)).setOrigin(0.5, 0).setDepth(4);
      });
  }

  setVisible(on: boolean): void {
    if (!on) this.drawn = null;
    this.g.setVisible(on);
    this.label.setVisible(on);
    for (const t of this.numbers) t.setVisible(on);
  }
}
