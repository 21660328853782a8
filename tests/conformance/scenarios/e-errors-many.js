'use strict';
// Group e: props with several independent problems. The construct throws the first one it meets;
// the engine's diagnostics list them all (tests/bad_inputs.rs checks the list).
const { minimal, withJob, command, simple } = require('./_common');

const err = (name, description, engine, opts = {}) => simple(`error-many-${name}`, `error: ${description}`, engine, { expect: 'error', ...opts });

module.exports = [
  err('script-key-capacity-retention', 'invalid script URL, unknown CfnJobProps key, maxCapacity with Glue 2.0, 3-hour retentionPeriod',
    withJob({ command: command({ scriptLocation: 'https://bucket/script.py' }), bogusKey: 1, glueVersion: '2.0', maxCapacity: 2 },
      { kinesisStreamProps: { retentionPeriod: { hours: 3 } } })),
  err('key-capacity-retention', 'unknown CfnJobProps key, maxCapacity with Glue 2.0, 3-hour retentionPeriod',
    withJob({ bogusKey: 1, glueVersion: '2.0', maxCapacity: 2 }, { kinesisStreamProps: { retentionPeriod: { hours: 3 } } })),
  err('capacity-retention', 'maxCapacity with Glue 2.0 and a 3-hour retentionPeriod',
    withJob({ glueVersion: '2.0', maxCapacity: 2 }, { kinesisStreamProps: { retentionPeriod: { hours: 3 } } })),
  err('missing-command-bucket', 'glueJobProps without command, and an invalid bucket name',
    { glueJobProps: { glueVersion: '2.0' }, fieldSchema: [], outputDataStore: { datastoreType: 'S3', outputBucketProps: { bucketName: 'Bad_Name' } } }),
  err('stream-bucket-database', 'both stream props and stream, invalid retention, bucket TLS without SSL, unknown database key',
    minimal({ kinesisStreamProps: { retentionPeriod: { days: 400 } }, outputDataStore: { datastoreType: 'S3', outputBucketProps: { enforceSSL: false, minimumTLSVersion: 1.2 } }, databaseProps: { databaseInput: { name: 'db' }, bogus: 1 } })),
  // aws-cdk-lib raises some errors only when it resolves the template (`app.synth()`): after every
  // construct-time error, whichever construct was built first, and in the construct tree's order.
  err('lifecycle-script-bucket', 'lifecycle expiration not a whole number of days (resolution), then an invalid script bucket name',
    minimal({ glueJobProps: { command: command({ scriptLocation: 's3://ab/x.py' }) }, outputDataStore: { datastoreType: 'S3', outputBucketProps: { lifecycleRules: [{ expiration: { hours: 36 } }] } } })),
  err('table-script-bucket', 'tableProps of the wrong type (resolution), then an invalid script bucket name',
    { glueJobProps: { command: command({ scriptLocation: 's3://ab/x.py' }) }, tableProps: { catalogId: '123456789012', databaseName: 'db', tableInput: { partitionKeys: { a: 1 } } } }),
  err('table-lifecycle', 'tableProps of the wrong type and a lifecycle expiration in hours: both at resolution, the bucket first in the tree',
    { glueJobProps: { command: command() }, tableProps: { catalogId: '123456789012', databaseName: 'db', tableInput: { partitionKeys: { a: 1 } } }, outputDataStore: { datastoreType: 'S3', outputBucketProps: { lifecycleRules: [{ expiration: { hours: 36 } }] } } }),
  err('database-job', 'databaseProps and glueJobProps of the wrong types: both at resolution, the job first in the tree',
    withJob({ numberOfWorkers: 'two' }, { databaseProps: { databaseInput: 'x' } })),
];
