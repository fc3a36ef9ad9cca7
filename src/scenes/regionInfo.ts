import { SIDES, SIDE_NAMES, watchBit, type Observation, type Side } from '../rules';

/*
 * The selected region as the notes under the orders show it. Scenario facts
 * (the document's sentence, kind, holder), not events: nothing here happened.
 */

/** The selected region as the document and the board know it: kind, holder, forts, watchers, and the sentence it came from. */
export function describeRegion(v: Observation, i: number): string[] {
  const { scenario } = v.rules;
  const def = scenario.regions[i]!;
  const st = v.regions[i]!;
  const roles = [def.kind, def.valley ? 'valley town' : '', def.redoubt ? 'redoubt' : '', i === v.rules.center ? 'Coalition objective' : '', i === v.rules.hold ? 'Regime objective' : '']
    .filter(Boolean)
    .join(', ');
  const held = st.control ? `held by ${SIDE_NAMES[st.control]}` : 'held by no one';
  const units = SIDES.map((side, k) => (st.units[k]! > 0 ? `${st.units[k]} ${SIDE_NAMES[side]} strength` : '')).filter(Boolean).join(', ');
  const watchers = (['coalition', 'regime'] as const).filter((side) => st.watch & watchBit(side)).map(sideName);
  const watched = watchers.length ? `, watched by ${watchers.join(' and ')} until the week's end` : '';
  const lines = [`${def.name} (${roles}): ${held}${units ? `, ${units}` : ''}${st.fort ? `, fortified ${st.fort}` : ''}${watched}.`];
  if (def.source) lines.push(`Source: “${def.source.quote}” (document, sentence ${def.source.sentence + 1})`);
  else lines.push(`Source: placed from the ${def.origin === 'gazetteer' ? 'gazetteer' : "compiler's defaults"}.`);
  return lines;
}

/** A side as the hand-over card and the notes name it in a sentence. */
export function sideName(side: Side): string {
  return { coalition: 'the Coalition', regime: 'the Regime', islamicState: 'Islamic State' }[side];
}
