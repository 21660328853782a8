'use strict';
// Group e: invalid props; expected.error is the construct's exact message.
const { minimal, withJob, command, FIELD_SCHEMA, clone, simple } = require('./_common');

const err = (name, description, engine, opts = {}) => simple(`error-${name}`, `error: ${description}`, engine, { expect: 'error', ...opts });
const fs = () => clone(FIELD_SCHEMA);

function withExisting(name, description, make, opts = {}) {
  return {
    name: `error-${name}`,
    description: `error: ${description}`,
    expect: 'error',
    ...opts,
    build(stack, lib) {
      const engine = make(stack, lib);
      return { engine, construct: lib.convert(engine) };
    },
  };
}

module.exports = [
  err('missing-glue-job-props', 'no glueJobProps and no existingGlueJob: TypeError (#10)', { fieldSchema: fs() }),
  err('empty-props', 'empty props: TypeError (#10)', {}),
  err('missing-command', 'glueJobProps without command: TypeError (#10)', { glueJobProps: { glueVersion: '2.0' }, fieldSchema: fs() }),
  err('missing-script-location', 'command without scriptLocation and no etlCodeAsset (CheckGlueProps)', { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' } }, fieldSchema: fs() }),
  err('empty-script-location', 'empty scriptLocation counts as missing (CheckGlueProps)', { glueJobProps: { command: command({ scriptLocation: '' }) }, fieldSchema: fs() }),
  err('missing-field-schema', 'no fieldSchema, tableProps or existingTable (CheckGlueProps)', { glueJobProps: { command: command() } }),
  err('missing-script-and-schema', 'two CheckGlueProps messages concatenated (#10)', { glueJobProps: { command: { name: 'gluestreaming' } } }),
  err('script-url-https', 'scriptLocation not s3:// (Invalid S3 URL)', minimal({ glueJobProps: { command: command({ scriptLocation: 'https://bucket/key.py' }) } })),
  err('script-url-no-key', 'scriptLocation without a key (Invalid S3 URL)', minimal({ glueJobProps: { command: command({ scriptLocation: 's3://bucket' }) } })),
  err('script-url-trailing-space', 'scriptLocation with whitespace (Invalid S3 URL)', minimal({ glueJobProps: { command: command({ scriptLocation: 's3://bucket/my key.py' }) } })),
  err('script-url-intrinsic', 'scriptLocation as an intrinsic fails the regex (Invalid S3 URL)', minimal({ glueJobProps: { command: command({ scriptLocation: { 'Fn::Sub': 's3://${AWS::AccountId}-scripts/job.py' } }) } })),
  err('script-url-and-schema', 'invalid URL and missing fieldSchema concatenated', { glueJobProps: { command: command({ scriptLocation: 'bucket/key.py' }) } }),
  err('script-bucket-too-short', 'scriptLocation bucket name too short: aws-cdk-lib bucket name check (#8)', minimal({ glueJobProps: { command: command({ scriptLocation: 's3://ab/x.py' }) } })),
  err('script-bucket-ip', 'scriptLocation bucket shaped like an IP address (#8)', minimal({ glueJobProps: { command: command({ scriptLocation: 's3://192.168.5.4/x.py' }) } })),
  err('unknown-glue-key', 'unknown glueJobProps key Command (ValidateCfnJobProps, #15)', { glueJobProps: { Command: command(), command: command() }, fieldSchema: fs() }),
  err('unknown-glue-key-invalid-property', 'unknown glueJobProps key invalidProperty (upstream unit test)', withJob({ invalidProperty: true })),
  err('unknown-glue-key-source-control', 'glueJobProps key valid for CfnJob but not in core list (sourceControlDetails)', withJob({ sourceControlDetails: { provider: 'GITHUB' } })),
  err('max-capacity-v20', 'maxCapacity with glueVersion 2.0 (#5)', withJob({ glueVersion: '2.0', maxCapacity: 2 })),
  err('max-capacity-v20-and-workers', 'maxCapacity with glueVersion 2.0 and workers: first check wins (#5)', withJob({ glueVersion: '2.0', maxCapacity: 2, workerType: 'G.1X' })),
  err('max-capacity-worker-type', 'maxCapacity with workerType (#5)', withJob({ glueVersion: '3.0', maxCapacity: 10, workerType: 'G.1X' })),
  err('max-capacity-workers', 'maxCapacity with numberOfWorkers, no version (#5)', withJob({ maxCapacity: 10, numberOfWorkers: 2 })),
  err('max-capacity-v10-both', 'maxCapacity with both worker settings on 1.0 (#5)', withJob({ glueVersion: '1.0', maxCapacity: 3, workerType: 'Standard', numberOfWorkers: 3 })),
  err('stream-key-without-kms', 'encryptionKey without encryption: merged over MANAGED default (#4)', minimal({ kinesisStreamProps: { encryptionKey: { keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k' } } })),
  err('stream-key-with-managed', 'encryptionKey with encryption MANAGED', minimal({ kinesisStreamProps: { encryption: 'MANAGED', encryptionKey: { keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k' } } })),
  err('stream-key-with-unencrypted', 'encryptionKey with encryption UNENCRYPTED', minimal({ kinesisStreamProps: { encryption: 'UNENCRYPTED', encryptionKey: { keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k' } } })),
  err('stream-retention-too-short', 'retentionPeriod 23 hours', minimal({ kinesisStreamProps: { retentionPeriod: { hours: 23 } } })),
  err('stream-retention-too-long', 'retentionPeriod 8761 hours', minimal({ kinesisStreamProps: { retentionPeriod: { hours: 8761 } } })),
  err('stream-on-demand-shards', 'shardCount with streamMode ON_DEMAND', minimal({ kinesisStreamProps: { streamMode: 'ON_DEMAND', shardCount: 2 } })),
  err('stream-removal-snapshot', 'stream removalPolicy snapshot (validateSnapshotRemovalPolicy)', minimal({ kinesisStreamProps: { removalPolicy: 'snapshot' } })),
  err('bucket-auto-delete-without-destroy', 'autoDeleteObjects without removalPolicy destroy', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { autoDeleteObjects: true } } })),
  err('bucket-key-with-s3-managed', 'encryptionKey with encryption S3_MANAGED', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'S3_MANAGED', encryptionKey: { keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k' } } } })),
  err('bucket-name-invalid', 'invalid bucketName', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { bucketName: 'Invalid_Bucket_Name' } } })),
  err('bucket-removal-snapshot', 'bucket removalPolicy snapshot', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { removalPolicy: 'snapshot' } } })),
  err('bucket-tls-without-ssl', 'minimumTLSVersion with enforceSSL false', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { enforceSSL: false, minimumTLSVersion: 1.2 } } })),
  err('bucket-expiration-hours', 'lifecycle expiration not a whole number of days', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { lifecycleRules: [{ expiration: { hours: 36 } }] } } })),
  withExisting('both-glue-props-and-job', 'glueJobProps and existingGlueJob (CheckGlueProps)', (stack, lib) => {
    const e = minimal();
    e.existingGlueJob = lib.ref.glueJob(new lib.glue.CfnJob(stack, 'ExistingJob', { command: { name: 'glueetl' }, role: 'arn:aws:iam::123456789012:role/R' }));
    return e;
  }),
  withExisting('both-glue-props-and-job-more', 'glueJobProps+existingGlueJob, invalid URL and no fieldSchema: three messages', (stack, lib) => {
    const e = { glueJobProps: { command: command({ scriptLocation: 'ftp://x/y' }) } };
    e.existingGlueJob = lib.ref.glueJob(new lib.glue.CfnJob(stack, 'ExistingJob', { command: { name: 'glueetl' }, role: 'arn:aws:iam::123456789012:role/R' }));
    return e;
  }),
  withExisting('both-stream-and-props', 'existingStreamObj and kinesisStreamProps (CheckKinesisStreamProps)', (stack, lib) => {
    const e = minimal({ kinesisStreamProps: { shardCount: 2 } });
    e.existingStreamObj = lib.ref.stream(new lib.kinesis.Stream(stack, 'ExistingStream'));
    return e;
  }),
  withExisting('existing-job-role-name', 'existingGlueJob whose role is a role name, not an ARN (#11)', (stack, lib) => {
    const e = { fieldSchema: fs() };
    e.existingGlueJob = lib.ref.glueJob(new lib.glue.CfnJob(stack, 'ExistingJob', { command: { name: 'gluestreaming', scriptLocation: 's3://a-bucket/x.py' }, role: 'MyGlueServiceRole' }));
    return e;
  }),
  withExisting('glue-database-conflict', 'a construct named GlueDatabase already in the parent scope (#2)', (stack, lib) => {
    new lib.glue.CfnDatabase(stack, 'GlueDatabase', { catalogId: '123456789012', databaseInput: {} });
    return minimal();
  }),
  withExisting('glue-table-conflict', 'a construct named GlueTable already in the parent scope (#2)', (stack, lib) => {
    new lib.cdk.CfnResource(stack, 'GlueTable', { type: 'AWS::CloudFormation::WaitConditionHandle' });
    return minimal();
  }),
  withExisting('policy-name-conflict', 'a construct named <id>GlueJobPolicy already in the parent scope (#2)', (stack, lib) => {
    new lib.cdk.CfnResource(stack, 'test-kinesisstreams-lambdaGlueJobPolicy', { type: 'AWS::CloudFormation::WaitConditionHandle' });
    return minimal();
  }),
  withExisting('id-conflict', 'a construct with the same id already in the scope', (stack, lib) => {
    new lib.cdk.CfnResource(stack, 'test-kinesisstreams-lambda', { type: 'AWS::CloudFormation::WaitConditionHandle' });
    return minimal();
  }),
  withExisting('asset-invalid-script-location', 'etlCodeAsset with an invalid scriptLocation: still validated (#9)', (stack, lib) => {
    const e = minimal({ glueJobProps: { command: command({ scriptLocation: 'not-a-url' }) } });
    e.etlCodeAsset = lib.ref.asset(new lib.s3assets.Asset(stack, 'EtlAsset', { path: lib.assetPath('transform.py') }));
    return e;
  }),
  err('id-glue-database', 'construct id GlueDatabase: the database is created next to it in the same scope (#2)', minimal(), { id: 'GlueDatabase' }),
  err('id-glue-table', 'construct id GlueTable: the table is created next to it in the same scope (#2)', minimal(), { id: 'GlueTable' }),
];
