import Phaser from 'phaser';
import { LoopSleep } from './loopSleep';
import { ScreenText } from './screenText';
import { newGame, type Side } from '../rules';
import { CANCELLED, compileInBackground, openSaveInBackground, watchInBackground, type Job } from '../app/background';
import { debug, DEBUG_NOTE } from '../app/debug';
import { openTextFile } from '../app/files';
import { builtinScenario, DOCUMENT_LIMIT, type ScenarioResult } from '../app/scenarios';
import { hashCheckOf } from '../app/replay';
import { readReplayLink } from '../app/shareLink';
import { checkDice, commitmentOf, secretSeed } from '../app/dice';
import { Session } from '../app/session';
import { DEFAULT_CONFIG, readAutosave, type AutosaveRead } from '../app/storage';
import { claimGame, releaseGame, watchOtherTabs } from '../app/tabs';
import { describePrivateSave, openPrivateSave, readPrivateSave, type PrivateSave } from '../seal/privateSave';
import { RIVERS } from './geography';
import { askPrivateOpen } from './sealDialog';
import { createMenuForm, type MenuForm } from './menuForm';
import { createMenuProgress, type MenuProgress } from './menuProgress';
import { COLORS, unit, textStyle } from './theme';
import type { GameData } from './Game';

/** The menu: scenario (built-in or a document), who plays which side, seed, and the ways into a game. */
export class Menu extends Phaser.Scene {
  private form: MenuForm | null = null;
  private progress: MenuProgress | null = null;
  private job: Job<unknown> | null = null;
  /** The secret seed a new game plays (never shown), and its commitment (shown). */
  private dice: { seed: string; commitment: Promise<string | null> } | null = null;

  constructor() {
    super('Menu');
  }

  create(): void {
    debug.session = null;
    // The menu's form is plain DOM, read as it is: the table's text layer steps aside.
    ScreenText.get().hide();
    // The menu's jobs finish without input (a compile, a replay opened): its loop never sleeps.
    LoopSleep.of(this.game).wake();
    this.drawBackdrop();
    this.scale.on('resize', this.drawBackdrop, this);
    this.events.once('shutdown', () => {
      this.stopWatching();
      this.stopWatching = () => {};
      this.scale.off('resize', this.drawBackdrop, this);
      this.job?.cancel();
      this.progress?.destroy();
      this.progress = null;
      this.form?.destroy();
      this.form = null;
    });
    // The autosave is read from IndexedDB, asynchronously: the form appears once it is known.
    const visit = ++this.visits;
    void readAutosave().then((saved) => {
      if (visit === this.visits && this.scene.isActive()) this.build(saved);
    });
  }

  private visits = 0;
  private stopWatching = () => {};

