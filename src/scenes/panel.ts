import Phaser from 'phaser';
import { margins, SIDES, type GameEvent, type Observation, type Side } from '../rules';
import type { DiceLine } from '../app/dice';
import type { Rect } from './board';
import { eventLines, leaderLines, marginEntries, nooseLine, phaseLine, pointsLine, shownInLog, tallyLine, trackLines, turnLine, turnOrder, viewerLine, watchedLine } from './panelText';
import { COLORS, SIDE_COLOR, SIDE_LETTER, textStyle } from './theme';
import { TextPool } from './textPool';

export interface PanelInfo {
  view: Observation;
  /** Who plays each side, e.g. "human" or "bot (greedy)". */
  seats: Record<string, string>;
  message: string;
  error: boolean;
  /** Extra lines under the message: odds preview, autosave problems, replay position. */
  notes: string[];
  strength: number;
  /** Replaces "You see the board as …" (the replay shows everything). */
  viewerLine?: string;
  /** The dice: committed or known while playing; the seed checked against its commitment in a replay (src/app/dice.ts). */
  dice?: DiceLine;
}

/**
 * The side panel: the turn, the phase and the active side, where the week
 * stands in the turn order, action points, the tracks, the three victory
 * margins (public, shown at all times), the leaders as the viewer knows them,
 * the last message and the event log with the document's sentence behind each event.
 */
export class SidePanel {
  private readonly g: Phaser.GameObjects.Graphics;
  /** The panel's texts are kept and rewritten in place (src/scenes/textPool.ts); the log's each under its event, so a new event moves the others and repaints none. */
  private readonly texts: TextPool;
  private y = 0;

  constructor(scene: Phaser.Scene, /** Device pixels per layout unit: set anew when the zoom or window changes it. */ public u: number) {
    this.g = scene.add.graphics();
    this.texts = new TextPool(scene);
  }

  private add(x: number, text: string, size: number, color: number = COLORS.ink, bold = false, width = 0, italic = false, key?: string): Phaser.GameObjects.Text {
    const style = { ...textStyle(size, color, bold), ...(width ? { wordWrap: { width, useAdvancedWrap: true } } : {}) };
    if (italic) style.fontStyle = bold ? 'bold italic' : 'italic';
    return this.texts.put(x, this.y, text, style, 0, 0, key);
  }

  private line(x: number, text: string, size: number, color: number = COLORS.ink, bold = false, width = 0): void {
    const t = this.add(x, text, size, color, bold, width);
    this.y += t.height + 2 * this.u;
  }

  private heading(r: Rect, text: string): void {
    const u = this.u;
    this.y += 6 * u;
    this.g.lineStyle(1 * u, COLORS.inkSoft, 0.5).lineBetween(r.x + 12 * u, this.y, r.x + r.w - 12 * u, this.y);
    this.y += 4 * u;
    this.line(r.x + 12 * u, text.toUpperCase(), 10, COLORS.inkSoft, true);
  }

  private track(r: Rect, label: string, value: number, max: number, color: number): void {
    const u = this.u;
    const x = r.x + 12 * u;
    this.add(x, `${label} ${value}/${max}`, 11);
    const bx = x + 118 * u;
    const bw = r.w - 12 * u - (bx - r.x);
    const cell = bw / max;
    for (let i = 0; i < max; i++) {
      this.g.fillStyle(i < value ? color : COLORS.paperDark, 1).fillRect(bx + i * cell + 1 * u, this.y + 2 * u, cell - 2 * u, 11 * u);
    }
    this.y += 17 * u;
  }

  /** The three margins side by side in their colours, the best one bold, and the leader value behind them. */
  private margins(r: Rect, v: Observation): void {
    const u = this.u;
    // Side by side where the panel is wide enough, else one a line.
    const col = (r.w - 24 * u) / 3;
    const across = col >= 115 * u;
    marginEntries(v).forEach(({ side, text, best }, i) => {
      const x = r.x + 12 * u + (across ? i * col : 0);
      this.g.fillStyle(SIDE_COLOR[side], 1).fillRect(x, this.y + 3 * u, 10 * u, 10 * u);
      this.add(x + 14 * u, text, 11, COLORS.ink, best);
      if (!across) this.y += 16 * u;
    });
    if (across) this.y += 18 * u;
    this.line(r.x + 12 * u, tallyLine(v), 10, COLORS.inkSoft, false, r.w - 24 * u);
  }

