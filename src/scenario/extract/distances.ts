/**
 * Stated distances: "90 miles from Raqqa". The figure is measured from the
 * place after "from" to another place of the same sentence (or, failing one,
 * of the sentence before); of several candidates, the one whose gazetteer
 * distance agrees best with the figure is taken, since a news sentence
 * usually locates its subject, and the subject is the place the figure fits.
 */
import { mentionsIn, type Doc } from '../document';
import { shortestPath, type Route } from '../routes';

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
  // Figures are many, places few: each sentence's places and each pair's route are found once.
  const places = new Map<number, string[]>();
  const placesOf = (sentence: number): string[] => {
    let ids = places.get(sentence);
    if (!ids) {
      ids = [...new Set(mentionsIn(doc, sentence).flatMap((m) => (m.target.kind === 'place' ? [m.target.id] : [])))];
      places.set(sentence, ids);
    }
    return ids;
  };
  const routes = new Map<string, Route | null>();
  const route = (from: string, to: string): Route | null => {
    const key = `${from} ${to}`;
    if (!routes.has(key)) routes.set(key, shortestPath(from, to));
    return routes.get(key) ?? null;
  };
  DISTANCE.lastIndex = 0;
  for (let r = DISTANCE.exec(doc.folded); r; r = DISTANCE.exec(doc.folded)) {
    const figure = Number((r[1] ?? '0').replace(',', '.'));
    const unit = r[2] ?? 'km';
    const km = unit.startsWith('mi') ? figure * MILE_KM : figure;
    const after = r.index + r[0].length;
    const anchor = byStart.get(after);
    if (!anchor || anchor.target.kind !== 'place' || !(km > 0)) continue;
    const from = anchor.target.id;
    // The anchor is excluded with every other mention of its place, so a sentence's places are
    // listed once for all the figures in it.
    const candidates = (sentence: number): string[] => placesOf(sentence).filter((id) => id !== from);
    let ids = candidates(anchor.sentence);
    if (ids.length === 0 && anchor.sentence > 0) ids = candidates(anchor.sentence - 1);
    // The route whose length agrees best with the figure, the first one on a tie.
    let best: { to: string; path: Route } | null = null;
    for (const to of ids) {
      const path = route(from, to);
      if (!path) continue;
      if (!best || Math.abs(path.km - km) < Math.abs(best.path.km - km)) best = { to, path };
    }
    if (best) {
      out.push({
        from,
        to: best.to,
        km: Math.round(km),
        stated: doc.text.slice(r.index, r.index + (r[1] ?? '').length + 1 + unit.length).replace(/\s+/g, ' '),
        gazetteerKm: best.path.km,
        route: [...best.path.ids],
        sentence: anchor.sentence,
      });
    }
  }
  return out;
}

/** Does the document's figure disagree with the gazetteer by more than a quarter? */
export function disagrees(d: StatedDistance): boolean {
  return Math.abs(d.km - d.gazetteerKm) > 0.25 * d.gazetteerKm;
}

