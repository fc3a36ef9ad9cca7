import type Phaser from 'phaser';
import { TextPool } from './textPool';
import { SymbolPool } from './unitSymbols';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

/** Board texts lie over every board graphic, as they always have; the legend over them all. */
const TEXT_DEPTH = 0.4;

/**
 * One retained part of the board: its graphics and its texts, and what it
 * showed when last drawn (a signature of the observation and highlights it
 * was drawn from). `begin` answers whether it must be drawn again.
 */
export class Layer {
  readonly g: Phaser.GameObjects.Graphics;
  /** Unit symbols over `g` (src/scenes/unitSymbols.ts), and a graphics over them for their plates, tags and site marks. */
  readonly symbols: SymbolPool;
  readonly top: Phaser.GameObjects.Graphics;
  private drawnFor: string | null = null;

  constructor(scene: Phaser.Scene, depth: number, private readonly pool: TextPool) {
    this.g = scene.add.graphics().setDepth(depth);
    this.symbols = new SymbolPool(scene, depth + 0.02);
    this.top = scene.add.graphics().setDepth(depth + 0.05);
  }

  readonly text = (x: number, y: number, s: string, style: Style, ox = 0.5, oy = 0.5): Phaser.GameObjects.Text => this.pool.put(x, y, s, style, ox, oy);

  /** True (and the layer wiped for drawing) if `showing` differs from what it shows now. */
  begin(showing: string): boolean {
    if (showing === this.drawnFor) return false;
    this.drawnFor = showing;
    this.g.clear();
    this.top.clear();
    this.symbols.reset();
    this.pool.begin();
    return true;
  }

  end(): void {
    this.pool.end();
  }

  /** The layout changed: the next `begin` draws whatever it is asked. */
  stale(): void {
    this.drawnFor = null;
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    this.top.setVisible(on);
    this.symbols.setVisible(on);
    this.pool.setVisible(on);
  }
}

/** The board's layers, bottom to top: the map, the noose and arrows, one per region, the watches and leaders, the dice cards, the legend. */
export class BoardLayers {
  readonly map: Layer;
  readonly under: Layer;
  readonly regions: Layer[] = [];
  readonly over: Layer;
  /** The dice cards (src/scenes/diceLayer.ts): over every region and name, their texts too. */
  readonly dice: Layer;
  readonly legend: Layer;
  /** How many times each region's layer was drawn since the scene opened: the browser tests check a change redraws only what it touched. */
  readonly regionDraws: number[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.map = this.layer(0);
    this.under = this.layer(0.1);
    this.over = this.layer(0.3);
    this.dice = new Layer(scene, 0.45, new TextPool(scene, 0.5));
    this.legend = new Layer(scene, 5, new TextPool(scene, 6));
  }

  private layer(depth: number): Layer {
    return new Layer(this.scene, depth, new TextPool(this.scene, TEXT_DEPTH));
  }

  /** A layer for each region of the scenario, made once. */
  sizeRegions(n: number): void {
    while (this.regions.length < n) {
      this.regions.push(this.layer(0.2));
      this.regionDraws.push(0);
    }
  }

  private all(): Layer[] {
    return [this.map, this.under, ...this.regions, this.over, this.dice, this.legend];
  }

  stale(): void {
    for (const l of this.all()) l.stale();
  }

  setVisible(on: boolean): void {
    for (const l of this.all()) l.setVisible(on);
  }
}
