/**
 * One sentence's clauses, speech verbs and actors, looked up for each verb
 * trigger in constant or logarithmic time, so that reading the statements of
 * a sentence with thousands of triggers and names stays linear in its length.
 * Each lookup gives exactly what scanning the sentence up to the trigger
 * would (statements.ts asks in text order: the clause and speech walks move
 * forward only).
 */
import { firstWhere } from './document';
import type { Mention } from './mentions';

/** Verbs of saying: a reported clause after one of them has its own subject ("Russia said Islamic State fighters attacked"). */
const SPEECH_WORDS = ['said', 'says', 'say', 'told', 'believes', 'believe', 'believed', 'reported', 'added', 'claimed', 'warned'];

/** The first letters of the verbs of saying: a try anywhere else fails at once. */
const SPEECH_INITIALS = new Set(SPEECH_WORDS.map((w) => w.charCodeAt(0)));

const isLetter = (cp: string): boolean => /^\p{L}$/u.test(cp);

/** White space as the regular expressions' \s knows it. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export class SentenceClauses {
  private readonly folded: string;
  private readonly start: number;
  private readonly end: number;
  /** End of the run of white space (or of other characters) starting at each offset of the sentence, made when first asked. */
  private runs: { space: Int32Array; word: Int32Array } | null = null;
  private commaList: number[] | null = null;
  /** The sentence's actor mentions, in order. */
  private readonly actors: Mention[];
  /** For each actor, the first actor from it on that no ", which …" aside holds (`actors.length` if none), made when first asked. */
  private free: Int32Array | null = null;
  private breakScan: number;
  private lastBreak: number;
  private walk: { from: number; pos: number; last: number | null } | null = null;

  constructor(folded: string, start: number, end: number, mentions: readonly Mention[], isActor: (m: Mention) => boolean) {
    this.folded = folded;
    this.start = start;
    this.end = end;
    this.breakScan = start;
    this.lastBreak = start;
    this.actors = mentions.filter(isActor);
  }

  private get runEnds(): { space: Int32Array; word: Int32Array } {
    if (!this.runs) {
      // Runs stop at the sentence's end: no question reads past the trigger, which is inside it.
      const { folded, start, end } = this;
      const space = new Int32Array(end - start + 1).fill(end);
      const word = new Int32Array(end - start + 1).fill(end);
      for (let i = end - 1; i >= start; i--) {
        const blank = isSpace(folded.charCodeAt(i));
        space[i - start] = blank ? space[i - start + 1]! : i;
        word[i - start] = blank ? i : word[i - start + 1]!;
      }
      this.runs = { space, word };
    }
    return this.runs;
  }

  private get commas(): number[] {
    if (!this.commaList) {
      this.commaList = [];
      for (let i = this.start; i < this.end; i++) if (this.folded[i] === ',') this.commaList.push(i);
    }
    return this.commaList;
  }

  private get freeFrom(): Int32Array {
    if (!this.free) {
      const n = this.actors.length;
      this.free = new Int32Array(n + 1);
      this.free[n] = n;
      for (let k = n - 1; k >= 0; k--) this.free[k] = this.inAside(this.actors[k]!.start) ? this.free[k + 1]! : k;
    }
    return this.free;
  }

  private spaceRun(i: number): number {
    return this.runEnds.space[i - this.start]!;
  }

  private wordRun(i: number): number {
    return this.runEnds.word[i - this.start]!;
  }

  /**
   * The start of the trigger's clause: just after the last ";", ":" or ". "
   * before `at`, else the sentence's start. Asked with `at` never decreasing.
   */
  clauseStart(at: number): number {
    for (; this.breakScan < at; this.breakScan++) {
      const i = this.breakScan;
      const c = this.folded[i];
      if (c === ';' || c === ':' || (c === '.' && this.folded[i + 1] === ' ')) this.lastBreak = i + 1;
    }
    return this.lastBreak;
  }

  /** Set by `speechAt` when the bound decided something the text did not: the answer may differ with a farther bound. */
  private hitBound = false;

  /**
   * One try of the speech pattern at `pos`, reading nothing at or after `to`,
   * on the text as if it began at `from`: a verb of saying (not right after a
   * letter), white space ("told" takes one word and its space), and "that"
   * with its space if it follows. The end of the match, or -1.
   */
  private speechAt(from: number, pos: number, to: number): number {
    this.hitBound = false;
    const f = this.folded;
    if (!SPEECH_INITIALS.has(f.charCodeAt(pos))) return -1;
    if (pos > from) {
      const low = f.charCodeAt(pos - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && pos - 2 >= from && f.charCodeAt(pos - 2) >= 0xd800 && f.charCodeAt(pos - 2) <= 0xdbff;
      if (isLetter(f.slice(pair ? pos - 2 : pos - 1, pos))) return -1;
    }
    // Every index at or past `to` is unreadable: where one decides the answer, the bound was hit.
    const run = (end: number): number => {
      if (end < to) return end;
      this.hitBound = true;
      return to;
    };
    let end = -1;
    for (const word of SPEECH_WORDS) {
      if (!f.startsWith(word, pos)) continue;
      const after = pos + word.length;
      if (after >= to) {
        this.hitBound = true;
        continue;
      }
      if (!isSpace(f.charCodeAt(after))) continue;
      let e = run(this.spaceRun(after));
      if (word === 'told') {
        // "told" and one word, which must be followed by space before the bound.
        if (e >= to) continue;
        const w = run(this.wordRun(e));
        if (w >= to) continue;
        e = run(this.spaceRun(w));
      }
      end = e;
      break;
    }
    if (end < 0) return -1;
    if (end + 4 >= to) this.hitBound = true;
    else if (f.startsWith('that', end) && isSpace(f.charCodeAt(end + 4))) end = run(this.spaceRun(end + 4));
    return end;
  }

  /**
   * The end of the last verb of saying between `from` and `to`, or null: the
   * last match of a left-to-right search of the text from `from` cut at `to`.
   * Asked with `from` and `to` never decreasing, the search goes on from
   * where the previous question left it: a try whose answer the bound did not
   * change is never made again, and once the bound changes a try's answer, no
   * later one can match before the bound (it would start inside the cut word
   * or space).
   */
  lastSpeech(from: number, to: number): number | null {
    if (!this.walk || this.walk.from !== from) this.walk = { from, pos: from, last: null };
    const w = this.walk;
    while (w.pos < to) {
      let end = this.speechAt(from, w.pos, to);
      if (this.hitBound) {
        const free = this.speechAt(from, w.pos, this.end);
        if (free !== end) return end >= 0 ? end : w.last;
        end = free;
      }
      if (end >= 0) {
        w.last = end;
        w.pos = end;
      } else {
        const c = this.folded.charCodeAt(w.pos);
        const pair = c >= 0xd800 && c <= 0xdbff && w.pos + 1 < this.end && this.folded.charCodeAt(w.pos + 1) >= 0xdc00 && this.folded.charCodeAt(w.pos + 1) <= 0xdfff;
        w.pos += pair ? 2 : 1;
      }
    }
    return w.last;
  }

  /** Is an actor named wholly between `from` and `to`? */
  actorWithin(from: number, to: number): boolean {
    const m = this.actors[firstWhere(this.actors, (a) => a.start >= from)];
    return m !== undefined && m.end <= to;
  }

  /** Is an offset inside a relative aside (", which regards the YPG as a terrorist group,"), reading from the sentence's start? */
  private inAside(at: number): boolean {
    const c = this.lastCommaBefore(at);
    if (c < 0) return false;
    return (this.folded.startsWith(', which', c) && c + 7 <= at) || (this.folded.startsWith(', who', c) && c + 5 <= at);
  }

  private lastCommaBefore(at: number): number {
    const k = firstWhere(this.commas, (c) => c >= at) - 1;
    return k >= 0 ? this.commas[k]! : -1;
  }

  /**
   * The subject: the first actor named in the clause from `from` and ending by
   * `to` that no ", which …" aside (opened after `from`) holds.
   */
  firstAgent(from: number, to: number): Mention | undefined {
    const k = firstWhere(this.actors, (a) => a.start >= from);
    const first = this.actors[k];
    if (!first) return undefined;
    // Before the first comma after `from` no aside can be open; after it, an aside is judged as from the sentence's start.
    const comma = this.commas[firstWhere(this.commas, (c) => c >= from)] ?? Infinity;
    const m = comma >= first.start ? first : this.actors[this.freeFrom[k]!];
    return m && m.end <= to ? m : undefined;
  }

  /** The last actor named before `to`, anywhere in the sentence. */
  lastActorBefore(to: number): Mention | undefined {
    return this.actors[firstWhere(this.actors, (a) => a.end > to) - 1];
  }
}
