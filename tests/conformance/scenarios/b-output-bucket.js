'use strict';
// Group b: outputBucketProps branches not covered in b-output.js (encryption combinations, custom
// resources together, every lifecycle field, imported access-log buckets, cross-account grants).
const { minimal, simple } = require('./_common');

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/abc';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/MyRole';
const s3 = (outputBucketProps, extra = {}) => minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps }, ...extra });
const withRole = (outputBucketProps) => {
  const props = s3(outputBucketProps);
  props.glueJobProps.role = ROLE_ARN;
  return props;
};

const cases = [
  ['kms-imported-bucket-key', 'encryption KMS, bucketKeyEnabled, imported key', s3({ encryption: 'KMS', bucketKeyEnabled: true, encryptionKey: { keyArn: KEY_ARN } })],
  ['kms-managed-bucket-key-false', 'encryption KMS_MANAGED with bucketKeyEnabled false', s3({ encryption: 'KMS_MANAGED', bucketKeyEnabled: false })],
  ['dsse', 'encryption DSSE without key: key created, no rotation', s3({ encryption: 'DSSE' })],
  ['unencrypted', 'encryption UNENCRYPTED', s3({ encryption: 'UNENCRYPTED' })],
  ['retain-on-update', 'removalPolicy retain-on-update-or-delete', s3({ removalPolicy: 'retain-on-update-or-delete' })],
  ['lifecycle-every-field', 'lifecycleRules with every field, hours and storage classes', s3({ lifecycleRules: [{ id: 'r1', enabled: false, prefix: 'logs/', expiration: { days: 365 }, abortIncompleteMultipartUploadAfter: { days: 7 }, transitions: [{ storageClass: 'INFREQUENT_ACCESS', transitionAfter: { days: 30 } }, { storageClass: 'GLACIER', transitionAfter: { days: 90 } }], noncurrentVersionExpiration: { days: 400 }, noncurrentVersionsToRetain: 3, noncurrentVersionTransitions: [{ storageClass: 'DEEP_ARCHIVE', transitionAfter: { days: 180 }, noncurrentVersionsToRetain: 2 }], tagFilters: { a: 'b', c: 'd' }, objectSizeGreaterThan: 10, objectSizeLessThan: 1000 }, { expiredObjectDeleteMarker: true }, { transitions: [{ storageClass: 'INTELLIGENT_TIERING', transitionAfter: { hours: 48 } }, { storageClass: 'GLACIER_IR', transitionAfter: { days: 1 } }, { storageClass: 'ONEZONE_IA', transitionAfter: { days: 1 } }] }] })],
  ['lifecycle-hours-minutes', 'lifecycle durations in hours and minutes', s3({ lifecycleRules: [{ abortIncompleteMultipartUploadAfter: { hours: 48 }, expiration: { minutes: 2880 } }] })],
  ['bucket-name-join', 'bucketName as Fn::Join', s3({ bucketName: { 'Fn::Join': ['-', ['x', { Ref: 'AWS::AccountId' }]] } })],
  ['object-ownership-writer-value', 'objectOwnership given by its value ObjectWriter', s3({ objectOwnership: 'ObjectWriter' })],
  ['block-options-partial', 'blockPublicAccess options partly given', s3({ blockPublicAccess: { blockPublicPolicy: true, restrictPublicBuckets: false } })],
  ['auto-delete-kms-unversioned-no-ssl', 'autoDeleteObjects with KMS, unversioned, enforceSSL false', s3({ removalPolicy: 'destroy', autoDeleteObjects: true, encryption: 'KMS', versioned: false, enforceSSL: false })],
  ['auto-delete-no-ssl', 'autoDeleteObjects with enforceSSL false', s3({ removalPolicy: 'destroy', autoDeleteObjects: true, enforceSSL: false })],
  ['auto-delete-event-bridge', 'autoDeleteObjects with eventBridgeEnabled and a bucketName', s3({ removalPolicy: 'destroy', autoDeleteObjects: true, eventBridgeEnabled: true, bucketName: 'abc-def' })],
  ['event-bridge-no-ssl', 'eventBridgeEnabled with enforceSSL false', s3({ eventBridgeEnabled: true, enforceSSL: false })],
  ['tls-prefix-and-more', 'minimumTLSVersion 1.3 with prefix, unversioned, ownership, flags off', s3({ minimumTLSVersion: 1.3, serverAccessLogsPrefix: 'a/b', versioned: false, objectOwnership: 'BucketOwnerPreferred', transferAcceleration: false, eventBridgeEnabled: false })],
  ['cors', 'cors: a rule with every field and one with the required ones', s3({ cors: [{ id: 'browser', maxAge: 3000, allowedHeaders: ['*'], allowedMethods: ['GET', 'HEAD'], allowedOrigins: ['*'], exposedHeaders: ['ETag', 'x-amz-request-id'] }, { allowedMethods: ['PUT', 'POST', 'DELETE'], allowedOrigins: ['https://example.com', { 'Fn::Join': ['', ['https://', { Ref: 'AWS::Region' }, '.example.com']] }] }] })],
  ['metrics', 'metrics: the whole bucket, and a prefix with tag filters', s3({ metrics: [{ id: 'EntireBucket' }, { id: 'Raw', prefix: 'raw/', tagFilters: { team: 'data', 2: 'two', env: { Ref: 'AWS::Region' } } }] })],
  ['cors-metrics-empty', 'cors and metrics as empty lists: no configuration', s3({ cors: [], metrics: [] })],
  ['intelligent-tiering', 'intelligentTieringConfigurations: both archive tiers with a prefix and tags, one tier, none (empty tierings)', s3({ intelligentTieringConfigurations: [{ name: 'archive', prefix: 'output/', tags: [{ key: 'team', value: 'data' }, { key: 'env', value: { Ref: 'AWS::Region' } }], archiveAccessTierTime: { days: 90 }, deepArchiveAccessTierTime: { days: 180 } }, { name: { 'Fn::Join': ['-', ['deep', { Ref: 'AWS::StackName' }]] }, deepArchiveAccessTierTime: { hours: 4320 } }, { name: 'none' }] })],
  ['intelligent-tiering-empty', 'intelligentTieringConfigurations as an empty list', s3({ intelligentTieringConfigurations: [] })],
  ['object-lock-enabled', 'objectLockEnabled without a default retention', s3({ objectLockEnabled: true })],
  ['object-lock-disabled', 'objectLockEnabled false', s3({ objectLockEnabled: false })],
  ['object-lock-governance', 'objectLockDefaultRetention GOVERNANCE for 30 days: object lock enabled with it', s3({ objectLockDefaultRetention: { mode: 'GOVERNANCE', duration: { days: 30 } } })],
  ['object-lock-compliance-hours', 'objectLockDefaultRetention COMPLIANCE for 48 hours, objectLockEnabled true', s3({ objectLockEnabled: true, objectLockDefaultRetention: { mode: 'COMPLIANCE', duration: { hours: 48 } } })],
  ['log-key-format-simple', 'targetObjectKeyFormat simplePrefix', s3({ targetObjectKeyFormat: { simplePrefix: {} } })],
  ['log-key-format-partitioned', 'targetObjectKeyFormat partitionedPrefix by event time, with a log prefix', s3({ serverAccessLogsPrefix: 'logs/', targetObjectKeyFormat: { partitionedPrefix: { partitionDateSource: 'EVENT_TIME' } } })],
  ['log-key-format-partitioned-default', 'targetObjectKeyFormat partitionedPrefix without a date source', s3({ targetObjectKeyFormat: { partitionedPrefix: {} } })],
  ['transition-size', 'transitionDefaultMinimumObjectSize by name, with the construct\'s lifecycle rule', s3({ transitionDefaultMinimumObjectSize: 'VARIES_BY_STORAGE_CLASS' })],
  ['transition-size-rules', 'transitionDefaultMinimumObjectSize by value, with the caller\'s lifecycle rules', s3({ transitionDefaultMinimumObjectSize: 'all_storage_classes_128K', lifecycleRules: [{ transitions: [{ storageClass: 'GLACIER', transitionAfter: { days: 30 } }] }] })],
  ['transition-size-no-rules', 'transitionDefaultMinimumObjectSize without lifecycle rules: no lifecycle configuration', s3({ transitionDefaultMinimumObjectSize: 'ALL_STORAGE_CLASSES_128_K', lifecycleRules: [] })],
  ['cross-account-kms', 'encryption KMS with an imported role of another account: key and bucket policies', withRole({ encryption: 'KMS' })],
  ['cross-account-no-ssl-event-bridge', 'imported role of another account, enforceSSL false, eventBridgeEnabled', withRole({ enforceSSL: false, eventBridgeEnabled: true })],
];

