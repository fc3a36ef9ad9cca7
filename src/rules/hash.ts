import { toArray } from './history';
import type { GameState } from './state';

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Two 32-bit FNV-1a lanes with different offsets: a 64-bit hex digest, stable across engines. */
export function digest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * A stable fingerprint of a game: the scenario's digest and every piece of
 * data, the action and event histories included; no sentence of any kind
 * enters it, so rewording a message never changes a hash.
 */
export function hash(state: GameState): string {
  const data = {
    seed: state.seed,
    rng: state.rng,
    turn: state.turn,
    phase: state.phase,
    active: state.active,
    ap: state.ap,
    intel: state.intel,
    pool: state.pool,
    regions: state.regions,
    leaders: state.leaders,
    escalation: state.escalation,
    turkeyTension: state.turkeyTension,
    contacts: state.contacts,
    result: state.result,
    actions: toArray(state.actions),
    chronicle: toArray(state.chronicle),
  };
  return digest(state.rules.digest + canonicalJson(data));
}
