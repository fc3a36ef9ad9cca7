/**
 * A zod schema that matches the engine's `Scenario` type exactly (strict
 * objects, no extra keys): the compiler checks its output with it, and the
 * save-file loader checks scenarios read from disk.
 */
import { z } from 'zod';
import { SIDES, type Scenario } from '../rules/scenario';

const side = z.enum(SIDES);
const id = z.string().min(1);

export const provenanceSchema = z.strictObject({
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
}).refine((p) => p.end >= p.start && p.end - p.start === p.quote.length, { message: 'provenance span and quote disagree' });

const sourced = {
  origin: z.enum(['document', 'gazetteer', 'default']),
  source: provenanceSchema.nullable(),
};

export const regionSchema = z.strictObject({
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

export const linkSchema = z.strictObject({
  ...sourced,
  a: id,
  b: id,
  kind: z.enum(['road', 'river']),
  km: z.number().positive(),
});

export const actorSchema = z.strictObject({
  ...sourced,
  id,
  name: z.string().min(1),
  side: side.nullable(),
  role: z.string(),
});

export const leaderSchema = z.strictObject({
  ...sourced,
  id,
  name: z.string().min(1),
  value: z.number().int().positive(),
  startOptions: z.array(id).min(1),
});

export const sideDefSchema = z.strictObject({
  side,
  ap: z.number().int().nonnegative(),
  pool: z.number().int().nonnegative(),
  bases: z.array(id),
  intel: z.number().int().nonnegative(),
  air: z.boolean(),
});

export const eventEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('turkeyTension'), amount: z.number().int() }),
  z.strictObject({ kind: z.literal('escalation'), amount: z.number().int() }),
  z.strictObject({ kind: z.literal('reinforcements'), side, amount: z.number().int() }),
  z.strictObject({ kind: z.literal('intel'), side, amount: z.number().int() }),
]);

export const eventSchema = z.strictObject({
  ...sourced,
  id,
  turn: z.number().int().min(1),
  title: z.string().min(1),
  effect: eventEffectSchema,
});

export const scenarioSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    turns: z.number().int().min(1),
    sides: z.array(sideDefSchema),
    actors: z.array(actorSchema),
    regions: z.array(regionSchema).min(2),
    links: z.array(linkSchema).min(1),
    leaders: z.array(leaderSchema).min(1),
    events: z.array(eventSchema),
    objectives: z.strictObject({ capture: id, hold: id }),
    warnings: z.array(z.string()),
  })
  .superRefine((s, ctx) => {
    const regions = new Set(s.regions.map((r) => r.id));
    const check = (ok: boolean, message: string): void => {
      if (!ok) ctx.addIssue({ code: 'custom', message });
    };
    check(regions.size === s.regions.length, 'region ids are not unique');
    for (const l of s.links) check(regions.has(l.a) && regions.has(l.b), `link ${l.a}-${l.b} names an unknown region`);
    for (const leader of s.leaders) for (const r of leader.startOptions) check(regions.has(r), `leader ${leader.id} starts in unknown region ${r}`);
    for (const sd of s.sides) for (const b of sd.bases) check(regions.has(b), `base ${b} of ${sd.side} is not a region`);
    check(regions.has(s.objectives.capture), `capture objective ${s.objectives.capture} is not a region`);
    check(regions.has(s.objectives.hold), `hold objective ${s.objectives.hold} is not a region`);
    check(SIDES.every((x) => s.sides.filter((d) => d.side === x).length === 1), 'each side needs exactly one side definition');
    for (const e of s.events) check(e.turn <= s.turns, `event ${e.id} fires after the last turn`);
  });

// A compile-time check that the schema and the engine's type agree both ways.
type Parsed = z.infer<typeof scenarioSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: Same<Parsed, Scenario> = true;
void agree;
