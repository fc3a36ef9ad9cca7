import Phaser from 'phaser';
import { observe, saveGame, sizeOf, SIDES, type Observation } from '../rules';
import { debug, DEBUG_NOTE } from '../app/debug';
import { diceAtEnd, diceWhilePlaying, type DiceLine } from '../app/dice';
import { downloadText } from '../app/files';
import { hashLine, stepReplay, type ReplayWatch } from '../app/replay';
import { SPEED_DELAY, SPEEDS, type Session } from '../app/session';
import { BoardView, NO_HIGHLIGHT, type Rect } from './board';
import { MarginStrip } from './marginStrip';
import { ScrubBar } from './scrubBar';
import { isCompact, SMALLEST, tableLayout, type TableLayout } from './tableLayout';
import { replayButtons, tableButtons } from './actionBar';
import { ButtonBar } from './buttons';
import { handOverCard, takenOverCard, type Card } from './handOver';
import { HELP_LINES, hint } from './help';
import { firstTime, HELP_CLOSE, replayKey, tableKey } from './keys';
import { Controller, type Command } from './input';
import { markOf } from './marks';
import { BotTurns } from './botTurns';
import { Overlay } from './overlay';
import { exportPrivateSave, SECRET_KEEPERS } from '../seal/privateSave';
import { askPrivateExport, type SealDialog } from './sealDialog';
import { SidePanel, type PanelInfo } from './panel';
import { LoopSleep } from './loopSleep';
import { ScreenText } from './screenText';
import { TableReader } from './tableText';
import { publishTable } from './screenInfo';
import { describeRegion, sideName } from './regionInfo';
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
  private replay: ReplayWatch | null = null;
  private controller!: Controller;
  private board!: BoardView;
  private panel!: SidePanel;
  private bar!: ButtonBar;
  private overlay!: Overlay;
  private help = false;
  private dirty = true;
  private bots!: BotTurns;
  private overClock = -1;
  private u = 1;
  /** Buttons in the bar at the last render: the bar wraps onto a second row when the window is narrow. */
  private barCount = 1;
  /** Clicks and keys that came while the last action was being written: handled, in order, once it is on disk. */
  private held: (() => void)[] = [];
  /** The private save's dialog, while it is open. */
  private dialog: SealDialog | null = null;
  /** The game in text for screen readers (src/scenes/screenText.ts), and what it has announced to each viewer. */
  private reader!: TableReader;
  private sleeper!: LoopSleep;
  /** Margins, turn track, tracks and noose along the board's top (src/scenes/marginStrip.ts). */
  private strip!: MarginStrip;
  /** The replay viewer's scrub bar (src/scenes/scrubBar.ts). */
  private scrub!: ScrubBar;
  /** The compact table's side panel, opened over the board (I). */
  private panelOpen = false;
  /** The replay viewer plays itself (Space), an action per bot-speed delay. */
  private autoplay = false;
  private autoClock = 0;
  /** The window is below the smallest table: only the card saying so. */
  private small = false;

  constructor() {
    super('Game');
  }

  init(data: GameData): void {
    this.session = data.session;
    this.replay = data.replay ?? null;
    this.help = false;
    this.dirty = true;
    this.bots = new BotTurns(data.session);
    this.overClock = -1;
    this.held = [];
    this.panelOpen = false;
    this.small = false;
    this.autoplay = false;
  }

  create(): void {
    this.u = unit();
    this.cameras.main.setBackgroundColor(COLORS.paper);
    this.controller = new Controller(this.session);
    this.board = new BoardView(this, this.u);
    this.strip = new MarginStrip(this, this.u);
    this.scrub = new ScrubBar(this, this.u, (index) => {
      if (!this.replay) return;
      this.replay.index = index;
      this.autoplay = false;
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
      this.dialog?.close();
      this.scale.off('resize', resize);
      debug.refresh = () => {};
    });
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      // Phaser reuses the pointer object: the click's position is taken now.
      const { x, y } = p;
      this.whenSaved(() => this.pointer(x, y));
    });
    this.input.keyboard?.on('keydown', (e: KeyboardEvent) => {
      if (!firstTime(e)) return;
      if (e.key === 'Tab' || e.key.startsWith('Arrow')) e.preventDefault();
      this.whenSaved(() => this.key(e));
    });
  }

  private layout(): TableLayout {
    return tableLayout(this.scale.width, this.scale.height, this.u, this.barCount, this.panelOpen, !!this.replay);
  }

  /** What the board and panel show: the viewer's observation; a replay shows Islamic State's, which hides nothing. */
  private currentView(): Observation {
    if (this.replay) return observe(this.replay.states[this.replay.index]!, 'islamicState');
    return this.session.observation();
  }

  override update(_time: number, delta: number): void {
    this.step(delta);
    this.sleeper.frame(this.busy());
  }

  /** Whether frames to come have work: a change to draw, input held for a write, a bot due, the game-over pause. */
  private busy(): boolean {
    const s = this.session;
    if (this.dirty || this.held.length > 0 || s.saving()) return true;
    if (this.replay) return this.autoplay;
    return s.state.phase === 'over' || (!s.humanToMove() && !s.closed && !s.needsHandOver() && !this.overlay.shown);
  }

  private step(delta: number): void {
    if (this.replay && this.autoplay) this.autoplayStep(delta);
    if (!this.replay) {
      // Bots play on while a write is in flight (the next write takes the newest game); the board waits for the disk.
      this.runBots(delta);
      if (this.session.saving()) return;
      while (this.held.length > 0 && !this.session.saving()) this.held.shift()!();
      if (this.session.saving()) return;
    }
    if (this.dirty) this.render();
  }

  /** The replay plays itself an action at a time, at the bot speed (instant: a frame each), until its end. */
  private autoplayStep(delta: number): void {
    const r = this.replay!;
    this.autoClock += delta;
    if (this.autoClock < Math.max(16, SPEED_DELAY[this.session.config.speed])) return;
    this.autoClock = 0;
    r.index = stepReplay(r, 'forward');
    if (r.index >= r.states.length - 1) this.autoplay = false;
    this.dirty = true;
  }

  /** Input acts on the board the player sees: while a change not yet drawn is being written, input waits, then is handled in order. */
  private whenSaved(handle: () => void): void {
    if (this.session.saving() || this.held.length > 0) this.held.push(handle);
    else handle();
  }

  /** The game over: the result screen follows after a moment, so the last action can be seen. */
  private runBots(delta: number): void {
    const s = this.session;
    if (s.state.phase !== 'over') return void this.bots.tick(delta, this.overlay.shown);
    if (this.overClock < 0) this.overClock = 0;
    this.overClock += delta;
    if (this.overClock > (s.config.speed === 'instant' ? 300 : 1500) && !s.saving()) this.scene.start('GameOver', { session: s });
  }

  private render(): void {
    this.dirty = false;
    const s = this.session;
    const compact = isCompact(this.scale.width, this.scale.height, this.u);
    if (!compact) this.panelOpen = false;
    const panelButton = { id: 'panel', label: this.panelOpen ? 'Board' : 'Panel', key: 'I', enabled: true };
    const buttons = [...(this.replay ? replayButtons(this.replay, this.autoplay, this.session.config.speed) : tableButtons(s, this.controller)), ...(compact ? [panelButton] : [])];
    this.barCount = buttons.length;
    const L = this.layout();
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
    const last = this.replay ? markOf(this.replay.events[this.replay.index] ?? [], 'islamicState', v.rules) : s.humanToMove() ? null : this.bots.last;
    const hl = this.replay ? { ...NO_HIGHLIGHT, last } : { ...this.controller.highlight(), last };
    this.board.draw(v, hl);
    this.strip.draw(L.margins, v);
    if (this.replay && L.scrub) this.scrub.draw(L.scrub, this.replay);
    else this.scrub.setVisible(false);
    const info: PanelInfo = {
      view: v,
      seats: Object.fromEntries(SIDES.map((side) => [side, s.isHuman(side) ? 'human' : `bot, ${s.config.botLevel}`])),
      message: this.replay
        ? `Replay: action ${this.replay.index} of ${this.replay.states.length - 1}. Everything is shown.${this.replay.hashCheck?.matches === false ? ' The recorded hash differs (see below).' : ''}`
        : this.controller.message || this.hint(),
      error: this.replay ? this.replay.hashCheck?.matches === false : this.controller.error,
      notes: this.notes(),
      strength: this.controller.strength,
      dice: this.dice(),
      ...(this.replay ? { viewerLine: 'Replay: every side\'s secrets are shown.' } : {}),
    };
    if (L.panel) {
      this.panel.draw(L.panel, info);
      // The compact table's panel lies over the board.
      this.panel.setDepth(L.compact ? 20 : 0);
    } else if (L.strip) this.panel.drawStrip(L.strip, info);
    this.bar.draw(L.bar, buttons, L.compact);
    const helpFooter = 'Click anywhere or press H or Esc to return to the board.';
    if (this.help) this.overlay.show(L.all, 'How to play', HELP_LINES, helpFooter, false);
    else this.overlay.hide();
    this.reader.table(info, hl, buttons, this.help ? [...HELP_LINES, helpFooter] : null);
    this.publish();
  }

  /** A card over the whole table, the board hidden behind it. */
  private cover(area: Rect, card: Card): void {
    this.board.clear();
    this.strip.setVisible(false);
    this.scrub.setVisible(false);
    this.panel.setVisible(false);
    this.bar.setVisible(false);
    this.overlay.show(area, card.title, card.lines, card.footer, true, card.button);
    // The board is hidden from the screen reader too: only the card.
    this.reader.card(card.title, [...card.lines, card.footer]);
    this.publish();
  }

  /** No room for a board: a card says how much is needed, until the window grows (or the zoom shrinks). */
  private tooSmall(area: Rect): void {
    const u = this.u;
    const now = `${Math.round(area.w / u)} × ${Math.round(area.h / u)}`;
    const lines = [
      `The board needs a window of at least ${SMALLEST.w} × ${SMALLEST.h} layout units (CSS pixels at 100% zoom and the default text size); this one gives ${now}.`,
      'Turn the device on its side, enlarge the window, or zoom out (Ctrl and minus): the game goes on where it was.',
    ];
    this.board.clear();
    this.strip.setVisible(false);
    this.scrub.setVisible(false);
    this.panel.setVisible(false);
    this.bar.setVisible(false);
    this.overlay.show(area, 'This window is too small for the board', lines, 'Nothing is lost: the game is saved after every action.', true, null);
    this.reader.card('This window is too small for the board', lines);
    this.publish();
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

  /** The dice line: the commitment or known dice while playing; in a replay, the seed checked against its commitment. */
  private dice(): DiceLine {
    return this.replay ? diceAtEnd(this.replay.dice, this.replay.states[0]!.seed) : diceWhilePlaying(this.session.config.commitment ?? null);
  }

  /** What to do now, when the player has not yet done anything this phase. */
  private hint(): string {
    const s = this.session.state;
    if (!this.session.humanToMove() || s.phase === 'over') return '';
    return hint(s.phase, s.ap, s.active);
  }

  private notes(): string[] {
    if (this.replay) {
      const keys = '← → step an action · PgUp/PgDn a week · Space plays (B: speed) · Home/End jump · Q back to the result.';
      return this.replay.hashCheck ? [hashLine(this.replay.hashCheck), keys] : [keys];
    }
    const out: string[] = [];
    const i = this.controller.selected;
    if (i >= 0) out.push(...describeRegion(this.currentView(), i));
    if (!this.session.humanToMove() && this.session.state.phase !== 'over') out.push(`${sideName(this.session.state.active)} (bot) is playing at ${this.session.config.speed} speed; B changes the speed.`);
    if (this.session.autosaveError) out.push(this.session.autosaveError);
    if (debug.open) out.push(DEBUG_NOTE);
    return out;
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
      message: r ? `replay ${r.index}/${r.states.length - 1}` : this.controller.message,
      notes: this.notes(),
      selected: this.session.state.rules.ids[this.controller.selected] ?? null,
      cursor: this.session.state.rules.ids[this.controller.cursor] ?? null,
      dice: card ? '' : this.dice().text,
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
      case 'savefile': {
        const name = `middle-euphrates-turn-${this.session.state.turn}.json`;
        downloadText(name, saveGame(this.session.state));
        return this.controller.tell(`Saved: ${name} is in your downloads. Load save file (menu) opens it.`);
      }
      case 'private':
        return this.privateSave();
      case 'help':
        this.help = true;
        return;
      case 'panel':
        this.panelOpen = !this.panelOpen;
        return;
      case 'menu':
        if (this.replay) this.scene.start('GameOver', { session: this.session });
        else this.scene.start('Menu');
        return;
      case 'first':
      case 'back':
      case 'forward':
      case 'last':
      case 'prevTurn':
      case 'nextTurn':
        if (!this.replay) return;
        this.replay.index = stepReplay(this.replay, id);
        // Stepping by hand stops the autoplay.
        this.autoplay = false;
        return;
      case 'autoplay':
        if (!this.replay) return;
        if (this.replay.index >= this.replay.states.length - 1) this.replay.index = 0;
        this.autoplay = !this.autoplay;
        this.autoClock = 0;
        return;
      default:
        // Disabled buttons still answer, so the player learns why: the controller asks the rules.
        void enabled;
        this.controller.command(id as Command);
    }
  }

  /** P: a private save for the next player (`src/seal`) of the game as the board shows it now, sealed under the keepers' passphrases. */
  private privateSave(): void {
    if (this.dialog) return;
    const state = this.session.state;
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

  private key(e: KeyboardEvent): void {
    this.dirty = true;
    const k = e.key;
    if (this.small) return;
    if (this.overlay.shown) {
      if (this.help ? HELP_CLOSE.includes(k) : k === 'Enter' && !e.repeat) this.closeCard();
      return;
    }
    if (this.replay) {
      const id = replayKey(k);
      if (id) this.button(id, true);
      return;
    }
    if ((e.ctrlKey || e.metaKey) && (k === 'z' || k === 'Z')) return this.controller.command('undo');
    if (/^[0-9]$/.test(k)) return this.controller.setStrength(Number(k));
    const id = tableKey(k);
    if (id) this.button(id, true);
  }
}
