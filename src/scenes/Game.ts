import Phaser from 'phaser';
import { sizeOf, type Observation } from '../rules';
import { debug } from '../app/debug';
import type { ReplayWatch } from '../app/replay';
import { SPEEDS, type Session } from '../app/session';
import { BoardView, NO_HIGHLIGHT, type Rect } from './board';
import { MarginStrip } from './marginStrip';
import { ScrubBar } from './scrubBar';
import { tableLayout, tooSmallLines, type TableLayout } from './tableLayout';
import { tableButtons } from './actionBar';
import { ButtonBar } from './buttons';
import { handOverCard, takenOverCard, type Card } from './handOver';
import { HELP_LINES } from './help';
import { HELP_CLOSE, replayKey, tableKey } from './keys';
import { Controller, type Command } from './input';
import { ReplayControls } from './replayControls';
import { tableFrame } from './tableFrame';
import { BotMotion } from './botMotion';
import { listen } from './tableListeners';
import { BoardPan, type PanArea } from './boardPan';
import { BotTurns } from './botTurns';
import { Overlay } from './overlay';
import { TableSaves } from './tableSaves';
import { TableInfo } from './tableInfo';
import { SidePanel } from './panel';
import { LoopSleep } from './loopSleep';
import { ScreenText } from './screenText';
import { TableReader } from './tableText';
import { publishTable } from './screenInfo';
import { COLORS, unit } from './theme';

export interface GameData {
  session: Session;
  replay?: ReplayWatch;
}

/**
 * The table: the board, the side panel and the action bar. It dispatches the
 * player's input to the rules through the session and redraws from the
 * viewer's observation; bots take their turns here at the chosen speed.
 */
export class Game extends Phaser.Scene {
  private session!: Session;
  /** The replay viewer's controls, when the table shows a replay. */
  private replay: ReplayControls | null = null;
  private controller!: Controller;
  private board!: BoardView;
  private panel!: SidePanel;
  private bar!: ButtonBar;
  private overlay!: Overlay;
  private help = false;
  private dirty = true;
  private bots!: BotTurns;
  /** Bot moves sliding along their links, their dice tumbling (src/scenes/botMotion.ts). */
  private motion!: BotMotion;
  /** The map's zoom and drag (src/scenes/boardPan.ts). */
  private pan!: BoardPan;
  private overClock = -1;
  private u = 1;
  /** Buttons in the bar at the last render: the bar wraps onto a second row when the window is narrow. */
  private barCount = 1;
  /** Clicks and keys that came while the last action was being written: handled, in order, once it is on disk. */
  private held: (() => void)[] = [];
  /** K and P: the save file and the private save. */
  private saves!: TableSaves;
  /** What the table says beside the board. */
  private info!: TableInfo;
  /** The game in text for screen readers (src/scenes/screenText.ts), and what it has announced to each viewer. */
  private reader!: TableReader;
  private sleeper!: LoopSleep;
  /** Margins, turn track, tracks and noose along the board's top (src/scenes/marginStrip.ts). */
  private strip!: MarginStrip;
  /** The replay viewer's scrub bar (src/scenes/scrubBar.ts). */
  private scrub!: ScrubBar;
  /** The compact table's side panel, opened over the board (I). */
  private panelOpen = false;
  /** The window is below the smallest table: only the card saying so. */
  private small = false;

  constructor() {
    super('Game');
  }

  init(data: GameData): void {
    this.session = data.session;
    this.replay = data.replay ? new ReplayControls(data.replay, data.session) : null;
    this.help = false;
    this.dirty = true;
    this.bots = new BotTurns(data.session, { covered: () => this.overlay.shown, wake: () => this.sleeper.wake() });
    this.overClock = -1;
    this.held = [];
    this.panelOpen = false;
    this.small = false;
  }

