import type { ReplayWatch } from '../app/replay';
import type { Session } from '../app/session';
import type { ButtonDef } from './buttons';
import type { Controller } from './input';

/**
 * The table's action bar. A region action is enabled from the rules'
 * `regionOptions` for the selected region (through the controller);
 * deconfliction, no region's, when `legalActions` holds it (escalation above
 * 0, a hunter to move). The game's actions come first, then the table's: on a
 * narrow window the bar wraps between the two.
 */
export function tableButtons(s: Session, controller: Controller): ButtonDef[] {
  const mine = s.humanToMove();
  const here = controller.optionsAt(controller.selected);
  const deconflict = mine && s.legal().some((a) => a.type === 'deconflict');
  return [
    { id: 'search', label: 'Search', key: 'S', enabled: here.search },
    { id: 'fortify', label: 'Fortify', key: 'F', enabled: here.fortify },
    { id: 'reinforce', label: 'Reinforce', key: 'R', enabled: here.reinforce },
    { id: 'air', label: 'Air strike', key: 'X', enabled: here.airStrike },
    { id: 'watch', label: 'Watch', key: 'W', enabled: here.watch },
    { id: 'raid', label: 'Raid', key: 'A', enabled: here.raid },
    { id: 'deconflict', label: 'Deconflict', key: 'D', enabled: deconflict },
    { id: 'confirm', label: 'Attack', key: 'Enter', enabled: mine && controller.pending !== null, active: controller.pending !== null },
    { id: 'next', label: s.state.phase === 'leaders' ? 'Next leader' : 'Next stack', key: 'Tab', enabled: mine },
    { id: 'undo', label: 'Undo', key: 'U', enabled: s.canUndo() },
    { id: 'end', label: 'End phase', key: 'E', enabled: mine },
    { id: 'speed', label: `Bots: ${s.config.speed}`, key: 'B', enabled: true },
    { id: 'savefile', label: 'Save file', key: 'K', enabled: true },
    { id: 'private', label: 'Private save', key: 'P', enabled: true },
    { id: 'help', label: 'Help', key: 'H', enabled: true },
    { id: 'menu', label: 'Menu', key: 'Q', enabled: true },
  ];
}

/** The replay viewer's bar: step an action or a week, play by itself at the bot speed, jump, help, back to the result. */
export function replayButtons(r: ReplayWatch, playing: boolean, speed: string): ButtonDef[] {
  const atEnd = r.index >= r.states.length - 1;
  return [
    { id: 'first', label: 'Start', key: 'Home', enabled: r.index > 0 },
    { id: 'prevTurn', label: '◀◀ Week', key: 'PgUp', enabled: r.index > 0 },
    { id: 'back', label: '◀ Back', key: '←', enabled: r.index > 0 },
    { id: 'autoplay', label: playing ? 'Pause' : 'Play', key: 'Space', enabled: true, active: playing },
    { id: 'forward', label: 'Forward ▶', key: '→', enabled: !atEnd },
    { id: 'nextTurn', label: 'Week ▶▶', key: 'PgDn', enabled: !atEnd },
    { id: 'last', label: 'End', key: 'End', enabled: !atEnd },
    { id: 'speed', label: `Speed: ${speed}`, key: 'B', enabled: true },
    { id: 'help', label: 'Help', key: 'H', enabled: true },
    { id: 'menu', label: 'Result', key: 'Q', enabled: true },
  ];
}