const errors = [
  ['bucket-key-unencrypted', 'bucketKeyEnabled with encryption UNENCRYPTED', { encryption: 'UNENCRYPTED', bucketKeyEnabled: true }],
  ['key-default-encryption', 'encryptionKey with the default encryption', { encryptionKey: { keyArn: KEY_ARN } }],
  ['lifecycle-empty-rule', 'lifecycle rule with no action', { lifecycleRules: [{ id: 'x' }] }],
  ['lifecycle-marker-with-expiration', 'expiredObjectDeleteMarker with expiration', { lifecycleRules: [{ expiredObjectDeleteMarker: true, expiration: { days: 3 } }] }],
  ['lifecycle-transition-without-after', 'lifecycle transition without transitionAfter', { lifecycleRules: [{ transitions: [{ storageClass: 'GLACIER' }] }] }],
  ['bucket-name-short', 'bucketName too short', { bucketName: 'ab' }],
  ['bucket-name-many-rules', 'bucketName breaking several rules', { bucketName: 'Bad_Name..x-' }],
  ['bucket-name-ip', 'bucketName like an IP address', { bucketName: '192.168.1.1' }],
  ['snapshot-auto-delete', 'removalPolicy snapshot with autoDeleteObjects', { removalPolicy: 'snapshot', autoDeleteObjects: true }],
  ['key-and-name', 'encryptionKey with default encryption and an invalid bucketName', { encryptionKey: { keyArn: KEY_ARN }, bucketName: 'ab' }],
  ['tiering-partial-days', 'intelligentTieringConfigurations with an archive time not a whole number of days', { intelligentTieringConfigurations: [{ name: 'a', archiveAccessTierTime: { hours: 2172 } }] }],
  ['tiering-days-and-name', 'partial tiering days with an invalid bucketName: the name is checked first', { bucketName: 'ab', intelligentTieringConfigurations: [{ name: 'a', archiveAccessTierTime: { hours: 36 } }] }],
  ['tiering-days-and-snapshot', 'partial tiering days with removalPolicy snapshot: the days are checked first', { removalPolicy: 'snapshot', intelligentTieringConfigurations: [{ name: 'a', archiveAccessTierTime: { minutes: 90 } }] }],
  ['object-lock-retention-disabled', 'objectLockDefaultRetention with objectLockEnabled false', { objectLockEnabled: false, objectLockDefaultRetention: { mode: 'GOVERNANCE', duration: { days: 1 } } }],
  ['tls-auto-delete', 'minimumTLSVersion without enforceSSL, autoDeleteObjects without destroy', { enforceSSL: false, minimumTLSVersion: 1.2, autoDeleteObjects: true }],
];

