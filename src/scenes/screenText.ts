/*
 * The game as text, for screen readers: a visually hidden DOM layer beside
 * the canvas (which is hidden from them), with a heading, sections of facts
 * and lists, and a live log that announces each event as it happens. The
 * scenes fill it from what they draw; it shows nothing the screen does not
 * (behind a hand-over card, only the card).
 */

export interface TextSection {
  heading: string;
  lines: readonly string[];
  /** Lines read as a list (regions, keys) rather than as paragraphs. */
  list?: boolean;
}

export interface TextScreen {
  title: string;
  sections: readonly TextSection[];
}

const STYLE = `
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

/** Announcements kept in the log: a screen reader reads each once, as it comes. */
const KEPT = 40;

export class ScreenText {
  private static page: ScreenText | null = null;

  /** The page's one layer, made on first use inside the page's main landmark. */
  static get(): ScreenText {
    ScreenText.page ??= new ScreenText();
    return ScreenText.page;
  }

  private readonly root: HTMLElement;
  private readonly body: HTMLElement;
  private readonly log: HTMLElement;
  private shown = '';

  private constructor() {
    const host = document.getElementById('app') ?? document.body;
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.appendChild(style);
    this.root = document.createElement('div');
    this.root.id = 'screen-text';
    this.root.className = 'sr-only';
    this.body = document.createElement('div');
    this.log = document.createElement('div');
    this.log.id = 'screen-text-log';
    this.log.setAttribute('role', 'log');
    this.log.setAttribute('aria-live', 'polite');
    this.log.setAttribute('aria-label', 'What happens');
    this.root.append(this.body, this.log);
    host.appendChild(this.root);
  }

  /** Shows a screen; nothing is rewritten when it says what it said already. */
  show(screen: TextScreen): void {
    const key = JSON.stringify(screen);
    if (key === this.shown) return;
    this.shown = key;
    this.root.hidden = false;
    const parts: HTMLElement[] = [el('h1', screen.title)];
    screen.sections.forEach((section, i) => {
      const box = document.createElement('section');
      const id = `screen-text-${i}`;
      box.setAttribute('aria-labelledby', id);
      const h = el('h2', section.heading);
      h.id = id;
      box.appendChild(h);
      if (section.list) {
        const ul = document.createElement('ul');
        for (const line of section.lines) ul.appendChild(el('li', line));
        box.appendChild(ul);
      } else for (const line of section.lines) box.appendChild(el('p', line));
      parts.push(box);
    });
    this.body.replaceChildren(...parts);
  }

  /** Says each line once, in order, through the live log. */
  announce(lines: readonly string[]): void {
    for (const line of lines) this.log.appendChild(el('p', line));
    while (this.log.childElementCount > KEPT) this.log.firstElementChild!.remove();
  }

  /** Empties the layer and its log: the menu is plain DOM, read as it is. */
  hide(): void {
    this.shown = '';
    this.body.replaceChildren();
    this.log.replaceChildren();
    this.root.hidden = true;
  }
}

function el(tag: string, text: string): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
}
