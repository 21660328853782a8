'use strict';
// Group b: outputDataStore and outputBucketProps (#13).
const { minimal, simple } = require('./_common');

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const s3 = (outputBucketProps) => minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps } });

const bucketCases = [
  ['empty', 'empty outputBucketProps', {}],
  ['versioned-false', 'versioned false: no default lifecycle rule', { versioned: false }],
  ['versioned-true', 'versioned true', { versioned: true }],
  ['s3-managed', 'encryption S3_MANAGED', { encryption: 'S3_MANAGED' }],
  ['kms', 'encryption KMS without key: key created', { encryption: 'KMS' }],
  ['kms-key-arn', 'encryption KMS with imported key', { encryption: 'KMS', encryptionKey: { keyArn: KEY_ARN } }],
  ['kms-bucket-key', 'encryption KMS with bucketKeyEnabled', { encryption: 'KMS', bucketKeyEnabled: true }],
  ['kms-managed', 'encryption KMS_MANAGED', { encryption: 'KMS_MANAGED' }],
  ['kms-managed-bucket-key', 'encryption KMS_MANAGED with bucketKeyEnabled', { encryption: 'KMS_MANAGED', bucketKeyEnabled: true }],
  ['s3-managed-bucket-key', 'bucketKeyEnabled with encryption S3_MANAGED (accepted)', { encryption: 'S3_MANAGED', bucketKeyEnabled: true }],
  ['transfer-acceleration-dotted-name', 'transferAcceleration with a dotted bucketName (accepted)', { transferAcceleration: true, bucketName: 'my.dotted.bucket' }],
  ['dsse-managed', 'encryption DSSE_MANAGED', { encryption: 'DSSE_MANAGED' }],
  ['removal-destroy', 'removalPolicy destroy (copied to the logging bucket)', { removalPolicy: 'destroy' }],
  ['removal-retain', 'removalPolicy retain', { removalPolicy: 'retain' }],
  ['auto-delete', 'removalPolicy destroy + autoDeleteObjects (custom resource)', { removalPolicy: 'destroy', autoDeleteObjects: true }],
  ['lifecycle-expiration', 'lifecycleRules with expiration', { lifecycleRules: [{ expiration: { days: 30 } }] }],
  ['lifecycle-full', 'lifecycleRules with many fields', { lifecycleRules: [{ id: 'rule1', enabled: true, prefix: 'output/', expiration: { days: 365 }, transitions: [{ storageClass: 'INFREQUENT_ACCESS', transitionAfter: { days: 30 } }, { storageClass: 'GLACIER', transitionAfter: { days: 90 } }], noncurrentVersionExpiration: { days: 400 }, abortIncompleteMultipartUploadAfter: { days: 7 } }] }],
  ['lifecycle-two-rules', 'two lifecycleRules, one disabled, tag filters', { lifecycleRules: [{ expiration: { days: 10 }, tagFilters: { a: 'b' } }, { enabled: false, noncurrentVersionTransitions: [{ storageClass: 'DEEP_ARCHIVE', transitionAfter: { days: 180 }, noncurrentVersionsToRetain: 3 }] }] }],
  ['lifecycle-object-size', 'lifecycle rule with object size filters and expiredObjectDeleteMarker', { lifecycleRules: [{ objectSizeGreaterThan: 100, objectSizeLessThan: 10000, noncurrentVersionExpiration: { days: 5 } }, { expiredObjectDeleteMarker: true }] }],
  ['lifecycle-versioned-false', 'lifecycleRules with versioned false', { versioned: false, lifecycleRules: [{ expiration: { days: 1 } }] }],
  ['bucket-name', 'bucketName literal', { bucketName: 'my-output-bucket-123' }],
  ['bucket-name-intrinsic', 'bucketName as Fn::Sub', { bucketName: { 'Fn::Sub': 'out-${AWS::AccountId}-${AWS::Region}' } }],
  ['enforce-ssl-false', 'enforceSSL false', { enforceSSL: false }],
  ['enforce-ssl-true', 'enforceSSL true explicitly', { enforceSSL: true }],
  ['access-logs-prefix', 'serverAccessLogsPrefix', { serverAccessLogsPrefix: 'access-logs/' }],
  ['object-ownership-enforced', 'objectOwnership BUCKET_OWNER_ENFORCED', { objectOwnership: 'BUCKET_OWNER_ENFORCED' }],
  ['object-ownership-writer', 'objectOwnership OBJECT_WRITER', { objectOwnership: 'OBJECT_WRITER' }],
  ['object-ownership-value', 'objectOwnership given by its value BucketOwnerPreferred', { objectOwnership: 'BucketOwnerPreferred' }],
  ['event-bridge', 'eventBridgeEnabled', { eventBridgeEnabled: true }],
  ['transfer-acceleration', 'transferAcceleration', { transferAcceleration: true }],
  ['minimum-tls', 'minimumTLSVersion 1.2', { minimumTLSVersion: 1.2 }],
  ['block-all', 'blockPublicAccess BLOCK_ALL', { blockPublicAccess: 'BLOCK_ALL' }],
  ['block-acls', 'blockPublicAccess BLOCK_ACLS', { blockPublicAccess: 'BLOCK_ACLS' }],
  ['block-acls-only', 'blockPublicAccess BLOCK_ACLS_ONLY', { blockPublicAccess: 'BLOCK_ACLS_ONLY' }],
  ['block-options', 'blockPublicAccess as options', { blockPublicAccess: { blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true, restrictPublicBuckets: false } }],
  ['many', 'many bucket props together', { versioned: true, encryption: 'KMS', bucketKeyEnabled: true, removalPolicy: 'destroy', autoDeleteObjects: true, bucketName: 'many-props-bucket', serverAccessLogsPrefix: 'logs/', eventBridgeEnabled: true, lifecycleRules: [{ expiration: { days: 90 } }] }],
];

