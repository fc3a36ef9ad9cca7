/**
 * Dice a player cannot foresee, a game anyone can verify. Every die follows
 * from the seed, so a player who knew it could try each action in a copy of
 * the game and take only the good rolls. A fresh game therefore plays a
 * secret seed of 128 random bits, and the page shows only its commitment, the
 * SHA-256 of the seed: the dice are fixed before the first roll (the seed
 * cannot be changed to fit the commitment afterwards) yet cannot be read from
 * it. The seed is revealed when the game ends; the game-over screen, the
 * replay viewer and `npm run replay` hash it again and compare. A player may
 * still play a seed someone shared; then the dice are known, and the page says so.
 *
 * The hash is WebCrypto's here and node:crypto's in the CLI (src/cli/replay.ts):
 * the rules stay free of both and only carry the commitment in a replay.
 */

/** A fresh secret seed: 128 bits from `crypto.getRandomValues`, as 32 hex digits. */
export function secretSeed(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The seed's commitment: its SHA-256 over UTF-8, 64 lowercase hex digits; null where the page has no WebCrypto digest (served over plain HTTP from another host). */
export async function commitmentOf(seed: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  return hex(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(seed))));
}

/** What the dice of a finished game (or a replay) turn out to be: a commitment that the seed matches, one it does not, or a seed a player chose. */
export type DiceCheck = { kind: 'committed'; commitment: string; matches: boolean | null } | { kind: 'known' };

export async function checkDice(seed: string, commitment: string | null): Promise<DiceCheck> {
  if (commitment === null) return { kind: 'known' };
  const digest = await commitmentOf(seed);
  return { kind: 'committed', commitment, matches: digest === null ? null : digest === commitment };
}

/** A commitment cut short for a line of the panel: enough to compare by eye with the one noted at the start. */
export function short(commitment: string): string {
  return `${commitment.slice(0, 16)}…`;
}

/** A line the page shows about the dice; `warn` when the dice were known or are not the ones promised. */
export interface DiceLine {
  text: string;
  warn: boolean;
}

/** The panel's line during play: the commitment, or that the dice are known. */
export function diceWhilePlaying(commitment: string | null): DiceLine {
  if (commitment === null) return { text: 'Dice known: a player chose this game\'s seed, so anyone who has it can foresee every roll.', warn: true };
  return { text: `Dice: secret seed, committed as SHA-256 ${short(commitment)} (the seed is shown when the game ends).`, warn: false };
}

/** The game-over screen's and the replay viewer's line: the seed revealed, and whether it matches the commitment. */
export function diceAtEnd(check: DiceCheck | null, seed: string): DiceLine {
  if (check === null) return { text: `Seed “${seed}”: checking it against its commitment…`, warn: false };
  if (check.kind === 'known') return { text: `Seed “${seed}”, chosen by a player: the dice were known, and no commitment was made.`, warn: true };
  if (check.matches === null) return { text: `Seed “${seed}”, committed as SHA-256 ${check.commitment}: this page cannot hash it (no WebCrypto); check it with npm run replay.`, warn: false };
  if (check.matches) return { text: `Seed “${seed}”: its SHA-256 ${check.commitment} matches the commitment shown before the first die.`, warn: false };
  return { text: `Seed “${seed}” does NOT match the commitment ${check.commitment}: these are not the dice that were promised.`, warn: true };
}
