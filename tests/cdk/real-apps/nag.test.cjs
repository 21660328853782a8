'use strict';
// cdk-nag's AwsSolutionsChecks over the same apps built with the official construct and with the
// adapter: the same findings (rule id, severity, message, construct path), in the same order.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { lib, official, adapter } = require('./lib.cjs');
const { runSide, cleanup } = require('./harness.cjs');
const { cases } = require('./cases.cjs');

after(cleanup);

const NAMES = [
  'env: account and region',
  'Tags.of(app)',
  'outputBucket[0].addToResourcePolicy(deny)',
  'second construct with existingDatabase/existingTable from the first',
  'grants on the stream (grantRead, grantWrite, grantReadWrite, grant) to other principals',
  'autoDeleteObjects on the output bucket',
  'etlCodeAsset: the script as a CDK asset',
  'a NestedStack holding the construct',
  'cross-stack reference: the stream of one stack used by another stack',
];

/** The findings after synthesis (aspects applied), one line each. */
function findings(root) {
  const report = new lib.nag.AwsSolutionsChecks().validateScope(root);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}: ${v.description}`));
}

function withFindings(kase) {
  return {
    ...kase,
    build(Klass, Sink) {
      const built = kase.build(Klass, Sink);
      return { root: built.root, afterSynth: () => findings(built.root) };
    },
  };
}

for (const name of NAMES) {
  const kase = cases.find((c) => c.name === name);
  test(`cdk-nag AwsSolutionsChecks: ${name}`, () => {
    assert.ok(kase, `no case named ${name}`);
    const [want, got] = [official, adapter].map((side) => runSide(withFindings(kase), side));
    assert.equal(want.error, undefined, 'the official construct builds the app');
    assert.ok(want.after.length > 0, 'the official construct has findings');
    assert.equal(got.error, undefined, `the adapter throws: ${got.error}`);
    if (JSON.stringify(got.after) !== JSON.stringify(want.after)) {
      const missing = want.after.filter((f) => !got.after.includes(f));
      const extra = got.after.filter((f) => !want.after.includes(f));
      assert.fail([
        `${want.after.length} findings with the official construct, ${got.after.length} with the adapter`,
        ...missing.map((f) => `  missing: ${f}`),
        ...extra.map((f) => `  not found with the official construct: ${f}`),
        ...(missing.length || extra.length ? [] : ['  same findings in another order']),
      ].join('\n'));
    }
  });
}
