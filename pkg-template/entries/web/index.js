// Browser and bundler entry: call `await init()` (or `initSync(bytes)`) once, then the functions.
import wbgInit, { initSync as wbgInitSync } from './kinesisstreams_gluejob.js';

export { synth, synthJson, synthYaml, synthTemplate, synthTemplateYaml, validate, version, featureFlagNames, fixNames } from './kinesisstreams_gluejob.js';

const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Loads the module: from `input` (URL, fetch response, bytes, compiled module) or the `.wasm` next to this file. */
export async function init(input) {
  await wbgInit(input === undefined || isPlainObject(input) ? input : { module_or_path: input });
}

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module) {
  wbgInitSync(isPlainObject(module) ? module : { module });
}

export default init;