  private build(saved: AutosaveRead | null): void {
    const config = saved?.ok ? saved.config : DEFAULT_CONFIG;
    const builtin = builtinScenario();
    const form = createMenuForm(config, builtin.ok ? builtin.scenario.title : 'unavailable');
    this.form = form;
    const progress = createMenuProgress(form);
    this.progress = progress;
    this.drawDice();
    // Back at the menu this tab lets go of the game, then watches whether another tab has it open.
    void releaseGame().then(() => {
      if (this.form === form) this.stopWatching = watchOtherTabs((open) => form.setElsewhere(open));
    });
    if (!builtin.ok) form.status(`The built-in document does not compile: ${builtin.error}`);
    else {
      const sc = builtin.scenario;
      form.status(`${sc.regions.length} regions, ${sc.leaders.length} leaders, ${sc.events.length} scripted events, ${sc.turns} turns from ${sc.startDate}.${builtin.warnings.length ? `\nCompiler notes: ${builtin.warnings.slice(0, 3).join(' ')}` : ''}`);
    }
    if (debug.open) form.say(DEBUG_NOTE);
    if (saved === null) form.setContinue(null);
    else if (saved.ok) form.setContinue(`Continue: turn ${saved.state.turn}, ${saved.state.phase === 'over' ? 'game over' : saved.state.active}${saved.refused ? ' (the autosave before the newest)' : ''}`);
    else form.setContinue('Continue');
    if (saved?.ok && saved.refused) form.say(`${saved.refused} The autosave before it is offered instead; the refused one is kept.`, true);

    form.on('new', () => this.newGame());
    form.on('reseed', () => this.drawDice());
    form.on('takeover', () => void this.takeOver());
    form.on('continue', () => {
      void readAutosave().then((again) => {
        if (!again) return form.say('There is no autosaved game in this browser.', true);
        if (!again.ok) return form.say(again.error, true);
        void this.play(new Session(again.state, again.config));
      });
    });
    form.on('open-doc', () => {
      // A news text to compile, or a scenario saved as JSON (npm run scenario -- DOC --json), played as it is.
      void openTextFile('.txt,text/plain,.md,.json,application/json', DOCUMENT_LIMIT).then((file) => {
        if (file && 'error' in file) form.say(file.error, true);
        else if (file) form.setDocument(file.text);
      });
    });
    // Saves and replays are replayed action by action, documents compiled pass by pass: in the worker, so the page never freezes.
    form.on('load', () => {
      void openTextFile().then((file) => {
        if (!file) return;
        if ('error' in file) return form.say(file.error, true);
        const sealed = readPrivateSave(file.text);
        if (sealed) return sealed.ok ? this.openPrivate(sealed.value) : form.say(`${file.name}: ${sealed.error}`, true);
        this.inBackground(`Opening ${file.name}…`, 'Cancelled: the save was not opened.', openSaveInBackground(file.text, (p) => this.progress?.update(p)), (loaded) => {
          if (!loaded.ok) return form.say(`${file.name}: ${loaded.error}`, true);
          // A save file holds the seed in plain text: whoever has it knows the dice.
          const session = new Session(loaded.value, { ...form.config(), commitment: null });
          void this.play(session, () => session.save());
        });
      });
    });
    form.on('replay', () => {
      void openTextFile().then((file) => {
        if (!file) return;
        if ('error' in file) return form.say(file.error, true);
        this.openReplay(form, `the replay ${file.name}`, file.name, file.text);
      });
    });
    // A share link (#replay=…) opens its game in the replay viewer, through the same checks as a file.
    void readReplayLink(window.location.hash, builtin.ok ? builtin.scenario : null).then((link) => {
      if (!link) return;
      // Read once: the menu shown again (after the replay, or a refusal) must not open the link again.
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      if (!link.ok) return form.say(link.error, true);
      this.openReplay(form, 'the replay in this link', 'The link', link.text);
    });
    debug.screen = { scene: 'Menu', regions: {}, buttons: {}, message: '', selected: null };
  }

  /** A private save (play by file): what it says in plain, then Islamic State's passphrase to play on; refused, nothing changes. */
  private openPrivate(file: PrivateSave): void {
    const form = this.form!;
    const keeper = (Object.keys(file.sealed) as Side[])[0] ?? 'islamicState';
    const summary = describePrivateSave(file);
    form.say(summary);
    const dialog = askPrivateOpen(summary, keeper, async (passphrase) => {
      const opened = await openPrivateSave(file, passphrase, keeper);
      if (!opened.ok) return opened.error;
      // Whoever opens it holds the seed, as with a save file: the dice are known.
      const session = new Session(opened.value, { ...form.config(), commitment: null });
      void this.play(session, () => session.save());
      return null;
    });
    this.events.once('shutdown', () => dialog.close());
  }

  /** A fresh secret seed for the next new game, shown only as its commitment. */
  private drawDice(): void {
    const seed = secretSeed();
    const dice = { seed, commitment: commitmentOf(seed) };
    this.dice = dice;
    this.form?.setCommitment(null);
    void dice.commitment.then((c) => this.dice === dice && this.form?.setCommitment(c, c === null));
  }

  private newGame(): void {
    const form = this.form!;
    if (form.scenarioChoice() !== 'custom') return void this.startGame(builtinScenario());
    const job = compileInBackground(form.documentText(), 'custom-document', (p) => this.progress?.update(p));
    this.inBackground('Compiling the document…', 'Cancelled: the document was not compiled.', job, (compiled) => void this.startGame(compiled));
  }


