/**
 * Stated distances: "90 miles from Raqqa". The figure is measured from the
 * place after "from" to another place of the same sentence (or, failing one,
 * of the sentence before); of several candidates, the one whose gazetteer
 * distance agrees best with the figure is taken, since a news sentence
 * usually locates its subject, and the subject is the place the figure fits.
 */
import { mentionsIn, type Doc } from '../document';
import { shortestPath } from '../routes';

export interface StatedDistance {
  from: string;
  to: string;
  /** The document's figure, in kilometres. */
  km: number;
  /** The figure as written ("90 miles"). */
  stated: string;
  /** The gazetteer's road/river distance along the shortest route. */
  gazetteerKm: number;
  /** Gazetteer ids along that route, `from` first. */
  route: string[];
  sentence: number;
}

const MILE_KM = 1.609344;
const DISTANCE = /(?<![\d.,])(\d{1,6}(?:[.,]\d{1,3})?)\s{0,3}(miles?|mi|kilometers?|kilometres?|km)\s+(?:\(\s*\d+\s*\w+\s*\)\s+)?(?:away\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|from|outside(?:\s+of)?)\s+(?:the\s+(?:city|town)\s+of\s+)?/gu;

export function extractDistances(doc: Doc): StatedDistance[] {
  const out: StatedDistance[] = [];
  const byStart = new Map(doc.mentions.filter((m) => m.target.kind === 'place').map((m) => [m.start, m]));
  DISTANCE.lastIndex = 0;
  for (let r = DISTANCE.exec(doc.folded); r; r = DISTANCE.exec(doc.folded)) {
    const figure = Number((r[1] ?? '0').replace(',', '.'));
    const unit = r[2] ?? 'km';
    const km = unit.startsWith('mi') ? figure * MILE_KM : figure;
    const after = r.index + r[0].length;
    const anchor = byStart.get(after);
    if (!anchor || anchor.target.kind !== 'place' || !(km > 0)) continue;
    const from = anchor.target.id;
    const candidates = (sentence: number): string[] => [
      ...new Set(
        mentionsIn(doc, sentence)
          .filter((m) => m.target.kind === 'place' && m !== anchor)
          .map((m) => (m.target.kind === 'place' ? m.target.id : ''))
          .filter((id) => id !== '' && id !== from),
      ),
    ];
    let ids = candidates(anchor.sentence);
    if (ids.length === 0 && anchor.sentence > 0) ids = candidates(anchor.sentence - 1);
    let best: StatedDistance | null = null;
    for (const to of ids) {
      const path = shortestPath(from, to);
      if (!path) continue;
      const cand: StatedDistance = {
        from,
        to,
        km: Math.round(km),
        stated: doc.text.slice(r.index, r.index + (r[1] ?? '').length + 1 + unit.length).replace(/\s+/g, ' '),
        gazetteerKm: path.km,
        route: path.ids,
        sentence: anchor.sentence,
      };
      if (!best || Math.abs(cand.gazetteerKm - km) < Math.abs(best.gazetteerKm - km)) best = cand;
    }
    if (best) out.push(best);
  }
  return out;
}

/** Does the document's figure disagree with the gazetteer by more than a quarter? */
export function disagrees(d: StatedDistance): boolean {
  return Math.abs(d.km - d.gazetteerKm) > 0.25 * d.gazetteerKm;
}

