import type Phaser from 'phaser';
import { nooseExits, type Observation } from '../rules';
import { COLORS } from './theme';

/** What the ring is drawn with: the board's graphics, scale, region points and radius. */
export interface RingBoard {
  g: Phaser.GameObjects.Graphics;
  u: number;
  points: readonly { x: number; y: number }[];
  radius: number;
}

/**
 * The noose around the Coalition's objective: a dashed ring, a bar where an
 * exit is closed and a small circle where one is open (`nooseExits`). A leader
 * leaving the centre through a closed exit risks the worse interception roll.
 */
export function drawNoose(v: Observation, board: RingBoard): void {
  const { g, u, points, radius } = board;
  const c = points[v.rules.center];
  if (!c) return;
  const ringR = radius * 2.1;
  const steps = 48;
  g.lineStyle(2 * u, COLORS.noose, 0.7);
  for (let i = 0; i < steps; i += 2) {
    const a0 = (i / steps) * Math.PI * 2;
    const a1 = ((i + 1) / steps) * Math.PI * 2;
    g.lineBetween(c.x + Math.cos(a0) * ringR, c.y + Math.sin(a0) * ringR, c.x + Math.cos(a1) * ringR, c.y + Math.sin(a1) * ringR);
  }
  for (const exit of nooseExits(v)) {
    const p = points[v.rules.index.get(exit.region)!]!;
    const ang = Math.atan2(p.y - c.y, p.x - c.x);
    const m = { x: c.x + Math.cos(ang) * ringR, y: c.y + Math.sin(ang) * ringR };
    const nx = -Math.sin(ang) * 8 * u;
    const ny = Math.cos(ang) * 8 * u;
    if (exit.closed) g.lineStyle(5 * u, COLORS.noose, 1).lineBetween(m.x - nx, m.y - ny, m.x + nx, m.y + ny);
    else g.lineStyle(2 * u, COLORS.noose, 1).strokeCircle(m.x, m.y, 5 * u);
  }
}