  draw(r: Rect, info: PanelInfo): void {
    const { g, u } = this;
    this.wipe();
    const v = info.view;
    const x = r.x + 12 * u;
    const w = r.w - 24 * u;
    g.fillStyle(COLORS.panel, 1).fillRect(r.x, r.y, r.w, r.h);
    g.lineStyle(1 * u, COLORS.inkSoft, 0.8).lineBetween(r.x, r.y, r.x, r.y + r.h);
    this.y = r.y + 10 * u;
    const { scenario } = v.rules;
    this.line(x, scenario.title, 13, COLORS.ink, true, w);
    this.line(x, turnLine(v), 12);
    g.fillStyle(SIDE_COLOR[v.active], 1).fillRect(x, this.y + 2 * u, 10 * u, 10 * u);
    this.add(x + 15 * u, phaseLine(v, info.seats), 12, COLORS.ink, true);
    this.y += 17 * u;
    this.line(x, turnOrder(v), 10, COLORS.inkSoft, false, w);
    this.line(x, pointsLine(v, info.strength), 11);
    this.line(x, info.viewerLine ?? viewerLine(v), 10, COLORS.inkSoft);
    if (info.dice) this.line(x, info.dice.text, 10, info.dice.warn ? COLORS.error : COLORS.inkSoft, false, w);

    this.heading(r, 'Tracks');
    const [escalation, tension] = trackLines(v);
    this.track(r, escalation!.label, escalation!.value, escalation!.max, COLORS.attack);
    this.track(r, tension!.label, tension!.value, tension!.max, 0xb07a2a);
    this.line(x, nooseLine(v), 11, COLORS.noose);
    const watched = watchedLine(v);
    if (watched) this.line(x, watched, 11, COLORS.ink, false, w);

    this.heading(r, 'Victory margins');
    this.margins(r, v);

    this.heading(r, 'Leaders');
    for (const { text, captured } of leaderLines(v)) this.line(x, text, 10, captured ? COLORS.inkSoft : COLORS.ink, false, w);

    this.heading(r, 'Orders');
    if (info.message) this.line(x, info.message, 11, info.error ? COLORS.error : COLORS.ink, info.error, w);
    for (const note of info.notes) this.line(x, note, 10, COLORS.inkSoft, false, w);

    this.heading(r, 'Event log');
    this.drawLog(r, v, x, w);
    this.texts.end();
  }

  /**
   * The viewer's log, newest first, until the panel is full: each event in the
   * rules' words (`describe`); a scripted event shows the document's sentence it came from.
   */
  private drawLog(r: Rect, v: Observation, x: number, w: number): void {
    const u = this.u;
    const bottom = r.y + r.h - 8 * u;
    const full = () => this.y >= bottom - 14 * u;
    for (let chapter = v.log; chapter !== null && !full(); chapter = chapter.prev) {
      const { turn, events } = chapter.item;
      for (let i = events.length - 1; i >= 0 && !full(); i--) {
        const e = events[i]!;
        if (!shownInLog(e)) continue;
        const said = eventLines(e, v, turn);
        // The chapter's place in the log and the event's in the chapter name its text for good.
        const key = `log:${chapter.size}:${i}`;
        const t = this.add(x, said.text, 10, colorOf(e), false, w, false, key);
        this.y += t.height + 1 * u;
        if (said.quote) {
          const q = this.add(x + 10 * u, said.quote, 10, COLORS.inkSoft, false, w - 10 * u, true, `${key}:quote`);
          this.y += q.height + 1 * u;
        }
        this.y += 2 * u;
      }
    }
    // Whatever ran past the bottom edge is left out rather than cut through.
    for (const t of this.texts.shown()) if (t.y + t.height > bottom + 2 * u) this.texts.drop(t);
  }

  /**
   * The compact table's status strip over the board: the turn, whose phase,
   * the action points and the margins on one line; the orders under it.
   */
  drawStrip(r: Rect, info: PanelInfo): void {
    const { g, u } = this;
    this.wipe();
    const v = info.view;
    g.fillStyle(COLORS.panel, 1).fillRect(r.x, r.y, r.w, r.h);
    g.lineStyle(1 * u, COLORS.inkSoft, 0.8).lineBetween(r.x, r.y + r.h, r.x + r.w, r.y + r.h);
    const x = r.x + 8 * u;
    const w = r.w - 16 * u;
    this.y = r.y + 4 * u;
    const m = margins(v);
    const score = SIDES.map((side, i) => `${SIDE_LETTER[side]} ${m[i]}`).join(' · ');
    const ap = v.phase === 'operations' ? ` · AP ${v.ap}` : '';
    const status = this.add(x, `T${v.turn}/${v.rules.scenario.turns} · ${phaseLine(v, info.seats)}${ap} · margins ${score} · I: panel`, 11, COLORS.ink, true, w, false, 'strip:status');
    this.y += status.height + 2 * u;
    // Two lines of orders at most: the panel (I) has the rest.
    const t = this.add(x, info.message || info.notes[0] || '', 10, info.error ? COLORS.error : COLORS.ink, info.error, w, false, 'strip:orders');
    t.setStyle({ maxLines: 2 });
    this.texts.end();
  }

  /** The panel's graphics are drawn afresh each time (cheap); its texts are asked for again, and kept. */
  private wipe(): void {
    this.g.clear();
    this.texts.begin();
  }

  /** Over the board (the compact table's panel on demand) or beside it. */
  setDepth(depth: number): void {
    this.g.setDepth(depth);
    this.texts.setDepth(depth);
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    this.texts.setVisible(on);
  }
}

/** The side an event is about, for its colour in the log. */
function colorOf(e: GameEvent): number {
  const side: Side | null = 'side' in e ? e.side : e.type === 'leaderCaptured' ? e.by : null;
  return side ? SIDE_COLOR[side] : COLORS.ink;
}
