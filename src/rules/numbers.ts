/**
 * Every number of the rules, in one place. docs/RULES.md quotes them; a test
 * checks that the two agree.
 */
export const NUMBERS = {
  /** Most strength one side may stack in a region. */
  maxStrength: 9,
  maxFort: 2,
  /** Largest amount of each track. */
  maxEscalation: 10,
  maxTurkeyTension: 6,
  /** Coalition loses 1 AP per this many points of Turkey tension. */
  tensionPerApLost: 2,
  /** Coalition and Regime lose 1 AP per this many points of escalation. */
  escalationPerApLost: 4,
  /** Turkey tension falls by this much at each upkeep. */
  tensionDecay: 1,
  /** A search finds leaders on this roll or higher (d6) ... */
  searchHit: 5,
  /** ... less this when the searcher has units in or next to the region. */
  searchNearBonus: 1,
  /** A leader's move into an enemy-held region is stopped on this roll or lower (d6) ... */
  interceptClosed: 1,
  /** ... or this when it leaves the noose centre through a closed exit. */
  interceptNoose: 2,
  /** A move into or out of a watched region adds this much to the interception roll, per watching side. */
  watchIntercept: 1,
  /** The interception roll never exceeds this: some escape always remains. */
  interceptMax: 5,
  /** A leader that stays put in a watched region is spotted (revealed) on this roll or lower. */
  watchSpot: 1,
  /** Reports sight a hidden leader on this roll or higher, less its heat (d6). */
  reportSighting: 6,
  /** Heat: a leader gains 1 for each week it stays put, up to this. */
  maxHeat: 2,
  /** ... and a move through watched ground leaves it at this heat (an unwatched move at 0). */
  heatWatched: 2,
  /** A raid on a revealed leader, by units in or next to his region, succeeds on this roll or higher (d6) ... */
  raidHit: 5,
  /** ... and needs this much more when an Islamic State garrison stands there. */
  raidGarrison: 1,
  /** ... and this much more for a Coalition raid with no units in or next to the region (special forces flown in). */
  raidFar: 1,
  /** Retreat (§4.4): a defender that survives an attack falls back when the attacker's survivors outnumber its own this many to one. */
  retreatRatio: 3,
  /** An air strike hits the garrison on this roll or higher (d6); it suppresses on `airSuppress` or higher. */
  airHit: 4,
  airSuppress: 3,
  /** Coalition and Regime units coming into contact (adjacent regions) cause an incident on this roll (d6). */
  incidentContact: 6,
  /** Iran-backed militias provoke an incident on this roll or higher when Regime units come into contact in the valley. */
  incidentMilitia: 6,
  /** Iran-backed militias attack on their own at upkeep where the attack would take the region on at least this many of the six rolls. */
  militiaRolls: 6,
  /** Siege: a fortified Islamic State garrison next to units of a side with an air force loses this many fortification levels at each upkeep. */
  siegeBatter: 1,
  /** A deconfliction call lowers escalation by this much. */
  deconflict: 1,
  /** Victory margins (§9): points per point of leader value, for the side that caught it, or for Islamic State while it is at large. */
  marginLeader: 3,
  /** For holding one's objective (the Coalition's and the Regime's). */
  marginObjective: 3,
  /** For each valley town held (the Regime and Islamic State). */
  marginTown: 1,
} as const;

/**
 * Combat results table: d6 + odds column + shifts, clamped to 1..12.
 * Each row is [attacker loss, defender loss].
 */
export const CRT: readonly (readonly [number, number])[] = [
  [2, 0], // 1 or less
  [2, 0], // 2
  [1, 0], // 3
  [1, 1], // 4
  [1, 1], // 5
  [0, 1], // 6
  [1, 2], // 7
  [0, 2], // 8
  [0, 2], // 9
  [0, 3], // 10
  [0, 3], // 11
  [0, 4], // 12 or more
];

/** Odds columns: ratio of attacker to defender strength, from below 1:1 (column 0) to 4:1 or more (column 4). */
export const ODDS_COLUMNS = ['1:2', '1:1', '2:1', '3:1', '4:1'] as const;

/** The random event table, rolled with one d6 at the start of each turn (docs/RULES.md §7). */
export const RANDOM_EVENTS = {
  1: 'turkeyTension',
  2: 'militiaIncident',
  3: 'regroup',
  4: 'quiet',
  5: 'quiet',
  6: 'quiet',
} as const;
