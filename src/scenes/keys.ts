/** Keys to the table's buttons and commands (docs/UI.md, Controls): the table and the replay viewer each have their own. */
const TABLE: Record<string, string> = {
  s: 'search', f: 'fortify', r: 'reinforce', x: 'air', w: 'watch', a: 'raid', d: 'deconflict', Enter: 'confirm', Escape: 'cancel', e: 'end', u: 'undo',
  Tab: 'next', '+': 'more', '=': 'more', '-': 'less', b: 'speed', k: 'savefile', p: 'private', h: 'help', '?': 'help', q: 'menu', i: 'panel', l: 'lastTurn',
  ArrowLeft: 'cursorLeft', ArrowRight: 'cursorRight', ArrowUp: 'cursorUp', ArrowDown: 'cursorDown',
};

const REPLAY: Record<string, string> = {
  ArrowLeft: 'back', ArrowRight: 'forward', PageUp: 'prevTurn', PageDown: 'nextTurn', Home: 'first', End: 'last', ' ': 'autoplay',
  b: 'speed', B: 'speed', q: 'menu', Q: 'menu', h: 'help', H: 'help', i: 'panel', I: 'panel',
};

/** The button a key presses at the table, or null. Letters in either case. */
export function tableKey(key: string): string | null {
  return TABLE[key.length === 1 ? key.toLowerCase() : key] ?? TABLE[key] ?? null;
}

export function replayKey(key: string): string | null {
  return REPLAY[key] ?? null;
}

/** Keys that close the help card. */
export const HELP_CLOSE: readonly string[] = ['h', 'H', '?', 'Escape', 'Enter', ' '];

/**
 * Phaser may hand a scene the same key event twice in one frame (its keyboard
 * queue is processed more than once when a key's down and up arrive together,
 * and its duplicate check compares only with the last event): 30 presses of →
 * moved the replay 39 steps. Each event object is acted on once.
 */
const seen = new WeakSet<KeyboardEvent>();
export function firstTime(e: KeyboardEvent): boolean {
  if (seen.has(e)) return false;
  seen.add(e);
  return true;
}
