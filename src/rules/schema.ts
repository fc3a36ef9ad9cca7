import { z } from 'zod';
import { SIDES, type Scenario } from './scenario';

export { actionSchema } from './actions';

/** zod schemas for what arrives from a file: scenarios (actions: `actionSchema` in actions.ts). Strict: unknown fields are refused. */

const side = z.enum(SIDES);
const id = z.string().min(1).max(200);
const count = z.number().int().min(0).max(1_000_000);
const signed = z.number().int().min(-1_000_000).max(1_000_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2017-06-06');

export const provenanceSchema = z
  .strictObject({
    sentence: count,
    start: count,
    end: count,
    quote: z.string(),
  })
  .refine((p) => p.end >= p.start && p.end - p.start === p.quote.length, { message: 'provenance span and quote disagree' });

const sourced = {
  origin: z.enum(['document', 'gazetteer', 'default']),
  source: provenanceSchema.nullable(),
};

export const regionDefSchema = z.strictObject({
  ...sourced,
  id,
  name: z.string().min(1),
  kind: z.enum(['city', 'town', 'valley', 'crossing', 'desert']),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  valley: z.boolean(),
  redoubt: z.boolean(),
  control: side.nullable(),
  strength: z.number().int().min(0).max(9),
  fort: z.number().int().min(0).max(2),
});

export const linkDefSchema = z.strictObject({
  ...sourced,
  a: id,
  b: id,
  kind: z.enum(['road', 'river']),
  km: z.number().positive().max(5000),
});

export const actorDefSchema = z.strictObject({ ...sourced, id, name: z.string().min(1), side: side.nullable(), role: z.string() });

export const leaderDefSchema = z.strictObject({
  ...sourced,
  id,
  name: z.string().min(1),
  value: z.number().int().min(1).max(5),
  startOptions: z.array(id).min(1),
});

export const sideDefSchema = z.strictObject({
  side,
  ap: z.number().int().min(1).max(20),
  pool: count,
  bases: z.array(id),
  intel: z.number().int().min(0).max(20),
  air: z.boolean(),
});

export const eventEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('turkeyTension'), amount: signed }),
  z.strictObject({ kind: z.literal('escalation'), amount: signed }),
  z.strictObject({ kind: z.literal('reinforcements'), side, amount: signed }),
  z.strictObject({ kind: z.literal('intel'), side, amount: signed }),
]);

export const scenarioEventSchema = z.strictObject({
  ...sourced,
  id,
  turn: z.number().int().min(1).max(1000),
  title: z.string(),
  effect: eventEffectSchema,
});

export const scenarioSchema = z.strictObject({
  id,
  title: z.string().min(1),
  startDate: isoDate,
  turns: z.number().int().min(1).max(200),
  sides: z.array(sideDefSchema).length(3),
  actors: z.array(actorDefSchema),
  regions: z.array(regionDefSchema).min(2).max(500),
  links: z.array(linkDefSchema).min(1),
  leaders: z.array(leaderDefSchema).min(1).max(50),
  events: z.array(scenarioEventSchema),
  objectives: z.strictObject({ capture: id, hold: id }),
  warnings: z.array(z.string()),
});

// A compile-time check that the scenario schema and the engine's type agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: Same<z.infer<typeof scenarioSchema>, Scenario> = true;
void agree;

/** The first problem zod found, as "field.path: message". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}
