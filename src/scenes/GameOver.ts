import Phaser from 'phaser';
import {
  exportReplay,
  headline,
  leaderFate,
  leaderTally,
  margins,
  newGame,
  observe,
  reason,
  sideIndex,
  SIDES,
  SIDE_NAMES,
  toArray,
  type GameState,
  type Replay,
} from '../rules';
import { BoardView, NO_HIGHLIGHT } from './board';
import { debug } from '../app/debug';
import { checkDice, commitmentOf, diceAtEnd, secretSeed, type DiceCheck } from '../app/dice';
import { downloadText } from '../app/files';
import { marginsByTurn } from '../app/marginCourse';
import { replaySteps } from '../app/replay';
import { builtinScenario } from '../app/scenarios';
import { replayLink } from '../app/shareLink';
import { Session } from '../app/session';
import { claimGame } from '../app/tabs';
import { ButtonBar } from './buttons';
import { firstTime } from './keys';
import { LoopSleep } from './loopSleep';
import { drawMarginChart } from './marginChart';
import { ScreenText } from './screenText';
import type { GameData } from './Game';
import { COLORS, SIDE_COLOR, unit, textStyle } from './theme';

/**
 * Strength each side lost to attacks and air strikes (a retreat's men lost or surrendered too), summed from the
 * chronicle's events (indexed like SIDES). An air strike's garrison is always
 * Islamic State's: only its regions may be struck (docs/RULES.md §4.5).
 */
export function strengthLost(state: GameState): [number, number, number] {
  const lost: [number, number, number] = [0, 0, 0];
  for (const chapter of toArray(state.chronicle)) {
    for (const e of chapter.events) {
      if (e.type === 'attacked') {
        lost[sideIndex(e.side)] += e.attackerLoss;
        lost[sideIndex(e.defender)] += e.defenderLoss;
      } else if (e.type === 'retreated') lost[sideIndex(e.side)] += e.lost;
      else if (e.type === 'airStruck') lost[sideIndex('islamicState')] += e.garrisonLoss;
    }
  }
  return lost;
}

/**
 * The result: who won and why (the rules' `headline` and `reason`), each
 * side's victory margin, each leader's fate (who caught him and how), a
 * summary, the replay to export or watch, and another game.
 */
export class GameOver extends Phaser.Scene {
  private session!: Session;
  /** The seed, revealed now, hashed again and compared with the commitment the players saw (null until done). */
  private dice: DiceCheck | null = null;
  /** Each side's margin at the end of every week (src/app/marginCourse.ts), worked out once. */
  private course: ReturnType<typeof marginsByTurn> | null = null;

  constructor() {
    super('GameOver');
  }

  init(data: GameData): void {
    this.session = data.session;
    this.dice = null;
    this.course = null;
  }

