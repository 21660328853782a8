'use strict';
// Group f: the engine's opt-in fixes (`options.fixes`), expected templates built by aws-cdk-lib
// from the official construct plus the CDK calls that correct it (see ../fixes.js). Each fix alone
// and all together, over every kind of stream; then the cases where a fix meets roles, policies,
// flags and scopes.
const { minimal, command, FIELD_SCHEMA, clone } = require('./_common');

const ROLE_ARN = 'arn:aws:iam::123456789012:role/ExistingGlueRole';
const ALL = ['alarmStreamDimension', 'streamKeyDecrypt', 'multipleInstances'];

const FIX_SETS = [
  ['alarm-dimension', ['alarmStreamDimension']],
  ['key-decrypt', ['streamKeyDecrypt']],
  ['multiple-instances', ['multipleInstances']],
  ['all', ALL],
];

function existingStream(lib, stack, props = {}) {
  return new lib.kinesis.Stream(stack, 'ExistingStream', props);
}

// Every kind of stream: engine props built in `stack` (existing objects are real CDK objects).
const STREAM_KINDS = [
  ['created-unencrypted', 'a created stream without encryption', () => minimal({ kinesisStreamProps: { encryption: 'UNENCRYPTED' } })],
  ['created-managed', 'a created stream with the AWS managed key (default)', () => minimal()],
  ['created-kms', 'a created stream with a key it creates', () => minimal({ kinesisStreamProps: { encryption: 'KMS' } })],
  ['created-kms-key', 'a created stream with a given kms.Key', (stack, lib) =>
    minimal({ kinesisStreamProps: { encryption: 'KMS', encryptionKey: lib.ref.key(new lib.kms.Key(stack, 'StreamKey')) } })],
  ['existing', 'an existing stream without a key', (stack, lib) => {
    const e = minimal();
    e.existingStreamObj = lib.ref.stream(existingStream(lib, stack));
    return e;
  }],
  ['existing-kms', 'an existing stream with its own key', (stack, lib) => {
    const e = minimal();
    e.existingStreamObj = lib.ref.stream(existingStream(lib, stack, { encryption: lib.kinesis.StreamEncryption.KMS }));
    return e;
  }],
];

// A first construct `FirstEtl` with `props()` and `fixes`; returns the second one's props (the
// same, with the first one's security configuration).
function second(stack, lib, props, fixes) {
  const first = lib.constructWithFixes(stack, 'FirstEtl', lib.convert(props()), fixes);
  const e = props();
  e.glueJobProps.securityConfiguration = lib.ref.token(first.node.findChild('GlueSecurityConfig').ref);
  return e;
}

function scenario(name, description, fixes, props, opts = {}) {
  return {
    name,
    description,
    expect: 'ok',
    fixes,
    ...opts,
    build(stack, lib) {
      const engine = props(stack, lib);
      return { engine, construct: lib.convert(engine) };
    },
  };
}

const matrix = [];
for (const [fixName, fixes] of FIX_SETS) {
  for (const [kind, what, props] of STREAM_KINDS) {
    matrix.push(scenario(`fix-${fixName}-${kind}`, `fixes ${fixes.join(', ')} with ${what}`, fixes, props));
  }
}

