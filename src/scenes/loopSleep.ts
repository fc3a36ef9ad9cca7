import type Phaser from 'phaser';

/*
 * Phaser draws every frame, changed or not: an idle table cost 2.1 s of the
 * main thread in 5 s. The table and the ending tell this, each frame, whether
 * they still have work (a change to draw, a bot to play, a write on its way);
 * after a few quiet frames the loop sleeps, and any input, resize or change
 * wakes it. Phaser queues input for its next step, so nothing is lost.
 */

const QUIET_FRAMES = 3;
const WAKERS = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'pointermove', 'wheel', 'resize', 'focus', 'visibilitychange'] as const;

export class LoopSleep {
  private quiet = 0;

  private constructor(private readonly game: Phaser.Game) {
    for (const type of WAKERS) window.addEventListener(type, () => this.wake(), { capture: true, passive: true });
  }

  private static all = new WeakMap<Phaser.Game, LoopSleep>();

  /** The game's one sleeper, its wakers installed on first use. */
  static of(game: Phaser.Game): LoopSleep {
    let s = LoopSleep.all.get(game);
    if (!s) LoopSleep.all.set(game, (s = new LoopSleep(game)));
    return s;
  }

  wake(): void {
    this.quiet = 0;
    // Seamless: the frame after waking has an ordinary delta, not the time slept.
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  /** Once a frame: `busy` says whether frames to come have work. */
  frame(busy: boolean): void {
    if (busy) this.quiet = 0;
    else if (++this.quiet >= QUIET_FRAMES) this.game.loop.sleep();
  }
}
