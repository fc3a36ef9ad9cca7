import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const s = builtinScenario();
const clone = () => structuredClone(s) as unknown as Record<string, unknown> & typeof s;

describe('parseScenario: the schema and the cross-references', () => {
  test('accepts the compiled seed scenario', () => {
    expect(parseScenario(s).ok).toBe(true);
  });

  test.each([
    ['an extra top-level key', (x: ReturnType<typeof clone>) => Object.assign(x, { extra: 1 })],
    ['an extra region key', (x: ReturnType<typeof clone>) => Object.assign(x.regions[0]!, { extra: 1 })],
    ['a fort of 3', (x: ReturnType<typeof clone>) => Object.assign(x.regions[0]!, { fort: 3 })],
    ['an unknown side', (x: ReturnType<typeof clone>) => Object.assign(x.actors[0]!, { side: 'kurds' })],
    ['a link to nowhere', (x: ReturnType<typeof clone>) => Object.assign(x.links[0]!, { b: 'atlantis' })],
    ['a quote that is not its span', (x: ReturnType<typeof clone>) => Object.assign(x.regions[0]!.source!, { quote: 'x' })],
    ['an unknown event effect', (x: ReturnType<typeof clone>) => Object.assign(x.events[0]!, { effect: { kind: 'plague', amount: 1 } })],
    ['a leader with no start', (x: ReturnType<typeof clone>) => Object.assign(x.leaders[0]!, { startOptions: [] })],
    ['a bad date', (x: ReturnType<typeof clone>) => Object.assign(x, { startDate: 'June 2017' })],
  ])('rejects %s', (_name, spoil) => {
    const x = clone();
    spoil(x);
    expect(parseScenario(x).ok).toBe(false);
  });
});
