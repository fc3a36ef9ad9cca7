import { SIDES, SIDE_NAMES, type Side } from '../rules';

/**
 * The private save's dialogs, as plain DOM over the canvas (a passphrase is
 * typed into a password field, never drawn). Keys typed into them stop at the
 * dialog: the table's shortcuts never see a passphrase. Each dialog stays open
 * until its action succeeds or it is cancelled, showing a refusal on one line.
 */
const STYLE = `
#seal { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; background: rgba(40,38,34,.45); font: 14px "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #2a2a2a; z-index: 10; }
#seal form { background: #f4f1e9; border: 1px solid #6b665c; border-radius: 8px; box-shadow: 0 2px 12px rgba(0,0,0,.2); padding: 16px 22px; width: min(520px, 94vw); box-sizing: border-box; }
#seal h2 { margin: 0 0 8px; font-size: 18px; }
#seal p { margin: 0 0 10px; }
#seal label { display: block; margin: 8px 0 2px; font-weight: bold; font-size: 12px; }
#seal input, #seal select { font: inherit; padding: 4px; width: 100%; box-sizing: border-box; }
#seal .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
#seal button { font: inherit; font-weight: bold; padding: 6px 12px; border: 1px solid #2a2a2a; border-radius: 4px; background: #fff; cursor: pointer; }
#seal button.primary { background: #3f6a9e; color: #fff; border-color: #2c4f78; }
#seal button:disabled { opacity: .45; cursor: default; }
#seal .error { color: #a3261b; font-weight: bold; min-height: 1.2em; margin: 8px 0 0; }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface SealDialog {
  close(): void;
}

/**
 * A dialog whose submit runs `act`: a sentence back is a refusal shown in the
 * dialog, null closes it. Resolves `done` true when it closed on success.
 */
function dialog(title: string, intro: string, fields: HTMLElement[], submitLabel: string, act: () => Promise<string | null>): SealDialog & { done: Promise<boolean> } {
  const root = el('div', { id: 'seal' });
  const form = el('form', { id: 'seal-form' });
  const error = el('p', { class: 'error', id: 'seal-error', role: 'alert' });
  const cancel = el('button', { id: 'seal-cancel', type: 'button' }, 'Cancel');
  const submit = el('button', { id: 'seal-submit', type: 'submit', class: 'primary' }, submitLabel);
  const row = el('div', { class: 'row' });
  row.append(cancel, submit);
  form.append(el('h2', {}, title), el('p', { id: 'seal-intro' }, intro), ...fields, error, row);
  root.append(el('style', {}, STYLE), form);
  let finish: (ok: boolean) => void = () => {};
  const done = new Promise<boolean>((ok) => (finish = ok));
  const close = (ok: boolean) => {
    root.remove();
    finish(ok);
  };
  root.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') close(false);
  });
  root.addEventListener('keyup', (e) => e.stopPropagation());
  cancel.addEventListener('click', () => close(false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = 'Working…';
    void act().then((refusal) => {
      submit.disabled = false;
      if (refusal === null) close(true);
      else error.textContent = refusal;
    });
  });
  document.body.appendChild(root);
  (form.querySelector('select, input') as HTMLElement | null)?.focus();
  return { close: () => close(false), done };
}

function passphraseField(id: string, label: string, autocomplete: string): [HTMLLabelElement, HTMLInputElement] {
  const input = el('input', { id, type: 'password', autocomplete, spellcheck: 'false' });
  const l = el('label', { for: id }, label);
  return [l, input];
}

/**
 * Export: for which side, and the keepers' passphrases (twice each: a typo
 * would lock the game away). `exportFor` seals and downloads; its sentence
 * back is a refusal.
 */
export function askPrivateExport(
  defaultSide: Side,
  keepers: readonly Side[],
  exportFor: (side: Side, passphrases: Partial<Record<Side, string>>) => Promise<string | null>,
): SealDialog & { done: Promise<boolean> } {
  const side = el('select', { id: 'seal-side' });
  for (const s of SIDES) side.appendChild(el('option', { value: s }, SIDE_NAMES[s]));
  side.value = defaultSide;
  const fields: HTMLElement[] = [el('label', { for: 'seal-side' }, 'For the player of'), side];
  const inputs = keepers.map((keeper) => {
    const [l1, first] = passphraseField(`seal-pass-${keeper}`, `${SIDE_NAMES[keeper]}'s passphrase`, 'new-password');
    const [l2, again] = passphraseField(`seal-again-${keeper}`, `${SIDE_NAMES[keeper]}'s passphrase again`, 'new-password');
    fields.push(l1, first, l2, again);
    return { keeper, first, again };
  });
  const names = keepers.map((k) => SIDE_NAMES[k]).join(' and ');
  return dialog(
    'Private save',
    `A file to pass to the next player. In plain it holds only what the side it is for may see; the whole game is sealed under ${names}'s passphrase, which alone opens it to play on.`,
    fields,
    'Seal and download',
    async () => {
      const passphrases: Partial<Record<Side, string>> = {};
      for (const { keeper, first, again } of inputs) {
        if (first.value !== again.value) return `The two ${SIDE_NAMES[keeper]} passphrases differ.`;
        passphrases[keeper] = first.value;
      }
      return exportFor(side.value as Side, passphrases);
    },
  );
}

/** Open: what the file says in plain, and the keeper's passphrase; `open` unseals and loads, its sentence back a refusal. */
export function askPrivateOpen(summary: string, keeper: Side, open: (passphrase: string) => Promise<string | null>): SealDialog & { done: Promise<boolean> } {
  const [label, input] = passphraseField(`seal-pass-${keeper}`, `${SIDE_NAMES[keeper]}'s passphrase`, 'current-password');
  return dialog('Open a private save', `${summary} Only ${SIDE_NAMES[keeper]}'s passphrase opens it to play on.`, [label, input], 'Open', () => open(input.value));
}
