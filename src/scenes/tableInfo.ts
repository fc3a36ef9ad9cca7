import { SIDES, type Observation } from '../rules';
import { debug, DEBUG_NOTE } from '../app/debug';
import { diceWhilePlaying, type DiceLine } from '../app/dice';
import type { Session } from '../app/session';
import { hint } from './help';
import type { Controller } from './input';
import type { PanelInfo } from './panel';
import { describeRegion, sideName } from './regionInfo';
import type { ReplayControls } from './replayControls';

/**
 * What the table says beside the board, for the panel, the strip and the
 * text layer: the orders, the notes under them and the dice line, from the
 * game being played or the replay being watched.
 */
export class TableInfo {
  constructor(private readonly session: Session, private readonly controller: Controller, private readonly replay: ReplayControls | null) {}

  panel(view: Observation): PanelInfo {
    const s = this.session;
    const r = this.replay;
    return {
      view,
      seats: Object.fromEntries(SIDES.map((side) => [side, s.isHuman(side) ? 'human' : `bot, ${s.config.botLevel}`])),
      message: r ? r.message() : this.controller.message || this.hint(),
      error: r ? r.hashDiffers() : this.controller.error,
      notes: this.notes(view),
      strength: this.controller.strength,
      dice: this.dice(),
      ...(r ? { viewerLine: 'Replay: every side\'s secrets are shown.' } : {}),
    };
  }

  /** The dice line: the commitment or known dice while playing; in a replay, the seed checked against its commitment. */
  dice(): DiceLine {
    return this.replay ? this.replay.dice() : diceWhilePlaying(this.session.config.commitment ?? null);
  }

  /** What to do now, when the player has not yet done anything this phase. */
  private hint(): string {
    const s = this.session.state;
    if (!this.session.humanToMove() || s.phase === 'over') return '';
    return hint(s.phase, s.ap, s.active);
  }

  /** The notes under the orders: the selected region, who plays, an autosave problem, the debug flag; in a replay its hash line and keys. */
  notes(view: Observation): string[] {
    if (this.replay) return this.replay.notes();
    const s = this.session;
    const out: string[] = [];
    const i = this.controller.selected;
    if (i >= 0) out.push(...describeRegion(view, i));
    if (!s.humanToMove() && s.state.phase !== 'over') out.push(`${sideName(s.state.active)} (bot) is playing at ${s.config.speed} speed; B changes the speed.`);
    if (s.autosaveError) out.push(s.autosaveError);
    if (debug.open) out.push(DEBUG_NOTE);
    return out;
  }
}
