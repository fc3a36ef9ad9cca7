import type Phaser from 'phaser';
import { debug, type ScreenInfo } from '../app/debug';
import type { BoardView } from './board';
import type { ButtonBar } from './buttons';
import type { StripDrawn } from './marginStrip';
import type { ScrubDrawn } from './scrubBar';
import type { Overlay } from './overlay';

export interface TableScreen {
  scene: string;
  board: BoardView;
  /** What the margins strip says (empty behind a card). */
  strip?: StripDrawn;
  /** The replay viewer's scrub bar, or null. */
  scrub?: ScrubDrawn | null;
  bar: ButtonBar;
  overlay: Overlay;
  ids: readonly string[];
  message: string;
  notes: string[];
  selected: string | null;
  /** The region under the keyboard's cursor, or null. */
  cursor?: string | null;
  /** The dice line of the panel (src/app/dice.ts); empty behind a card. */
  dice: string;
  /** The table: how many actions the game drawn holds (each on disk before it is drawn). */
  actions?: number;
}

/**
 * What the table shows, in CSS pixels, for the debug API and the browser
 * tests (`screen()`). Behind a full-screen card only the card's button is
 * there: no region and no button of the hidden board is listed.
 */
export function publishTable(game: Phaser.Game, width: number, t: TableScreen): void {
  const canvas = game.canvas.getBoundingClientRect();
  const k = canvas.width / width;
  const toCss = (x: number, y: number) => ({ x: canvas.left + x * k, y: canvas.top + y * k });
  const regions: ScreenInfo['regions'] = {};
  const labels: NonNullable<ScreenInfo['labels']> = {};
  const buttons: ScreenInfo['buttons'] = {};
  const card = t.overlay.shown ? t.overlay.button : null;
  let map: ScreenInfo['map'];
  let strip: ScreenInfo['strip'];
  let scrub: ScreenInfo['scrub'];
  let cards: ScreenInfo['cards'];
  let regionDraws: ScreenInfo['regionDraws'];
  let zoom: ScreenInfo['zoom'];
  let legend: ScreenInfo['legend'];
  if (card) buttons.card = { ...toCss(card.x + card.w / 2, card.y + card.h / 2), label: card.label, enabled: true };
  else {
    t.ids.forEach((id, i) => {
      const p = t.board.points[i];
      // Zoomed in, a region out of the board's window is not on screen: it is not listed.
      if (p && t.board.inView(i)) regions[id] = { ...toCss(p.x, p.y), r: (t.board.radii[i] ?? t.board.radius) * k };
      const b = t.board.labelBoxes[i];
      if (b) labels[id] = { ...toCss(b.x, b.y), w: b.w * k, h: b.h * k };
    });
    const m = t.board.map.drawn;
    map = {
      rivers: m.rivers.map((r) => ({ name: r.name, points: r.points.map((p) => toCss(p.x, p.y)) })),
      borders: m.borders,
      probes: m.probes.map((p) => ({ lat: p.lat, lon: p.lon, ...toCss(p.x, p.y) })),
      draws: m.draws,
    };
    cards = t.board.dice.drawn.map((c) => ({ region: t.ids[c.region] ?? '', title: c.title, roll: c.roll, lines: c.lines, ...toCss(c.box.x, c.box.y), w: c.box.w * k, h: c.box.h * k }));
    const lb = t.board.legendBox;
    legend = lb ? { ...toCss(lb.x, lb.y), w: lb.w * k, h: lb.h * k } : null;
    zoom = { level: t.board.zoom.level, inView: t.ids.filter((_, i) => t.board.inView(i)) };
    const draws = t.board.regionDraws();
    regionDraws = Object.fromEntries(t.ids.map((id, i) => [id, draws[i] ?? 0]));
    if (t.scrub) {
      const r = t.scrub.rect;
      scrub = { ...toCss(r.x, r.y), w: r.w * k, h: r.h * k, label: t.scrub.label, weeks: t.scrub.weeks.map((w) => ({ turn: w.turn, x0: toCss(w.x0, 0).x, x1: toCss(w.x1, 0).x })) };
    }
    if (t.strip) strip = { lines: t.strip.lines, ...toCss(t.strip.rect.x, t.strip.rect.y), w: t.strip.rect.w * k, h: t.strip.rect.h * k };
    for (const { def, rect } of t.bar.rects) buttons[def.id] = { ...toCss(rect.x + rect.w / 2, rect.y + rect.h / 2), label: def.label, enabled: def.enabled };
  }
  debug.screen = { scene: t.scene, regions, labels, buttons, message: t.message, notes: t.notes, selected: t.selected, ...(t.cursor === undefined ? {} : { cursor: t.cursor }), dice: t.dice, ...(t.actions === undefined ? {} : { actions: t.actions }), ...(map ? { map } : {}), ...(cards ? { cards } : {}), ...(regionDraws ? { regionDraws } : {}), ...(zoom ? { zoom } : {}), ...(legend !== undefined ? { legend } : {}), ...(strip ? { strip } : {}), ...(scrub ? { scrub } : {}) };
}
