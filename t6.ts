import { parseDocument } from './src/scenario/document';
import { extractStatements } from './src/scenario/statements';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(f, 'utf8'));
  for (const st of extractStatements(doc)) console.log(st.sentence, st.verb, JSON.stringify(st.trigger), st.agent, st.modality, '->', st.objects.map((m) => m.text).join(', '));
}
