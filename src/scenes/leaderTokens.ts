import type Phaser from 'phaser';
import type { Observation, ObservedLeader, Side } from '../rules';
import { COLORS, SIDE_COLOR, SIDE_LETTER, textStyle } from './theme';

/** What the tokens are drawn with: the board's graphics, scale, region points and radius, and its text helper. */
export interface TokenBoard {
  g: Phaser.GameObjects.Graphics;
  u: number;
  points: readonly { x: number; y: number }[];
  radius: number;
  /** Each region's drawn radius (a city's is larger): the tokens stand clear of it. */
  radii?: readonly number[];
  /** Whether the board's window shows a region (zoomed in, some lie outside it): no token is drawn off the board. */
  shown?: (region: number) => boolean;
  text: (x: number, y: number, s: string, style: Phaser.Types.GameObjects.Text.TextStyle, ox?: number, oy?: number) => Phaser.GameObjects.Text;
}

/**
 * Leader tokens where the viewer knows them to be; a hidden one only at its
 * last sighting, with its age. A leader revealed to everyone wears a red ring;
 * a tracked one (its next move will be followed) a crosshair as well, so the
 * hunters see which revealed leader they still hold in sight through a move.
 * A captured leader stays on the board where he was caught, crossed out in
 * the captor's colour, with the captor's letter and the week: who caught whom
 * and where reads from the map for the rest of the game.
 */
export function drawLeaders(v: Observation, board: TokenBoard): void {
  const { g, u, points, radius, radii, shown, text } = board;
  const { index, scenario } = v.rules;
  const perRegion = new Map<number, number>();
  const slot = (i: number) => {
    const n = perRegion.get(i) ?? 0;
    perRegion.set(i, n + 1);
    return n;
  };
  v.leaders.forEach((leader, li) => {
    const def = scenario.leaders[li]!;
    const mark = whereShown(leader);
    if (!mark) return;
    const at = index.get(mark.region);
    if (at === undefined || (shown && !shown(at))) return;
    const p = points[at]!;
    const n = slot(at);
    const tr = 8 * u;
    // Tokens sit in an arc to the left of the region, clear of the counter, the forts, the watch eyes above and the name below.
    const angle = ([180, 215, 145, 250, 110][n % 5]! * Math.PI) / 180;
    const dist = (radii?.[at] ?? radius) + tr + 5 * u + Math.floor(n / 5) * tr * 2;
    const x = p.x + Math.cos(angle) * dist;
    const y = p.y + Math.sin(angle) * dist;
    const digits = def.name.match(/\d+/)?.[0];
    const initials = digits ?? def.name.replace(/^(al|el|abu|abu bakr)[- ]/i, '').split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).slice(-1)[0]?.[0] ?? 'L';
    if (mark.caught) {
      const { by, turn } = mark.caught;
      g.fillStyle(COLORS.paperDark, 1).fillCircle(x, y, tr);
      g.lineStyle(1.5 * u, COLORS.inkSoft, 1).strokeCircle(x, y, tr);
      text(x, y, initials, textStyle(9, COLORS.inkSoft, true));
      cross(g, u, x, y, tr, SIDE_COLOR[by]);
      text(x, y + tr + 1 * u, `${SIDE_LETTER[by]} w${turn}`, textStyle(9, SIDE_COLOR[by], true), 0.5, 0);
    } else if (mark.seen !== null) {
      const age = v.turn - mark.seen;
      g.fillStyle(0xffffff, 0.6).fillCircle(x, y, tr);
      g.lineStyle(1.5 * u, COLORS.inkSoft, 1).strokeCircle(x, y, tr);
      text(x, y, '?', textStyle(10, COLORS.inkSoft, true));
      text(x, y + tr + 1 * u, age === 0 ? 'now' : `${age}w`, textStyle(9, COLORS.inkSoft), 0.5, 0);
    } else {
      if (mark.revealed) g.lineStyle(2 * u, COLORS.attack, 1).strokeCircle(x, y, tr + 3 * u);
      if (mark.tracked) crosshair(g, u, x, y, tr);
      g.fillStyle(0xd9a93a, 1).fillCircle(x, y, tr);
      g.lineStyle(1.5 * u, COLORS.ink, 1).strokeCircle(x, y, tr);
      if (def.value > 1) g.lineStyle(1 * u, COLORS.ink, 1).strokeCircle(x, y, tr - 3 * u);
      text(x, y, initials, textStyle(9, COLORS.ink, true));
    }
  });
}

/** Four ticks around a token, outside its ring: the leader is followed through its next move. */
export function crosshair(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, tr: number): void {
  g.lineStyle(2 * u, COLORS.attack, 1);
  for (let k = 0; k < 4; k++) {
    const dx = Math.cos((k * Math.PI) / 2);
    const dy = Math.sin((k * Math.PI) / 2);
    g.lineBetween(x + dx * (tr + 1 * u), y + dy * (tr + 1 * u), x + dx * (tr + 7 * u), y + dy * (tr + 7 * u));
  }
}

/** A captured leader's cross: two strokes of the captor's colour over the token. */
export function cross(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, tr: number, color: number): void {
  const k = tr * 0.95;
  g.lineStyle(3 * u, color, 1);
  g.lineBetween(x - k, y - k, x + k, y + k);
  g.lineBetween(x - k, y + k, x + k, y - k);
}

interface Shown {
  region: string;
  /** Who caught the leader here, and in which week; null while at large. */
  caught: { by: Side; turn: number } | null;
  /** The turn of a hidden leader's last sighting; null when the viewer knows where it is. */
  seen: number | null;
  revealed: boolean;
  tracked: boolean;
}

/**
 * Where a leader's token goes: where the viewer knows it is (its own side's,
 * or revealed), or for a hidden one the last sighting and its turn. A hidden
 * leader has no position to read; a captured one stays where it was caught.
 */
function whereShown(l: ObservedLeader): Shown | null {
  switch (l.status) {
    case 'atLarge':
      return { region: l.at, caught: null, seen: null, revealed: l.revealed, tracked: l.revealed && l.tracked };
    case 'revealed':
      return { region: l.at, caught: null, seen: null, revealed: true, tracked: l.tracked };
    case 'hidden':
      return l.lastSeen ? { region: l.lastSeen.region, caught: null, seen: l.lastSeen.turn, revealed: false, tracked: false } : null;
    case 'captured':
      return { region: l.at, caught: { by: l.by, turn: l.turn }, seen: null, revealed: false, tracked: false };
  }
}
