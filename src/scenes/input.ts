import {
  canSee,
  check,
  combatOdds,
  describe,
  oddsText,
  noOptions,
  NUMBERS,
  sideIndex,
  SIDE_NAMES,
  type Action,
  type CombatOdds,
  type GameEvent,
  type Observation,
  type RegionOptions,
} from '../rules';
import type { Session } from '../app/session';
import type { Highlight } from './board';
import { stepCursor, type CursorCommand } from './cursorStep';

export type Command = 'search' | 'fortify' | 'reinforce' | 'air' | 'watch' | 'raid' | 'deconflict' | 'confirm' | 'cancel' | 'end' | 'undo' | 'more' | 'less' | 'next' | CursorCommand;

export type { CursorCommand } from './cursorStep';

/**
 * Turns clicks and keys into rule actions for the human whose turn it is.
 * It holds only what the player is pointing at (selection, pending attack,
 * chosen strength) and the last message; the game itself is the session's.
 * What a click may do is the rules' answer (`regionOptions`), never its own
 * reading of the board; what happened is the events `apply` returned.
 */
export class Controller {
  selected = -1;
  pending: { from: number; to: number } | null = null;
  /** Strength to move; 0 means as much as may go. */
  strength = 0;
  leaderCursor = 0;
  /** The keyboard's cursor (arrow keys): Enter does to it what a click would. -1 until an arrow is pressed. */
  cursor = -1;
  message = '';
  error = false;

  /** The phase (turn, phase, side) the message and selection belong to. */
  private phaseSeen: string;

  constructor(private readonly session: Session) {
    this.phaseSeen = phaseStamp(session);
  }

  /**
   * A new phase for the human at the screen drops the last phase's message and
   * selection, so the orders never read "Regime operations: 3 action points."
   * at the Coalition's next turn; the phase's hint shows instead. While bots
   * play, the last message stays.
   */
  sync(): void {
    const now = phaseStamp(this.session);
    if (now === this.phaseSeen) return;
    this.phaseSeen = now;
    if (this.session.humanToMove()) {
      this.reset();
      this.say('');
    }
  }

  /** A message from the table itself (a file saved). */
  tell(text: string): void {
    this.say(text);
  }

  private get obs(): Observation {
    return this.session.observation();
  }

  /** What the human to move may do from region `i` (nothing when it is not a human's turn). */
  optionsAt(i: number): RegionOptions {
    const id = this.session.state.rules.ids[i];
    if (id === undefined || !this.session.humanToMove()) return noOptions();
    return this.session.options().get(id) ?? noOptions();
  }

  private say(text: string, error = false): void {
    this.message = text;
    this.error = error;
  }

  /** Forget the selection and the message: a new player is at the screen. */
  handOver(): void {
    this.reset();
    this.say('');
  }

  reset(): void {
    this.selected = -1;
    this.pending = null;
    this.strength = 0;
  }

  highlight(): Highlight {
    const { index } = this.session.state.rules;
    const here = this.optionsAt(this.selected);
    const moveTargets = new Set<number>();
    for (const to of here.moves.keys()) moveTargets.add(index.get(to)!);
    for (const dests of here.leaders.values()) for (const to of dests) moveTargets.add(index.get(to)!);
    const attackTargets = new Set(here.attacks.map((to) => index.get(to)!));
    return { selected: this.selected, moveTargets, attackTargets, pending: this.pending, cursor: this.cursor };
  }

