import { boardOf, check, combatOdds, hostile, occupant, sideIndex, SIDE_NAMES, view, type Action, type CombatOdds, type GameView } from '../rules';
import type { Session } from '../app/session';
import type { Highlight } from './board';

export type Command = 'search' | 'fortify' | 'reinforce' | 'air' | 'confirm' | 'cancel' | 'end' | 'undo' | 'more' | 'less' | 'next';

/**
 * Turns clicks and keys into rule actions for the human whose turn it is.
 * It holds only what the player is pointing at (selection, pending attack,
 * chosen strength) and the last message; the game itself is the session's.
 */
export class Controller {
  selected = -1;
  pending: { from: number; to: number } | null = null;
  /** Strength to move; 0 means everything in the region. */
  strength = 0;
  leaderCursor = 0;
  message = '';
  error = false;

  constructor(private readonly session: Session) {}

  private get v(): GameView {
    return this.session.view();
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
    const moveTargets = new Set<number>();
    const attackTargets = new Set<number>();
    if (this.selected >= 0 && this.session.humanToMove()) {
      const v = this.v;
      const board = boardOf(v.scenario);
      const id = board.ids[this.selected];
      for (const a of this.session.legal()) {
        if (a.type === 'move' && a.from === id) moveTargets.add(board.index.get(a.to)!);
        if (a.type === 'attack' && a.from === id) attackTargets.add(board.index.get(a.to)!);
        if (a.type === 'moveLeader' && this.leadersHere(v).includes(a.leader)) moveTargets.add(board.index.get(a.to)!);
      }
    }
    return { selected: this.selected, moveTargets, attackTargets, pending: this.pending };
  }

  /** Leaders of the viewer's side standing in the selected region that may still move. */
  leadersHere(v: GameView): string[] {
    const id = boardOf(v.scenario).ids[this.selected];
    return v.leaders.filter((l) => l.status === 'atLarge' && !l.moved && l.at === id).map((l) => l.id);
  }

  odds(): CombatOdds | null {
    if (!this.pending) return null;
    return combatOdds(this.v, this.session.state.active, this.pending.from, this.pending.to);
  }

  private act(action: Action): boolean {
    // What the acting side may read of the log, before and after: never another side's secrets.
    const before = view(this.session.state, action.side).log.flat().length;
    const r = this.session.act(action);
    if (!r.ok) {
      this.say(r.error.message, true);
      return false;
    }
    const fresh = view(this.session.state, action.side).log.flat().slice(before).map((e) => e.text);
    this.say(fresh.join(' ') || 'Done.');
    return true;
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
    const v = this.v;
    const side = v.active;
    const board = boardOf(v.scenario);
    if (v.phase === 'leaders') {
      const here = this.selected >= 0 && i !== this.selected ? this.leadersHere(v) : [];
      if (here.length === 0) return this.select(i);
      const leader = here[this.leaderCursor % here.length]!;
      if (this.act({ type: 'moveLeader', side, leader, to: board.ids[i]! })) this.selected = i;
      return;
    }
    if (this.pending && this.pending.to === i) return this.confirm();
    const from = this.selected;
    const mine = from >= 0 ? v.regions[from]!.units[sideIndex(side)] : 0;
    if (from < 0 || from === i || mine < 1) return this.select(i);
    const target = v.regions[i]!;
    const there = occupant(target);
    const attack: Action = { type: 'attack', side, from: board.ids[from]!, to: board.ids[i]! };
    if (there && hostile(side, there)) {
      const why = check(v, attack);
      if (why) return this.say(why.message, true);
      this.pending = { from, to: i };
      const o = this.odds();
      this.say(o ? `Attack preview: ${describeOdds(o)} Click the target again or press Enter to attack; Esc cancels.` : 'Attack preview.');
      return;
    }
    if (there === side && !board.adjacent[from]!.includes(i)) return this.select(i);
    const strength = this.strength > 0 ? Math.min(this.strength, mine) : mine;
    const move: Action = { type: 'move', side, from: board.ids[from]!, to: board.ids[i]!, strength };
    this.pending = null;
    if (this.act(move)) this.selected = i;
  }

