'use strict';
// Group f: stacks as users have them. Scenarios of the other groups again, in a stack with a
// concrete env (account only, region only, both; regions of several partitions, an unknown one),
// with tags added by `Tags.of(construct).add`, and under other stack names.
const fs = require('fs');
const path = require('path');
const { minimal, withJob, simple } = require('./_common');

const SELF = path.basename(__filename);

// Every hand-written scenario of the other groups, by name.
function baseScenarios() {
  const byName = new Map();
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.js') && !f.startsWith('_') && f !== SELF && !f.startsWith('random'))) {
    for (const sc of require(path.join(__dirname, f))) byName.set(sc.name, sc);
  }
  return byName;
}

const ACCOUNT = '123456789012';
const OTHER_ACCOUNT = '111122223333';

// Environment shapes: name -> env.
const ENVS = {
  account: { account: ACCOUNT },
  region: { region: 'us-east-1' },
  both: { account: ACCOUNT, region: 'eu-west-1' },
  empty: {},
  cn: { account: ACCOUNT, region: 'cn-north-1' },
  'cn-region': { region: 'cn-northwest-1' },
  gov: { account: OTHER_ACCOUNT, region: 'us-gov-west-1' },
  'gov-region': { region: 'us-gov-east-1' },
  iso: { account: ACCOUNT, region: 'us-iso-east-1' },
  eusc: { region: 'eusc-de-east-1' },
  unknown: { account: ACCOUNT, region: 'xx-nowhere-1' },
  'short-account': { account: '1234' },
};

// Scenarios where the env changes something (keys, bucket policies, bootstrap buckets, grants to
// imported roles), each under the main shapes; the rest under one shape each.
const ENV_HEAVY = [
  'minimal',
  'stream-kms',
  'output-bucket-kms',
  'output-bucket-auto-delete',
  'asset-no-script-location',
  'asset-role-arn',
  'glue-role-arn',
  'glue-role-arn-partition',
  'glue-role-join',
  'glue-role-token-same-stack',
  'existing-job-role-arn',
  'existing-all-redshift-no-alarms',
  'existing-bucket-kms-role-arn',
  'existing-everything',
  'existing-stream-kms',
  'output-bucket-access-logs-bucket',
  'flags-merge-heavy-role-arn',
];
const HEAVY_SHAPES = ['account', 'region', 'both', 'cn', 'gov', 'gov-region'];
const LIGHT = [
  ['output-bucket-many', 'iso'],
  ['output-bucket-event-bridge', 'both'],
  ['stream-kms-key-in-stack', 'cn-region'],
  ['existing-asset', 'both'],
  ['existing-role-token', 'account'],
  ['glue-tags', 'eusc'],
  ['minimal-scope-two-levels', 'unknown'],
  ['minimal', 'empty'],
  ['minimal', 'unknown'],
  ['minimal', 'short-account'],
  ['minimal', 'iso'],
  ['minimal', 'eusc'],
  ['minimal', 'cn-region'],
  ['flags-no-minimize-role-arn', 'both'],
  ['output-bucket-kms-key-in-stack', 'gov'],
  ['asset-with-script-location', 'region'],
  ['asset-with-script-location', 'account'],
];

// A role from the same account as the env, and one from another: grants compare accounts.
const ROLE_SAME = `arn:aws:iam::${ACCOUNT}:role/EtlRole`;
const ROLE_OTHER = `arn:aws:iam::${OTHER_ACCOUNT}:role/EtlRole`;
const roleScenarios = [];
for (const [roleName, role] of [['same', ROLE_SAME], ['other', ROLE_OTHER], ['no-account', 'arn:aws:iam:::role/EtlRole']]) {
  for (const [shape, env] of [['account', ENVS.account], ['both', ENVS.both], ['region', ENVS.region]]) {
    roleScenarios.push(
      simple(`env-${shape}-role-${roleName}-account`, `glueJobProps.role from ${roleName} account, env ${JSON.stringify(env)}: grants compare accounts`,
        withJob({ role }, { outputDataStore: { datastoreType: 'S3' } }), { env }),
      simple(`env-${shape}-role-${roleName}-account-kms`, `role from ${roleName} account with a KMS output bucket, env ${JSON.stringify(env)}`,
        withJob({ role }, { outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'KMS' } } }), { env }),
    );
  }
}
// The construct grants its bucket key to the role in the key's own stack, so the KMS flag that
// narrows cross-account and cross-region key policies changes nothing even for another account.
for (const [roleName, role] of [['same', ROLE_SAME], ['other', ROLE_OTHER]]) {
  roleScenarios.push(simple(`env-both-role-${roleName}-account-kms-no-reduce-kms-scope`,
    `role from ${roleName} account with a KMS output bucket, env ${JSON.stringify(ENVS.both)}, reduceCrossAccountRegionPolicyScope false`,
    withJob({ role }, { outputDataStore: { datastoreType: 'S3', outputBucketProps: { encryption: 'KMS' } } }),
    { env: ENVS.both, featureFlags: { '@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope': false } }));
}
roleScenarios.push(
  simple('env-account-role-other-auto-delete', 'role of another account, bucket with auto-delete, env account',
    withJob({ role: ROLE_OTHER }, { outputDataStore: { datastoreType: 'S3', outputBucketProps: { removalPolicy: 'destroy', autoDeleteObjects: true } } }), { env: ENVS.account }),
  simple('env-cn-role-cn-partition', 'role ARN of the aws-cn partition in a cn-north-1 stack of the same account',
    withJob({ role: `arn:aws-cn:iam::${ACCOUNT}:role/EtlRole` }), { env: ENVS.cn }),
);

