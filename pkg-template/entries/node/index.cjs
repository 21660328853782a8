'use strict';
// Node entry (require): the module is compiled and instantiated synchronously on load, so
// `init` and `initSync` are no-ops kept for code shared with browsers.
const wasm = require('./kinesisstreams_gluejob.js');

async function init() {}
function initSync() {}

module.exports = {
  synth: wasm.synth,
  synthJson: wasm.synthJson,
  synthYaml: wasm.synthYaml,
  synthTemplate: wasm.synthTemplate,
  synthTemplateYaml: wasm.synthTemplateYaml,
  validate: wasm.validate,
  version: wasm.version,
  featureFlagNames: wasm.featureFlagNames,
  fixNames: wasm.fixNames,
  init,
  initSync,
  default: init,
};