  create(): void {
    this.u = unit();
    this.cameras.main.setBackgroundColor(COLORS.paper);
    this.controller = new Controller(this.session);
    this.saves = new TableSaves(this.session);
    this.info = new TableInfo(this.session, this.controller, this.replay);
    this.board = new BoardView(this, this.u);
    this.motion = new BotMotion(this, this.session, this.bots, this.board);
    this.pan = new BoardPan(() => this.panArea());
    this.strip = new MarginStrip(this, this.u);
    this.scrub = new ScrubBar(this, this.u, (index) => {
      if (!this.replay) return;
      this.replay.jump(index);
      this.dirty = true;
      this.sleeper.wake();
    });
    this.panel = new SidePanel(this, this.u);
    this.bar = new ButtonBar(this, this.u);
    this.overlay = new Overlay(this, this.u);
    this.reader = new TableReader(ScreenText.get());
    debug.session = this.session;
    this.sleeper = LoopSleep.of(this.game);
    this.sleeper.wake();
    const redraw = () => {
      this.dirty = true;
      this.sleeper.wake();
    };
    debug.refresh = redraw;
    debug.thinking = () => this.bots.thinking();
    const off = this.session.onChange(redraw);
    // Zooming changes the device pixel ratio, hence the unit every part draws in.
    const resize = () => {
      this.u = unit();
      this.board.u = this.panel.u = this.bar.u = this.overlay.u = this.strip.u = this.scrub.u = this.u;
      this.dirty = true;
    };
    this.scale.on('resize', resize);
    this.events.once('shutdown', () => {
      off();
      this.bots.stop();
      this.saves.close();
      this.scale.off('resize', resize);
      debug.refresh = () => {};
      debug.thinking = () => false;
    });
    listen(this, this.pan, {
      click: (x, y) => this.whenSaved(() => this.pointer(x, y)),
      key: (e) => this.whenSaved(() => this.key(e)),
      moved: () => this.redraw(),
    });
  }

  private layout(): TableLayout {
    return tableLayout(this.scale.width, this.scale.height, this.u, this.barCount, this.panelOpen, !!this.replay);
  }

  /** What the board and panel show: the viewer's observation; a replay shows Islamic State's, which hides nothing. */
  private currentView(): Observation {
    return this.replay ? this.replay.view() : this.session.observation();
  }

  override update(_time: number, delta: number): void {
    this.step(delta);
    this.sleeper.frame(this.busy());
  }

  /** Whether frames to come have work: a change to draw, input held for a write, a bot's action due, the game-over pause. */
  private busy(): boolean {
    const s = this.session;
    if (this.dirty || this.held.length > 0 || s.saving() || this.motion.active()) return true;
    if (this.replay) return this.replay.playing;
    // A bot thinking or waiting out the speed's delay changes nothing on the table: it wakes the loop when its action is due.
    return s.state.phase === 'over' || (!s.humanToMove() && !s.closed && !s.needsHandOver() && !this.overlay.shown && !this.bots.waiting());
  }

  private step(delta: number): void {
    if (this.replay?.tick(delta)) this.dirty = true;
    if (!this.replay) {
      // Bots play on while a write is in flight (the next write takes the newest game); the board waits for the disk.
      this.runBots(delta);
      if (this.motion.tick(delta, this.overlay.shown, this.u)) this.dirty = true;
      if (this.session.saving()) return;
      while (this.held.length > 0 && !this.session.saving()) this.held.shift()!();
      if (this.session.saving()) return;
    }
    if (this.dirty) this.render();
  }

  /** Input acts on the board the player sees: while a change not yet drawn is being written, input waits, then is handled in order. */
  private whenSaved(handle: () => void): void {
    if (this.session.saving() || this.held.length > 0) this.held.push(handle);
    else handle();
  }

  /** Where the map may be grabbed and zoomed now: the board, unless a card, the compact table's open panel or the too-small card covers it. */
  private panArea(): PanArea | null {
    if (this.small || this.overlay.shown) return null;
    const L = this.layout();
    if (L.compact && L.panel) return null;
    return {
      rect: L.board,
      board: this.board,
      onButton: (x, y) => this.bar.hit(x, y) !== null,
      focus: () => (this.replay ? -1 : this.controller.cursor >= 0 ? this.controller.cursor : this.controller.highlight().selected),
    };
  }

