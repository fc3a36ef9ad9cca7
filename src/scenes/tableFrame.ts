import type { ButtonDef } from './buttons';
import { isCompact, tableLayout, type TableLayout } from './tableLayout';

/** Where the table's parts go this time, and the buttons its bar holds: the compact table adds the one opening its panel. */
export interface TableFrame {
  layout: TableLayout;
  buttons: ButtonDef[];
  /** Whether the compact table's panel is open over the board (never beside a full panel). */
  panelOpen: boolean;
}

/** `scrub`: the replay viewer's table, with its scrub bar along the board's foot. */
export function tableFrame(width: number, height: number, u: number, buttons: readonly ButtonDef[], panelOpen: boolean, scrub = false): TableFrame {
  const compact = isCompact(width, height, u);
  const open = compact && panelOpen;
  const all = compact ? [...buttons, { id: 'panel', label: open ? 'Board' : 'Panel', key: 'I', enabled: true }] : [...buttons];
  return { layout: tableLayout(width, height, u, all.length, open, scrub), buttons: all, panelOpen: open };
}
