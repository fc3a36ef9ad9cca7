import type { Side } from './scenario';

/** Every move a side can make. Region and leader ids are the scenario's. */
export type Action =
  | { type: 'move'; side: Side; from: string; to: string; strength: number }
  | { type: 'attack'; side: Side; from: string; to: string }
  | { type: 'airStrike'; side: Side; target: string }
  | { type: 'search'; side: Side; region: string }
  | { type: 'fortify'; side: Side; region: string }
  | { type: 'reinforce'; side: Side; region: string }
  | { type: 'moveLeader'; side: Side; leader: string; to: string }
  | { type: 'endPhase'; side: Side };

export type ActionType = Action['type'];

export const ACTION_TYPES: readonly ActionType[] = [
  'move',
  'attack',
  'airStrike',
  'search',
  'fortify',
  'reinforce',
  'moveLeader',
  'endPhase',
];