// An access-log bucket imported by attributes (no construct in the stack to add a policy to).
function importedLogs(name, description, attributes, prefix) {
  return {
    name: `output-bucket-${name}`,
    description: `outputBucketProps: ${description}`,
    expect: 'ok',
    build(stack, lib) {
      const attrs = { ...attributes };
      if (attrs.keyArn) attrs.encryptionKey = lib.kms.Key.fromKeyArn(stack, 'LogsKey', attrs.keyArn);
      delete attrs.keyArn;
      const logs = lib.s3.Bucket.fromBucketAttributes(stack, 'Logs', attrs);
      const props = { serverAccessLogsBucket: lib.ref.bucket(logs) };
      if (prefix) props.serverAccessLogsPrefix = prefix;
      const engine = s3(props);
      return { engine, construct: lib.convert(engine) };
    },
  };
}

module.exports = [
  ...cases.map(([n, d, p]) => simple(`output-bucket-${n}`, `outputBucketProps: ${d}`, p)),
  simple('output-bucket-cross-account-no-minimize', 'outputBucketProps: KMS, auto-delete and TLS with an imported role of another account, minimizePolicies off',
    withRole({ encryption: 'KMS', removalPolicy: 'destroy', autoDeleteObjects: true, minimumTLSVersion: 1.2 }),
    { featureFlags: { '@aws-cdk/aws-iam:minimizePolicies': false } }),
  {
    name: 'output-bucket-dsse-key-in-stack',
    description: 'outputBucketProps: encryption DSSE with a kms.Key created in the stack',
    expect: 'ok',
    build(stack, lib) {
      const key = new lib.kms.Key(stack, 'MyKey');
      const engine = s3({ encryption: 'DSSE', encryptionKey: lib.ref.key(key) });
      return { engine, construct: lib.convert(engine) };
    },
  },
  {
    name: 'output-bucket-notifications-props',
    description: 'outputBucketProps: notificationsHandlerRole (an iam.Role of the stack) and notificationsSkipDestinationValidation, used only by notifications added later: nothing changes',
    expect: 'ok',
    build(stack, lib) {
      const role = new lib.iam.Role(stack, 'NotificationsRole', { assumedBy: new lib.iam.ServicePrincipal('lambda.amazonaws.com') });
      const engine = s3({ notificationsHandlerRole: { roleArn: lib.resolve(role.roleArn) }, notificationsSkipDestinationValidation: true });
      const construct = lib.convert(s3({ notificationsSkipDestinationValidation: true }));
      construct.outputDataStore.outputBucketProps.notificationsHandlerRole = role;
      return { engine, construct };
    },
  },
  importedLogs('access-logs-imported', 'serverAccessLogsBucket imported by ARN and name, with a prefix',
    { bucketArn: 'arn:aws:s3:::my-log-bucket', bucketName: 'my-log-bucket' }, 'p/'),
  importedLogs('access-logs-imported-kms', 'serverAccessLogsBucket imported with an encryption key',
    { bucketArn: 'arn:aws:s3:::logs-bucket', bucketName: 'logs-bucket', keyArn: KEY_ARN }),
  ...errors.map(([n, d, p]) => simple(`error-bucket-${n}`, `error: outputBucketProps: ${d}`, s3(p), { expect: 'error' })),
  // Retentions aws-cdk-lib's ObjectLockRetention refuses as the app makes it.
  ...[
    ['zero-days', 'of 0 days', { days: 0 }],
    ['over-100-years', 'over 100 years', { days: 36501 }],
    ['partial-days', 'of 36 hours', { hours: 36 }],
  ].map(([n, d, duration]) => ({
    name: `error-bucket-object-lock-retention-${n}`,
    description: `error: outputBucketProps: objectLockDefaultRetention ${d}: the ObjectLockRetention is refused`,
    expect: 'error',
    build(stack, lib) {
      const engine = s3({ objectLockDefaultRetention: { mode: 'COMPLIANCE', duration } });
      return { engine, construct: () => lib.convert(engine) };
    },
  })),
];
