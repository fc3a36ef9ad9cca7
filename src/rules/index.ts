/** The public rules API. Scenes, bots and the CLI import from here only. */
export * from './scenario';
export type * from './state';
export type * from './actions';
export { ACTION_TYPES } from './actions';
export type { RuleError, RuleErrorCode, Applied } from './errors';
export { NUMBERS, CRT, ODDS_COLUMNS } from './numbers';
export { newGame } from './setup';
export { apply } from './apply';
export { legalActions } from './legal';
export { check, occupant } from './check';
export { view, actionsOf, actionCount, type GameView, type Game } from './view';
export { outcome, type Outcome, totalLeaderValue, neutralizedValue, valleyTowns, coalitionWins, regimeWins } from './victory';
export { combatOdds, type CombatOdds, type Modifier } from './combat';
export { actionPoints, addDays } from './turn';
export { boardOf, sideIndex, hostile, type Board } from './board';
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
export { scenarioSchema, actionSchema, gameStateSchema } from './schema';
