/** The public rules API. Scenes, bots and the CLI import from here only. */
export * from './scenario';
export type * from './state';
export { HUNT_CAPTURES } from './state';
export type { Action, ActionType } from './actions';
export { ACTION_TYPES, actionSchema, copyAction, sameAction } from './actions';
export type { GameEvent, GameEventType, Audience, Modifier, Chapter, RandomEventKind } from './events';
export { canSee } from './events';
export type { History } from './history';
export { toArray, sizeOf } from './history';
export type { RuleError, RuleErrorCode, Applied } from './errors';
export { NUMBERS, CRT, ODDS_COLUMNS, RANDOM_EVENTS } from './numbers';
export { LIMITS, MOST_ACTIONS, mostActions } from './limits';
export { buildRules, sideIndex, hostile, areAdjacent, distanceBetween, isSide, type Ruleset } from './ruleset';
export { newGame } from './setup';
export { seedRng } from './rng';
export { apply, check } from './apply';
export { legalActions, revealedLeaderIn, allyGround, watchBit } from './legality';
export { regionOptions, noOptions, type RegionOptions } from './options';
export { observe, revealedAt, dateOf, type Observation, type ObservedLeader, type HiddenLeader, type RevealedLeader, type Position } from './observe';
export { resample, Resampler, DEFAULT_ENEMY_GROUND, type ResampleOptions, type Random, type LeaderBelief } from './resample';
export { describe, headline, reason, modifierText, leaderStatus, leaderFate, oddsText } from './describe';
export { outcome, type Outcome, valleyTowns, coalitionWins, margins, leaderTally } from './victory';
export { combatOdds, occupant, type CombatOdds } from './combat';
export { actionPoints } from './turn';
export { searchNeeded, dangerOf, raidNeeded, enemyHeld } from './odds';
export { addDays } from './calendar';
export { nooseExits, type NooseExit } from './noose';
export { invariantProblem } from './invariants';
export { hash, canonicalJson, digest } from './hash';
export { canUndo } from './undo';
export {
  saveGame,
  loadGame,
  exportReplay,
  loadReplay,
  runReplay,
  parseScenario,
  scenarioProblem,
  SAVE_FORMAT,
  REPLAY_FORMAT,
  FORMAT_VERSION,
  type Replay,
  type SaveFile,
  type Loaded,
} from './save';
export { scenarioSchema } from './schema';
