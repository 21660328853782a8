'use strict';
// The corrected pattern for each engine fix (`SynthOptions.fixes`), built by aws-cdk-lib itself:
// the official construct plus the CDK calls that correct it, so the expected templates of fix
// scenarios come from CDK, not from the engine.
//
// - alarmStreamDimension: each alarm's CfnAlarm gets the dimensions the stream's own metric
//   renders (`stream.metricGetRecordsIteratorAgeMilliseconds()` /
//   `stream.metricReadProvisionedThroughputExceeded()`, through `toMetricConfig()`, which is what
//   `cloudwatch.Alarm` writes into its CfnAlarm).
// - streamKeyDecrypt: `stream.encryptionKey.grantDecrypt(glueJobRole)`, the key half of
//   `stream.grantRead(glueJobRole)` (the construct's own job policy already allows the stream's
//   read actions; the other half would only repeat them).
// - multipleInstances: the official construct with the three constructs it creates in its parent
//   scope created under itself instead: core's `createGlueDatabase` / `createGlueTable` are called
//   with the construct as scope (the construct reads them from core's module object at call time),
//   and `buildRolePolicy(scope, ...)` is called with the construct (a subclass overriding only that
//   argument). Everything else is the official code, and CDK computes every logical ID.

const glueJobHelper = require('@aws-solutions-constructs/core/lib/glue-job-helper');

const FIX_NAMES = ['alarmStreamDimension', 'streamKeyDecrypt', 'multipleInstances'];

// The stream metric each of the construct's alarms should have watched, by metric name.
const STREAM_METRICS = {
  'GetRecords.IteratorAgeMilliseconds': (stream) => stream.metricGetRecordsIteratorAgeMilliseconds(),
  ReadProvisionedThroughputExceeded: (stream) => stream.metricReadProvisionedThroughputExceeded(),
};

/** `new Klass(parent, id, props)` with `fixes` applied the way CDK would write the corrected pattern. */
function constructWithFixes(Klass, parent, id, props, fixes = []) {
  for (const fix of fixes) if (!FIX_NAMES.includes(fix)) throw new Error(`fixes.js: unknown fix ${fix}`);
  const construct = fixes.includes('multipleInstances')
    ? createdInsideItself(Klass, parent, id, props)
    : new Klass(parent, id, props);
  if (fixes.includes('alarmStreamDimension')) {
    for (const alarm of construct.cloudwatchAlarms || []) {
      const cfn = alarm.node.defaultChild;
      const metric = STREAM_METRICS[cfn.metricName];
      if (!metric) throw new Error(`fixes.js: no stream metric for alarm metric ${cfn.metricName}`);
      cfn.dimensions = metric(construct.kinesisStream).toMetricConfig().metricStat.dimensions;
    }
  }
  if (fixes.includes('streamKeyDecrypt') && construct.kinesisStream.encryptionKey) {
    construct.kinesisStream.encryptionKey.grantDecrypt(construct.glueJobRole);
  }
  return construct;
}

function createdInsideItself(Klass, parent, id, props) {
  class InsideItself extends Klass {
    buildRolePolicy(_scope, ...rest) {
      return super.buildRolePolicy(this, ...rest);
    }
  }
  const saved = { createGlueDatabase: glueJobHelper.createGlueDatabase, createGlueTable: glueJobHelper.createGlueTable };
  // By the time core's helpers run, `super(parent, id)` has added the construct to `parent`.
  const itself = (scope) => {
    if (scope !== parent) throw new Error('fixes.js: core helper called with an unexpected scope');
    return parent.node.findChild(id);
  };
  glueJobHelper.createGlueDatabase = (scope, ...rest) => saved.createGlueDatabase(itself(scope), ...rest);
  glueJobHelper.createGlueTable = (scope, ...rest) => saved.createGlueTable(itself(scope), ...rest);
  try {
    return new InsideItself(parent, id, props);
  } finally {
    Object.assign(glueJobHelper, saved);
  }
}

module.exports = { constructWithFixes, FIX_NAMES };