module.exports = [
  simple('output-s3', 'outputDataStore {datastoreType: S3} only', minimal({ outputDataStore: { datastoreType: 'S3' } })),
  simple('output-other-type', 'datastoreType other than S3: default bucket, no --output_path (#13)', minimal({ outputDataStore: { datastoreType: 'DynamoDB' } })),
  simple('output-missing-type', 'outputDataStore without datastoreType: default bucket, no --output_path (#13)', minimal({ outputDataStore: {} })),
  simple('output-missing-type-with-props', 'datastoreType missing: outputBucketProps ignored (#13)', minimal({ outputDataStore: { outputBucketProps: { bucketName: 'ignored-name', versioned: false } } })),
  simple('output-other-type-with-props', 'datastoreType other: outputBucketProps ignored (#13)', minimal({ outputDataStore: { datastoreType: 'Redshift', outputBucketProps: { encryption: 'KMS' } } })),
  ...bucketCases.map(([n, d, p]) => simple(`output-bucket-${n}`, `outputBucketProps: ${d}`, s3(p))),
  {
    name: 'output-bucket-kms-key-in-stack',
    description: 'outputBucketProps: encryption KMS with a kms.Key created in the stack',
    expect: 'ok',
    build(stack, lib) {
      const key = new lib.kms.Key(stack, 'BucketKey');
      const engine = s3({ encryption: 'KMS', encryptionKey: lib.ref.key(key) });
      return { engine, construct: lib.convert(engine) };
    },
  },
  {
    name: 'output-bucket-access-logs-bucket',
    description: 'outputBucketProps.serverAccessLogsBucket = an existing bucket: no logging bucket created',
    expect: 'ok',
    build(stack, lib) {
      const logs = new lib.s3.Bucket(stack, 'AccessLogs');
      const engine = s3({ serverAccessLogsBucket: lib.ref.bucket(logs), serverAccessLogsPrefix: 'out/' });
      return { engine, construct: lib.convert(engine) };
    },
  },
];
