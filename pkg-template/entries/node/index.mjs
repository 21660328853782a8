// Node entry (import): the same instance as `require`, as ES module exports.
import api from './index.cjs';

export const { synth, synthJson, synthYaml, synthTemplate, synthTemplateYaml, validate, version, featureFlagNames, fixNames, init, initSync } = api;
export default init;
