import Phaser from 'phaser';
import { SIDES, type Side } from '../rules';
import SYMBOLS from './data/unit-symbols.json';
import { SYMBOL_UNIT } from './markGeometry';

/*
 * Each side's unit symbol in the military convention (MIL-STD-2525C / APP-6),
 * drawn by milsymbol at build time (scripts/unit-symbols.mjs): the
 * Coalition a friend (rectangle), the Regime a neutral (square: the two
 * deconflict, neither ally nor enemy), Islamic State a hostile (diamond).
 * The Preloader turns each SVG into a texture once; the board shows them as
 * images from a pool that grows to the most stacks ever shown, so a redraw
 * creates no texture and, after the first, no image.
 */

type SymbolDef = { svg: string; width: number; height: number; anchor: { x: number; y: number }; sidc: string; kind: string };
const DEFS = SYMBOLS.symbols as Record<Side, SymbolDef>;
/** Textures at twice milsymbol's size, sharp up to three device pixels per CSS pixel. */
const RASTER = 2;

export const symbolKey = (side: Side): string => `unit-${side}`;
export const symbolCode = (side: Side): string => DEFS[side].sidc;
export const symbolKind = (side: Side): string => DEFS[side].kind;

/** Queues the three symbols on the Preloader's loader. */
export function loadUnitSymbols(load: Phaser.Loader.LoaderPlugin): void {
  for (const side of SIDES) {
    const d = DEFS[side];
    const uri = `data:image/svg+xml;base64,${btoa(d.svg)}`;
    load.svg(symbolKey(side), uri, { width: d.width * RASTER, height: d.height * RASTER });
  }
}

export class SymbolPool {
  private readonly images: Phaser.GameObjects.Image[] = [];
  private used = 0;

  constructor(private readonly scene: Phaser.Scene, private readonly depth: number) {}

  /** Hides every symbol shown: the board is drawn anew. */
  reset(): void {
    for (const im of this.images) im.setVisible(false);
    this.used = 0;
  }

  /**
   * A side's symbol centred on (x, y), scaled so a milsymbol frame unit is
   * `SYMBOL_UNIT` of the counter's half width `half`.
   */
  place(side: Side, x: number, y: number, half: number): void {
    const key = symbolKey(side);
    if (!this.scene.textures.exists(key)) return;
    let im = this.images[this.used];
    if (!im) {
      im = this.scene.add.image(0, 0, key).setDepth(this.depth);
      this.images.push(im);
    }
    this.used++;
    const d = DEFS[side];
    // milsymbol's frame is 100 units to its size of 100; the texture holds RASTER pixels per unit.
    const scale = (half * SYMBOL_UNIT) / RASTER;
    im.setTexture(key).setOrigin(d.anchor.x / d.width, d.anchor.y / d.height).setScale(scale).setPosition(x, y).setVisible(true);
  }

  setVisible(on: boolean): void {
    for (let i = 0; i < this.used; i++) this.images[i]!.setVisible(on);
  }
}