  create(): void {
    debug.session = this.session;
    const session = this.session;
    const sleeper = LoopSleep.of(this.game);
    sleeper.wake();
    void checkDice(session.state.seed, session.config.commitment ?? null).then((check) => {
      if (this.session !== session || !this.scene.isActive()) return;
      this.dice = check;
      this.draw();
      sleeper.wake();
    });
    this.draw();
    this.scale.on('resize', this.draw, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.draw, this));
  }

  /**
   * The result card at full size, or, where the window is short (200% zoom
   * on a small screen, a large default font), at the largest type scale
   * that keeps the card and its buttons on screen.
   */
  private draw(): void {
    for (const k of [1, 0.9, 0.8, 0.7, 0.6, 0.5]) if (this.drawAt(k) || k === 0.5) return;
  }

  /** Draws at type scale `k`; whether it fits the window. */
  private drawAt(k: number): boolean {
    this.children.removeAll(true);
    const u = unit() * k;
    const W = this.scale.width;
    const H = this.scale.height;
    const s = this.session.state;
    const { scenario } = s.rules;
    const actions = toArray(s.actions);
    const lost = strengthLost(s);
    const result = s.result;
    // Beneath the small board's map (src/scenes/mapLayer.ts, depth −10).
    const g = this.add.graphics().setDepth(-20);
    g.fillStyle(COLORS.paper, 1).fillRect(0, 0, W, H);
    // Wide windows show the final position beside the result, every secret revealed.
    const wide = W >= 1000 * unit();
    const w = wide ? Math.min(560 * u, W * 0.45) : Math.min(W - 40 * u, 720 * u);
    const x = wide ? 24 * u : (W - w) / 2;
    let y = 40 * u;
    if (wide) {
      const board = new BoardView(this, u);
      const rect = { x: x + w + 24 * u, y: 24 * u, w: W - (x + w + 48 * u), h: H - 48 * u };
      board.layout(rect, scenario);
      board.draw(observe(s, 'islamicState'), NO_HIGHLIGHT);
      this.add.graphics().lineStyle(1.5 * u, COLORS.inkSoft, 0.8).strokeRect(rect.x, rect.y, rect.w, rect.h);
    }
    // Every line of the card is also the screen reader's text (src/scenes/screenText.ts).
    const said: string[] = [];
    const add = (text: string, size: number, color: number = COLORS.ink, bold = false) => {
      said.push(text);
      const t = this.add.text(Math.round(x + 24 * u), Math.round(y), text, { ...textStyle(size * k, color, bold), wordWrap: { width: w - 48 * u, useAdvancedWrap: true } });
      y += t.height + 8 * u;
    };
    const top = y;
    const card = this.add.graphics();
    y += 20 * u;
    const title = result ? headline(result) : 'Game over';
    const why = result ? reason(result, s.rules) : 'The game ended.';
    add(title, 30, result?.winner ? SIDE_COLOR[result.winner] : COLORS.ink, true);
    add(why.charAt(0).toUpperCase() + why.slice(1), 15);
    add(`${scenario.title} · ${s.turn} of ${scenario.turns} turns played · ${actions.length} actions`, 12, COLORS.inkSoft);
    // Nothing is secret now: the seed, and whether it is the one promised before the first die.
    const dice = diceAtEnd(this.dice, s.seed);
    add(dice.text, 12, dice.warn ? COLORS.error : COLORS.inkSoft);
    add('LEADERS', 11, COLORS.inkSoft, true);
    const leaders = s.leaders.map((l, i) => `${scenario.leaders[i]!.name}: ${leaderFate(l, s)}`);
    for (const line of leaders) add(line, 13);
    add('VICTORY MARGINS', 11, COLORS.inkSoft, true);
    // The result's own margins and tally: what decided the game, not a recount.
    const margin = result ? result.margins : margins(s);
    const tally = result ? result.leaders : leaderTally(s);
    const sides = SIDES.map((side, i) => {
      const held = s.regions.filter((r) => r.control === side).length;
      const value = side === 'islamicState' ? `leader value at large ${tally[i]}` : `leader value caught ${tally[i]}`;
      return `${SIDE_NAMES[side]}: margin ${margin[i]} · ${value} · ${held} regions held · ${lost[i]} strength lost${this.session.isHuman(side) ? ' · human' : ''}`;
    });
    sides.forEach((line, i) => add(line, 13, SIDE_COLOR[SIDES[i]!]));
    add(`Escalation ended at ${s.escalation}, Turkey tension at ${s.turkeyTension}.`, 13);
    // Each side's margin over the weeks: a chart, and the numbers for the screen reader.
    const course = (this.course ??= marginsByTurn(s));
    drawMarginChart(this.add.graphics(), u, { x: x + 24 * u, y, w: w - 48 * u, h: 110 * u }, course, (tx, ty, t, style, ox, oy) => void this.add.text(Math.round(tx), Math.round(ty), t, style).setOrigin(ox, oy));
    y += 118 * u;
    said.push(`Victory margins at the end of each week: ${SIDES.map((side) => `${SIDE_NAMES[side]} ${course[side].join(', ')}`).join('; ')}.`);
    y += 10 * u;
    card.fillStyle(COLORS.panel, 1).fillRoundedRect(x, top, w, y - top, 8 * u).lineStyle(1.5 * u, COLORS.ink, 0.8).strokeRoundedRect(x, top, w, y - top, 8 * u);
    const bar = new ButtonBar(this, u);
    const bw = Math.min(w, 5 * 130 * u + 6 * 5 * u);
    const buttons = [
      { id: 'export', label: 'Export replay', key: 'X', enabled: true },
      { id: 'link', label: 'Copy link', key: 'L', enabled: true },
      { id: 'watch', label: 'Watch replay', key: 'W', enabled: true },
      { id: 'again', label: 'Play again', key: 'P', enabled: true },
      { id: 'menu', label: 'Menu', key: 'M', enabled: true },
    ];
    bar.draw({ x: x + (w - bw) / 2, y: y + 12 * u, w: bw, h: 50 * u }, buttons);
    const [, ...facts] = said;
    ScreenText.get().show({
      title,
      sections: [
        { heading: 'The result', lines: facts.filter((l) => l !== 'LEADERS' && l !== 'VICTORY MARGINS') },
        { heading: 'Keys', lines: buttons.map((b) => `${b.key}: ${b.label}`), list: true },
      ],
    });
    const commitment = this.session.config.commitment ?? null;
    // Where the link's fate is told (copied, or why not).
    const status = this.add.text(Math.round(x + w / 2), Math.round(y + 70 * u), '', textStyle(12 * k, COLORS.inkSoft)).setOrigin(0.5, 0);
    const run = (id: string) => {
      if (id === 'export') downloadText(`middle-euphrates-replay-${s.seed}.json`, JSON.stringify(exportReplay(s, commitment), null, 1));
      if (id === 'link') void this.copyLink(exportReplay(s, commitment), status);
      if (id === 'watch') {
        const replay = { ...replaySteps(s.rules, s.seed, actions, actions.length), dice: this.dice };
        this.scene.start('Game', { session: this.session, replay } satisfies GameData);
      }
      if (id === 'again') void this.playAgain();
      if (id === 'menu') this.scene.start('Menu');
    };
    this.input.removeAllListeners();
    this.input.keyboard?.removeAllListeners();
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      const hit = bar.hit(p.x, p.y);
      if (hit) run(hit.id);
    });
    this.input.keyboard?.on('keydown', (e: KeyboardEvent) => {
      if (!firstTime(e)) return;
      const id = ({ x: 'export', l: 'link', w: 'watch', p: 'again', m: 'menu' } as Record<string, string>)[e.key.toLowerCase()];
      if (id) run(id);
    });
    const canvas = this.game.canvas.getBoundingClientRect();
    const css = canvas.width / W;
    debug.screen = {
      scene: 'GameOver',
      regions: {},
      buttons: Object.fromEntries(bar.rects.map(({ def, rect }) => [def.id, { x: canvas.left + (rect.x + rect.w / 2) * css, y: canvas.top + (rect.y + rect.h / 2) * css, label: def.label, enabled: true }])),
      message: `${title}: ${why}`,
      notes: [...leaders, ...sides],
      dice: dice.text,
      selected: null,
    };
    // The buttons and the line under them (the link's fate) on screen.
    return y + 86 * u <= H;
  }

  /** Nothing moves on the result screen: the loop sleeps until input, a resize or the dice check wakes it. */
  override update(): void {
    LoopSleep.of(this.game).frame(false);
  }

  /** Puts a link to this game's replay on the clipboard (src/app/shareLink.ts) and says so, or why it could not. */
  private async copyLink(replay: Replay, status: Phaser.GameObjects.Text): Promise<void> {
    const builtin = builtinScenario();
    const link = await replayLink(replay, `${location.origin}${location.pathname}`, builtin.ok ? builtin.scenario : null);
    let said: string;
    try {
      await navigator.clipboard.writeText(link);
      said = `Link copied (${link.length.toLocaleString('en-US')} characters): opening it shows this game in the replay viewer.`;
    } catch {
      said = 'The browser would not let the page use the clipboard; use Export replay to share the game as a file.';
    }
    status.setText(said);
    LoopSleep.of(this.game).wake();
    ScreenText.get().announce([said]);
    debug.screen = { ...debug.screen, message: said };
  }

  /** Another game of the same scenario, on a fresh secret seed whose commitment the table shows from the first die; back to the menu if another tab took the game. */
  private async playAgain(): Promise<void> {
    if (this.session.closed) return void this.scene.start('Menu');
    const seed = secretSeed();
    const session = new Session(newGame(this.session.state.rules, seed), { ...this.session.config, commitment: await commitmentOf(seed) });
    const claimed = await claimGame(session);
    // The awaits may have outlasted the quiet frames: the loop must run to start the next scene.
    LoopSleep.of(this.game).wake();
    if (!claimed) return void this.scene.start('Menu');
    session.save();
    this.scene.start('Game', { session } satisfies GameData);
  }
}
