import { SIDE_NAMES, type Side } from '../rules';

/** What a full-screen card says: the hot-seat hand-over, the game taken over by another tab. */
export interface Card {
  title: string;
  lines: string[];
  footer: string;
  /** The card's one button: the only click that dismisses it; null: none (the too-small card goes when the window grows). */
  button: string | null;
}

/**
 * The hot-seat hand-over: the board is hidden until the player named says
 * they are at the screen, with Enter or the card's button. No other key and
 * no click elsewhere dismisses it, so a stray key of the last player (or of
 * the next one, sitting down) shows nothing.
 */
export function handOverCard(side: Side, first: boolean): Card {
  const name = SIDE_NAMES[side];
  return {
    title: `Hand over to ${name}`,
    lines: [
      first
        ? `This game is played by several people at one screen; the next phase belongs to ${name}.`
        : `The next phase belongs to ${name}, played by another person at this screen.`,
      'The board stays hidden so that secret information is not seen by the wrong player.',
    ],
    footer: `${name}: press Enter or click the button when you are at the screen, and no one else is looking.`,
    button: `I play ${name}: show my board`,
  };
}

/** The game has moved to another tab of this browser: this one stops, so neither overwrites the other's autosave. */
export function takenOverCard(): Card {
  return {
    title: 'This game continues in another tab',
    lines: [
      'Another tab of this browser took the game over. This tab has stopped playing and saving, so the two never overwrite each other\'s autosave.',
      'Go back to the menu to take it over again here, or close this tab.',
    ],
    footer: 'Press Enter or click the button for the menu.',
    button: 'Back to the menu',
  };
}
