/**
 * Scripted events from what the document reports: frictions ("tensions
 * between the U.S. and Turkey", "antagonizing U.S. forces"), alliances
 * stated as help ("operations, backed by Russia"), reinforcements, and
 * intelligence work ("the battle plan will address the Islamic State
 * buildup"). When an event fires follows its tense: ongoing matters at turn 1,
 * present ones over the first turns, likely futures from mid-game.
 */
import type { EventEffect, ScenarioEvent, Side } from '../../rules/scenario';
import { SIDE_NAMES } from '../../rules/scenario';
import { EVENT_AMOUNTS } from '../defaults';
import { hasPhrase, mentionsIn, provenance, sentenceText, type Doc } from '../document';
import { ACTORS, PERSONS } from '../lexicon';
import type { Alliance } from './actors';

const FRICTION = ['tension', 'tensions', 'friction', 'frictions', 'dispute', 'disputes', 'clash', 'clashes', 'clashed', 'antagonizing', 'antagonising', 'antagonize', 'antagonized', 'provoke', 'provoked', 'provoking', 'provocation', 'provocations', 'confrontation', 'confrontations', 'direct contact', 'incident', 'incidents', 'standoff', 'skirmish', 'skirmishes', 'shot down', 'fired on', 'rivalry', 'threatened', 'threatens', 'objected', 'objects', 'protested'];
const HINDERING = ['hinder', 'hindered', 'hindering', 'delay', 'delayed', 'delaying', 'slow', 'slows', 'slowed', 'slow down', 'stalled', 'held up', 'complicated', 'hampered'];
const INTEL = ['intelligence', 'surveillance', 'reconnaissance', 'isr', 'battle plan', 'drone', 'drones', 'informants', 'buildup', 'build-up', 'spotted', 'tracking', 'tracked'];
const REINFORCE = ['reinforcements', 'reinforced', 'reinforcing', 'deployed', 'sent troops', 'sent more troops', 'airlifted', 'surge', 'brought in'];
const ONGOING = ['ongoing', 'continuing', 'continue to', 'continues to', 'persistent', 'already', 'long-running', 'since'];
const FUTURE = ['likely to', 'expected to', 'could', 'threatens to', 'threaten to', 'set to', 'in the coming', 'is bound to', 'risk of'];

type Tense = 'ongoing' | 'present' | 'future';

interface Draft {
  sentence: number;
  tense: Tense;
  title: string;
  effect: EventEffect;
}

function actorsIn(doc: Doc, sentence: number): string[] {
  const ids: string[] = [];
  for (const m of mentionsIn(doc, sentence)) {
    const id = m.target.kind === 'actor' ? m.target.id : m.target.kind === 'person' ? PERSONS.find((p) => p.id === (m.target.kind === 'person' ? m.target.id : ''))?.actor : undefined;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const actor = (id: string) => ACTORS.find((a) => a.id === id);
const sideOf = (id: string): Side | null | undefined => actor(id)?.side;

function tenseOf(hay: string): Tense {
  if (hasPhrase(hay, ONGOING)) return 'ongoing';
  if (hasPhrase(hay, FUTURE)) return 'future';
  return 'present';
}

function frictionEvent(doc: Doc, sentence: number, hay: string): Draft | null {
  let ids = actorsIn(doc, sentence);
  const turkey = ids.find((id) => sideOf(id) === null);
  const tense = tenseOf(hay);
  if (turkey) {
    const hindering = hasPhrase(hay, HINDERING) !== null;
    const amount = hindering ? EVENT_AMOUNTS.turkeyTensionHindering : EVENT_AMOUNTS.turkeyTension;
    const name = actor(turkey)?.name ?? 'Turkey';
    return { sentence, tense, title: hindering ? `Tension with ${name} slows the offensive` : `Tension with ${name}`, effect: { kind: 'turkeyTension', amount } };
  }
  // "This is likely to lead to direct contact with Americans": the other party is in the sentence before.
  if (sentence > 0 && !(ids.some((id) => sideOf(id) === 'coalition') && ids.some((id) => sideOf(id) === 'regime'))) {
    ids = [...ids, ...actorsIn(doc, sentence - 1).filter((id) => !ids.includes(id))];
  }
  const co = ids.find((id) => sideOf(id) === 'coalition');
  const re = ids.find((id) => sideOf(id) === 'regime');
  if (!co || !re) return null;
  return { sentence, tense, title: `Incident between ${actor(re)?.name} and ${actor(co)?.name}`, effect: { kind: 'escalation', amount: EVENT_AMOUNTS.escalation } };
}

function playable(side: Side | null | undefined): side is 'coalition' | 'regime' {
  return side === 'coalition' || side === 'regime';
}

export function extractEvents(doc: Doc, alliances: readonly Alliance[], turns: number): ScenarioEvent[] {
  const drafts: Draft[] = [];
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    const tense = tenseOf(hay);
    if (hasPhrase(hay, FRICTION)) {
      const ev = frictionEvent(doc, s.index, hay);
      if (ev) drafts.push(ev);
    }
    const backed = alliances.find((a) => a.sentence === s.index && a.form === 'passive' && playable(sideOf(a.backer)));
    const backerSide = backed ? sideOf(backed.backer) : undefined;
    if (backed && playable(backerSide)) {
      drafts.push({
        sentence: s.index,
        tense,
        title: `${SIDE_NAMES[backerSide]} reinforced, backed by ${backed.name.replace(/\s+/g, ' ')}`,
        effect: { kind: 'reinforcements', side: backerSide, amount: EVENT_AMOUNTS.reinforcements },
      });
    } else if (hasPhrase(hay, REINFORCE)) {
      const first = actorsIn(doc, s.index).map(sideOf).find(playable);
      if (first) drafts.push({ sentence: s.index, tense, title: `${SIDE_NAMES[first]} reinforcements`, effect: { kind: 'reinforcements', side: first, amount: EVENT_AMOUNTS.reinforcements } });
    }
    if (hasPhrase(hay, INTEL)) {
      const first = actorsIn(doc, s.index).map(sideOf).find(playable);
      if (first) drafts.push({ sentence: s.index, tense, title: `${SIDE_NAMES[first]} intelligence on the Islamic State`, effect: { kind: 'intel', side: first, amount: EVENT_AMOUNTS.intel } });
    }
  }
  let present = 0;
  let future = 0;
  const midGame = Math.ceil(turns / 2);
  const timed = drafts.map((d, order) => {
    let turn = 1;
    if (d.tense === 'present') turn = 2 + 2 * present++;
    else if (d.tense === 'future') turn = midGame + 2 * future++;
    return { d, order, turn: Math.max(1, Math.min(turns, turn)) };
  });
  timed.sort((x, y) => x.turn - y.turn || x.order - y.order);
  return timed.map(({ d, turn }, i) => ({
    id: `event-${i + 1}`,
    turn,
    title: d.title,
    effect: d.effect,
    origin: 'document' as const,
    source: provenance(doc, d.sentence),
  }));
}
