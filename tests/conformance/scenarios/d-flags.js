'use strict';
// Group d: feature-flag overrides on top of SetConsistentFeatureFlags (#16).
const { minimal, withJob, simple } = require('./_common');

const ROLE_ARN = 'arn:aws:iam::123456789012:role/FlagsRole';
const NO_MINIMIZE = { '@aws-cdk/aws-iam:minimizePolicies': false };
const NO_KMS_SCOPE = { '@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope': false };
const NO_BLOCKED_DEFAULT = { '@aws-cdk/aws-s3:publicAccessBlockedByDefault': false };

/** A scenario whose CDK objects `build(stack, lib)` makes, with its feature flags. */
function built(name, description, featureFlags, build) {
  return { name, description, expect: 'ok', featureFlags, build };
}

// Many grants on one role: stream, script, output bucket with a key, asset, imported role.
function mergeHeavy(name, description, featureFlags, roleArn) {
  return built(name, description, featureFlags, (stack, lib) => {
    const bucket = new lib.s3.Bucket(stack, 'ExistingBucket', { encryption: lib.s3.BucketEncryption.KMS });
    const asset = new lib.s3assets.Asset(stack, 'EtlAsset', { path: lib.assetPath('transform.py') });
    const job = { command: { name: 'gluestreaming', pythonVersion: '3' }, glueVersion: '4.0', workerType: 'G.1X', numberOfWorkers: 2 };
    if (roleArn) job.role = roleArn;
    const e = minimal({ glueJobProps: job, kinesisStreamProps: { encryption: 'KMS' }, outputDataStore: { datastoreType: 'S3' } });
    e.outputDataStore.existingS3OutputBucket = lib.ref.bucket(bucket);
    e.etlCodeAsset = lib.ref.asset(asset);
    return { engine: e, construct: lib.convert(e) };
  });
}

const flagCases = [
  ['no-minimize', 'minimizePolicies false: statements unmerged, construct order (#16)', NO_MINIMIZE, minimal()],
  ['no-minimize-role-arn', 'minimizePolicies false with an imported role ARN', NO_MINIMIZE, withJob({ role: ROLE_ARN })],
  ['no-minimize-kms-output', 'minimizePolicies false with a KMS output bucket and KMS stream', NO_MINIMIZE, minimal({ kinesisStreamProps: { encryption: 'KMS' }, outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'KMS' } } })],
  ['no-stack-safe-policy-name', 'importedRoleStackSafeDefaultPolicyName false with an imported role ARN (#12)', { '@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName': false }, withJob({ role: ROLE_ARN })],
  ['no-default-logging-policy', 'createDefaultLoggingPolicy false', { '@aws-cdk/aws-s3:createDefaultLoggingPolicy': false }, minimal()],
  ['no-partition-literals', 'enablePartitionLiterals false', { '@aws-cdk/core:enablePartitionLiterals': false }, minimal()],
  ['no-public-access-blocked-default', 'publicAccessBlockedByDefault false', NO_BLOCKED_DEFAULT, minimal()],
  // Without the flag, the options left out of blockPublicAccess are left out of the bucket's property.
  ['no-public-access-blocked-default-acls', 'publicAccessBlockedByDefault false with BLOCK_ACLS', NO_BLOCKED_DEFAULT, minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { blockPublicAccess: 'BLOCK_ACLS' } } })],
  ['no-public-access-blocked-default-partial', 'publicAccessBlockedByDefault false with two options given', NO_BLOCKED_DEFAULT, minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { blockPublicAccess: { blockPublicPolicy: true, restrictPublicBuckets: false } } } })],
  ['no-public-access-blocked-default-empty', 'publicAccessBlockedByDefault false with no option given', NO_BLOCKED_DEFAULT, minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { blockPublicAccess: {} } } })],
  ['stack-access-logs-bucket-policy-false', 'serverAccessLogsUseBucketPolicy false on the stack: the construct sets it true on its own node (#15)', { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': false }, minimal()],
  ['no-reduce-kms-scope', 'reduceCrossAccountRegionPolicyScope false with KMS output bucket', { '@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope': false }, minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'KMS' } } })],
  // The construct's keys and the roles they are granted to are always in one stack: no cross-account grant.
  ['no-reduce-kms-scope-role-arn', 'reduceCrossAccountRegionPolicyScope false with a KMS output bucket and an imported role ARN', NO_KMS_SCOPE, withJob({ role: ROLE_ARN }, { outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'KMS' } } })],
  ['no-reduce-kms-scope-other-account-dsse', 'reduceCrossAccountRegionPolicyScope false with a DSSE output bucket and a role ARN of another account', NO_KMS_SCOPE, withJob({ role: 'arn:aws:iam::999999999999:role/Other' }, { outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'DSSE', bucketKeyEnabled: true } } })],
  ['no-unique-name-prefix', 'includePrefixInUniqueNameGeneration false', { '@aws-cdk/core:includePrefixInUniqueNameGeneration': false }, minimal()],
  ['disable-property-validation', 'DisablePropertyValidation true: unknown glueJobProps key accepted (#15)', { '@aws-solutions-constructs/core:DisablePropertyValidation': true }, withJob({ invalidProperty: 'x' })],
  ['disable-property-validation-valid', 'DisablePropertyValidation true with valid props', { '@aws-solutions-constructs/core:DisablePropertyValidation': true }, minimal()],
  ['no-snapshot-validation', 'validateSnapshotRemovalPolicy false with stream removalPolicy snapshot', { '@aws-cdk/core:validateSnapshotRemovalPolicy': false }, minimal({ kinesisStreamProps: { removalPolicy: 'snapshot' } })],
];

// A server access logs bucket of the stack sees the stack's flag, not the construct's: without it,
// CDK gives that bucket the log delivery ACL (outside the fragment) instead of a bucket policy.
const givenAccessLogsBucket = built(
  'flags-stack-access-logs-bucket-policy-false-given-bucket',
  'feature flags: serverAccessLogsUseBucketPolicy false on the stack, with a server access logs bucket of the stack: the log delivery ACL on it, no bucket policy',
  { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': false },
  (stack, lib) => {
    const logs = new lib.s3.Bucket(stack, 'AccessLogs');
    const engine = minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { serverAccessLogsBucket: lib.ref.bucket(logs), serverAccessLogsPrefix: 'out/' } } });
    return { engine, construct: lib.convert(engine) };
  },
);

module.exports = [
  givenAccessLogsBucket,
  ...flagCases.map(([n, d, flags, engine]) => simple(`flags-${n}`, `feature flags: ${d}`, engine, { featureFlags: flags })),
  mergeHeavy('flags-merge-heavy', 'merge-heavy grants with the default flags (minimizePolicies on, #16)', undefined, undefined),
  mergeHeavy('flags-merge-heavy-no-minimize', 'merge-heavy grants with minimizePolicies false (#16)', NO_MINIMIZE, undefined),
  mergeHeavy('flags-merge-heavy-role-arn', 'merge-heavy grants on an imported role, minimizePolicies on', undefined, ROLE_ARN),
  mergeHeavy('flags-merge-heavy-role-arn-no-minimize', 'merge-heavy grants on an imported role, minimizePolicies false', NO_MINIMIZE, ROLE_ARN),
];
