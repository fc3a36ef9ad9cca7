/**
 * Turning a file's bytes into the document's text, or a one-sentence reason
 * why not: empty, too long, binary, or not UTF-8. The text is kept exactly as given
 * (BOM and line endings included) so provenance offsets index into it.
 */

import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from './defaults';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** The cap, said the same way wherever a document is refused for its length. */
export function tooLong(what: string): string {
  return `${what}; the compiler reads documents of up to ${MAX_DOCUMENT_CHARS.toLocaleString('en-US')} characters (a long news report is about 50,000).`;
}

export function decodeDocument(bytes: Uint8Array, name: string): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: `${name} is empty: there is no document to compile.` };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, error: tooLong(`${name} is more than ${megabytes(MAX_DOCUMENT_BYTES)}`) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: `${name} is a binary file (a NUL byte on line ${lineOfByte(bytes, nul)}), not a text document.` };
  let control = 0;
  for (const b of bytes) if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  if (control > bytes.length * 0.1) return { ok: false, error: `${name} is a binary file (${control} control bytes in ${bytes.length}), not a text document.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` (byte ${at}, line ${lineOfByte(bytes, at)})` : '';
    return { ok: false, error: `${name} is not valid UTF-8${where}: save it as UTF-8 text.` };
  }
  if (text.replace(/^\ufeff/, '').trim() === '') return { ok: false, error: `${name} holds only whitespace: there is no document to compile.` };
  return { ok: true, text };
}
