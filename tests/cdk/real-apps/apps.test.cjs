'use strict';
// Each real-app case built twice in one aws-cdk-lib instance, with the official construct and with
// the adapter; the whole cloud assemblies (every file), printed output, errors and the case's
// observations must be identical. One test per case, named after it.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { official, adapter, cdkLibResolutions } = require('./lib.cjs');
const { runSide, differences, cleanup } = require('./harness.cjs');
const { cases } = require('./cases.cjs');
const { analyticsDifferences } = require('./analytics.cjs');

after(cleanup);

// KINGLU_CASES=v2260 runs the cases marked for the aws-cdk-lib 2.260.0 install.
const selected = process.env.KINGLU_CASES === 'v2260' ? cases.filter((c) => c.v2260) : cases;

test(`one aws-cdk-lib instance (${require('aws-cdk-lib/package.json').version}) for the tests, the official construct, core, the adapter and cdk-nag`, () => {
  const where = cdkLibResolutions();
  for (const [user, file] of Object.entries(where)) assert.equal(file, where.tests, `${user} resolves aws-cdk-lib elsewhere`);
});

for (const kase of selected) {
  test(kase.name, () => {
    // Both sides from one call site: nothing in the assembly may tell them apart by the caller.
    const [want, got] = [official, adapter].map((side) => runSide(kase, side));
    const found = kase.analytics ? analyticsDifferences(want, got) : differences(want, got);
    assert.ok(found.length === 0, `${found.length} difference(s) from the official construct:\n${found.join('\n')}`);
  });
}
