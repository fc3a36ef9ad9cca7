import { z } from 'zod';
import { ID_PATTERN, LIMITS } from './limits';
import { NUMBERS } from './numbers';
import { SIDES } from './scenario';

const side = z.enum(SIDES);
const id = z.string().min(1).max(LIMITS.idChars).regex(ID_PATTERN, 'an id without control characters, quotes or backslashes');

/**
 * Every move a side can make: the one definition of an action's shape. Input
 * from outside (files, links, the debug API) is parsed with it; code inside
 * the project is held to it by the type it infers. Ids are the scenario's.
 */
export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('move'), side, from: id, to: id, strength: z.number().int().min(1).max(NUMBERS.maxStrength) }),
  z.strictObject({ type: z.literal('attack'), side, from: id, to: id }),
  z.strictObject({ type: z.literal('airStrike'), side, target: id }),
  z.strictObject({ type: z.literal('search'), side, region: id }),
  z.strictObject({ type: z.literal('fortify'), side, region: id }),
  z.strictObject({ type: z.literal('reinforce'), side, region: id }),
  z.strictObject({ type: z.literal('watch'), side, region: id }),
  z.strictObject({ type: z.literal('raid'), side, region: id }),
  z.strictObject({ type: z.literal('deconflict'), side }),
  z.strictObject({ type: z.literal('moveLeader'), side, leader: id, to: id }),
  z.strictObject({ type: z.literal('endPhase'), side }),
]);

export type Action = z.infer<typeof actionSchema>;
export type ActionType = Action['type'];

export const ACTION_TYPES: readonly ActionType[] = actionSchema.options.map((o) => o.shape.type.value);

/** Each type's fields, read off the schema once. */
const FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(actionSchema.options.map((o) => [o.shape.type.value, Object.keys(o.shape)]));

/**
 * The action's own fields only: what the history records, so a caller's extra
 * properties never reach a save, and a caller changing its object later never
 * changes the game. One literal per type (the compiler holds each to the
 * schema's type): far cheaper than copying by a field list on every apply.
 */
export function copyAction(a: Action): Action {
  switch (a.type) {
    case 'move':
      return { type: a.type, side: a.side, from: a.from, to: a.to, strength: a.strength };
    case 'attack':
      return { type: a.type, side: a.side, from: a.from, to: a.to };
    case 'airStrike':
      return { type: a.type, side: a.side, target: a.target };
    case 'search':
    case 'fortify':
    case 'reinforce':
    case 'watch':
    case 'raid':
      return { type: a.type, side: a.side, region: a.region };
    case 'moveLeader':
      return { type: a.type, side: a.side, leader: a.leader, to: a.to };
    case 'deconflict':
    case 'endPhase':
      return { type: a.type, side: a.side };
  }
}

/** Two actions are the same move. */
export function sameAction(a: Action, b: Action): boolean {
  if (a.type !== b.type) return false;
  const fields = FIELDS[a.type]!;
  const x: Record<string, unknown> = a;
  const y: Record<string, unknown> = b;
  for (let i = 0; i < fields.length; i++) if (x[fields[i]!] !== y[fields[i]!]) return false;
  return true;
}
