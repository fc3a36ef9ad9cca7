import type { Page } from 'playwright-core';
import { loadGame, type GameState } from '../../src/rules';

/** The page's IndexedDB autosave, read and written from a test with the plain IndexedDB API (src/app/storage.ts). */
export const DB = { name: 'middle-euphrates', store: 'autosave', version: 1 } as const;
export const KEY = 'middle-euphrates/autosave';
export const PREVIOUS = 'middle-euphrates/autosave-previous';
export const BACKUP = 'middle-euphrates/autosave-unreadable';

/** A record of the page's autosave store (undefined when absent). Opens the database as the page does, so a first open creates the same store. */
export async function idbGet(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    ([db, key]) =>
      new Promise<unknown>((ok, fail) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(db.store, 'readonly').objectStore(db.store).get(key);
          get.onsuccess = () => {
            open.result.close();
            ok(get.result);
          };
          get.onerror = () => fail(get.error);
        };
      }),
    [DB, key] as const,
  );
}

/** Every record of the page's autosave store. */
export async function idbAll(page: Page): Promise<unknown[]> {
  return page.evaluate(
    (db) =>
      new Promise<unknown[]>((ok, fail) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(db.store, 'readonly').objectStore(db.store).getAll();
          all.onsuccess = () => {
            open.result.close();
            ok(all.result);
          };
          all.onerror = () => fail(all.error);
        };
      }),
    DB,
  );
}

export async function idbPut(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([db, key, value]) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(db.store, 'readwrite', { durability: 'strict' });
          tx.objectStore(db.store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [DB, key, value] as const,
  );
}

/** An autosave record as the page writes it: who plays which side, and the save file in base64. */
export function autosaveRecord(saveText: string, config: unknown): string {
  return JSON.stringify({ config, sealed: Buffer.from(saveText, 'utf8').toString('base64') });
}

/** The game an autosave record holds, loaded by the rules in Node (null if it holds none that loads). */
export function gameIn(record: unknown): GameState | null {
  if (typeof record !== 'string') return null;
  const { sealed } = JSON.parse(record) as { sealed?: string };
  if (typeof sealed !== 'string') return null;
  const loaded = loadGame(Buffer.from(sealed, 'base64').toString('utf8'));
  return loaded.ok ? loaded.value : null;
}
