/** Download and open JSON files: the save and replay files the player keeps. */
export function downloadText(name: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The most a file may weigh before it is read, and the sentence that refuses a heavier one. */
export interface FileLimit {
  bytes: number;
  refuse: (name: string, size: number) => string;
}

/** Saves and replays: the size the command line refuses too. */
export const RECORD_LIMIT: FileLimit = {
  bytes: 50 * 1024 * 1024,
  refuse: (name, size) => `${name} is ${Math.round(size / 1024 / 1024)} MB; a save or replay over 50 MB is refused.`,
};

export type OpenedFile = { name: string; text: string } | { name: string; error: string };

/**
 * Opens a file picker and resolves with the chosen file's text (null if
 * cancelled), or the sentence refusing a file over the limit, which is
 * then never read.
 */
export function openTextFile(accept = '.json,application/json,.txt,text/plain', limit: FileLimit = RECORD_LIMIT): Promise<OpenedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > limit.bytes) return resolve({ name: file.name, error: limit.refuse(file.name, file.size) });
      file.text().then((text) => resolve({ name: file.name, text }), () => resolve(null));
    });
    document.body.appendChild(input);
    input.click();
  });
}
