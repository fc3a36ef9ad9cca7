import Phaser from 'phaser';
import { actionsOf, apply, exportReplay, newGame, SIDES, SIDE_NAMES, view, type Action, type GameState } from '../rules';
import { BoardView, NO_HIGHLIGHT } from './board';
import { debug } from '../app/debug';
import { downloadText } from '../app/files';
import { Session } from '../app/session';
import { ButtonBar } from './buttons';
import type { GameData } from './Game';
import { randomSeed } from './menuForm';
import { COLORS, SIDE_COLOR, dpr, textStyle } from './theme';

/** Every state of the finished game, rebuilt from its seed and actions (the replay). */
export function replayStates(final: GameState): GameState[] {
  const states = [newGame(final.scenario, final.seed)];
  for (const action of actionsOf(final)) {
    const next = apply(states[states.length - 1]!, action);
    if (!next.ok) break;
    states.push(next.state);
  }
  return states;
}

/** Strength each side lost to attacks and air strikes, read from the replayed states. */
function losses(states: GameState[], actions: Action[]): number[] {
  const lost = [0, 0, 0];
  for (let i = 1; i < states.length; i++) {
    const a = actions[i - 1];
    if (!a || (a.type !== 'attack' && a.type !== 'airStrike')) continue;
    for (let s = 0; s < 3; s++) {
      const before = states[i - 1]!.regions.reduce((n, r) => n + r.units[s]!, 0);
      const after = states[i]!.regions.reduce((n, r) => n + r.units[s]!, 0);
      lost[s]! += Math.max(0, before - after);
    }
  }
  return lost;
}

/** The result: who won and why, a summary, the replay to export or watch, and another game. */
export class GameOver extends Phaser.Scene {
  private session!: Session;

  constructor() {
    super('GameOver');
  }

  init(data: GameData): void {
    this.session = data.session;
  }

  create(): void {
    debug.session = this.session;
    this.draw();
    this.scale.on('resize', this.draw, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.draw, this));
  }

  private draw(): void {
    this.children.removeAll(true);
    const u = dpr();
    const W = this.scale.width;
    const H = this.scale.height;
    const s = this.session.state;
    const states = replayStates(s);
    const actions = actionsOf(s);
    const lost = losses(states, actions);
    const g = this.add.graphics();
    g.fillStyle(COLORS.paper, 1).fillRect(0, 0, W, H);
    // Wide windows show the final position beside the result, every secret revealed.
    const wide = W >= 1000 * u;
    const w = wide ? Math.min(560 * u, W * 0.45) : Math.min(W - 40 * u, 720 * u);
    const x = wide ? 24 * u : (W - w) / 2;
    let y = 40 * u;
    if (wide) {
      const board = new BoardView(this, u);
      const rect = { x: x + w + 24 * u, y: 24 * u, w: W - (x + w + 48 * u), h: H - 48 * u };
      board.layout(rect, s.scenario);
      board.draw(view(s, 'islamicState'), NO_HIGHLIGHT);
      this.add.graphics().lineStyle(1.5 * u, COLORS.inkSoft, 0.8).strokeRect(rect.x, rect.y, rect.w, rect.h);
    }
    const add = (text: string, size: number, color: number = COLORS.ink, bold = false) => {
      const t = this.add.text(Math.round(x + 24 * u), Math.round(y), text, { ...textStyle(size, color, bold), wordWrap: { width: w - 48 * u, useAdvancedWrap: true } });
      y += t.height + 8 * u;
    };
    const top = y;
    const card = this.add.graphics();
    y += 20 * u;
    const winner = s.result?.winner ?? null;
    add(winner ? `${SIDE_NAMES[winner]} wins` : 'Draw', 30, winner ? SIDE_COLOR[winner] : COLORS.ink, true);
    add(s.result?.reason ?? 'The game ended.', 15);
    add(`${s.scenario.title} · seed “${s.seed}” · ${s.turn} of ${s.scenario.turns} turns played · ${actions.length} actions`, 12, COLORS.inkSoft);
    add('LEADERS', 11, COLORS.inkSoft, true);
    s.leaders.forEach((l, i) => {
      const def = s.scenario.leaders[i]!;
      const where = s.scenario.regions.find((r) => r.id === l.at)?.name ?? 'unknown';
      add(`${def.name}: ${l.status === 'atLarge' ? `escaped, at large in ${where}` : `${l.status} in ${where}`}`, 13);
    });
    add('SIDES', 11, COLORS.inkSoft, true);
    SIDES.forEach((side, i) => {
      const vp = s.vp[i]! + (side === 'islamicState' ? s.hiddenVp : 0);
      const held = s.regions.filter((r) => r.control === side).length;
      add(`${SIDE_NAMES[side]}: ${vp} victory points · ${held} regions held · ${lost[i]} strength lost${this.session.isHuman(side) ? ' · human' : ''}`, 13, SIDE_COLOR[side]);
    });
    add(`Escalation ended at ${s.escalation}, Turkey tension at ${s.turkeyTension}.`, 13);
    y += 10 * u;
    card.fillStyle(COLORS.panel, 1).fillRoundedRect(x, top, w, y - top, 8 * u).lineStyle(1.5 * u, COLORS.ink, 0.8).strokeRoundedRect(x, top, w, y - top, 8 * u);
    const bar = new ButtonBar(this, u);
    const bw = Math.min(w, 4 * 130 * u + 5 * 5 * u);
    bar.draw({ x: x + (w - bw) / 2, y: y + 12 * u, w: bw, h: 50 * u }, [
      { id: 'export', label: 'Export replay', key: 'X', enabled: true },
      { id: 'watch', label: 'Watch replay', key: 'W', enabled: true },
      { id: 'again', label: 'Play again', key: 'P', enabled: true },
      { id: 'menu', label: 'Menu', key: 'M', enabled: true },
    ]);
    const run = (id: string) => {
      if (id === 'export') downloadText(`middle-euphrates-replay-${s.seed}.json`, JSON.stringify(exportReplay(s), null, 1));
      if (id === 'watch') this.scene.start('Game', { session: this.session, replay: { states, index: states.length - 1 } } satisfies GameData);
      if (id === 'again') this.scene.start('Game', { session: Session.start(s.scenario, randomSeed(), this.session.config) } satisfies GameData);
      if (id === 'menu') this.scene.start('Menu');
    };
    this.input.removeAllListeners();
    this.input.keyboard?.removeAllListeners();
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      const hit = bar.hit(p.x, p.y);
      if (hit) run(hit.id);
    });
    this.input.keyboard?.on('keydown', (e: KeyboardEvent) => {
      const id = ({ x: 'export', w: 'watch', p: 'again', m: 'menu' } as Record<string, string>)[e.key.toLowerCase()];
      if (id) run(id);
    });
    const canvas = this.game.canvas.getBoundingClientRect();
    const k = canvas.width / W;
    debug.screen = {
      scene: 'GameOver',
      regions: {},
      buttons: Object.fromEntries(bar.rects.map(({ def, rect }) => [def.id, { x: canvas.left + (rect.x + rect.w / 2) * k, y: canvas.top + (rect.y + rect.h / 2) * k, label: def.label, enabled: true }])),
      message: s.result?.reason ?? '',
      selected: null,
    };
  }
}