  /** Opens a replay's text in the worker, then in the replay viewer; `what` and `name` say which in messages. */
  private openReplay(form: MenuForm, what: string, name: string, text: string): void {
    this.inBackground(`Opening ${what}…`, 'Cancelled: the replay was not opened.', watchInBackground(text, (p) => this.progress?.update(p)), (opened) => {
      if (!opened.ok) return form.say(`${name}: ${opened.error}`, true);
      const { watch, seed, commitment, recordedHash } = opened.value;
      watch.hashCheck = hashCheckOf(recordedHash, watch.states.at(-1)!);
      const session = new Session(watch.states.at(-1)!, { ...form.config(), commitment });
      const data: GameData = { session, replay: watch };
      void checkDice(seed, commitment).then((check) => {
        watch.dice = check;
        debug.refresh();
      });
      this.scene.start('Game', data);
    });
  }
  /** Runs a job in the worker behind the progress bar; `then` gets its result unless it was cancelled (or the menu closed). */
  private inBackground<T>(title: string, cancelled: string, job: Job<T>, then: (value: T) => void): void {
    this.job = job;
    this.progress?.start(title, () => job.cancel());
    void job.done.then((value) => {
      if (this.job === job) this.job = null;
      this.progress?.finish();
      const form = this.form;
      if (!form) return;
      if (value === CANCELLED) form.say(cancelled);
      else then(value);
    });
  }

  private async startGame(compiled: ScenarioResult): Promise<void> {
    const form = this.form!;
    if (!compiled.ok) return form.say(`This document cannot be played: ${compiled.error}`, true);
    // A seed someone shared is played as it is (its dice are known); else the secret one, whose commitment the menu shows.
    const shared = form.sharedSeed();
    const seed = shared ?? this.dice!.seed;
    const commitment = shared === null ? await this.dice!.commitment : null;
    const session = new Session(newGame(compiled.scenario, seed), { ...form.config(), commitment });
    await this.play(session, () => session.save());
  }

  /** Another tab has the game: end its claim, and go on with the autosave it left. */
  private async takeOver(): Promise<void> {
    const form = this.form!;
    const saved = await readAutosave();
    const session = saved?.ok ? new Session(saved.state, saved.config) : null;
    if (!session) {
      await claimGame(null, true);
      await releaseGame();
      form.setElsewhere(false);
      return form.say(saved && !saved.ok ? saved.error : 'The other tab has stopped; it left no autosave to go on with.', saved !== null);
    }
    await claimGame(session, true);
    this.start(session);
  }

  /** Plays `session` here once this tab holds the browser's game; else says another tab has it, and writes nothing. */
  private async play(session: Session, first: () => void = () => {}): Promise<void> {
    if (!(await claimGame(session))) {
      this.form?.setElsewhere(true);
      this.form?.say('This browser\'s game is open in another tab: take it over first, so that neither tab overwrites the other\'s.', true);
      return;
    }
    first();
    this.start(session);
  }

  private start(session: Session): void {
    const data: GameData = { session };
    this.scene.start(session.state.phase === 'over' ? 'GameOver' : 'Game', data);
  }

  private backdrop: Phaser.GameObjects.GameObject[] = [];

  /** A quiet map backdrop: graticule and the rivers (Natural Earth's, src/scenes/geography.ts). */
  private drawBackdrop(): void {
    for (const o of this.backdrop) o.destroy();
    const u = unit();
    const W = this.scale.width;
    const H = this.scale.height;
    const g = this.add.graphics();
    g.fillStyle(COLORS.paper, 1).fillRect(0, 0, W, H);
    g.lineStyle(1 * u, COLORS.grid, 0.9);
    for (let x = 0; x < W; x += 80 * u) g.lineBetween(x, 0, x, H);
    for (let y = 0; y < H; y += 80 * u) g.lineBetween(0, y, W, y);
    const project = (lat: number, lon: number) => ({ x: ((lon - 37.5) / 7.5) * W, y: ((37.4 - lat) / 4.4) * H });
    for (const river of RIVERS) {
      g.lineStyle(6 * u, COLORS.river, 0.35).beginPath();
      river.points.forEach(([lat, lon], i) => {
        const p = project(lat!, lon!);
        if (i === 0) g.moveTo(p.x, p.y);
        else g.lineTo(p.x, p.y);
      });
      g.strokePath();
    }
    const note = this.add.text(W - 10 * u, H - 8 * u, 'Map after Natural Earth and GeoNames · unit symbols by milsymbol · the scenario compiled from the document', textStyle(10, COLORS.inkSoft)).setOrigin(1, 1);
    this.backdrop = [g, note];
  }
}
