import { saveGame, type GameState } from '../rules';
import { downloadText } from '../app/files';
import type { Session } from '../app/session';
import { exportPrivateSave, SECRET_KEEPERS } from '../seal/privateSave';
import { askPrivateExport, type SealDialog } from './sealDialog';

/**
 * The table's two saves to file: K, the save file of the whole game; P, a
 * private save for the next player (`src/seal`) of the game as the board
 * shows it now, sealed under the keepers' passphrases, through its dialog.
 */
export class TableSaves {
  /** The private save's dialog, while it is open. */
  private dialog: SealDialog | null = null;

  constructor(private readonly session: Session) {}

  /** Downloads the save file; what the orders say of it. */
  saveFile(): string {
    const state = this.session.state;
    const name = `middle-euphrates-turn-${state.turn}.json`;
    downloadText(name, saveGame(state));
    return `Saved: ${name} is in your downloads. Load save file (menu) opens it.`;
  }

  privateSave(): void {
    if (this.dialog) return;
    const state: GameState = this.session.state;
    const dialog = askPrivateExport(state.phase === 'over' ? this.session.viewer() : state.active, SECRET_KEEPERS, async (side, passphrases) => {
      const r = await exportPrivateSave(state, side, passphrases);
      if (!r.ok) return r.error;
      downloadText(`middle-euphrates-turn-${state.turn}-for-${side}.private.json`, r.text);
      return null;
    });
    this.dialog = dialog;
    void dialog.done.then(() => {
      if (this.dialog === dialog) this.dialog = null;
    });
  }

  /** The table is gone: an open dialog goes with it. */
  close(): void {
    this.dialog?.close();
  }
}
