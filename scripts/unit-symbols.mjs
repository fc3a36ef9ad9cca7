/**
 * Writes src/scenes/data/unit-symbols.json: each side's unit symbol in the
 * military convention (MIL-STD-2525C / APP-6), drawn by `milsymbol` (a
 * devDependency, 860 KB: far too big for the page, so the few symbols the
 * board needs are drawn here once and the page turns each into a texture).
 *
 * The frames follow the standard identities, which also give each side its
 * own shape: the Coalition a friend's rectangle, the Regime a hostile
 * diamond, Islamic State an unknown's quatrefoil. The fill is the side's
 * colour (src/scenes/theme.ts), the icon white. The strength is written on
 * the counter by the board, so one symbol serves every strength.
 *
 *   node scripts/unit-symbols.mjs          # rewrite
 *   node scripts/unit-symbols.mjs --check  # exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ms from 'milsymbol';

const OUT = fileURLToPath(new globalThis.URL('../src/scenes/data/unit-symbols.json', import.meta.url));
/** milsymbol's size: the frame's units per 100 at this size; large enough to stay sharp at 3 device pixels per CSS pixel. */
const SIZE = 100;

/** 2525C symbol codes: ground units; Coalition infantry, Regime mechanised infantry, Islamic State motorised infantry. */
const SIDES = {
  coalition: { sidc: 'SFGPUCI-----', fill: '#2f5a8e', kind: 'infantry' },
  regime: { sidc: 'SNGPUCIZ----', fill: '#8e3b3b', kind: 'mechanised infantry' },
  islamicState: { sidc: 'SHGPUCIM----', fill: '#3b3b3b', kind: 'motorised infantry' },
};

const out = { source: `milsymbol ${ms.getVersion()} (MIT), made by node scripts/unit-symbols.mjs`, size: SIZE, symbols: {} };
/** milsymbol takes frame and icon colours per standard identity. */
const every = (color) => Object.fromEntries(['Friend', 'Hostile', 'Neutral', 'Unknown', 'Civilian', 'Suspect'].map((k) => [k, color]));
for (const [side, { sidc, fill, kind }] of Object.entries(SIDES)) {
  const s = new ms.Symbol(sidc, { size: SIZE, fillColor: fill, frameColor: every('#ffffff'), iconColor: every('#ffffff'), outlineWidth: 0, strokeWidth: 4 });
  const { width, height } = s.getSize();
  const anchor = s.getAnchor();
  out.symbols[side] = { sidc, kind, svg: s.asSVG(), width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10, anchor: { x: Math.round(anchor.x * 10) / 10, y: Math.round(anchor.y * 10) / 10 } };
}
const text = `${JSON.stringify(out, null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error('src/scenes/data/unit-symbols.json is stale: run node scripts/unit-symbols.mjs');
    process.exit(1);
  }
  console.log('unit-symbols.json is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${Object.keys(out.symbols).length} symbols, ${text.length} bytes`);
}
