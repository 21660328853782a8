'use strict';
// Group c: existing objects created in the stack before the construct, passed by reference.
const { minimal, command, FIELD_SCHEMA, clone } = require('./_common');

const ROLE_ARN = 'arn:aws:iam::123456789012:role/ExistingGlueRole';

function scenario(name, description, build, opts = {}) {
  return { name, description, expect: 'ok', ...opts, build };
}

// Returns { engine, construct } after letting `make` add reference objects to the engine props.
function finish(lib, engine) {
  return { engine, construct: lib.convert(engine) };
}

function stream(lib, stack, props = {}) {
  return new lib.kinesis.Stream(stack, 'ExistingStream', props);
}

function job(lib, stack, role) {
  return new lib.glue.CfnJob(stack, 'ExistingJob', {
    command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://existing-scripts/job.py' },
    role,
  });
}

function database(lib, stack) {
  return new lib.glue.CfnDatabase(stack, 'ExistingDatabase', {
    catalogId: lib.cdk.Aws.ACCOUNT_ID,
    databaseInput: { name: 'existing_db' },
  });
}

function table(lib, stack, db) {
  return new lib.glue.CfnTable(stack, 'ExistingTable', {
    catalogId: lib.cdk.Aws.ACCOUNT_ID,
    databaseName: db.ref,
    tableInput: { name: 'existing_table', storageDescriptor: { columns: [{ name: 'x', type: 'string' }] } },
  });
}

function bucket(lib, stack, props = {}) {
  return new lib.s3.Bucket(stack, 'ExistingBucket', props);
}

function asset(lib, stack) {
  return new lib.s3assets.Asset(stack, 'EtlAsset', { path: lib.assetPath('transform.py') });
}

function glueRole(lib, stack) {
  return new lib.iam.Role(stack, 'GlueRole', { assumedBy: new lib.iam.ServicePrincipal('glue.amazonaws.com') });
}

