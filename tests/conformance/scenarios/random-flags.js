'use strict';
// Group random-flags: seeded random props (random.js's plans) under random overrides of
// SetConsistentFeatureFlags, as apps whose cdk.json sets flags otherwise have them: each flag the
// engine reads, and each it accepts as changing nothing here, drawn on, off or left as it is.
// Redraws as in random.js keep regeneration stable.

const { parts } = require('./random');

const { seedFor, mulberry32, tools, validPlan, toScenario, summary, drawMany } = parts;

const SEED = seedFor(0xf1a65eed);
const VALID = 40;

const FLAGS = [
  '@aws-cdk/aws-iam:minimizePolicies',
  '@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName',
  '@aws-cdk/core:validateSnapshotRemovalPolicy',
  '@aws-solutions-constructs/core:DisablePropertyValidation',
  '@aws-cdk/aws-s3:publicAccessBlockedByDefault',
  '@aws-cdk/core:enablePartitionLiterals',
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy',
  '@aws-cdk/core:includePrefixInUniqueNameGeneration',
  '@aws-cdk/aws-s3:createDefaultLoggingPolicy',
  '@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope',
];

function produce(run) {
  const t = tools(mulberry32(SEED));
  return drawMany('random-flags-valid', VALID, 'ok', (name) => {
    const plan = validPlan(t);
    const featureFlags = {};
    for (const flag of FLAGS) if (t.chance(0.4)) featureFlags[flag] = t.chance(0.5);
    if (Object.keys(featureFlags).length === 0) featureFlags[t.pick(FLAGS)] = false;
    const flags = Object.entries(featureFlags).map(([f, on]) => `${f.split(':')[1]} ${on ? 'on' : 'off'}`).join(', ');
    return { ...toScenario(name, `random valid combination with flags ${flags}: ${summary(plan)}`, plan, 'ok'), featureFlags };
  }, run);
}

module.exports = { produce };
