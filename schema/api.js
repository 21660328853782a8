'use strict';
// The functions the npm package exports (besides `init`, `initSync` and the default export),
// written once: schema/generate.js writes the Node and browser entry points from this list and
// checks that schema/api.d.ts declares each; the packaging tests expect exactly these.
// Each is a `#[wasm_bindgen(js_name = ...)]` function of src/wasm.rs.

const functions = [
  'synth',
  'synthConstruction',
  'synthJson',
  'synthYaml',
  'synthTemplate',
  'synthTemplateYaml',
  'validate',
  'version',
  'featureFlagNames',
  'diagnosticCodes',
  'fixNames',
];

module.exports = { functions };