const TAGS = {
  none: {},
  one: { owner: 'data-team' },
  two: { env: 'prod', app: 'etl' },
  three: { 'cost-center': '42', Team: 'Data', team: 'lower' },
  four: { b: '2', a: '1', A: 'upper', _x: 'underscore' },
  five: { 'k 1': 'v 1', 'k:2': 'a:b', 'k/3': 'x/y', 'k.4': '', 'k=5': '=' },
  unicode: { 'Ä': 'umlaut', z: 'zed', 'é': 'e-acute', 'a': 'first', 'ñandú': 'ave', '日本': '東京' },
  spaces: { 'Cost Center': 'R & D', ' lead': 'trailing ' },
  colons: { 'app:name': 'etl', 'app:tier': 'data', 'app:': 'empty' },
  numbers: { '10': 'ten', '2': 'two', x: 'letter', '01': 'zero-one' },
  'aws-prefix': { 'aws:cloudformation:stack-name': 'x', owner: 'me' },
  'empty-key': { '': 'no key' },
  'long-value': { long: 'v'.repeat(300) },
  'long-key': { ['k'.repeat(130)]: 'v' },
  'non-string': { count: 5, enabled: true, ratio: 1.5 },
  'auto-delete-key': { 'aws-cdk:auto-delete-objects': 'false' },
};
const TAG_BASES = [
  'minimal',
  'glue-tags',
  'output-bucket-auto-delete',
  'stream-kms',
  'output-bucket-kms',
  'existing-job-role-arn',
  'existing-stream-kms',
  'glue-role-arn',
  'alarms-false',
];

const STACK_NAMES = {
  plain: 'MyStack',
  dashes: 'my-etl-stack-1',
  single: 'S',
  long: `Long${'x'.repeat(140)}`,
  slash: 'Team/Etl',
  'long-underscores': `A${'_b'.repeat(70)}`,
};
const BAD_STACK_NAMES = {
  digit: '1stack',
  underscore: 'my_stack',
  space: 'my stack',
  dot: 'my.stack',
  unicode: 'Stäck',
  empty: '',
};

function produce() {
  const bases = baseScenarios();
  const base = (name) => {
    const sc = bases.get(name);
    if (!sc) throw new Error(`f-stack: no base scenario ${name}`);
    return sc;
  };
  const derive = (sc, name, description, extra) => ({ ...sc, name, description, ...extra });
  const out = [];
  for (const name of ENV_HEAVY) {
    for (const shape of HEAVY_SHAPES) {
      out.push(derive(base(name), `env-${shape}-${name}`, `${name} in a stack with env ${JSON.stringify(ENVS[shape])}`, { env: ENVS[shape] }));
    }
  }
  for (const [name, shape] of LIGHT) {
    out.push(derive(base(name), `env-${shape}-${name}`, `${name} in a stack with env ${JSON.stringify(ENVS[shape])}`, { env: ENVS[shape] }));
  }
  out.push(...roleScenarios);
  for (const name of TAG_BASES) {
    for (const [tagName, tags] of Object.entries(TAGS)) {
      if (name !== 'minimal' && !['two', 'unicode', 'numbers', 'non-string', 'auto-delete-key', 'five'].includes(tagName)) continue;
      out.push(derive(base(name), `tags-${tagName}-${name}`, `${name} with Tags.of(construct).add for ${JSON.stringify(tags).slice(0, 80)}`, { tags }));
    }
  }
  out.push(
    derive(base('glue-tags'), 'tags-override-glue-job-tags', 'a tag with the key of a glueJobProps.tags entry wins', { tags: { team: 'from-option', extra: 'x' } }),
    derive(base('minimal-scope-two-levels'), 'tags-scope-two-levels', 'tags on a construct under two scopes', { tags: TAGS.two }),
    derive(base('output-bucket-many'), 'tags-env-stack-name-output-bucket-many', 'tags, env and a stack name together', {
      tags: TAGS.three,
      env: ENVS.both,
      stackName: 'Prod-Etl',
    }),
  );
  for (const [key, stackName] of Object.entries(STACK_NAMES)) {
    for (const name of ['minimal', 'glue-role-arn', 'output-bucket-kms', 'existing-job-role-arn']) {
      out.push(derive(base(name), `stack-name-${key}-${name}`, `${name} in stack ${JSON.stringify(stackName.slice(0, 40))}`, { stackName }));
    }
  }
  for (const [key, stackName] of Object.entries(BAD_STACK_NAMES)) {
    out.push(derive(base('minimal'), `stack-name-refused-${key}`, `stack name ${JSON.stringify(stackName)} is refused by aws-cdk-lib`, { stackName, expect: 'error' }));
  }
  out.push(
    { ...simple('env-account-not-string', 'env.account that is not a string is refused by aws-cdk-lib', minimal(), { env: { account: 123456789012 } }), expect: 'error' },
    { ...simple('env-region-not-string', 'env.region that is not a string is refused by aws-cdk-lib', minimal(), { env: { region: true } }), expect: 'error' },
    { ...simple('stack-name-refused-with-bad-props', 'the stack name is refused before the props are read', { fieldSchema: [] }, { stackName: '9lives' }), expect: 'error' },
    derive(base('minimal'), 'template-minimal', 'the whole stack template of the upstream integ case', { template: true }),
  );
  return out;
}

module.exports = { produce };
