import type { RegionDef } from '../rules';

/** The arrow keys: the keyboard cursor steps to the nearest region that way on the map. */
export type CursorCommand = 'cursorLeft' | 'cursorRight' | 'cursorUp' | 'cursorDown';

/**
 * Where an arrow key takes the cursor from `from` (-1: nowhere yet, so the
 * first region): the nearest region that way on the map, within 45° of the
 * arrow, nearer along it and less off to the side first. It stays put at the
 * map's edge. By latitude and longitude, so it is the same at any zoom.
 */
export function stepCursor(regions: readonly RegionDef[], from: number, cmd: CursorCommand): number {
  if (from < 0) return 0;
  const [ux, uy] = cmd === 'cursorLeft' ? [-1, 0] : cmd === 'cursorRight' ? [1, 0] : cmd === 'cursorUp' ? [0, 1] : [0, -1];
  const a = regions[from]!;
  let best = from;
  let score = Infinity;
  regions.forEach((b, i) => {
    if (i === from) return;
    const dx = b.lon - a.lon;
    const dy = b.lat - a.lat;
    const along = dx * ux + dy * uy;
    const side = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || side > along) return;
    const s = along + 2 * side;
    if (s < score) {
      score = s;
      best = i;
    }
  });
  return best;
}
