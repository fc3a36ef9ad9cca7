import type Phaser from 'phaser';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

interface Slot {
  text: Phaser.GameObjects.Text;
  style: string;
  used: boolean;
  /** Asked for, then left out (`drop`): kept hidden, as it may well be asked for again. */
  dropped: boolean;
  /** Under a key the caller named (an event of the log, a button): not asked for, it is gone for good and destroyed. */
  named: boolean;
}

/**
 * Text objects kept from one drawing to the next. Making a Phaser text
 * measures and paints a canvas of its own, the dearest thing the table drew:
 * re-creating every text on each change took most of a frame. A pool hands
 * each drawing the text it had last time in the same place (the n-th text of
 * the drawing, or the one under a key the caller names), and repaints it only
 * if its words or style changed; texts a drawing did not ask for are hidden.
 */
export class TextPool {
  private readonly slots = new Map<string, Slot>();
  private seq = 0;
  private visible = true;

  constructor(private readonly scene: Phaser.Scene, private depth = 0) {}

  /** A drawing starts: every text is unasked for until `put` asks for it again. */
  begin(): void {
    this.seq = 0;
    for (const s of this.slots.values()) s.used = s.dropped = false;
  }

  /** The text at (x, y) with this origin; `key` names it across drawings (else it is the drawing's n-th unnamed text). */
  put(x: number, y: number, words: string, style: Style, ox = 0.5, oy = 0.5, key?: string): Phaser.GameObjects.Text {
    const k = key ?? `#${this.seq++}`;
    const styleKey = JSON.stringify(style);
    let slot = this.slots.get(k);
    // A style changed is a new text: Phaser's setStyle keeps what the new style leaves out (a word wrap, a stroke).
    if (slot && slot.style !== styleKey) {
      slot.text.destroy();
      slot = undefined;
    }
    if (!slot) {
      slot = { text: this.scene.add.text(0, 0, words, style).setDepth(this.depth), style: styleKey, used: true, dropped: false, named: key !== undefined };
      this.slots.set(k, slot);
    }
    slot.used = true;
    const t = slot.text;
    t.setText(words);
    t.setOrigin(ox, oy);
    t.setPosition(Math.round(x), Math.round(y));
    t.setVisible(this.visible);
    return t;
  }

  /**
   * A drawing is done: an unnamed text it did not ask for is hidden, kept for
   * the next; a named one is destroyed (the log's events scroll away for good:
   * kept, they would pile up over a long game).
   */
  end(): void {
    for (const [k, s] of this.slots) {
      if (s.used) continue;
      if (s.named && !s.dropped) {
        s.text.destroy();
        this.slots.delete(k);
      } else s.text.setVisible(false);
    }
  }

  /** A text the drawing asked for but leaves out after all (it ran past the panel's edge): hidden like the unasked. */
  drop(t: Phaser.GameObjects.Text): void {
    for (const s of this.slots.values()) if (s.text === t) {
      s.used = false;
      s.dropped = true;
    }
    t.setVisible(false);
  }

  /** Every text asked for by the last drawing, in the order they were made. */
  shown(): Phaser.GameObjects.Text[] {
    return [...this.slots.values()].filter((s) => s.used).map((s) => s.text);
  }

  setVisible(on: boolean): void {
    this.visible = on;
    for (const s of this.slots.values()) s.text.setVisible(on && s.used);
  }

  setDepth(depth: number): void {
    if (depth === this.depth) return;
    this.depth = depth;
    for (const s of this.slots.values()) s.text.setDepth(depth);
  }
}
