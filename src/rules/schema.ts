import { z } from 'zod';
import { FIRST_YEAR, ID_PATTERN, LAST_YEAR, LIMITS } from './limits';
import { NUMBERS } from './numbers';
import { SIDES, type Scenario } from './scenario';

export { actionSchema } from './actions';

/**
 * zod schemas for what arrives from a file: scenarios (actions: `actionSchema`
 * in actions.ts). Strict: unknown fields are refused. Every list, text and
 * count has a ceiling (limits.ts, numbers.ts), so a file past one is refused
 * naming the field before any game is built from it.
 */

const side = z.enum(SIDES);
const id = z.string().min(1).max(LIMITS.idChars).regex(ID_PATTERN, 'an id without control characters, quotes or backslashes');
const name = z.string().min(1).max(LIMITS.nameChars);
/** A character offset or sentence index into the document. */
const offset = z.number().int().min(0).max(LIMITS.documentChars);
/** An event's change to a count the rules keep between 0 and `max`: more either way could only be clamped. */
const amount = (max: number) => z.number().int().min(-max, `at least -${max}`).max(max, `at most ${max}`);

/** Days in each month of a year (the proleptic Gregorian calendar). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A list of at most `max` items, refused with the ceiling in words. */
function list<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `at most ${max.toLocaleString('en-US')} ${what}`);
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2017-06-06')
  .superRefine((text, ctx) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) ctx.addIssue({ code: 'custom', message: `${text} is not a real date` });
    else if (y < FIRST_YEAR || y > LAST_YEAR) ctx.addIssue({ code: 'custom', message: `${text}: a start date from year ${FIRST_YEAR} to ${LAST_YEAR}, so every turn's date has four digits of year` });
  });

export const provenanceSchema = z
  .strictObject({
    sentence: offset,
    start: offset,
    end: offset,
    quote: z.string().max(LIMITS.documentChars),
  })
  .refine((p) => p.end >= p.start && p.end - p.start === p.quote.length, { message: 'provenance span and quote disagree' });

const sourced = {
  origin: z.enum(['document', 'gazetteer', 'default']),
  source: provenanceSchema.nullable(),
};

export const regionDefSchema = z.strictObject({
  ...sourced,
  id,
  name,
  kind: z.enum(['city', 'town', 'valley', 'crossing', 'desert']),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  valley: z.boolean(),
  redoubt: z.boolean(),
  control: side.nullable(),
  strength: z.number().int().min(0).max(NUMBERS.maxStrength),
  fort: z.number().int().min(0).max(NUMBERS.maxFort),
});

export const linkDefSchema = z.strictObject({
  ...sourced,
  a: id,
  b: id,
  kind: z.enum(['road', 'river']),
  km: z.number().positive().max(5000),
});

export const actorDefSchema = z.strictObject({ ...sourced, id, name, side: side.nullable(), role: z.string().max(LIMITS.nameChars) });

export const leaderDefSchema = z.strictObject({
  ...sourced,
  id,
  name,
  value: z.number().int().min(1).max(5),
  startOptions: list(id, LIMITS.regions, 'start options').min(1),
});

export const sideDefSchema = z.strictObject({
  side,
  ap: z.number().int().min(1).max(LIMITS.ap),
  pool: z.number().int().min(0).max(LIMITS.pool),
  bases: list(id, LIMITS.regions, 'bases'),
  intel: z.number().int().min(0).max(LIMITS.intel),
  air: z.boolean(),
});

export const eventEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('turkeyTension'), amount: amount(NUMBERS.maxTurkeyTension) }),
  z.strictObject({ kind: z.literal('escalation'), amount: amount(NUMBERS.maxEscalation) }),
  z.strictObject({ kind: z.literal('reinforcements'), side, amount: amount(LIMITS.pool) }),
  z.strictObject({ kind: z.literal('intel'), side, amount: amount(LIMITS.intel) }),
]);

export const scenarioEventSchema = z.strictObject({
  ...sourced,
  id,
  turn: z.number().int().min(1).max(LIMITS.turns),
  title: z.string().max(LIMITS.titleChars),
  effect: eventEffectSchema,
});

export const scenarioSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.scenarioIdChars),
  title: z.string().min(1).max(LIMITS.titleChars),
  startDate: isoDate,
  turns: z.number().int().min(1).max(LIMITS.turns),
  sides: z.array(sideDefSchema).length(3),
  actors: list(actorDefSchema, LIMITS.actors, 'actors'),
  regions: list(regionDefSchema, LIMITS.regions, 'regions').min(2),
  links: list(linkDefSchema, LIMITS.links, 'links').min(1),
  leaders: list(leaderDefSchema, LIMITS.leaders, 'leaders').min(1),
  events: list(scenarioEventSchema, LIMITS.events, 'events'),
  objectives: z.strictObject({ capture: id, hold: id }),
  warnings: list(z.string().max(LIMITS.warningChars), LIMITS.warnings, 'warnings'),
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
