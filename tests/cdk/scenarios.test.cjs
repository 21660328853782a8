'use strict';
// Every conformance scenario: the adapter's whole stack template equals the official construct's
// (as JSON text, so key order counts too) with the same warnings printed, or both fail with the
// same message (what the construct printed before failing is not reproduced).

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { adapter, buildScenario, runOfficial, scenarios, cleanup } = require('./apps.cjs');

after(cleanup);

// Scenario tags (`Tags.of`) are not applied here: both sides are built untagged (the real-app
// suite, tests/cdk/real-apps, compares tags from every source).
for (const sc of scenarios()) {
  test(sc.name, () => {
    const want = runOfficial(sc._orig);
    const got = buildScenario(sc._orig, adapter.KinesisstreamsToGluejob);
    if (want.error !== undefined) {
      assert.equal(got.error, want.error, 'error message');
    } else {
      assert.equal(got.error, undefined, 'the adapter failed');
      assert.equal(got.template, want.template, 'template');
      assert.deepEqual(got.printed, want.printed, 'printed warnings');
    }
  });
}
