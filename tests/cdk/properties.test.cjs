'use strict';
// `synth().properties` against the official construct's public properties: for every conformance
// scenario the engine reproduces (without fixes), the construct is built with aws-cdk-lib and each
// property resolved in its stack (`stack.resolve`), in the form the package's types give it:
// the stream's ARN and name, the job, database and table (`Ref`), the role's ARN, each output
// bucket's ARN and name, each alarm (`Ref`).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { official, newApp, capturePrinted, scenarios } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require('../conformance/load-scenarios');
const { loadFixtures, knownGaps: readKnownGaps } = require('../conformance/fixtures.js');

const api = require(path.join(__dirname, '..', '..', 'pkg'));

function officialProperties(sc) {
  const { stack, built, parent } = prepareScenario(newApp(), sc);
  const { value: construct } = capturePrinted(
    () => new official.KinesisstreamsToGluejob(parent, sc.id || DEFAULT_ID, constructProps(built)),
  );
  const resolve = (v) => stack.resolve(v);
  const properties = {
    kinesisStream: { streamArn: resolve(construct.kinesisStream.streamArn), streamName: resolve(construct.kinesisStream.streamName) },
    glueJob: resolve(construct.glueJob.ref),
    glueJobRole: resolve(construct.glueJobRole.roleArn),
    database: resolve(construct.database.ref),
    table: resolve(construct.table.ref),
  };
  if (construct.outputBucket !== undefined) {
    properties.outputBucket = construct.outputBucket.map((b) => ({ bucketArn: resolve(b.bucketArn), bucketName: resolve(b.bucketName) }));
  }
  if (construct.cloudwatchAlarms !== undefined) {
    properties.cloudwatchAlarms = construct.cloudwatchAlarms.map((a) => resolve(a.alarmName));
  }
  return properties;
}

const knownGaps = readKnownGaps();
const byName = new Map(scenarios().map((sc) => [sc.name, sc._orig]));
const reproduced = loadFixtures().filter(
  (f) => f.expected.fragmentFile && !knownGaps.has(f.name) && !(f.options && f.options.fixes) && byName.has(f.name),
);

test('the scenarios are there', () => {
  assert.ok(reproduced.length >= 100, `only ${reproduced.length} scenarios`);
});

for (const fixture of reproduced) {
  test(fixture.name, () => {
    const { properties } = api.synth(fixture.id, fixture.props, fixture.options || {});
    assert.deepEqual(properties, officialProperties(byName.get(fixture.name)));
  });
}
