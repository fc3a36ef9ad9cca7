import { SIDES, SIDE_NAMES, type Side } from '../rules';
import { botLevels } from '../app/bots';
import { SPEEDS, type SessionConfig, type Seat, type Speed } from '../app/session';

/**
 * The menu's form, as plain DOM over the canvas (text entry and file pickers
 * are the browser's job). Document text only ever reaches the page through
 * `textContent` and `value`, never as HTML.
 */
export interface MenuForm {
  root: HTMLElement;
  scenarioChoice(): 'builtin' | 'custom';
  documentText(): string;
  setDocument(text: string): void;
  /** The seed typed into "Play this seed", or null: then the game plays the menu's secret seed. */
  sharedSeed(): string | null;
  /** Shows the secret seed's commitment (null: still being hashed, or no WebCrypto here). */
  setCommitment(commitment: string | null, unavailable?: boolean): void;
  config(): SessionConfig;
  say(text: string, error?: boolean): void;
  status(text: string): void;
  setContinue(label: string | null): void;
  /** Another tab has this browser's game open (src/app/tabs.ts): say so, and keep every way that would overwrite its autosave shut until this tab takes it over. */
  setElsewhere(open: boolean): void;
  on(id: 'new' | 'continue' | 'load' | 'replay' | 'open-doc' | 'reseed' | 'takeover', fn: () => void): void;
  destroy(): void;
}

