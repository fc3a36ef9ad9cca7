/**
 * The scenario: everything a game starts from. The scenario compiler
 * (`src/scenario`) produces it from a document; the engine only reads it.
 * It is public knowledge: every side sees it (it holds no hidden positions).
 */

export const SIDES = ['coalition', 'regime', 'islamicState'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_NAMES: Record<Side, string> = {
  coalition: 'Coalition',
  regime: 'Regime',
  islamicState: 'Islamic State',
};

/** Where a fact came from: a sentence of the document, by index and character span. */
export interface Provenance {
  /** Index of the sentence in the document, from 0. */
  sentence: number;
  /** Character offsets into the whole document, `quote === text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
}

/** `document`: stated in the text; `gazetteer` or `default`: added by the compiler's knowledge base. */
export type Origin = 'document' | 'gazetteer' | 'default';

export interface Sourced {
  origin: Origin;
  source: Provenance | null;
}

export type RegionKind = 'city' | 'town' | 'valley' | 'crossing' | 'desert';

export interface RegionDef extends Sourced {
  id: string;
  name: string;
  kind: RegionKind;
  lat: number;
  lon: number;
  /** A town in the Middle Euphrates valley: counts for the Regime's victory. */
  valley: boolean;
  /** An Islamic State redoubt: leaders at large here score while Islamic State holds it. */
  redoubt: boolean;
  /** Who holds the region at the start; null for no one. */
  control: Side | null;
  /** Starting strength of the controlling side's units (0 for none). */
  strength: number;
  /** Starting fortification, 0..2. */
  fort: number;
}

export type LinkKind = 'road' | 'river';

export interface LinkDef extends Sourced {
  a: string;
  b: string;
  kind: LinkKind;
  /** Length in kilometres (the document's figure where it states one). */
  km: number;
}

export interface ActorDef extends Sourced {
  id: string;
  name: string;
  /** The playable side the actor belongs to, or null for a non-player actor (Turkey). */
  side: Side | null;
  role: string;
}

export interface LeaderDef extends Sourced {
  id: string;
  name: string;
  /** Victory value when neutralized: 2 for the group's head, 1 for the others. */
  value: number;
  /** Regions the leader may start in; the engine draws one in secret at setup. */
  startOptions: string[];
}

export interface SideDef {
  side: Side;
  /** Action points per operations phase, before track penalties. */
  ap: number;
  /** Strength in reserve for `reinforce`. */
  pool: number;
  /** Regions where this side may reinforce while it holds them (Islamic State: its held redoubts too). */
  bases: string[];
  /** Intelligence points per turn for `search` (0 for a side that cannot search). */
  intel: number;
  /** May this side call air strikes? */
  air: boolean;
}

export type EventEffect =
  | { kind: 'turkeyTension'; amount: number }
  | { kind: 'escalation'; amount: number }
  | { kind: 'reinforcements'; side: Side; amount: number }
  | { kind: 'intel'; side: Side; amount: number };

export interface ScenarioEvent extends Sourced {
  id: string;
  /** The turn, from 1, at whose start the event fires. */
  turn: number;
  title: string;
  effect: EventEffect;
}

export interface Objectives {
  /** Coalition: take this region and neutralize most leaders. Also the centre of the noose. */
  capture: string;
  /** Regime: hold this region at the end. */
  hold: string;
}

export interface Scenario {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of turn 1; each turn is one week. */
  startDate: string;
  turns: number;
  sides: SideDef[];
  actors: ActorDef[];
  regions: RegionDef[];
  links: LinkDef[];
  leaders: LeaderDef[];
  events: ScenarioEvent[];
  objectives: Objectives;
  /** Compiler warnings (unknown names, distance disagreements), shown to the player. */
  warnings: string[];
}