  private redraw(): void {
    this.dirty = true;
    this.sleeper.wake();
  }

  /** The game over: the result screen follows after a moment, so the last action can be seen. */
  private runBots(delta: number): void {
    const s = this.session;
    if (s.state.phase !== 'over') return void this.bots.tick();
    if (this.overClock < 0) this.overClock = 0;
    this.overClock += delta;
    if (this.overClock > (s.config.speed === 'instant' ? 300 : 1500) && !s.saving()) this.scene.start('GameOver', { session: s });
  }

  private render(): void {
    this.dirty = false;
    const s = this.session;
    const frame = tableFrame(this.scale.width, this.scale.height, this.u, this.replay ? this.replay.buttons() : tableButtons(s, this.controller), this.panelOpen, !!this.replay);
    const { layout: L, buttons } = frame;
    this.panelOpen = frame.panelOpen;
    this.barCount = buttons.length;
    this.small = L.tooSmall;
    if (L.tooSmall) return this.tooSmall(L.all);
    if (!this.replay && s.closed) return this.cover(L.all, takenOverCard());
    if (!this.replay && s.needsHandOver()) {
      // The last player's selection and message go with the board: Islamic State's, after its leader phase, tell its secret moves.
      this.controller.handOver();
      this.cover(L.all, handOverCard(s.nextHuman()!, s.seenBy === null));
      return;
    }
    if (!this.replay && s.humanToMove()) s.seenBy = s.state.active;
    if (!this.replay) this.controller.sync();
    this.panel.setVisible(true);
    this.bar.setVisible(true);
    const v = this.currentView();
    this.board.layout(L.board, v.rules.scenario);
    const last = this.replay ? this.replay.last(v) : s.humanToMove() ? null : this.bots.last;
    const hl = this.replay ? { ...NO_HIGHLIGHT, last } : { ...this.controller.highlight(), last, cards: this.motion.cards() };
    // Zoomed in, the cursor or a stack Tab picked out of the window brings the window to it.
    if (this.board.follow([hl.cursor ?? -1, hl.selected])) this.board.layout(L.board, v.rules.scenario);
    this.board.draw(v, hl);
    this.strip.draw(L.margins, v);
    if (this.replay && L.scrub) this.scrub.draw(L.scrub, this.replay.watch);
    else this.scrub.setVisible(false);
    const info = this.info.panel(v);
    if (L.panel) {
      this.panel.draw(L.panel, info);
      // The compact table's panel lies over the board.
      this.panel.setDepth(L.compact ? 20 : 0);
    } else if (L.strip) this.panel.drawStrip(L.strip, info);
    this.bar.draw(L.bar, buttons, L.compact);
    const helpFooter = 'Click anywhere or press H or Esc to return to the board.';
    if (this.help) this.overlay.show(L.all, 'How to play', HELP_LINES, helpFooter, false);
    else this.overlay.hide();
    // Published before the text layer is written: publishing reads the canvas's place, which after a DOM write would force a layout.
    this.publish();
    this.reader.table(info, hl, buttons, this.help ? [...HELP_LINES, helpFooter] : null);
  }

  /** A card over the whole table, the board hidden behind it. */
  private cover(area: Rect, card: Card): void {
    this.board.clear();
    this.strip.setVisible(false);
    this.scrub.setVisible(false);
    this.panel.setVisible(false);
    this.bar.setVisible(false);
    this.overlay.show(area, card.title, card.lines, card.footer, true, card.button);
    this.publish();
    // The board is hidden from the screen reader too: only the card.
    this.reader.card(card.title, [...card.lines, card.footer]);
  }

  /** No room for a board: a card says how much is needed, until the window grows (or the zoom shrinks). */
  private tooSmall(area: Rect): void {
    this.cover(area, { title: 'This window is too small for the board', lines: tooSmallLines(area, this.u), footer: 'Nothing is lost: the game is saved after every action.', button: null });
  }