// Sizes in rem: the browser's text size setting (and zoom) enlarge the form.
const STYLE = `
#menu { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none; font: 0.875rem "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #2a2a2a; }
#menu .card { pointer-events: auto; background: #f4f1e9; border: 1px solid #6b665c; border-radius: 8px; box-shadow: 0 2px 12px rgba(0,0,0,.15); padding: 18px 24px; width: min(42.5rem, 94vw); max-height: 94vh; overflow: auto; box-sizing: border-box; }
#menu h1 { margin: 0 0 2px; font-size: 1.625rem; letter-spacing: .5px; }
#menu .sub { margin: 0 0 12px; color: #6b665c; }
#menu fieldset { border: 1px solid #cfc7b4; border-radius: 6px; margin: 0 0 10px; padding: 8px 12px; min-width: 0; }
#menu #me-scenario { width: 100%; }
#menu #me-reseed { margin-left: 8px; }
#menu legend { font-weight: bold; font-size: 0.75rem; text-transform: uppercase; color: #6b665c; }
#menu label { margin-right: 14px; white-space: nowrap; }
#menu select, #menu input[type=text] { font: inherit; padding: 3px 4px; max-width: 100%; }
#menu textarea { width: 100%; box-sizing: border-box; height: 7rem; font: 0.75rem/1.35 ui-monospace, monospace; }
#menu button { font: inherit; font-weight: bold; padding: 7px 12px; margin: 4px 0 0 0; border: 1px solid #2a2a2a; border-radius: 4px; background: #fff; cursor: pointer; }
#menu button.primary { background: #3f6a9e; color: #fff; border-color: #2c4f78; }
#menu button:disabled { opacity: .45; cursor: default; }
#menu .row { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
#menu .status { color: #6b665c; font-size: 0.75rem; margin: 6px 0 0; white-space: pre-wrap; }
#menu .message { min-height: 1.2em; margin: 8px 0 0; font-size: 0.8125rem; white-space: pre-wrap; }
#menu .message.error { color: #a3261b; font-weight: bold; }
#menu .commitment { font: 0.75rem/1.35 ui-monospace, monospace; word-break: break-all; }
#menu .elsewhere { border: 2px solid #a3261b; border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; background: #fff6f0; }
#menu .elsewhere p { margin: 0 0 8px; }
#menu .known { color: #a3261b; font-size: 0.75rem; margin: 4px 0 0; }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function select(id: string, options: [string, string][], value: string): HTMLSelectElement {
  const s = el('select', { id });
  for (const [v, label] of options) s.appendChild(el('option', { value: v }, label));
  s.value = value;
  return s;
}

export function createMenuForm(initial: SessionConfig, builtinTitle: string): MenuForm {
  const style = el('style', {}, STYLE);
  const root = el('div', { id: 'menu' });
  const card = el('div', { class: 'card' });
  root.append(style, card);
  card.append(el('h1', {}, 'Middle Euphrates'), el('p', { class: 'sub' }, 'The race for the valley, June 2017 — a game compiled from a news document.'));

  const scen = el('fieldset');
  scen.append(el('legend', {}, 'Scenario'));
  const choice = select('me-scenario', [['builtin', `Built-in: ${builtinTitle}`], ['custom', 'A document you paste or open']], 'builtin');
  choice.setAttribute('aria-label', 'Scenario');
  const doc = el('textarea', { id: 'me-doc', placeholder: 'Paste a news text here…', spellcheck: 'false', 'aria-label': 'News document text' });
  const openDoc = el('button', { id: 'me-open-doc', type: 'button' }, 'Open text or scenario file…');
  const custom = el('div');
  custom.append(doc, openDoc);
  custom.style.display = 'none';
  const status = el('p', { class: 'status', id: 'me-status' });
  choice.addEventListener('change', () => (custom.style.display = choice.value === 'custom' ? '' : 'none'));
  scen.append(choice, custom, status);

  const sides = el('fieldset');
  sides.append(el('legend', {}, 'Sides'));
  const seatRow = el('div', { class: 'row' });
  const seats = {} as Record<Side, HTMLSelectElement>;
  for (const side of SIDES) {
    const label = el('label', {}, `${SIDE_NAMES[side]} `);
    seats[side] = select(`me-seat-${side}`, [['human', 'Human'], ['bot', 'Bot']], initial.seats[side]);
    label.appendChild(seats[side]);
    seatRow.appendChild(label);
  }
  const botRow = el('div', { class: 'row' });
  const levels = botLevels();
  const level = select('me-level', levels.map((l) => [l.id, l.label]), levels.some((l) => l.id === initial.botLevel) ? initial.botLevel : levels[0]!.id);
  const speed = select('me-speed', SPEEDS.map((s) => [s, s[0]!.toUpperCase() + s.slice(1)]), initial.speed);
  const l1 = el('label', {}, 'Bot strength ');
  l1.appendChild(level);
  const l2 = el('label', {}, 'Bot speed ');
  l2.appendChild(speed);
  botRow.append(l1, l2);
  sides.append(seatRow, botRow);

  // The dice (src/app/dice.ts): a secret seed shown only as its commitment, or a seed someone shared, whose dice are known.
  const seedSet = el('fieldset');
  seedSet.append(el('legend', {}, 'Dice'));
  const commitment = el('p', { class: 'status', id: 'me-commitment' });
  const reseed = el('button', { id: 'me-reseed', type: 'button' }, 'Draw another secret seed');
  const seedLabel = el('label', {}, 'Play this seed instead ');
  const seedInput = el('input', { id: 'me-seed', type: 'text', size: '24', placeholder: 'a seed someone shared', spellcheck: 'false' }) as HTMLInputElement;
  seedLabel.appendChild(seedInput);
  const known = el('p', { class: 'known', id: 'me-dice-known' });
  const showKnown = () => {
    const shared = seedInput.value.trim() !== '';
    known.textContent = shared ? 'The dice are known: anyone who knows this seed can foresee every roll of the game. The secret seed above is not used.' : '';
    commitment.style.opacity = shared ? '0.45' : '';
  };
  seedInput.addEventListener('input', showKnown);
  const seedRow = el('div', { class: 'row' });
  seedRow.append(seedLabel, reseed);
  seedSet.append(commitment, seedRow, known);

  const elsewhere = el('div', { class: 'elsewhere', id: 'me-elsewhere', role: 'alert' });
  const takeover = el('button', { id: 'me-takeover', type: 'button', class: 'primary' }, 'Take the game over here');
  elsewhere.append(el('p', {}, 'This browser\'s game is open in another tab. Playing here too would overwrite one tab\'s autosave with the other\'s, so New game, Continue and Load wait until you take it over: the other tab then stops.'), takeover);
  elsewhere.style.display = 'none';

  const buttons = el('div', { class: 'row' });
  const btn = {
    new: el('button', { id: 'me-new', type: 'button', class: 'primary' }, 'New game'),
    continue: el('button', { id: 'me-continue', type: 'button' }, 'Continue'),
    load: el('button', { id: 'me-load', type: 'button' }, 'Load save file…'),
    replay: el('button', { id: 'me-replay', type: 'button' }, 'Watch replay file…'),
    'open-doc': openDoc,
    reseed,
    takeover,
  };
  buttons.append(btn.new, btn.continue, btn.load, btn.replay);
  const message = el('p', { class: 'message', id: 'me-message', role: 'alert' });
  card.append(elsewhere, scen, sides, seedSet, buttons, message);
  (document.getElementById('app') ?? document.body).appendChild(root);
  let hasSave = false;
  let shut = false;

  return {
    root,
    scenarioChoice: () => (choice.value === 'custom' ? 'custom' : 'builtin'),
    documentText: () => doc.value,
    setDocument: (text) => {
      doc.value = text;
      choice.value = 'custom';
      custom.style.display = '';
    },
    sharedSeed: () => seedInput.value.trim() || null,
    setCommitment: (c, unavailable = false) => {
      commitment.textContent = '';
      if (c === null) return void (commitment.textContent = unavailable ? 'A fresh secret seed. This page cannot show its commitment: WebCrypto needs HTTPS or localhost.' : 'A fresh secret seed: hashing it…');
      commitment.append('A fresh secret seed, committed as SHA-256 ', el('span', { class: 'commitment', id: 'me-commitment-hash' }, c), '. Note it: the seed is shown when the game ends, and it must hash to this.');
    },
    config: () => ({
      seats: Object.fromEntries(SIDES.map((s) => [s, seats[s].value as Seat])) as Record<Side, Seat>,
      botLevel: level.value,
      speed: speed.value as Speed,
    }),
    say: (text, error = false) => {
      message.textContent = text;
      message.className = error ? 'message error' : 'message';
    },
    status: (text) => (status.textContent = text),
    setContinue: (label) => {
      hasSave = label !== null;
      btn.continue.disabled = label === null || shut;
      btn.continue.textContent = label ?? 'Continue (no autosave)';
    },
    setElsewhere: (open) => {
      shut = open;
      elsewhere.style.display = open ? '' : 'none';
      btn.new.disabled = btn.load.disabled = open;
      btn.continue.disabled = open || !hasSave;
    },
    on: (id, fn) => btn[id].addEventListener('click', fn),
    destroy: () => root.remove(),
  };
}
