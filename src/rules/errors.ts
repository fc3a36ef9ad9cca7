/** Why an action was refused: a code for programs and a sentence naming the rule for people. */
export type RuleErrorCode =
  | 'ERR_MALFORMED'
  | 'ERR_GAME_OVER'
  | 'ERR_NOT_YOUR_PHASE'
  | 'ERR_WRONG_PHASE'
  | 'ERR_NO_AP'
  | 'ERR_UNKNOWN_REGION'
  | 'ERR_NOT_ADJACENT'
  | 'ERR_NO_UNITS'
  | 'ERR_BAD_STRENGTH'
  | 'ERR_OCCUPIED'
  | 'ERR_STACK_LIMIT'
  | 'ERR_NO_ENEMY'
  | 'ERR_NOT_HOSTILE'
  | 'ERR_NO_AIR'
  | 'ERR_NO_INTEL'
  | 'ERR_FORT_MAX'
  | 'ERR_NOT_BASE'
  | 'ERR_POOL_EMPTY'
  | 'ERR_UNKNOWN_LEADER'
  | 'ERR_LEADER_DONE';

export interface RuleError {
  code: RuleErrorCode;
  message: string;
}

export type Applied<S> = { ok: true; state: S } | { ok: false; error: RuleError };

export function refuse(code: RuleErrorCode, message: string): { ok: false; error: RuleError } {
  return { ok: false, error: { code, message } };
}
