/**
 * Transliteration keys for Arabic place names. News copy spells the same town
 * many ways (Deir ez-Zor, Dayr az-Zawr, Deir Ezzor, Dair al-Zour; Baghuz,
 * Baghouz; Abu Kamal, Abu Kemal; Ma'adan, Madan): the key folds what varies
 * between romanizations (the article and its assimilation, vowel spellings,
 * doubled letters, q/k, a final h, ayn and hamza marks) so every spelling of
 * a place gives the same key, and the gazetteer is looked up by key.
 */

/** The Arabic article as its own word ("al-Bab", "Deir ez-Zor", "As Sukhnah"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'an', 'ud', 'ul', 'ed', 'es', 'et', 'er', 'en', 'adh', 'ath']);
/** Letters the article assimilates to ("Ezzor" = "ez-Zor", "Assukhnah"). */
const SUN = 'tdrzsnl';

function foldWord(word: string): string {
  let w = word;
  // A glued, assimilated article: "ezzor" -> "zor".
  if (w.length > 4 && /^[ae]/.test(w) && SUN.includes(w[1] ?? '') && w[1] === w[2]) w = w.slice(2);
  w = w
    .replace(/ou|oo|aw/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ei|ai|ey/g, 'ay')
    .replace(/o/g, 'u')
    .replace(/e/g, 'a')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1');
  if (w.length > 3 && /[aiu]h$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The words of a name, lower case, without diacritics, ayn/hamza marks or punctuation. */
export function nameWords(name: string): string[] {
  // A plain ASCII word is its own lower case: nothing to decompose, strip or split.
  if (/^[A-Za-z0-9]+$/.test(name)) return [name.toLowerCase()];
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** A name word's parts, folded, each marked if it is the article: the pieces a key is joined from. */
export interface KeyPart {
  folded: string;
  article: boolean;
}

const partCache = new Map<string, KeyPart[]>();

/** The key parts of one written word (cached: news copy repeats its names). */
export function keyParts(word: string): KeyPart[] {
  let parts = partCache.get(word);
  if (!parts) {
    parts = nameWords(word).map((w) => ({ folded: foldWord(w), article: ARTICLES.has(w) }));
    if (partCache.size > 50_000) partCache.clear();
    partCache.set(word, parts);
  }
  return parts;
}

/** The key of a run of parts: articles dropped except a final one. */
export function joinKey(parts: readonly KeyPart[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.article && i < parts.length - 1) continue;
    out = out ? `${out} ${p.folded}` : p.folded;
  }
  return out;
}

/** The transliteration key of a place name: equal for the usual spellings of one place. */
export function placeKey(name: string): string {
  return joinKey(name.split(/\s+/).flatMap(keyParts));
}
