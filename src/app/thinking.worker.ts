/**
 * The Web Worker the bots think in (see botMinds.ts and thinking.ts): one
 * request in, one action out, so the page draws on while a search runs.
 */
import { BotMinds, type ThinkAnswer, type ThinkRequest } from './botMinds';

const minds = new BotMinds();
const post = (answer: ThinkAnswer): void => self.postMessage(answer);

self.addEventListener('message', (e: MessageEvent<ThinkRequest>) => {
  const { id } = e.data;
  try {
    post({ id, action: minds.think(e.data) });
  } catch (err) {
    post({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
