'use strict';
// Every valid conformance scenario (without fixes) in an app with the feature flags `cdk init`
// writes into a new project's cdk.json: among them `@aws-cdk/core:enableAdditionalMetadataCollection`,
// under which aws-cdk-lib records, as each construct's metadata, the props its L2s were made with
// (in their key order) and the L2 methods called on them, and CDKMetadata carries them. The
// construct's objects must hold the same such metadata with the adapter as with the official
// construct, right after construction.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { official, adapter, newApp, capturePrinted, scenarios, cleanup } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require(path.join(__dirname, '..', 'conformance', 'load-scenarios'));

const cxapi = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'cx-api'));

after(cleanup);

const NEW_PROJECT = { ...cxapi.NEW_PROJECT_DEFAULT_CONTEXT, ...cxapi.CURRENTLY_RECOMMENDED_FLAGS };

/** Each construct's analytics metadata below the pattern, by path, or the error. */
function analytics(sc, Klass) {
  const { built, parent } = prepareScenario(newApp(NEW_PROJECT), sc);
  return capturePrinted(() => {
    try {
      const etl = new Klass(parent, sc.id || DEFAULT_ID, constructProps(built));
      const out = {};
      for (const c of etl.node.findAll()) {
        const entries = c.node.metadata.filter((e) => e.type.startsWith('aws:cdk:analytics:')).map((e) => [e.type, e.data]);
        if (entries.length > 0) out[c.node.path] = entries;
      }
      return out;
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
    const want = analytics(sc._orig, official.KinesisstreamsToGluejob);
    assert.ok(Object.keys(want).length > 0 && want.error === undefined, 'the official construct records metadata');
    assert.deepEqual(analytics(sc._orig, adapter.KinesisstreamsToGluejob), want);
  });
}
