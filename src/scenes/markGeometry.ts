/*
 * Where the board's marks sit around a region, in one place, so the drawing
 * and the colour-vision test that looks for them agree. Lengths in `u` (a CSS
 * pixel in device pixels) or as shares of the region's drawn radius `r`.
 */

/** A unit counter's half width, as a share of the region's radius. */
export const COUNTER_HALF = 0.62;
/**
 * Unit symbols (src/scenes/unitSymbols.ts) are milsymbol's frames: the
 * Coalition's rectangle is 75 × 50 frame units from its centre, the Regime's
 * square 55, Islamic State's diamond 72 to its tips. A frame unit is this
 * share of the counter's half width, so the square fills it as before.
 */
export const SYMBOL_UNIT = 1 / 55;
/**
 * Two points (frame units from the centre, y down) that tell the frames apart
 * by which of them lie inside: the rectangle holds both, the square only
 * `upper`, the diamond only `side`. Each lies 8 units or more from every
 * frame's edge and 12 from the infantry cross's white diagonals.
 */
export const FRAME_PROBES = { upper: { x: 40, y: -42 }, side: { x: 62, y: 0 } } as const;

/** The highlight rings: their distance outside the region's edge, and width (u). */
export const RING_GAP = 6;
export const RING_WIDTH = 3;
/** The selection's second ring, further out (u). */
export const SELECT_OUTER_GAP = 11;
/** A move target's ring is dashed: dash and gap along the ring (u). */
export const MOVE_DASH = 6;
export const MOVE_GAP = 5;
/** An attack target wears a reticle: four ticks across its ring, from and to these distances outside the edge (u). */
export const TICK_FROM = 2;
export const TICK_TO = 15;

/** The control tag: the holder's letter in a box on the lower left of the region, centred here (shares of r), half height in u. */
export const TAG_AT = { x: -0.55, y: 0.8 } as const;
export const TAG_HALF = 5.5;