  /** The help goes back to the board; the hand-over card (only Enter or its button closes it) lets the next human look. */
  private closeCard(): void {
    this.dirty = true;
    if (this.help) this.help = false;
    else if (this.session.closed) return void this.scene.start('Menu');
    else {
      this.session.handOverTo();
      this.controller.handOver();
    }
    this.overlay.hide();
  }

  /** What is on screen, for the debug API and the browser tests. */
  private publish(): void {
    const r = this.replay;
    const card = this.overlay.shown && !this.help;
    publishTable(this.game, this.scale.width, {
      scene: this.small ? 'TooSmall' : r ? 'Replay' : card ? (this.session.closed ? 'TakenOver' : 'HandOver') : this.help ? 'Help' : 'Game',
      board: this.board,
      strip: this.strip.drawn,
      scrub: this.scrub.drawn,
      bar: this.bar,
      overlay: this.overlay,
      ids: this.session.state.rules.ids,
      message: r ? r.position() : this.controller.message,
      notes: this.info.notes(this.currentView()),
      selected: this.session.state.rules.ids[this.controller.selected] ?? null,
      cursor: this.session.state.rules.ids[this.controller.cursor] ?? null,
      dice: card ? '' : this.info.dice().text,
      ...(r ? {} : { actions: sizeOf(this.session.state.actions) }),
    });
  }

  private pointer(x: number, y: number): void {
    this.dirty = true;
    if (this.small) return;
    if (this.overlay.shown) {
      if (this.help || this.overlay.onButton(x, y)) this.closeCard();
      return;
    }
    const button = this.bar.hit(x, y);
    if (button) return this.button(button.id, button.enabled);
    const L = this.layout();
    // A click on the compact table's open panel goes back to the board.
    if (L.compact && L.panel) return void (this.panelOpen = false);
    if (this.replay) return;
    const b = L.board;
    if (x < b.x || x > b.x + b.w || y < b.y || y > b.y + b.h) return;
    this.controller.pointerClick(this.board.regionAt(x, y));
  }

  private button(id: string, enabled: boolean): void {
    switch (id) {
      case 'speed':
        this.session.config.speed = SPEEDS[(SPEEDS.indexOf(this.session.config.speed) + 1) % SPEEDS.length]!;
        // The viewer's speed is the autoplay's: a replay writes no autosave.
        if (!this.replay) this.session.save();
        return;
      case 'savefile':
        return this.controller.tell(this.saves.saveFile());
      case 'private':
        return this.saves.privateSave();
      case 'help':
        this.help = true;
        return;
      case 'panel':
        this.panelOpen = !this.panelOpen;
        return;
      case 'lastTurn':
        return this.controller.tell(this.motion.lastTurn());
      case 'menu':
        if (this.replay) this.scene.start('GameOver', { session: this.session });
        else this.scene.start('Menu');
        return;
      default:
        if (this.replay) return void this.replay.button(id);
        // Disabled buttons still answer, so the player learns why: the controller asks the rules.
        void enabled;
        this.controller.command(id as Command);
    }
  }

  private key(e: KeyboardEvent): void {
    this.dirty = true;
    const k = e.key;
    if (this.small) return;
    if (this.overlay.shown) {
      if (this.help ? HELP_CLOSE.includes(k) : k === 'Enter' && !e.repeat) this.closeCard();
      return;
    }
    if (this.replay) {
      if ((k === 'z' || k === 'Z') && this.pan.key(k)) return;
      const id = replayKey(k);
      if (id) this.button(id, true);
      return;
    }
    if ((e.ctrlKey || e.metaKey) && (k === 'z' || k === 'Z')) return this.controller.command('undo');
    if (this.pan.key(k)) return;
    if (/^[0-9]$/.test(k)) return this.controller.setStrength(Number(k));
    const id = tableKey(k);
    if (id) this.button(id, true);
  }
}
