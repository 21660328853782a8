'use strict';
// Every valid conformance scenario (without fixes) in an app with the feature flags `cdk init`
// writes into a new project's cdk.json: the stack's template must be the same with the adapter as
// with the official construct, and so must the constructs' metadata right after construction. Among
// those flags, `@aws-cdk/core:enableAdditionalMetadataCollection` has aws-cdk-lib record, as each
// construct's metadata, the props its L2s were made with (in their key order) and the L2 methods
// called on them, which CDKMetadata carries.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { official, adapter, newApp, capturePrinted, scenarios, templateText, cleanup } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require(path.join(__dirname, '..', 'conformance', 'load-scenarios'));

const cxapi = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'cx-api'));

after(cleanup);

const NEW_PROJECT = { ...cxapi.NEW_PROJECT_DEFAULT_CONTEXT, ...cxapi.CURRENTLY_RECOMMENDED_FLAGS };

/** Each construct's analytics metadata below the pattern, by path, and the template; or the error. */
function built(sc, Klass) {
  const { stack, built: props, parent } = prepareScenario(newApp(NEW_PROJECT), sc);
  return capturePrinted(() => {
    try {
      const etl = new Klass(parent, sc.id || DEFAULT_ID, constructProps(props));
      const metadata = {};
      for (const c of etl.node.findAll()) {
        const entries = c.node.metadata.filter((e) => e.type.startsWith('aws:cdk:analytics:')).map((e) => [e.type, e.data]);
        if (entries.length > 0) metadata[c.node.path] = entries;
      }
      return { metadata, template: templateText(stack) };
    } catch (e) {
      return { error: e.message };
    }
  }).value;
}

test('the flags of a new project turn the metadata on', () => {
  assert.equal(NEW_PROJECT['@aws-cdk/core:enableAdditionalMetadataCollection'], true);
});

for (const sc of scenarios().filter((s) => s.expect === 'ok' && !s.fixes)) {
  test(sc.name, () => {
    const want = built(sc._orig, official.KinesisstreamsToGluejob);
    const got = built(sc._orig, adapter.KinesisstreamsToGluejob);
    // aws-cdk-lib 2.276.0 itself fails to synthesize some (a validation rule's ID it refuses).
    if (want.error !== undefined) return assert.equal(got.error, want.error, 'error');
    assert.ok(Object.keys(want.metadata).length > 0, 'the official construct records metadata');
    assert.equal(got.error, undefined, 'the adapter failed');
    assert.deepEqual(got.metadata, want.metadata, 'metadata');
    assert.equal(got.template, want.template, 'template');
  });
}