  /** The leader in the selection to send to `to`: the one Tab picked if it may go there, else the next that may. */
  private leaderFor(here: RegionOptions, to: string): string | null {
    const ids = [...here.leaders.keys()];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[(this.leaderCursor + k) % ids.length]!;
      if (here.leaders.get(id)!.includes(to)) return id;
    }
    return null;
  }

  private cursorLeader(here: RegionOptions): string | undefined {
    const ids = [...here.leaders.keys()];
    return ids[this.leaderCursor % Math.max(1, ids.length)];
  }

  odds(): CombatOdds | null {
    if (!this.pending) return null;
    return combatOdds(this.obs, this.session.state.active, this.pending.from, this.pending.to);
  }

  /** Takes the action; the message is what its events tell the acting side, in the rules' words. Null if refused. */
  private act(action: Action): readonly GameEvent[] | null {
    const r = this.session.act(action);
    if (!r.ok) {
      this.say(r.error.message, true);
      return null;
    }
    const told = r.events.filter((e) => canSee(e, action.side)).map((e) => describe(e, action.side, r.state.rules));
    this.say(told.join(' ') || 'Done.');
    return r.events;
  }

  /** A click with the mouse: the keyboard's cursor steps aside, so Enter confirms again. */
  pointerClick(i: number): void {
    this.cursor = -1;
    this.click(i);
  }

  click(i: number): void {
    if (!this.session.humanToMove()) {
      this.say(this.session.state.phase === 'over' ? 'The game is over.' : `Wait: ${SIDE_NAMES[this.session.state.active]} is playing.`);
      return;
    }
    if (i < 0) {
      this.reset();
      this.say('');
      return;
    }
    const obs = this.obs;
    const side = obs.active;
    const to = obs.rules.ids[i]!;
    const here = this.optionsAt(this.selected);
    const other = this.selected >= 0 && this.selected !== i;
    if (obs.phase === 'leaders') {
      const leader = other ? this.leaderFor(here, to) : null;
      if (leader) {
        if (this.act({ type: 'moveLeader', side, leader, to })) this.selected = i;
        return;
      }
      const cursor = this.cursorLeader(here);
      if (!other || !cursor || this.optionsAt(i).leaders.size > 0) return this.select(i);
      return this.explain({ type: 'moveLeader', side, leader: cursor, to });
    }
    if (this.pending && this.pending.to === i) return this.confirm();
    if (other && here.attacks.includes(to)) {
      this.pending = { from: this.selected, to: i };
      const o = this.odds();
      this.say(o ? `Attack preview: ${oddsText(o)} Click the target again or press Enter to attack; Esc cancels.` : 'Attack preview.');
      return;
    }
    const most = other ? here.moves.get(to) : undefined;
    if (most !== undefined) {
      this.pending = null;
      const strength = this.strength > 0 ? Math.min(this.strength, most) : most;
      if (this.act({ type: 'move', side, from: obs.rules.ids[this.selected]!, to, strength })) this.selected = i;
      return;
    }
    // Neither a move nor an attack: a region the side can act from is selected instead; anywhere else the rules say why the units cannot go.
    const stack = (o: RegionOptions) => o.moves.size > 0 || o.attacks.length > 0;
    const own = (o: RegionOptions) => stack(o) || o.fortify || o.reinforce;
    if (!other || !stack(here) || own(this.optionsAt(i))) return this.select(i);
    this.explain({ type: 'move', side, from: obs.rules.ids[this.selected]!, to, strength: 1 });
  }

  /** The rules' sentence for why this cannot be done; the selection stays. */
  private explain(action: Action): void {
    this.pending = null;
    const why = check(this.obs, action);
    this.say(why ? why.message : 'Nothing to do there.', true);
  }

  private select(i: number): void {
    this.selected = i;
    this.pending = null;
    this.leaderCursor = 0;
    const obs = this.obs;
    const name = obs.rules.scenario.regions[i]!.name;
    const o = this.optionsAt(i);
    if (obs.phase === 'leaders') {
      const n = o.leaders.size;
      this.say(n ? `${name}: ${n} leader(s) may move. Click a highlighted region to move one; Tab picks another leader.` : `${name}: no leader here can move.`);
      return;
    }
    const keys = [
      o.search && 'S search',
      o.fortify && 'F fortify',
      o.reinforce && 'R reinforce',
      o.airStrike && 'X air strike',
      o.watch && 'W watch',
      o.raid && 'A raid',
    ].filter(Boolean).join(', ');
    if (o.moves.size > 0 || o.attacks.length > 0) {
      const units = obs.regions[i]!.units[sideIndex(obs.active)];
      this.say(`${name}: ${units} strength. Click a dashed ring to move there, a reticle to attack${keys ? `; ${keys}` : ''}.`);
    } else {
      this.say(`${name} selected.${keys ? ` ${keys} here.` : ''}`);
    }
  }

  private confirm(): void {
    if (!this.pending) return this.say('No attack to confirm: click an enemy region next to your units.', true);
    const { from, to } = this.pending;
    const { ids } = this.session.state.rules;
    const side = this.obs.active;
    this.pending = null;
    const events = this.act({ type: 'attack', side, from: ids[from]!, to: ids[to]! });
    // The survivors advance when the attack takes the region: the selection follows them.
    if (events) this.selected = events.some((e) => e.type === 'regionTaken' && e.region === ids[to] && e.side === side) ? to : from;
  }

  command(cmd: Command): void {
    if (cmd === 'undo') {
      if (this.session.canUndo() && this.session.undo()) {
        this.pending = null;
        this.say('Took back the last action.');
      } else this.say('Nothing to undo: an action that rolled dice, took a region, found a leader or ended a phase cannot be taken back.', true);
      return;
    }
    if (!this.session.humanToMove()) return this.say(`Wait: ${SIDE_NAMES[this.session.state.active]} is playing.`);
    const obs = this.obs;
    const side = obs.active;
    const id = obs.rules.ids[this.selected];
    const need = (make: (region: string) => Action) => (id === undefined ? this.say('Select a region first: click it on the map.', true) : void this.act(make(id)));
    switch (cmd) {
      case 'search':
        return need((region) => ({ type: 'search', side, region }));
      case 'fortify':
        return need((region) => ({ type: 'fortify', side, region }));
      case 'reinforce':
        return need((region) => ({ type: 'reinforce', side, region }));
      case 'air':
        return need((target) => ({ type: 'airStrike', side, target }));
      case 'watch':
        return need((region) => ({ type: 'watch', side, region }));
      case 'raid':
        return need((region) => ({ type: 'raid', side, region }));
      case 'deconflict':
        // No region's: the call is to the other power. A refusal (Islamic State, or escalation at 0) is the rules' sentence.
        this.act({ type: 'deconflict', side });
        return;
      case 'confirm':
        // With the keyboard's cursor on a region, Enter is a click there: select, move, preview or confirm an attack.
        return this.cursor >= 0 ? this.click(this.cursor) : this.confirm();
      case 'cursorLeft':
      case 'cursorRight':
      case 'cursorUp':
      case 'cursorDown':
        return this.moveCursor(cmd);
      case 'cancel':
        this.reset();
        this.cursor = -1;
        return this.say('');
      case 'end':
        this.reset();
        this.act({ type: 'endPhase', side });
        return;
      case 'more':
      case 'less': {
        const max = this.selected >= 0 ? Math.max(1, obs.regions[this.selected]!.units[sideIndex(side)]) : NUMBERS.maxStrength;
        const cur = this.strength || max;
        this.strength = Math.max(1, Math.min(max, cur + (cmd === 'more' ? 1 : -1)));
        return this.say(`Moves will take ${this.strength} strength.`);
      }
      case 'next':
        if (obs.phase === 'leaders') {
          this.leaderCursor++;
          const li = this.cursorLeader(this.optionsAt(this.selected));
          const name = li === undefined ? undefined : obs.rules.scenario.leaders[obs.rules.leaderIndex.get(li)!]?.name;
          return this.say(name ? `Next leader to move: ${name}.` : 'No leader here can move.');
        }
        return this.cycleOwn();
    }
  }

  setStrength(n: number): void {
    this.strength = n;
    this.say(n === 0 ? 'Moves will take as much strength as may go.' : `Moves will take ${n} strength.`);
  }

  /** An arrow key: the cursor steps to the nearest region that way (src/scenes/cursorStep.ts), from the cursor, else the selection, else the first region. */
  private moveCursor(cmd: CursorCommand): void {
    const regions = this.session.state.rules.scenario.regions;
    const best = stepCursor(regions, this.cursor >= 0 ? this.cursor : this.selected, cmd);
    this.cursor = best;
    const here = this.optionsAt(best);
    const name = regions[best]!.name;
    const sel = this.selected >= 0 && this.selected !== best ? this.optionsAt(this.selected) : null;
    const id = this.session.state.rules.ids[best]!;
    const what = sel?.moves.has(id) ? 'Enter moves there' : sel?.attacks.includes(id) ? 'Enter previews the attack' : here.moves.size > 0 || here.attacks.length > 0 ? 'Enter selects your units there' : 'Enter selects it';
    this.say(`Cursor: ${name}. ${what}; the arrows move the cursor, Esc cancels.`);
  }

  /** Tab: select the next region holding the active side's units. */
  private cycleOwn(): void {
    const obs = this.obs;
    const s = sideIndex(obs.active);
    const n = obs.regions.length;
    for (let k = 1; k <= n; k++) {
      const i = (this.selected + k + n) % n;
      if (obs.regions[i]!.units[s] > 0) return this.select(i);
    }
  }
}

function phaseStamp(session: Session): string {
  const s = session.state;
  return `${s.turn}:${s.phase}:${s.active}`;
}