module.exports = [
  scenario('existing-stream', 'existingStreamObj (plain): no stream created, alarms still created (#1)', (stack, lib) => {
    const e = minimal();
    e.existingStreamObj = lib.ref.stream(stream(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-stream-kms', 'existingStreamObj encrypted with its own KMS key: no kms:Decrypt for the job (#3)', (stack, lib) => {
    const e = minimal();
    e.existingStreamObj = lib.ref.stream(stream(lib, stack, { encryption: lib.kinesis.StreamEncryption.KMS }));
    return finish(lib, e);
  }),
  scenario('existing-stream-key-in-stack', 'existingStreamObj encrypted with a kms.Key from the stack, no alarms', (stack, lib) => {
    const key = new lib.kms.Key(stack, 'StreamKey');
    const e = minimal({ createCloudWatchAlarms: false });
    e.existingStreamObj = lib.ref.stream(stream(lib, stack, { encryption: lib.kinesis.StreamEncryption.KMS, encryptionKey: key }));
    return finish(lib, e);
  }),
  scenario('existing-stream-named', 'existingStreamObj with a stream name and on-demand mode', (stack, lib) => {
    const e = minimal();
    e.existingStreamObj = lib.ref.stream(stream(lib, stack, { streamName: 'existing-name', streamMode: lib.kinesis.StreamMode.ON_DEMAND }));
    return finish(lib, e);
  }),
  scenario('existing-job-role-arn', 'existingGlueJob with a literal role ARN: policy on the imported role, no bucket/log policy (#11)', (stack, lib) => {
    const e = { fieldSchema: clone(FIELD_SCHEMA) };
    e.existingGlueJob = lib.ref.glueJob(job(lib, stack, ROLE_ARN));
    return finish(lib, e);
  }),
  scenario('existing-all-redshift-no-alarms', 'existing stream, job (literal role ARN), database and table, Redshift output, no alarms: only the job policy (none when the role is in another account than the stack)', (stack, lib) => {
    const db = database(lib, stack);
    const e = { outputDataStore: { datastoreType: 'Redshift' }, createCloudWatchAlarms: false };
    e.existingStreamObj = lib.ref.stream(stream(lib, stack));
    e.existingGlueJob = lib.ref.glueJob(job(lib, stack, ROLE_ARN));
    e.existingDatabase = lib.ref.database(db);
    e.existingTable = lib.ref.table(table(lib, stack, db));
    return finish(lib, e);
  }),
  scenario('existing-job-role-getatt', 'existingGlueJob whose role is GetAtt of an iam.Role (upstream integ existing-job, #11)', (stack, lib) => {
    const e = { fieldSchema: clone(FIELD_SCHEMA), outputDataStore: { datastoreType: 'S3' } };
    e.existingGlueJob = lib.ref.glueJob(job(lib, stack, glueRole(lib, stack).roleArn));
    return finish(lib, e);
  }),
  scenario('existing-job-ignores-output-and-asset', 'existingGlueJob: outputDataStore and etlCodeAsset silently ignored (#11)', (stack, lib) => {
    const e = { fieldSchema: clone(FIELD_SCHEMA), outputDataStore: { datastoreType: 'S3', outputBucketProps: { bucketName: 'never-created' } } };
    e.existingGlueJob = lib.ref.glueJob(job(lib, stack, ROLE_ARN));
    e.etlCodeAsset = lib.ref.asset(asset(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-job-and-stream', 'existingGlueJob and existingStreamObj', (stack, lib) => {
    const e = { fieldSchema: clone(FIELD_SCHEMA) };
    e.existingStreamObj = lib.ref.stream(stream(lib, stack));
    e.existingGlueJob = lib.ref.glueJob(job(lib, stack, ROLE_ARN));
    return finish(lib, e);
  }),
  scenario('existing-database', 'existingDatabase: table created in it', (stack, lib) => {
    const e = minimal();
    e.existingDatabase = lib.ref.database(database(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-database-literal-catalog', 'existingDatabase with a literal catalogId', (stack, lib) => {
    const db = new lib.glue.CfnDatabase(stack, 'ExistingDatabase', { catalogId: '123456789012', databaseInput: { name: 'lit' } });
    const e = minimal();
    e.existingDatabase = lib.ref.database(db);
    return finish(lib, e);
  }),
  scenario('existing-table', 'existingTable only: database still created', (stack, lib) => {
    const e = { glueJobProps: { command: command() } };
    const db = database(lib, stack);
    e.existingTable = lib.ref.table(table(lib, stack, db));
    return finish(lib, e);
  }),
  scenario('existing-database-and-table', 'existingDatabase and existingTable (upstream unit test)', (stack, lib) => {
    const e = { glueJobProps: { command: command() } };
    const db = database(lib, stack);
    e.existingDatabase = lib.ref.database(db);
    e.existingTable = lib.ref.table(table(lib, stack, db));
    return finish(lib, e);
  }),
  scenario('existing-table-with-field-schema', 'existingTable wins over fieldSchema', (stack, lib) => {
    const e = minimal();
    e.existingTable = lib.ref.table(table(lib, stack, database(lib, stack)));
    return finish(lib, e);
  }),
  scenario('existing-bucket', 'existingS3OutputBucket (plain): no bucket created, granted read/write', (stack, lib) => {
    const e = minimal({ outputDataStore: { datastoreType: 'S3' } });
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-bucket-kms', 'existingS3OutputBucket encrypted with KMS: grant includes key actions', (stack, lib) => {
    const e = minimal({ outputDataStore: { datastoreType: 'S3' } });
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket(lib, stack, { encryption: lib.s3.BucketEncryption.KMS }));
    return finish(lib, e);
  }),
  scenario('existing-bucket-kms-role-arn', 'existing KMS bucket with an imported role ARN with account: key policy of the existing key also changed (#12)', (stack, lib) => {
    const e = minimal({ outputDataStore: { datastoreType: 'S3' } });
    e.glueJobProps.role = ROLE_ARN;
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket(lib, stack, { encryption: lib.s3.BucketEncryption.KMS }));
    return finish(lib, e);
  }),
  scenario('existing-bucket-wins-over-props', 'existingS3OutputBucket and outputBucketProps: the bucket wins silently (#13)', (stack, lib) => {
    const e = minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { bucketName: 'ignored-bucket', versioned: false } } });
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-bucket-other-type', 'existingS3OutputBucket with datastoreType other than S3: ignored, default bucket (#13)', (stack, lib) => {
    const e = minimal({ outputDataStore: { datastoreType: 'Other' } });
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-asset', 'etlCodeAsset created in the stack (upstream integ code-asset-job)', (stack, lib) => {
    const e = minimal({ glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' } } });
    e.etlCodeAsset = lib.ref.asset(asset(lib, stack));
    return finish(lib, e);
  }),
  scenario('existing-role-token', 'glueJobProps.role = GetAtt of an iam.Role in the stack (#12)', (stack, lib) => {
    const role = glueRole(lib, stack);
    const e = minimal();
    e.glueJobProps.role = lib.resolve(role.roleArn);
    const built = finish(lib, e);
    built.construct.glueJobProps.role = role.roleArn;
    return built;
  }),
  scenario('existing-everything', 'existing stream, database, table, bucket and asset with a role token', (stack, lib) => {
    const role = glueRole(lib, stack);
    const db = database(lib, stack);
    const e = { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' }, role: lib.resolve(role.roleArn) }, outputDataStore: { datastoreType: 'S3' } };
    e.existingStreamObj = lib.ref.stream(stream(lib, stack, { encryption: lib.kinesis.StreamEncryption.KMS }));
    e.existingDatabase = lib.ref.database(db);
    e.existingTable = lib.ref.table(table(lib, stack, db));
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket(lib, stack, { encryption: lib.s3.BucketEncryption.KMS }));
    e.etlCodeAsset = lib.ref.asset(asset(lib, stack));
    const built = finish(lib, e);
    built.construct.glueJobProps.role = role.roleArn;
    return built;
  }),
  scenario('existing-stream-nested-scope', 'existingStreamObj with the construct under a nested scope', (stack, lib) => {
    const e = minimal();
    e.existingStreamObj = lib.ref.stream(stream(lib, stack));
    return finish(lib, e);
  }, { scope: ['Nested'] }),
];
