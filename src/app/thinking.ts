/**
 * The page's side of the bot worker (thinking.worker.ts): ask for a bot's
 * next action and hear it later, while the page goes on drawing. The worker
 * is started on the first question and kept for the page's life, so each
 * bot stays one object for its whole game (src/app/botMinds.ts).
 */
import type { Action, Observation, Ruleset, Side } from '../rules';
import { sendable, type ThinkAnswer, type ThinkRequest } from './botMinds';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (answer: Action | string) => void>();
/** Rulesets by number, and those the running worker already holds. */
const rulesIds = new WeakMap<Ruleset, number>();
let nextRules = 1;
let sent = new Set<number>();

function start(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./thinking.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<ThinkAnswer>) => {
    const answer = e.data;
    const settle = waiting.get(answer.id);
    waiting.delete(answer.id);
    settle?.('action' in answer ? answer.action : answer.error);
  });
  // The worker failed as a whole (its script did not load): every question is answered with the failure, and the next starts a fresh worker.
  w.addEventListener('error', (e) => {
    e.preventDefault();
    const message = e.message || 'the bot worker failed';
    for (const settle of waiting.values()) settle(message);
    waiting.clear();
    if (worker === w) worker = null;
    sent = new Set();
    w.terminate();
  });
  sent = new Set();
  return (worker = w);
}

/** The next action of the bot playing `side`, from its own side's observation only; a string when the bot failed (it is the error's message). */
export function askBot(observation: Observation, side: Side, level: string, gameSeed: string): Promise<Action | string> {
  const w = start();
  let rulesId = rulesIds.get(observation.rules);
  if (rulesId === undefined) rulesIds.set(observation.rules, (rulesId = nextRules++));
  const request: ThinkRequest = { id: nextId++, rulesId, level, side, gameSeed, observation: sendable(observation) };
  if (!sent.has(rulesId)) {
    request.rules = observation.rules;
    sent.add(rulesId);
  }
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    w.postMessage(request);
  });
}
