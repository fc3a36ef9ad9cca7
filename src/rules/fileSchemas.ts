import { z } from 'zod';
import { actionSchema } from './actions';
import { LIMITS, MOST_ACTIONS } from './limits';
import { FORMAT_VERSION, REPLAY_FORMAT, SAVE_FORMAT } from './save';
import { scenarioSchema } from './schema';

/**
 * The shape of a save or replay file (format version 3), for the JSON Schemas
 * in docs/schema (`npm run schemas`). The loader (`loadReplay`, `loadGame`)
 * checks the same fields one by one, with the scenario's and actions' own
 * schemas, and then what no schema can say: that the actions are legal in
 * turn and lead to the recorded hash. test/rules/file-schemas.test.ts holds
 * the two to the same files.
 */
export function recordSchema(format: typeof REPLAY_FORMAT | typeof SAVE_FORMAT) {
  return z
    .strictObject({
      format: z.literal(format),
      version: z.literal(FORMAT_VERSION),
      scenario: scenarioSchema,
      seed: z.string().max(LIMITS.seedChars),
      actions: z.array(actionSchema).max(MOST_ACTIONS),
      hash: z.string().regex(/^[0-9a-f]{16}$/),
      commitment: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    })
    .meta({ title: format === SAVE_FORMAT ? 'Middle Euphrates save file' : 'Middle Euphrates replay', description: `A ${format === SAVE_FORMAT ? 'save file' : 'replay'}: the scenario, the seed and every action; loading replays the actions and checks the hash.` });
}
