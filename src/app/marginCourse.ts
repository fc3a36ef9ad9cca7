/**
 * Each side's victory margin at the end of every turn of a finished game, for
 * the records and the report's chart. The margins follow from the board
 * (RULES §9.1), so the game's actions are replayed from its seed and the board
 * read each time a turn is done (the next turn's opening events change no
 * margin): the last entry is the final margins.
 */
import { apply, margins, newGame, SIDES, toArray, type GameState, type Side } from '../rules';

export function marginsByTurn(state: GameState): Record<Side, number[]> {
  const out: Record<Side, number[]> = { coalition: [], regime: [], islamicState: [] };
  let s = newGame(state.rules, state.seed);
  for (const action of toArray(state.actions)) {
    const before = s;
    const r = apply(s, action);
    if (!r.ok) throw new Error(`the game's own ${action.type} was refused on replay: ${r.error.message}`);
    s = r.state;
    if (s.turn !== before.turn || (s.phase === 'over' && before.phase !== 'over')) margins(s).forEach((m, k) => out[SIDES[k]!].push(m));
  }
  return out;
}
