import { canSee, type GameEvent, type GameEventType } from './events';
import { sizeOf } from './history';
import type { Side } from './scenario';
import type { GameState } from './state';

type Rule<K extends GameEventType> = (event: Extract<GameEvent, { type: K }>, actor: Side) => boolean;

/**
 * Whether an event brought the acting side something it did not know, or
 * began something new: after such an event the action stands. Every event
 * type is listed, so a new one cannot be added without deciding here.
 *
 * A hunter taking a region sweeps it for hidden leaders (§4.7): found or not,
 * it now knows whether one hid there, so the move stands either way (and
 * because it stands either way, undo's answer says nothing about the finding).
 * A die is always news: taking it back would be a free re-roll.
 */
const NEWS: { [K in GameEventType]: Rule<K> } = {
  gameBegan: () => true,
  turnBegan: () => true,
  phaseBegan: () => true,
  phaseEnded: () => true,
  moved: () => false,
  regionTaken: (e) => e.side !== 'islamicState',
  attacked: () => true,
  retreated: () => true,
  airStruck: () => true,
  searched: () => true,
  fortified: () => false,
  reinforced: () => false,
  watched: () => false,
  raided: () => true,
  deconflicted: () => false,
  leaderRevealed: () => true,
  // Islamic State following its own revealed leader, or losing him from sight: it knew where he went.
  leaderTracked: (_e, actor) => actor !== 'islamicState',
  leaderSighted: () => true,
  leaderVanished: (e, actor) => e.how !== 'moved' || actor !== 'islamicState',
  leaderMoved: (_e, actor) => actor !== 'islamicState',
  leaderSlipped: () => true,
  intercepted: () => true,
  leaderCaptured: () => true,
  scenarioEvent: () => true,
  randomEvent: () => true,
  // The escalation a deconfliction lowers is public arithmetic; every other track change comes with dice or a new turn.
  trackChanged: () => false,
  incident: () => true,
  militiasAttacked: () => true,
  siegeBattered: () => true,
  turnEnded: () => true,
  gameOver: () => true,
};

/** Whether this event, which the acting side saw, means the action cannot be taken back. */
export function isNews(event: GameEvent, actor: Side): boolean {
  return (NEWS[event.type] as Rule<GameEventType>)(event, actor);
}

/**
 * A player may take back an action within their own phase only when it
 * brought nothing new to light: no die rolled, no phase changed, no leader
 * caught, revealed or sighted, no region swept for hidden leaders. Undo must
 * never let a player probe for secrets, so the answer is read only from what
 * the acting side saw (its own events, whether a die was drawn): worlds that
 * differ only where hidden leaders stand give the same answer
 * (test/rules/undo.test.ts).
 */
export function canUndo(before: GameState, after: GameState, events: readonly GameEvent[]): boolean {
  const actor = before.active;
  return (
    sizeOf(after.actions) === sizeOf(before.actions) + 1 &&
    before.phase === after.phase &&
    before.active === after.active &&
    before.turn === after.turn &&
    before.rng === after.rng &&
    after.phase !== 'over' &&
    !events.some((e) => canSee(e, actor) && isNews(e, actor))
  );
}
