'use strict';
// Every conformance scenario without fixes in apps with the feature flags apps have, rather than
// core's SetConsistentFeatureFlags: an app that sets none (each flag at aws-cdk-lib's default), and
// a new project's, with the flags `cdk init` writes into its cdk.json. The stack's template (or the
// error) must be the same with the adapter as with the official construct. In a new project's app
// the constructs' metadata right after construction must be the same too: its
// `@aws-cdk/core:enableAdditionalMetadataCollection` has aws-cdk-lib record, as each construct's
// metadata, the props its L2s were made with (in their key order) and the L2 methods called on
// them, which CDKMetadata carries.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { official, adapter, newApp, capturePrinted, scenarios, templateText, cleanup } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require(path.join(__dirname, '..', 'conformance', 'load-scenarios'));

const cxapi = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'cx-api'));

after(cleanup);

const NEW_PROJECT = { ...cxapi.NEW_PROJECT_DEFAULT_CONTEXT, ...cxapi.CURRENTLY_RECOMMENDED_FLAGS };

/** The scenario in an app with `context` and no consistent flags: the template and the analytics
 * metadata below the pattern by construct path, or the error. */
function built(sc, Klass, context) {
  let prepared;
  try {
    prepared = prepareScenario(newApp(context), sc, { consistentFlags: false });
  } catch (e) {
    return { error: e.message };
  }
  const { stack, built: props, parent } = prepared;
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

test('a new project\'s flags turn the metadata on', () => {
  assert.equal(NEW_PROJECT['@aws-cdk/core:enableAdditionalMetadataCollection'], true);
});

for (const sc of scenarios().filter((s) => !s.fixes)) {
  for (const [app, context] of [['no flags', undefined], ['a new project', NEW_PROJECT]]) {
    test(`${sc.name}, in an app with ${app}`, () => {
      const want = built(sc._orig, official.KinesisstreamsToGluejob, context);
      const got = built(sc._orig, adapter.KinesisstreamsToGluejob, context);
      if (want.error !== undefined) return assert.equal(got.error, want.error, 'error');
      assert.equal(got.error, undefined, 'the adapter failed');
      if (context === NEW_PROJECT) assert.ok(Object.keys(want.metadata).length > 0, 'the official construct records metadata');
      assert.deepEqual(got.metadata, want.metadata, 'metadata');
      assert.equal(got.template, want.template, 'template');
    });
  }
}
