import Phaser from 'phaser';
import { debug } from '../app/debug';
import { COLORS, unit, textStyle } from './theme';
import { loadUnitSymbols } from './unitSymbols';

/**
 * Loads what the game draws from files, once, behind a progress bar: the
 * three unit symbols, SVGs carried in the bundle as data (no request).
 */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  preload(): void {
    debug.screen = { ...debug.screen, scene: 'Preloader' };
    const u = unit();
    const W = this.scale.width;
    const H = this.scale.height;
    const w = Math.min(420 * u, W * 0.6);
    const x = (W - w) / 2;
    const y = H / 2;
    this.add.text(W / 2, y - 24 * u, 'Middle Euphrates', textStyle(20, COLORS.ink, true)).setOrigin(0.5);
    const g = this.add.graphics();
    g.lineStyle(1.5 * u, COLORS.ink, 1).strokeRect(x, y, w, 14 * u);
    const bar = this.add.graphics();
    this.load.on('progress', (p: number) => {
      bar.clear().fillStyle(COLORS.noose, 1).fillRect(x + 2 * u, y + 2 * u, (w - 4 * u) * p, 10 * u);
    });
    loadUnitSymbols(this.load);
  }

  create(): void {
    this.scene.start('Menu');
  }
}
