import type Phaser from 'phaser';
import type { BoardPan } from './boardPan';
import { firstTime } from './keys';

/** What the table does with a click, a key and a change to the map's zoom or place. */
export interface TableHandlers {
  click: (x: number, y: number) => void;
  key: (e: KeyboardEvent) => void;
  moved: () => void;
}

/**
 * The table's pointer and keyboard listeners. A click is taken at the press,
 * at its position then (Phaser reuses the pointer object); a press on empty
 * map may become a drag (src/scenes/boardPan.ts), so its click waits for the
 * release; two fingers pinch the zoom. Each key event is acted on once (`firstTime`), and Tab and the
 * arrows never scroll the page.
 */
export function listen(scene: Phaser.Scene, pan: BoardPan, on: TableHandlers): void {
  // A second touch pointer, for the pinch.
  if (scene.input.manager.pointersTotal < 3) scene.input.addPointer(1);
  const fingers = () => [scene.input.pointer1, scene.input.pointer2].filter((f) => f?.isDown);
  scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
    const { x, y } = p;
    if (fingers().length > 1) return pan.twoFingers();
    if (!pan.grab(x, y)) on.click(x, y);
  });
  scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
    const down = fingers();
    if (down.length === 2) {
      if (pan.pinch(down[0]!, down[1]!)) on.moved();
      return;
    }
    if (p.isDown && pan.drag(p.x, p.y)) on.moved();
  });
  scene.input.on('pointerup', (p: Phaser.Input.Pointer) => {
    const { x, y } = p;
    if (pan.release(fingers().length === 0)) on.click(x, y);
  });
  scene.input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    if (pan.wheel(p.x, p.y, dy)) on.moved();
  });
  scene.input.keyboard?.on('keydown', (e: KeyboardEvent) => {
    if (!firstTime(e)) return;
    if (e.key === 'Tab' || e.key.startsWith('Arrow')) e.preventDefault();
    on.key(e);
  });
}
