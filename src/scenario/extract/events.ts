/**
 * Scripted events from the document's statements (statements.ts): an attack
 * or a shelling between the Coalition's and the Regime's camps is an
 * `escalation`; Turkey's threats, shelling or protests against the
 * Kurdish-led forces or their American backers are `turkeyTension` (+2 if
 * the friction "hindered" or "delayed" something); forces sent or moved up
 * are `reinforcements` for their side; surveillance at work is `intel`. A
 * keyword alone fires nothing: "the battle plan will address the buildup" is
 * a plan, not intelligence gathered, and "backed by Russia" is an alliance,
 * not reinforcements. When an event fires follows the statement's modality:
 * ongoing matters at turn 1, developments that happened over the first
 * turns, threats and feared futures from mid-game.
 */
import type { EventEffect, ScenarioEvent, Side } from '../../rules/scenario';
import { SIDE_NAMES } from '../../rules/scenario';
import { EVENT_AMOUNTS } from '../defaults';
import { hasPhrase, mentionsIn, provenance, sentenceText, type Doc } from '../document';
import { ACTORS } from '../lexicon';
import { actorOf, sideOfActor, type Statement } from '../statements';

const HINDERING = ['hinder', 'hindered', 'hindering', 'delay', 'delayed', 'delaying', 'slow', 'slows', 'slowed', 'slow down', 'stalled', 'held up', 'complicated', 'hampered', 'pull fighters away', 'pull units away'];
const INTEL = /(?<![\p{L}])(surveillance|reconnaissance|drones?\s+(?:are\s+|were\s+)?(?:tracking|watching|spotted)|tracking\s+(?:convoys|them|the\s+group|leaders)|informants|intercepted|intelligence\s+(?:gathered|shows|showed|suggests|indicates))(?![\p{L}])/u;
/** The Kurdish-led forces Turkey opposes, when the text names them without an actor's name. */
const KURDISH = /(?<![\p{L}])(?:kurd\w*|ypg|pkk|sdf)(?![\p{L}])/u;

type Timing = 'now' | 'soon' | 'later';

interface Draft {
  sentence: number;
  timing: Timing;
  title: string;
  effect: EventEffect;
}

const actorName = (id: string | null | undefined): string => ACTORS.find((a) => a.id === id)?.name ?? 'unknown';

function playable(side: Side | null | undefined): side is 'coalition' | 'regime' {
  return side === 'coalition' || side === 'regime';
}

function timingOf(st: Statement): Timing {
  if (st.modality === 'ongoing') return 'now';
  if (st.modality === 'happened') return 'soon';
  return 'later';
}

