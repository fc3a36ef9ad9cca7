import type { Chapter, Observation, Side } from '../rules';
import type { Highlight } from './board';
import type { ButtonDef } from './buttons';
import type { PanelInfo } from './panel';
import { eventLines, leaderLines, needEntries, nooseLine, phaseLine, pointsLine, shownInLog, suddenLine, tallyLine, trackLines, turnLine, turnOrder, viewerLine, watchedLine } from './panelText';
import { describeRegion } from './regionInfo';
import type { ScreenText, TextScreen } from './screenText';

/**
 * The table as text for the screen reader's layer: the panel's facts, every
 * region with what it holds and what the player may do there (the
 * highlights the board draws as rings), and the keys of the action bar.
 */
export function tableScreen(info: PanelInfo, hl: Highlight, buttons: readonly ButtonDef[]): TextScreen {
  const v = info.view;
  const regions = v.rules.ids.map((_, i) => {
    const marks = [
      hl.selected === i ? 'selected' : '',
      hl.moveTargets.has(i) ? 'you may move here' : '',
      hl.attackTargets.has(i) ? 'you may attack here' : '',
      hl.cursor === i ? 'under the cursor' : '',
    ].filter(Boolean);
    const leaders = v.leaders.filter((l) => l.status !== 'captured' && l.status !== 'hidden' && l.at === v.rules.ids[i]).length;
    return `${describeRegion(v, i)[0]}${leaders ? ` Leaders you see here: ${leaders}.` : ''}${marks.length ? ` (${marks.join(', ')})` : ''}`;
  });
  return {
    title: `Middle Euphrates: ${v.rules.scenario.title}`,
    sections: [
      { heading: 'Now', lines: [turnLine(v), phaseLine(v, info.seats), turnOrder(v), pointsLine(v, info.strength), info.viewerLine ?? viewerLine(v), ...(info.dice ? [info.dice.text] : [])] },
      { heading: 'Orders', lines: [...(info.message ? [info.message] : []), ...info.notes] },
      {
        heading: 'Tracks',
        lines: [...trackLines(v).map((t) => `${t.label} ${t.value} of ${t.max}`), nooseLine(v), ...[watchedLine(v)].filter((l): l is string => l !== null)],
      },
      { heading: 'Victory margins', lines: [needEntries(v).map((m) => m.text).join(', '), suddenLine(v), tallyLine(v)] },
      { heading: 'Leaders', lines: leaderLines(v).map((l) => l.text), list: true },
      { heading: 'Regions', lines: regions, list: true },
      { heading: 'Keys', lines: buttons.map((b) => `${b.key}: ${b.label}${b.enabled ? '' : ' (not now)'}`), list: true },
    ],
  };
}

/**
 * The events the viewer has not yet been told, oldest first, in the log's
 * words. `told` keeps how many of each viewer's events were announced: each
 * human at a hot-seat table hears what happened since they last looked.
 */
export function untoldEvents(v: Observation, told: Map<Side, number>): string[] {
  const chapters: Chapter[] = [];
  let total = 0;
  for (let c = v.log; c !== null; c = c.prev) {
    chapters.push(c.item);
    total += c.item.events.length;
  }
  const before = told.get(v.viewer);
  told.set(v.viewer, total);
  // The first look at a game, or a game undone: nothing to announce.
  if (before === undefined || total <= before) return [];
  const out: string[] = [];
  let skip = before;
  for (const chapter of chapters.reverse()) {
    for (const e of chapter.events) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (!shownInLog(e)) continue;
      const said = eventLines(e, v, chapter.turn);
      out.push(said.quote ? `${said.text} ${said.quote}` : said.text);
    }
  }
  return out;
}

/**
 * The table's text layer over a game: what it shows and what it has
 * announced. One per table scene; `card` when a card hides the board.
 */
export class TableReader {
  private readonly told = new Map<Side, number>();
  private toldMessage = '';

  constructor(private readonly text: ScreenText) {}

  /** The table (or the help over it), then what happened since the viewer last looked and what the orders say now (a refusal, a preview, the phase's hint). */
  table(info: PanelInfo, hl: Highlight, buttons: readonly ButtonDef[], help: readonly string[] | null): void {
    this.text.show(help ? { title: 'How to play', sections: [{ heading: 'The rules in short', lines: help }] } : tableScreen(info, hl, buttons));
    const said = untoldEvents(info.view, this.told);
    if (info.message && info.message !== this.toldMessage) said.push(info.message);
    this.toldMessage = info.message;
    this.text.announce(said);
  }

  /** A card over the board: the layer holds only the card. */
  card(title: string, lines: readonly string[]): void {
    this.text.show({ title, sections: [{ heading: 'What to do', lines }] });
    this.toldMessage = '';
  }
}
