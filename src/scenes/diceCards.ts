import { NUMBERS, ODDS_COLUMNS, type GameEvent, type Modifier, type Observation, type Ruleset, type Side } from '../rules';
import { SIDE_LETTER } from './theme';

/**
 * What the board says of the dice of the last thing the viewer saw happen:
 * a card beside each region where a die was rolled (an attack's odds column,
 * its shifts, the die and both sides' losses; an air strike's, a search's, a
 * raid's or an interception's die, what it needed and what came of it) and
 * beside each region where a leader was sighted, revealed or caught. Read
 * from the newest chapter of the viewer's log, so a bot's roll, the player's
 * own and a replay's step all show the same way, and a side never sees a
 * card for a roll it may not see (a leader's secret slip past the lines).
 */
export interface DiceCard {
  /** The region the card stands beside. */
  region: number;
  /** Whose roll it was (the card's frame); null when nobody rolled (a report). */
  side: Side | null;
  title: string;
  /** The die's face, or null (a sighting has no die). */
  roll: number | null;
  /** What the roll did, a line each (losses, the region taken, a leader caught). */
  lines: string[];
  /** The roll did what its side wanted (a hit, a find, a catch): the card says so in its accent. */
  success: boolean;
}

/** Cards from one chapter at most this many: an upkeep with several militia attacks keeps the board readable. */
export const MAX_CARDS = 4;

const SHIFT_NAME: Record<Modifier['kind'], string> = { airSupport: 'air', fortified: 'fort', encircled: 'encircled' };

/** The odds column an attack's die was added to, shifts counted: past the table's ends it names the end column and how far beyond. */
export function shiftedColumn(column: number, shifts: readonly Modifier[]): string {
  const total = column + shifts.reduce((n, m) => n + m.shift, 0);
  const last = ODDS_COLUMNS.length - 1;
  if (total > last) return `${ODDS_COLUMNS[last]} +${total - last}`;
  if (total < 0) return `${ODDS_COLUMNS[0]} −${-total}`;
  return ODDS_COLUMNS[total]!;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
const loss = (side: Side, n: number) => `${SIDE_LETTER[side]} ${n > 0 ? `−${n}` : '0'}`;

/** The cards for the newest chapter of the viewer's log. */
export function diceCards(v: Observation): DiceCard[] {
  return v.log ? cardsOf(v.log.item.events, v.rules) : [];
}

/** The cards for these events (all of which the viewer may see), in the order the dice were rolled. */
export function cardsOf(events: readonly GameEvent[], rules: Ruleset): DiceCard[] {
  const at = (id: string) => rules.index.get(id) ?? -1;
  const leader = (id: string) => rules.scenario.leaders[rules.leaderIndex.get(id) ?? -1]?.name ?? id;
  const cards: DiceCard[] = [];
  /** The card the next events about this region add to: the last one there. */
  const cardAt = (region: number) => {
    for (let i = cards.length - 1; i >= 0; i--) if (cards[i]!.region === region) return cards[i]!;
    return null;
  };
  const add = (card: DiceCard) => {
    if (card.region >= 0) cards.push(card);
  };
  for (const e of events) {
    switch (e.type) {
      case 'attacked': {
        const shifts = e.shifts.map((m) => `${signed(m.shift)} ${SHIFT_NAME[m.kind]}`);
        add({
          region: at(e.to),
          side: e.side,
          title: `Attack ${e.attackStrength} v ${e.defendStrength} at ${shiftedColumn(e.column, e.shifts)}`,
          roll: e.roll,
          lines: [...(shifts.length ? [`${ODDS_COLUMNS[e.column]} ${shifts.join(' ')}`] : []), `${loss(e.side, e.attackerLoss)} · ${loss(e.defender, e.defenderLoss)}`],
          success: e.defenderLoss > e.attackerLoss,
        });
        break;
      }
      case 'regionTaken': {
        const card = cardAt(at(e.region));
        if (card && card.title.startsWith('Attack')) {
          card.lines.push(`${SIDE_LETTER[e.side]} takes it`);
          card.success = true;
        }
        break;
      }
      case 'retreated': {
        const card = cardAt(at(e.from));
        const place = e.to === null ? null : (rules.scenario.regions[at(e.to)]?.name ?? e.to);
        const line = place === null ? `${SIDE_LETTER[e.side]} ${e.strength} surrender` : `${SIDE_LETTER[e.side]} ${e.strength} fall back to ${place}${e.lost ? ` (−${e.lost})` : ''}`;
        if (card) card.lines.push(line);
        break;
      }
      case 'airStruck':
        add({
          region: at(e.target),
          side: e.side,
          title: `Air strike, hits ${NUMBERS.airHit}+`,
          roll: e.roll,
          lines: [e.garrisonLoss ? `garrison −${e.garrisonLoss}` : 'no loss', ...(e.suppressed ? [`suppressed (${NUMBERS.airSuppress}+)`] : [])],
          success: e.garrisonLoss > 0 || e.suppressed,
        });
        break;
      case 'searched':
        add({
          region: at(e.region),
          side: e.side,
          title: `Search, needs ${e.needed}+`,
          roll: e.roll,
          lines: [e.found > 0 ? `found ${e.found}` : e.roll >= e.needed ? 'nobody there' : 'no trace'],
          success: e.found > 0,
        });
        break;
      case 'raided':
        add({
          region: at(e.region),
          side: e.side,
          title: `Raid, needs ${e.needed}+`,
          roll: e.roll,
          lines: [e.caught > 0 ? `caught ${e.caught}` : 'they get away'],
          success: e.caught > 0,
        });
        break;
      case 'intercepted':
        add({ region: at(e.region), side: null, title: `Interception, ${e.needed} or less`, roll: e.roll, lines: [`stopped: ${leader(e.leader)}`], success: true });
        break;
      case 'leaderCaptured': {
        const region = at(e.region);
        const card = cardAt(region);
        const line = `${SIDE_LETTER[e.by]} captures ${leader(e.leader)}`;
        if (card) {
          if (card.side === null) card.side = e.by;
          card.lines.push(line);
        } else add({ region, side: e.by, title: 'Captured', roll: null, lines: [line], success: true });
        break;
      }
      case 'leaderRevealed': {
        const region = at(e.region);
        const card = cardAt(region);
        const line = `${e.how === 'watch' ? 'spotted' : 'revealed'}: ${leader(e.leader)}`;
        if (card) card.lines.push(line);
        else add({ region, side: e.by, title: e.how === 'watch' ? 'Overwatch' : 'Found', roll: null, lines: [line], success: true });
        break;
      }
      case 'leaderSighted':
        add({ region: at(e.region), side: null, title: 'Report', roll: null, lines: [`sighted: ${leader(e.leader)}`], success: true });
        break;
      default:
        break;
    }
  }
  return cards.slice(0, MAX_CARDS);
}
