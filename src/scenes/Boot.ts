import Phaser from 'phaser';
import { debug } from '../app/debug';

/** Boot: nothing to load yet; hands over to the Preloader, which draws its own progress bar. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    debug.screen = { ...debug.screen, scene: 'Boot' };
    this.scene.start('Preloader');
  }
}
