/**
 * Sealing bytes under a passphrase with WebCrypto (the browser's, and Node's
 * `globalThis.crypto`): PBKDF2-SHA-256 stretches the passphrase with a random
 * salt into 512 bits, the first 256 an AES-256-GCM key, the next 128 a check
 * value stored beside the ciphertext. The check tells a wrong passphrase from
 * a changed file: with the right passphrase the check matches, and then only a
 * change to the ciphertext or to the authenticated plain text (`aad`) makes
 * GCM refuse. Each seal draws a fresh salt and IV.
 */
export const KDF = 'PBKDF2-SHA-256';
/** OWASP's figure for PBKDF2-SHA-256 (2023). */
export const ITERATIONS = 600_000;
/** What a file may ask for: fewer would make a passphrase cheap to guess, more would freeze the page. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;

export interface Sealed {
  kdf: typeof KDF;
  iterations: number;
  /** base64 */
  salt: string;
  iv: string;
  check: string;
  data: string;
}

export type Unsealed = { ok: true; plain: Uint8Array } | { ok: false; why: 'passphrase' | 'changed' };

const subtle = () => globalThis.crypto.subtle;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes, or null when the text is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512));
  const key = await subtle().importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32, 32 + CHECK_BYTES) };
}

export async function seal(plain: Uint8Array<ArrayBuffer>, passphrase: string, aad: Uint8Array<ArrayBuffer>, iterations = ITERATIONS): Promise<Sealed> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await derive(passphrase, salt, iterations);
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain));
  return { kdf: KDF, iterations, salt: toBase64(salt), iv: toBase64(iv), check: toBase64(check), data: toBase64(data) };
}

/** The sealed bytes, or why not: the passphrase is not the one it was sealed with, or the file changed since. */
export async function unseal(sealed: Sealed, passphrase: string, aad: Uint8Array<ArrayBuffer>): Promise<Unsealed> {
  const salt = fromBase64(sealed.salt);
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  const check = fromBase64(sealed.check);
  if (!salt || !iv || !data || !check) return { ok: false, why: 'changed' };
  const derived = await derive(passphrase, salt, sealed.iterations);
  if (derived.check.length !== check.length || derived.check.some((b, i) => b !== check[i])) return { ok: false, why: 'passphrase' };
  try {
    return { ok: true, plain: new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: aad }, derived.key, data)) };
  } catch {
    return { ok: false, why: 'changed' };
  }
}
