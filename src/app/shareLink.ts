/**
 * Share links: a replay in the page's URL (`#replay=…`), so a finished game
 * can be sent as a link and opened in the replay viewer. The replay's JSON is
 * deflated (the browser's CompressionStream) and written in base64url; the
 * built-in scenario is referenced by name, not copied, which keeps a link of a
 * whole game to a couple of kilobytes. Reading a link undoes each step and
 * says in one sentence which one failed; the replay itself is then checked by
 * the loader like any replay file.
 */
import { LIMITS, type Replay, type Scenario } from '../rules';

export const LINK_PREFIX = '#replay=';
/** What the built-in scenario is written as in a link. */
const BUILTIN = 'builtin';
/** A link longer than this is refused before it is decoded (browsers take URLs of a few megabytes at most). */
export const MAX_LINK_CHARS = 2_000_000;

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A small link can inflate to gigabytes: stop at what a replay file may hold.
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The link to `replay` on the page at `base` (origin and path, no hash). */
export async function replayLink(replay: Replay, base: string, builtin: Scenario | null): Promise<string> {
  const same = builtin !== null && JSON.stringify(replay.scenario) === JSON.stringify(builtin);
  const text = JSON.stringify(same ? { ...replay, scenario: BUILTIN } : replay);
  const packed = await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
  return `${base}${LINK_PREFIX}${toBase64Url(packed)}`;
}

export type LinkRead = { ok: true; text: string } | { ok: false; error: string };

/**
 * The replay file a URL hash carries, as the text a replay file would hold, or
 * null when the hash carries none. `builtin` stands in for a scenario the link
 * names as built in.
 */
export async function readReplayLink(hash: string, builtin: Scenario | null): Promise<LinkRead | null> {
  if (!hash.startsWith(LINK_PREFIX)) return null;
  const data = hash.slice(LINK_PREFIX.length);
  const bad = (why: string): LinkRead => ({ ok: false, error: `This link holds no replay the game can open: ${why}.` });
  if (data.length === 0) return bad('it ends after "#replay="');
  if (data.length > MAX_LINK_CHARS) return bad(`it is ${data.length.toLocaleString('en-US')} characters long, more than a replay link can be`);
  const bytes = fromBase64Url(data);
  if (!bytes) return bad('it is cut or changed (it is not base64url text)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw'), LIMITS.fileChars));
  } catch (e) {
    return bad(e instanceof RangeError ? `it unpacks to more than a replay file may hold (${LIMITS.fileChars / 1024 / 1024} MB)` : 'it is cut or changed (it does not unpack)');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return bad('it unpacks to something that is not JSON');
  }
  if (typeof parsed === 'object' && parsed !== null && (parsed as { scenario?: unknown }).scenario === BUILTIN) {
    if (!builtin) return bad('it refers to the built-in scenario, which this page could not build');
    return { ok: true, text: JSON.stringify({ ...(parsed as object), scenario: builtin }) };
  }
  return { ok: true, text };
}
