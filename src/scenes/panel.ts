import Phaser from 'phaser';
import { nooseExits, NUMBERS, SIDES, SIDE_NAMES, type GameView, type LogEntry } from '../rules';
import type { Rect } from './board';
import { COLORS, SIDE_COLOR, textStyle } from './theme';

export interface PanelInfo {
  view: GameView;
  /** Who plays each side, e.g. "human" or "bot (greedy)". */
  seats: Record<string, string>;
  message: string;
  error: boolean;
  /** Extra lines under the message: odds preview, autosave problems, replay position. */
  notes: string[];
  strength: number;
  /** Replaces "You see the board as …" (the replay shows everything). */
  viewerLine?: string;
}

/**
 * The side panel: the turn, the phase and the active side, action points,
 * the tracks, victory points, the leaders as the viewer knows them, the last
 * message and the event log with the document's sentence behind each event.
 */
export class SidePanel {
  private readonly g: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private y = 0;

  constructor(private readonly scene: Phaser.Scene, private readonly u: number) {
    this.g = scene.add.graphics();
  }

  private add(x: number, text: string, size: number, color: number = COLORS.ink, bold = false, width = 0, italic = false): Phaser.GameObjects.Text {
    const style = { ...textStyle(size, color, bold), ...(width ? { wordWrap: { width, useAdvancedWrap: true } } : {}) };
    if (italic) style.fontStyle = bold ? 'bold italic' : 'italic';
    const t = this.scene.add.text(Math.round(x), Math.round(this.y), text, style);
    this.texts.push(t);
    return t;
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

  draw(r: Rect, info: PanelInfo): void {
    const { g, u } = this;
    g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
    const v = info.view;
    const x = r.x + 12 * u;
    const w = r.w - 24 * u;
    g.fillStyle(COLORS.panel, 1).fillRect(r.x, r.y, r.w, r.h);
    g.lineStyle(1 * u, COLORS.inkSoft, 0.8).lineBetween(r.x, r.y, r.x, r.y + r.h);
    this.y = r.y + 10 * u;
    this.line(x, v.scenario.title, 13, COLORS.ink, true, w);
    this.line(x, `Turn ${v.turn} of ${v.scenario.turns} · week of ${v.date}`, 12);
    const phase = v.phase === 'over' ? 'Game over' : v.phase === 'leaders' ? 'Leader phase (secret)' : 'Operations';
    g.fillStyle(SIDE_COLOR[v.active], 1).fillRect(x, this.y + 2 * u, 10 * u, 10 * u);
    this.add(x + 15 * u, `${phase}: ${SIDE_NAMES[v.active]} (${info.seats[v.active] ?? ''})`, 12, COLORS.ink, true);
    this.y += 17 * u;
    const si = SIDES.indexOf(v.active);
    const apText = v.phase === 'operations' ? `Action points ${v.ap}` : 'Action points –';
    this.line(x, `${apText} · intel ${v.intel[si]} · reserve ${v.pool[si]}${info.strength ? ` · move ${info.strength}` : ''}`, 11);
    this.line(x, info.viewerLine ?? `You see the board as ${SIDE_NAMES[v.viewer]}.`, 10, COLORS.inkSoft);

    this.heading(r, 'Tracks');
    this.track(r, 'Escalation', v.escalation, NUMBERS.maxEscalation, COLORS.attack);
    this.track(r, 'Turkey tension', v.turkeyTension, NUMBERS.maxTurkeyTension, 0xb07a2a);
    const exits = nooseExits(v);
    const capture = v.scenario.regions.find((reg) => reg.id === v.scenario.objectives.capture)?.name ?? '?';
    this.line(x, `Noose around ${capture}: ${exits.filter((e) => e.closed).length} of ${exits.length} exits closed`, 11, COLORS.noose);
    const vp = SIDES.map((s, i) => `${SIDE_NAMES[s]} ${v.vp[i]}${s === 'islamicState' && v.hiddenVp !== null ? ` (+${v.hiddenVp} secret)` : ''}`).join(' · ');
    this.line(x, `Victory points: ${vp}`, 11, COLORS.ink, false, w);

    this.heading(r, 'Leaders');
    v.leaders.forEach((l, li) => {
      const def = v.scenario.leaders[li]!;
      const where = (id: string | null) => v.scenario.regions.find((reg) => reg.id === id)?.name ?? id ?? '?';
      let status: string;
      if (l.status !== 'atLarge') status = l.status;
      else if (l.at !== null) status = `${l.revealed ? 'revealed' : 'hidden'} in ${where(l.at)}`;
      else {
        const seen = [...v.sightings].reverse().find((s) => s.leader === l.id);
        status = seen ? `hidden; last seen ${where(seen.region)}, ${v.turn - seen.turn} week(s) ago` : 'hidden; never sighted';
      }
      this.line(x, `${def.name}${def.value > 1 ? ' (×2)' : ''}: ${status}`, 10, l.status === 'atLarge' ? COLORS.ink : COLORS.inkSoft, false, w);
    });

    this.heading(r, 'Orders');
    if (info.message) this.line(x, info.message, 11, info.error ? COLORS.error : COLORS.ink, info.error, w);
    for (const note of info.notes) this.line(x, note, 10, COLORS.inkSoft, false, w);

    this.heading(r, 'Event log');
    this.drawLog(r, v.log.flat(), x, w);
  }

  /** Newest first, until the panel is full; a scenario event shows its source sentence. */
  private drawLog(r: Rect, log: readonly LogEntry[], x: number, w: number): void {
    const u = this.u;
    const bottom = r.y + r.h - 8 * u;
    for (let i = log.length - 1; i >= 0 && this.y < bottom - 14 * u; i--) {
      const e = log[i]!;
      const color = e.side ? SIDE_COLOR[e.side] : COLORS.ink;
      const t = this.add(x, `T${e.turn} ${e.text}`, 10, color, false, w);
      this.y += t.height + 1 * u;
      if (e.source) {
        const q = this.add(x + 10 * u, `“${e.source.quote}” (document, sentence ${e.source.sentence + 1})`, 10, COLORS.inkSoft, false, w - 10 * u, true);
        this.y += q.height + 1 * u;
      }
      this.y += 2 * u;
    }
    // Whatever ran past the bottom edge is left out rather than cut through.
    for (const t of this.texts) if (t.y + t.height > bottom + 2 * u) t.setVisible(false);
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    for (const t of this.texts) t.setVisible(on);
  }
}
