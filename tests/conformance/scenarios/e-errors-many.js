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
];