  private select(i: number): void {
    this.selected = i;
    this.pending = null;
    this.leaderCursor = 0;
    const v = this.v;
    const def = v.scenario.regions[i]!;
    const units = v.regions[i]!.units[sideIndex(v.active)];
    if (v.phase === 'leaders') {
      const n = this.leadersHere(v).length;
      this.say(n ? `${def.name}: ${n} leader(s) may move. Click a highlighted region to move one; Tab picks another leader.` : `${def.name}: no leader here can move.`);
    } else if (units > 0) {
      this.say(`${def.name}: ${units} strength. Click a green region to move, a red one to attack; S search, F fortify, R reinforce, X air strike.`);
    } else {
      this.say(`${def.name} selected. S search, R reinforce, X air strike here.`);
    }
  }

  private confirm(): void {
    if (!this.pending) return this.say('No attack to confirm: click an enemy region next to your units.', true);
    const { from, to } = this.pending;
    const board = boardOf(this.v.scenario);
    this.pending = null;
    if (this.act({ type: 'attack', side: this.v.active, from: board.ids[from]!, to: board.ids[to]! })) {
      this.selected = this.v.regions[to]!.units[sideIndex(this.v.active)] > 0 ? to : from;
    }
  }

  command(cmd: Command): void {
    if (cmd === 'undo') {
      if (this.session.canUndo() && this.session.undo()) {
        this.pending = null;
        this.say('Took back the last action.');
      } else this.say('Nothing to undo: an action that rolled dice or ended a phase cannot be taken back.', true);
      return;
    }
    if (!this.session.humanToMove()) return this.say(`Wait: ${SIDE_NAMES[this.session.state.active]} is playing.`);
    const v = this.v;
    const side = v.active;
    const id = boardOf(v.scenario).ids[this.selected];
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
      case 'confirm':
        return this.confirm();
      case 'cancel':
        this.reset();
        return this.say('');
      case 'end':
        this.reset();
        this.act({ type: 'endPhase', side });
        return;
      case 'more':
      case 'less': {
        const max = this.selected >= 0 ? Math.max(1, v.regions[this.selected]!.units[sideIndex(side)]) : 9;
        const cur = this.strength || max;
        this.strength = Math.max(1, Math.min(max, cur + (cmd === 'more' ? 1 : -1)));
        return this.say(`Moves will take ${this.strength} strength.`);
      }
      case 'next':
        if (v.phase === 'leaders') {
          this.leaderCursor++;
          const here = this.leadersHere(v);
          const li = here[this.leaderCursor % Math.max(1, here.length)];
          const name = v.scenario.leaders.find((l) => l.id === li)?.name;
          return this.say(name ? `Next leader to move: ${name}.` : 'No leader here can move.');
        }
        return this.cycleOwn();
    }
  }

  setStrength(n: number): void {
    this.strength = n;
    this.say(n === 0 ? 'Moves will take every unit in the region.' : `Moves will take ${n} strength.`);
  }

  /** Tab: select the next region holding the active side's units. */
  private cycleOwn(): void {
    const v = this.v;
    const s = sideIndex(v.active);
    const n = v.regions.length;
    for (let k = 1; k <= n; k++) {
      const i = (this.selected + k + n) % n;
      if (v.regions[i]!.units[s] > 0) return this.select(i);
    }
  }
}

export function describeOdds(o: CombatOdds): string {
  const mods = o.modifiers.map((m) => `${m.label} ${m.shift > 0 ? '+' : '−'}${Math.abs(m.shift)}`).join(', ');
  return `${o.attackStrength} against ${o.defendStrength}, odds ${o.odds}${mods ? ` (${mods})` : ''}; chance to take it ${Math.round(o.takeChance * 100)}%.`;
}
