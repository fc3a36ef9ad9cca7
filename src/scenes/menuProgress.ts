import type { JobProgress } from '../app/jobs';
import type { MenuForm } from './menuForm';

/**
 * The menu's progress bar and Cancel button, shown while a long job
 * (compiling a document, opening a replay or a save) runs in the worker. The
 * rest of the menu is inert meanwhile (no click, key or focus reaches it), so
 * a second job cannot start under the first, and the form's own enabling of
 * its buttons is left as it is; Cancel (or Escape) ends the job and gives the
 * menu back.
 */
export interface MenuProgress {
  start(title: string, onCancel: () => void): void;
  update(progress: JobProgress): void;
  finish(): void;
  destroy(): void;
}

const STYLE = `
#me-progress { margin: 8px 0 0; padding: 8px 10px; border: 1px solid #cfc7b4; border-radius: 6px; background: #fbf9f4; }
#me-progress[hidden] { display: none; }
#me-progress .title { font-weight: bold; margin: 0 0 4px; }
#me-progress .bar { display: flex; align-items: center; gap: 10px; }
#me-progress progress { flex: 1; height: 14px; }
#me-progress #me-cancel { margin: 0; }
#me-progress .stage { color: #6b665c; font-size: 12px; margin: 4px 0 0; min-height: 1.2em; }
#menu .card > [inert] { opacity: .55; }
`;

export function createMenuProgress(form: MenuForm): MenuProgress {
  const box = document.createElement('div');
  box.id = 'me-progress';
  box.setAttribute('role', 'status');
  box.hidden = true;
  const style = document.createElement('style');
  style.textContent = STYLE;
  const title = document.createElement('p');
  title.className = 'title';
  const bar = document.createElement('div');
  bar.className = 'bar';
  const meter = document.createElement('progress');
  meter.id = 'me-progress-bar';
  meter.max = 1;
  const cancel = document.createElement('button');
  cancel.id = 'me-cancel';
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  bar.append(meter, cancel);
  const stage = document.createElement('p');
  stage.className = 'stage';
  stage.id = 'me-progress-stage';
  box.append(style, title, bar, stage);
  const card = form.root.querySelector('.card') ?? form.root;
  card.insertBefore(box, card.querySelector(':scope > #me-message'));

  let onCancel: (() => void) | null = null;
  const doCancel = (): void => onCancel?.();
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && onCancel) doCancel();
  };
  cancel.addEventListener('click', doCancel);
  window.addEventListener('keydown', onKey);
  /** Everything in the card but the progress box waits while a job runs. */
  const hold = (held: boolean): void => {
    for (const child of card.children) if (child !== box && child instanceof HTMLElement) child.inert = held;
  };

  return {
    start: (text, cancelJob) => {
      hold(true);
      onCancel = cancelJob;
      title.textContent = text;
      meter.removeAttribute('value'); // indeterminate until the job tells how far it is
      stage.textContent = '';
      box.hidden = false;
      form.say('');
      cancel.focus();
    },
    update: (p) => {
      if (p.done === null) meter.removeAttribute('value');
      else meter.value = Math.max(0, Math.min(1, p.done));
      stage.textContent = p.done === null ? p.stage : `${p.stage} (${Math.round(p.done * 100)}%)`;
    },
    finish: () => {
      onCancel = null;
      box.hidden = true;
      hold(false);
    },
    destroy: () => {
      window.removeEventListener('keydown', onKey);
      box.remove();
    },
  };
}