function actorsOf(doc: Doc, sentence: number): string[] {
  const ids: string[] = [];
  for (const m of mentionsIn(doc, sentence)) {
    const id = actorOf(m);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function draftOf(doc: Doc, st: Statement): Draft | null {
  if (st.modality === 'denied') return null;
  const agentSide = sideOfActor(st.agent);
  const objectActors = st.objects.map(actorOf).filter((id): id is string => id !== null);
  const objectSides = objectActors.map((id) => sideOfActor(id));
  const tail = doc.folded.slice(st.end, Math.min(doc.sentences[st.sentence]?.end ?? st.end, st.end + 90));
  const hay = sentenceText(doc, st.sentence);
  const timing = timingOf(st);
  const turkish = st.agent === 'turkey';
  if ((st.verb === 'attack' || st.verb === 'threat') && turkish && (objectSides.includes('coalition') || KURDISH.test(tail))) {
    const hindering = hasPhrase(hay, HINDERING) !== null;
    return { sentence: st.sentence, timing, title: `${st.verb === 'attack' ? 'Turkish fire on' : 'Turkish pressure on'} the Kurdish-led forces`, effect: { kind: 'turkeyTension', amount: hindering ? EVENT_AMOUNTS.turkeyTensionHindering : EVENT_AMOUNTS.turkeyTension } };
  }
  if (st.verb === 'attack' || st.verb === 'threat') {
    const target = objectActors.find((id, i) => playable(objectSides[i]) && playable(agentSide) && objectSides[i] !== agentSide);
    if (target && playable(agentSide)) return { sentence: st.sentence, timing, title: `${actorName(st.agent)} ${st.verb === 'attack' ? 'strikes' : 'accuses'} ${actorName(target)}`, effect: { kind: 'escalation', amount: EVENT_AMOUNTS.escalation } };
    return null;
  }
  if (st.verb === 'friction') {
    let ids = actorsOf(doc, st.sentence);
    if (ids.includes('turkey') && ids.some((id) => sideOfActor(id) === 'coalition')) {
      const hindering = hasPhrase(hay, HINDERING) !== null;
      return { sentence: st.sentence, timing, title: hindering ? 'Tension with Turkey slows the offensive' : 'Tension with Turkey', effect: { kind: 'turkeyTension', amount: hindering ? EVENT_AMOUNTS.turkeyTensionHindering : EVENT_AMOUNTS.turkeyTension } };
    }
    // "This is likely to lead to direct contact with Americans": the other party is in the sentence before.
    if (st.sentence > 0 && !(ids.some((id) => sideOfActor(id) === 'coalition') && ids.some((id) => sideOfActor(id) === 'regime'))) ids = [...ids, ...actorsOf(doc, st.sentence - 1)];
    const co = ids.find((id) => sideOfActor(id) === 'coalition');
    const re = ids.find((id) => sideOfActor(id) === 'regime');
    if (!co || !re) return null;
    return { sentence: st.sentence, timing, title: `Incident between ${actorName(re)} and ${actorName(co)}`, effect: { kind: 'escalation', amount: EVENT_AMOUNTS.escalation } };
  }
  if (st.verb === 'reinforce' && playable(agentSide) && st.modality !== 'feared') {
    return { sentence: st.sentence, timing: st.modality === 'planned' ? 'later' : 'soon', title: `${SIDE_NAMES[agentSide]} reinforcements (${actorName(st.agent)})`, effect: { kind: 'reinforcements', side: agentSide, amount: EVENT_AMOUNTS.reinforcements } };
  }
  return null;
}

/**
 * The most events one turn opens with. A report tells of a few developments a
 * week; a text of nothing but incidents would otherwise pile thousands onto
 * the last turn (past the engine's LIMITS.events), where no player could read them.
 */
export const MAX_EVENTS_PER_TURN = 4;

/** The scenario's events, and how many developments found no turn with room for them. */
export function extractEvents(doc: Doc, statements: readonly Statement[], turns: number): { events: ScenarioEvent[]; unplaced: number } {
  const drafts: Draft[] = [];
  const used = new Set<string>();
  for (const st of statements) {
    const d = draftOf(doc, st);
    // One event of a kind per sentence: "threatened ... and shelled" is one development.
    const key = d ? `${d.sentence}:${d.effect.kind}` : '';
    if (d && !used.has(key)) {
      used.add(key);
      drafts.push(d);
    }
  }
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    const m = INTEL.exec(hay);
    if (!m || /(?<![\p{L}])(?:will|would|plans?\s+to)\s+(?:\S+\s+){0,3}$/u.test(hay.slice(0, m.index))) continue;
    const side = actorsOf(doc, s.index).map((id) => sideOfActor(id)).find(playable);
    if (side) drafts.push({ sentence: s.index, timing: 'soon', title: `${SIDE_NAMES[side]} intelligence on the Islamic State`, effect: { kind: 'intel', side, amount: EVENT_AMOUNTS.intel } });
  }
  drafts.sort((a, b) => a.sentence - b.sentence);
  let soon = 0;
  let later = 0;
  const midGame = Math.ceil(turns / 2);
  const timed = drafts.map((d, order) => {
    let turn = 1;
    if (d.timing === 'soon') turn = 2 + 2 * soon++;
    else if (d.timing === 'later') turn = midGame + 2 * later++;
    return { d, order, turn: Math.max(1, Math.min(turns, turn)) };
  });
  timed.sort((x, y) => x.turn - y.turn || x.order - y.order);
  const perTurn = new Map<number, number>();
  const kept = timed.filter(({ turn }) => {
    const n = perTurn.get(turn) ?? 0;
    perTurn.set(turn, n + 1);
    return n < MAX_EVENTS_PER_TURN;
  });
  const events = kept.map(({ d, turn }, i) => ({
    id: `event-${i + 1}`,
    turn,
    title: d.title,
    effect: d.effect,
    origin: 'document' as const,
    source: provenance(doc, d.sentence),
  }));
  return { events, unplaced: timed.length - kept.length };
}
