'use strict';
// Group b: kinesisStreamProps, one aspect at a time.
const { minimal, simple } = require('./_common');

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const cases = [
  ['empty', 'empty kinesisStreamProps (default MANAGED encryption still applies, #4)', {}],
  ['shard-count', 'shardCount 3', { shardCount: 3 }],
  ['retention-hours', 'retentionPeriod 48 hours; alarm threshold stays 12 h (#1)', { retentionPeriod: { hours: 48 } }],
  ['retention-days', 'retentionPeriod 7 days', { retentionPeriod: { days: 7 } }],
  ['retention-24h', 'retentionPeriod equal to the default', { retentionPeriod: { hours: 24 } }],
  ['retention-minutes', 'retentionPeriod given in minutes', { retentionPeriod: { minutes: 1800 } }],
  ['on-demand', 'streamMode ON_DEMAND (no ShardCount)', { streamMode: 'ON_DEMAND' }],
  ['provisioned', 'streamMode PROVISIONED', { streamMode: 'PROVISIONED' }],
  ['provisioned-shards', 'streamMode PROVISIONED with shardCount 4', { streamMode: 'PROVISIONED', shardCount: 4 }],
  ['unencrypted', 'encryption UNENCRYPTED', { encryption: 'UNENCRYPTED' }],
  ['unencrypted-none', 'encryption given by its CDK value NONE', { encryption: 'NONE' }],
  ['managed', 'encryption MANAGED explicitly', { encryption: 'MANAGED' }],
  ['kms', 'encryption KMS without key: a key is created; job role gets no kms:Decrypt (#3)', { encryption: 'KMS' }],
  ['kms-key-arn', 'encryption KMS with an imported key ARN (#3)', { encryption: 'KMS', encryptionKey: { keyArn: KEY_ARN } }],
  ['kms-key-intrinsic', 'encryption KMS with a key ARN from Fn::ImportValue', { encryption: 'KMS', encryptionKey: { keyArn: { 'Fn::ImportValue': 'SharedKeyArn' } } }],
  ['name', 'streamName literal', { streamName: 'my-input-stream' }],
  ['name-intrinsic', 'streamName as Fn::Sub', { streamName: { 'Fn::Sub': '${AWS::StackName}-input' } }],
  ['name-ref', 'streamName as Ref to a parameter-like id', { streamName: { 'Fn::Join': ['-', ['stream', { Ref: 'AWS::Region' }]] } }],
  ['removal-destroy', 'removalPolicy destroy', { removalPolicy: 'destroy' }],
  ['removal-retain', 'removalPolicy retain', { removalPolicy: 'retain' }],
  ['removal-retain-on-update', 'removalPolicy retain-on-update-or-delete', { removalPolicy: 'retain-on-update-or-delete' }],
  ['metrics', 'shardLevelMetrics two values', { shardLevelMetrics: ['IncomingBytes', 'OutgoingRecords'] }],
  ['metrics-all', 'shardLevelMetrics ALL', { shardLevelMetrics: ['ALL'] }],
  ['metrics-every', 'shardLevelMetrics every value', { shardLevelMetrics: ['IncomingBytes', 'IncomingRecords', 'IteratorAgeMilliseconds', 'OutgoingBytes', 'OutgoingRecords', 'ReadProvisionedThroughputExceeded', 'WriteProvisionedThroughputExceeded'] }],
  ['combined', 'ON_DEMAND, KMS key created, name, 3 days, destroy, metrics', { streamMode: 'ON_DEMAND', encryption: 'KMS', streamName: 'combo', retentionPeriod: { days: 3 }, removalPolicy: 'destroy', shardLevelMetrics: ['IncomingBytes'] }],
  ['combined-provisioned', 'PROVISIONED, shards, unencrypted, retention in hours', { streamMode: 'PROVISIONED', shardCount: 2, encryption: 'UNENCRYPTED', retentionPeriod: { hours: 100 } }],
];

module.exports = [
  ...cases.map(([n, d, ksp]) => simple(`stream-${n}`, `kinesisStreamProps: ${d}`, minimal({ kinesisStreamProps: ksp }))),
  {
    name: 'stream-kms-key-in-stack',
    description: 'kinesisStreamProps: encryption KMS with a kms.Key created in the same stack before the construct (#3)',
    expect: 'ok',
    build(stack, lib) {
      const key = new lib.kms.Key(stack, 'StreamKey');
      const engine = minimal({ kinesisStreamProps: { encryption: 'KMS', encryptionKey: lib.ref.key(key) } });
      return { engine, construct: lib.convert(engine) };
    },
  },
];
