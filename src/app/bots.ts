import { legalActions, type Action, type GameView, type Side } from '../rules';

/**
 * The bots the menu offers. The real ones live in `src/ai`; until that module
 * exists this file offers a plain random-legal-action chooser. Bots only ever
 * receive the view of their own side.
 */
export interface BotChoice {
  id: string;
  label: string;
}

type AiChoose = (view: GameView, side: Side, options?: { level?: string; seed?: string }) => Action;
const aiModules = import.meta.glob<{ chooseAction?: AiChoose; BOT_LEVELS?: readonly string[]; LEVELS?: readonly string[] }>('../ai/index.ts', { eager: true });

function ai() {
  for (const mod of Object.values(aiModules)) if (typeof mod.chooseAction === 'function') return mod;
  return null;
}

export function botLevels(): BotChoice[] {
  const mod = ai();
  if (!mod) return [{ id: 'random', label: 'Random (placeholder)' }];
  const levels = mod.BOT_LEVELS ?? mod.LEVELS ?? ['random', 'greedy', 'search'];
  return levels.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) }));
}

/** A random legal action, ending the phase now and then so games move on. */
function randomAction(view: GameView, side: Side, random: () => number): Action {
  const legal = legalActions(view, side);
  const end = legal.find((a) => a.type === 'endPhase') ?? { type: 'endPhase', side };
  const others = legal.filter((a) => a.type !== 'endPhase');
  if (others.length === 0 || random() < 0.15) return end;
  return others[Math.floor(random() * others.length)]!;
}

export function chooseBotAction(view: GameView, side: Side, level: string, random: () => number = Math.random): Action {
  const mod = ai();
  if (mod?.chooseAction) {
    try {
      return mod.chooseAction(view, side, { level });
    } catch {
      return randomAction(view, side, random);
    }
  }
  return randomAction(view, side, random);
}