module.exports = [
  ...matrix,
  scenario('fix-key-decrypt-role-arn', 'streamKeyDecrypt, job role given by ARN of another account: the created key\'s policy gains the role',
    ['streamKeyDecrypt'], () => {
      const e = minimal({ kinesisStreamProps: { encryption: 'KMS' } });
      e.glueJobProps.role = ROLE_ARN;
      return e;
    }),
  scenario('fix-key-decrypt-role-arn-wide-kms-scope', 'streamKeyDecrypt, role ARN of another account, reduceCrossAccountRegionPolicyScope off',
    ['streamKeyDecrypt'], () => {
      const e = minimal({ kinesisStreamProps: { encryption: 'KMS' } });
      e.glueJobProps.role = ROLE_ARN;
      return e;
    }, { featureFlags: { '@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope': false } }),
  scenario('fix-key-decrypt-env-other-account', 'streamKeyDecrypt in a stack with an env, job role of another account: only the key policy allows it',
    ['streamKeyDecrypt'], () => {
      const e = minimal({ kinesisStreamProps: { encryption: 'KMS' } });
      e.glueJobProps.role = ROLE_ARN;
      return e;
    }, { env: { account: '111111111111', region: 'eu-west-1' } }),
  scenario('fix-key-decrypt-env-same-account', 'streamKeyDecrypt in a stack with an env, job role of the same account',
    ['streamKeyDecrypt'], () => {
      const e = minimal({ kinesisStreamProps: { encryption: 'KMS' } });
      e.glueJobProps.role = 'arn:aws:iam::111111111111:role/GlueRole';
      return e;
    }, { env: { account: '111111111111', region: 'eu-west-1' } }),
  scenario('fix-all-env-tags', 'every fix in a named stack with an env and tags',
    ALL, () => minimal({ kinesisStreamProps: { encryption: 'KMS' } }),
    { stackName: 'Etl-Prod', env: { account: '111111111111', region: 'us-gov-west-1' }, tags: { team: 'data', cost: 'etl' } }),
  scenario('fix-key-decrypt-role-token', 'streamKeyDecrypt, job role = GetAtt of an iam.Role in the stack, stream key given',
    ['streamKeyDecrypt'], (stack, lib) => {
      const role = new lib.iam.Role(stack, 'GlueRole', { assumedBy: new lib.iam.ServicePrincipal('glue.amazonaws.com') });
      const e = minimal({ kinesisStreamProps: { encryption: 'KMS', encryptionKey: lib.ref.key(new lib.kms.Key(stack, 'StreamKey')) } });
      e.glueJobProps.role = lib.ref.token(role.roleArn);
      return e;
    }),
  scenario('fix-key-decrypt-existing-job', 'streamKeyDecrypt with an existingGlueJob: the decrypt grant makes the imported role\'s first policy',
    ['streamKeyDecrypt'], (stack, lib) => {
      const e = { fieldSchema: clone(FIELD_SCHEMA) };
      e.existingStreamObj = lib.ref.stream(existingStream(lib, stack, { encryption: lib.kinesis.StreamEncryption.KMS }));
      const job = new lib.glue.CfnJob(stack, 'ExistingJob', {
        command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://existing-scripts/job.py' },
        role: ROLE_ARN,
      });
      e.existingGlueJob = lib.ref.glueJob(job);
      return e;
    }),
  scenario('fix-key-decrypt-same-key-as-bucket', 'streamKeyDecrypt with the output bucket encrypted by the stream\'s key: statements merge',
    ['streamKeyDecrypt'], (stack, lib) => {
      const key = lib.ref.key(new lib.kms.Key(stack, 'SharedKey'));
      return minimal({
        kinesisStreamProps: { encryption: 'KMS', encryptionKey: key },
        outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'KMS', encryptionKey: key } },
      });
    }),
  scenario('fix-key-decrypt-no-minimize', 'streamKeyDecrypt with minimizePolicies off',
    ['streamKeyDecrypt'], () => minimal({ kinesisStreamProps: { encryption: 'KMS' } }),
    { featureFlags: { '@aws-cdk/aws-iam:minimizePolicies': false } }),
  scenario('fix-key-decrypt-asset', 'streamKeyDecrypt with an etlCodeAsset (more grants on the role before the decrypt)',
    ['streamKeyDecrypt'], (stack, lib) => {
      const e = minimal({ glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' } }, kinesisStreamProps: { encryption: 'KMS' } });
      e.etlCodeAsset = lib.ref.asset(new lib.s3assets.Asset(stack, 'EtlAsset', { path: lib.assetPath('transform.py') }));
      return e;
    }),
  scenario('fix-alarm-dimension-named-stream', 'alarmStreamDimension with a stream name: the dimension is still the stream\'s Ref',
    ['alarmStreamDimension'], () => minimal({ kinesisStreamProps: { streamName: 'clicks' } })),
  scenario('fix-alarm-dimension-alarms-off', 'alarmStreamDimension without alarms: nothing changes',
    ['alarmStreamDimension'], () => minimal({ createCloudWatchAlarms: false })),
  scenario('fix-multiple-instances-scope', 'multipleInstances under a nested scope',
    ['multipleInstances'], () => minimal(), { scope: ['Nested', 'Deeper'] }),
  scenario('fix-multiple-instances-existing-glue', 'multipleInstances with existing database and table: only the job policy moves',
    ['multipleInstances'], (stack, lib) => {
      const db = new lib.glue.CfnDatabase(stack, 'ExistingDatabase', { catalogId: lib.cdk.Aws.ACCOUNT_ID, databaseInput: { name: 'existing_db' } });
      const table = new lib.glue.CfnTable(stack, 'ExistingTable', {
        catalogId: lib.cdk.Aws.ACCOUNT_ID,
        databaseName: db.ref,
        tableInput: { name: 'existing_table', storageDescriptor: { columns: [{ name: 'x', type: 'string' }] } },
      });
      const e = { glueJobProps: { command: command() } };
      e.existingDatabase = lib.ref.database(db);
      e.existingTable = lib.ref.table(table);
      return e;
    }),
  // Errors at resolution with the database and table inside the construct: props of the wrong
  // type are found after every lazy value is resolved, then in the construct tree's order.
  scenario('fix-multiple-instances-database-job', 'multipleInstances, databaseProps and glueJobProps of the wrong types: the database first',
    ['multipleInstances'], () => minimal({ glueJobProps: { command: command(), numberOfWorkers: 'two' }, databaseProps: { databaseInput: 'x' } }),
    { expect: 'error' }),
  scenario('fix-multiple-instances-table-lifecycle', 'multipleInstances, tableProps of the wrong type and a lifecycle expiration in hours: the bucket first',
    ['multipleInstances'], () => ({ glueJobProps: { command: command() }, tableProps: { catalogId: '123456789012', databaseName: 'db', tableInput: { partitionKeys: { a: 1 } } }, outputDataStore: { datastoreType: 'S3', outputBucketProps: { lifecycleRules: [{ expiration: { hours: 36 } }] } } }),
    { expect: 'error' }),
  // Every construct names the security configuration it creates ETLJobSecurityConfig${AWS::StackId},
  // and Glue names are unique: the second construct uses the first one's configuration.
  scenario('fix-multiple-instances-second', 'multipleInstances: a second construct beside one built first in the same scope',
    ['multipleInstances'], (stack, lib) => second(stack, lib, minimal, ['multipleInstances']), { id: 'SecondEtl' }),
  scenario('fix-all-second', 'every fix: a second construct beside one built first, both with a key each',
    ALL, (stack, lib) => second(stack, lib, () => minimal({ kinesisStreamProps: { encryption: 'KMS' } }), ALL), { id: 'SecondEtl' }),
];
