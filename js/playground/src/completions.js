// Completions in the props editor: member names where a key goes, enum strings where a value
// goes, from the generated vocabulary (schema/construct.js and the Glue L1 types).
import { ENUMS, KEYS } from './vocabulary.js';

const KEY_OPTIONS = KEYS.map((k) => ({ label: JSON.stringify(k), type: 'property' }));
const VALUE_OPTIONS = Object.entries(ENUMS).flatMap(([name, values]) =>
  values.map((v) => ({ label: JSON.stringify(v), type: 'enum', detail: name })),
);

/** A CodeMirror completion source for a JSON document (`{ state, pos, explicit, matchBefore }`). */
export function completeProps(context) {
  const word = context.matchBefore(/"[^"\\\n]*/);
  if (!word) return null;
  const before = context.state.sliceDoc(Math.max(0, word.from - 200), word.from).trimEnd();
  const isKey = before.endsWith('{') || before.endsWith(',');
  if (!isKey && !before.endsWith(':') && !before.endsWith('[')) return null;
  return { from: word.from, options: isKey ? KEY_OPTIONS : VALUE_OPTIONS, validFor: /^"[^"\\\n]*$/ };
}
