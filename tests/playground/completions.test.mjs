// The props editor's completion source, on plain text (no browser needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { completeProps } from '../../js/playground/src/completions.js';

/** A minimal CodeMirror completion context at the end of `text`. */
function at(text) {
  return {
    pos: text.length,
    state: { sliceDoc: (from, to) => text.slice(from, to) },
    matchBefore(re) {
      const m = new RegExp(`(?:${re.source})$`).exec(text);
      return m ? { from: m.index, to: text.length, text: m[0] } : null;
    },
  };
}

test('keys are offered where a member name goes', () => {
  const result = completeProps(at('{ "glueJobProps": { "comm'));
  const labels = result.options.map((o) => o.label);
  assert.ok(labels.includes('"command"'));
  assert.ok(labels.includes('"kinesisStreamProps"'));
  assert.ok(labels.includes('"scriptLocation"'));
});

test('enum strings are offered where a value goes', () => {
  const result = completeProps(at('{ "kinesisStreamProps": { "streamMode": "'));
  const pm = result.options.find((o) => o.label === '"ON_DEMAND"');
  assert.equal(pm.detail, 'StreamMode');
  assert.ok(result.options.some((o) => o.label === '"retain-on-update-or-delete"'));
});

test('nothing outside strings', () => {
  assert.equal(completeProps(at('{ "a": 1')), null);
});
