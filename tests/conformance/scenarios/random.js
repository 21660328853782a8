'use strict';
// Group f: seeded random combinations of props, in engine-JSON form.
// A valid draw that the construct rejects is redrawn (and an invalid draw it accepts), so the
// sequence depends only on the seed and the reference's behaviour: regeneration is stable.

const { FIELD_SCHEMA, clone } = require('./_common');

/** The generator's seed: `base`, or mixed with `CONFORMANCE_SEED` to draw another sequence
 * (scripts/conformance-explore.sh; the committed fixtures use the bases). */
function seedFor(base) {
  const other = process.env.CONFORMANCE_SEED;
  return other === undefined ? base : (Number(other) ^ base) >>> 0;
}

const SEED = seedFor(0x6b1e2024);
const VALID = 210;
const INVALID = 45;
const MAX_TRIES = 50;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(rand) {
  const r = {
    chance: (p) => rand() < p,
    int: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(rand() * arr.length)],
    subset: (arr, p = 0.5) => arr.filter(() => rand() < p),
    word: (len, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') => {
      let s = r.pick('abcdefghijklmnopqrstuvwxyz'.split(''));
      while (s.length < len) s += alphabet[Math.floor(rand() * alphabet.length)];
      return s;
    },
  };
  return r;
}

const ACCOUNTS = ['123456789012', '210987654321', '000011112222'];
const IDS = ['test-kinesisstreams-lambda', 'KinesisGlue', 'Etl', 'stream-etl.v2', 'job_1', 'Default', 'Ingest Pipeline', 'X'];
const SCOPES = [[], [], [], ['Nested'], ['A', 'B'], ['Default'], ['app-1', 'Stage']];
const SCRIPTS = ['s3://fakelocation/fakefile.py', 's3://my-scripts-bucket/etl/job.py', 's3://a.b.c/d/e/f.py', 's3://scripts-123/x', 's3://MixedCase_Bucket/job.py'];
const WORKER_TYPES = ['G.1X', 'G.2X', 'G.025X', 'G.4X', 'G.8X', 'Standard', 'Z.2X'];
const VERSIONS = [undefined, undefined, '0.9', '1.0', '2.0', '2.0', '3.0', '4.0', '5.0'];
const COLUMN_TYPES = ['int', 'string', 'double', 'boolean', 'timestamp', 'bigint', 'array<string>', 'struct<a:int>'];
const METRICS = ['IncomingBytes', 'IncomingRecords', 'IteratorAgeMilliseconds', 'OutgoingBytes', 'OutgoingRecords', 'ReadProvisionedThroughputExceeded', 'WriteProvisionedThroughputExceeded'];
const hex = (t, n) => Array.from({ length: n }, () => t.pick('0123456789abcdef'.split(''))).join('');
const KEY_ARN = (t) => `arn:aws:kms:us-east-1:${t.pick(ACCOUNTS)}:key/${hex(t, 8)}-${hex(t, 4)}-${hex(t, 4)}-${hex(t, 4)}-${hex(t, 12)}`;

// Placeholders for existing objects; realized into real CDK objects inside build().
const existing = (kind, opts = {}) => ({ $existing: kind, ...opts });

function roleArn(t) {
  const path = t.pick(['', '', 'service-role/', 'team/data/']);
  return `arn:${t.pick(['aws', 'aws', 'aws-cn'])}:iam::${t.pick(ACCOUNTS)}:role/${path}${t.word(t.int(3, 12))}`;
}

function maybeIntrinsic(t, literal) {
  if (!t.chance(0.15)) return literal;
  return t.pick([
    { 'Fn::Sub': `${literal}-\${AWS::Region}` },
    { 'Fn::Join': ['-', [literal, { Ref: 'AWS::AccountId' }]] },
    { 'Fn::ImportValue': `${literal}Export` },
  ]);
}

function duration(t, unit, lo, hi) {
  return { [unit]: t.int(lo, hi) };
}

function streamProps(t) {
  const p = {};
  const mode = t.pick([undefined, undefined, 'PROVISIONED', 'ON_DEMAND']);
  if (mode) p.streamMode = mode;
  if (mode !== 'ON_DEMAND' && t.chance(0.4)) p.shardCount = t.int(1, 8);
  if (t.chance(0.4)) p.retentionPeriod = t.chance(0.5) ? duration(t, 'hours', 24, 8760) : duration(t, 'days', 1, 365);
  const enc = t.pick([undefined, 'UNENCRYPTED', 'NONE', 'MANAGED', 'KMS', 'KMS']);
  if (enc) p.encryption = enc;
  if (enc === 'KMS' && t.chance(0.5)) p.encryptionKey = t.chance(0.5) ? { keyArn: KEY_ARN(t) } : existing('key');
  if (t.chance(0.3)) p.streamName = maybeIntrinsic(t, `stream-${t.word(6)}`);
  if (t.chance(0.25)) p.removalPolicy = t.pick(['retain', 'destroy', 'retain-on-update-or-delete']);
  if (t.chance(0.2)) p.shardLevelMetrics = t.chance(0.2) ? ['ALL'] : t.subset(METRICS, 0.4);
  return p;
}

function capacity(t) {
  const v = t.pick(VERSIONS);
  const job = {};
  if (v !== undefined) job.glueVersion = v;
  const shapes = ['none', 'workerType', 'workers', 'both'];
  if (v !== '2.0') shapes.push('maxCapacity');
  const shape = t.pick(shapes);
  if (shape === 'maxCapacity') job.maxCapacity = t.pick([1, 2, 5, 10, 0.0625]);
  if (shape === 'workerType' || shape === 'both') job.workerType = t.pick(WORKER_TYPES);
  if (shape === 'workers' || shape === 'both') job.numberOfWorkers = t.int(1, 50);
  return job;
}

function glueJobProps(t, withAsset) {
  const command = { name: t.pick(['gluestreaming', 'gluestreaming', 'glueetl']) };
  if (t.chance(0.9)) command.pythonVersion = t.pick(['3', '3', '3.9']);
  if (!withAsset || t.chance(0.4)) command.scriptLocation = t.pick(SCRIPTS);
  const job = { command, ...capacity(t) };
  if (t.chance(0.35)) {
    const args = {};
    for (const [k, v] of t.subset([
      ['--job-bookmark-option', 'job-bookmark-enable'],
      ['--TempDir', 's3://temp-bucket/scratch/'],
      ['--output_path', 's3a://override-bucket/out/'],
      ['--enable-metrics', 'false'],
      ['--database_name', 'overridden_db'],
      ['--extra-py-files', 's3://libs-bucket/lib.zip'],
      ['--region', { Ref: 'AWS::Region' }],
    ], 0.35)) args[k] = v;
    job.defaultArguments = args;
  }
  if (t.chance(0.2)) job.securityConfiguration = maybeIntrinsic(t, `sec-${t.word(5)}`);
  if (t.chance(0.3)) job.role = t.chance(0.7) ? roleArn(t) : existing('roleArn');
  if (t.chance(0.2)) job.timeout = t.int(1, 2880);
  if (t.chance(0.2)) job.maxRetries = t.int(0, 10);
  if (t.chance(0.2)) job.description = maybeIntrinsic(t, `job ${t.word(8)}`);
  if (t.chance(0.2)) job.name = maybeIntrinsic(t, `job-${t.word(6)}`);
  if (t.chance(0.15)) job.tags = { team: t.word(4), cost: t.word(3) };
  if (t.chance(0.1)) job.executionProperty = { maxConcurrentRuns: t.int(1, 5) };
  if (t.chance(0.1)) job.notificationProperty = { notifyDelayAfter: t.int(1, 60) };
  if (t.chance(0.1)) job.connections = { connections: [t.word(6)] };
  if (t.chance(0.1)) job.nonOverridableArguments = { '--locked': t.word(4) };
  if (t.chance(0.1)) job.logUri = `s3://logs-${t.word(5)}/glue/`;
  return job;
}

function fieldSchema(t) {
  const n = t.int(1, 8);
  return Array.from({ length: n }, (_, i) => {
    const c = { name: `c${i}_${t.word(3)}`, type: t.pick(COLUMN_TYPES) };
    if (t.chance(0.5)) c.comment = `column ${i}`;
    return c;
  });
}

function tableProps(t) {
  return {
    catalogId: t.chance(0.5) ? { Ref: 'AWS::AccountId' } : t.pick(ACCOUNTS),
    databaseName: `db_${t.word(5)}`,
    tableInput: {
      name: `tbl_${t.word(5)}`,
      storageDescriptor: { columns: fieldSchema(t).map(({ name, type }) => ({ name, type })) },
    },
  };
}

function lifecycleRule(t) {
  const r = {};
  if (t.chance(0.3)) r.id = `rule-${t.word(4)}`;
  if (t.chance(0.2)) r.enabled = t.chance(0.5);
  if (t.chance(0.3)) r.prefix = `${t.word(4)}/`;
  if (t.chance(0.5)) r.expiration = duration(t, 'days', 1, 1000);
  if (t.chance(0.3)) r.transitions = [{ storageClass: t.pick(['INFREQUENT_ACCESS', 'GLACIER', 'DEEP_ARCHIVE', 'INTELLIGENT_TIERING', 'STANDARD_IA', 'GLACIER_IR']), transitionAfter: duration(t, 'days', 30, 200) }];
  if (t.chance(0.3)) r.noncurrentVersionExpiration = duration(t, 'days', 1, 400);
  if (t.chance(0.2)) r.abortIncompleteMultipartUploadAfter = duration(t, 'days', 1, 30);
  if (Object.keys(r).filter((k) => !['id', 'enabled', 'prefix'].includes(k)).length === 0) r.expiration = duration(t, 'days', 1, 100);
  return r;
}

function bucketProps(t) {
  const p = {};
  if (t.chance(0.3)) p.versioned = t.chance(0.5);
  const enc = t.pick([undefined, undefined, 'S3_MANAGED', 'KMS', 'KMS_MANAGED']);
  if (enc) p.encryption = enc;
  if (enc === 'KMS' && t.chance(0.4)) p.encryptionKey = t.chance(0.5) ? { keyArn: KEY_ARN(t) } : existing('key');
  if ((enc === 'KMS' || enc === 'KMS_MANAGED') && t.chance(0.4)) p.bucketKeyEnabled = true;
  if (t.chance(0.3)) {
    p.removalPolicy = t.pick(['retain', 'destroy']);
    if (p.removalPolicy === 'destroy' && t.chance(0.5)) p.autoDeleteObjects = true;
  }
  if (t.chance(0.3)) p.lifecycleRules = Array.from({ length: t.int(1, 2) }, () => lifecycleRule(t));
  if (t.chance(0.2)) p.bucketName = `out-${t.word(t.int(4, 20), 'abcdefghijklmnopqrstuvwxyz0123456789-')}x`;
  if (t.chance(0.15)) p.enforceSSL = t.chance(0.5);
  if (p.enforceSSL !== false && t.chance(0.1)) p.minimumTLSVersion = 1.2;
  if (t.chance(0.15)) p.serverAccessLogsPrefix = `${t.word(4)}/`;
  if (t.chance(0.15)) p.objectOwnership = t.pick(['BUCKET_OWNER_ENFORCED', 'BUCKET_OWNER_PREFERRED', 'OBJECT_WRITER', 'BucketOwnerEnforced']);
  if (t.chance(0.1)) p.eventBridgeEnabled = true;
  if (t.chance(0.1)) p.transferAcceleration = true;
  if (t.chance(0.15)) {
    p.blockPublicAccess = t.chance(0.6)
      ? t.pick(['BLOCK_ALL', 'BLOCK_ACLS', 'BLOCK_ACLS_ONLY'])
      : { blockPublicAcls: t.chance(0.5), blockPublicPolicy: t.chance(0.5), ignorePublicAcls: t.chance(0.5), restrictPublicBuckets: t.chance(0.5) };
  }
  return p;
}

function validPlan(t) {
  const plan = { id: t.pick(IDS), scope: t.pick(SCOPES), featureFlags: {}, props: {} };
  if (t.chance(0.15)) plan.featureFlags['@aws-cdk/aws-iam:minimizePolicies'] = false;
  const p = plan.props;

  if (t.chance(0.2)) p.existingStreamObj = existing('stream', { kms: t.chance(0.4) });
  else if (t.chance(0.6)) p.kinesisStreamProps = streamProps(t);

  const withAsset = t.chance(0.25);
  if (t.chance(0.12)) p.existingGlueJob = existing('glueJob', { roleFromStack: t.chance(0.5), role: roleArn(t) });
  else p.glueJobProps = glueJobProps(t, withAsset);
  if (withAsset) p.etlCodeAsset = existing('asset');

  const db = t.chance(0.15) ? existing('database') : undefined;
  if (db) p.existingDatabase = db;
  else if (t.chance(0.2)) p.databaseProps = { databaseInput: { ...(t.chance(0.5) ? { name: `db_${t.word(5)}` } : {}), ...(t.chance(0.5) ? { description: 'random' } : {}) } };

  const tableKind = t.pick(['fieldSchema', 'fieldSchema', 'fieldSchema', 'upstream', 'tableProps', 'existing']);
  if (tableKind === 'fieldSchema') p.fieldSchema = fieldSchema(t);
  if (tableKind === 'upstream') p.fieldSchema = clone(FIELD_SCHEMA);
  if (tableKind === 'tableProps') p.tableProps = tableProps(t);
  if (tableKind === 'existing') p.existingTable = existing('table');

  const out = t.pick(['none', 'none', 's3', 's3', 's3props', 's3props', 'existing', 'other']);
  if (out === 's3') p.outputDataStore = { datastoreType: 'S3' };
  if (out === 's3props') p.outputDataStore = { datastoreType: 'S3', outputBucketProps: bucketProps(t) };
  if (out === 'existing') p.outputDataStore = { datastoreType: 'S3', existingS3OutputBucket: existing('bucket', { kms: t.chance(0.4) }) };
  if (out === 'other') p.outputDataStore = { datastoreType: t.pick(['DynamoDB', 'Redshift', 's3']) };

  const alarms = t.pick([undefined, undefined, undefined, true, false]);
  if (alarms !== undefined) p.createCloudWatchAlarms = alarms;
  return plan;
}

// Each fault makes a valid plan invalid in one way the construct (or aws-cdk-lib) rejects.
const FAULTS = [
  ['missing-script', (t, p) => { if (p.glueJobProps?.command) { delete p.glueJobProps.command.scriptLocation; delete p.etlCodeAsset; } }],
  ['bad-script-url', (t, p) => { if (p.glueJobProps?.command) p.glueJobProps.command.scriptLocation = t.pick(['https://x/y.py', 's3://nokey', 'bucket/key.py', 's3://b/has space.py']); }],
  ['short-script-bucket', (t, p) => { if (p.glueJobProps) { p.glueJobProps.command = { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://ab/x.py' }; delete p.etlCodeAsset; } }],
  ['no-table', (t, p) => { delete p.fieldSchema; delete p.tableProps; delete p.existingTable; }],
  ['unknown-glue-key', (t, p) => { if (p.glueJobProps) p.glueJobProps[t.pick(['Command', 'invalidProperty', 'sourceControlDetails', 'workertype'])] = 'x'; }],
  ['max-capacity-v2', (t, p) => { if (p.glueJobProps) Object.assign(p.glueJobProps, { glueVersion: '2.0', maxCapacity: t.pick([1, 4]) }); }],
  ['max-capacity-workers', (t, p) => { if (p.glueJobProps) Object.assign(p.glueJobProps, { glueVersion: t.pick([undefined, '1.0', '3.0']), maxCapacity: 3, numberOfWorkers: 4 }); }],
  ['no-glue-props', (t, p) => { if (!p.existingGlueJob) delete p.glueJobProps; }],
  ['no-command', (t, p) => { if (p.glueJobProps) delete p.glueJobProps.command; }],
  ['stream-key-no-kms', (t, p) => { delete p.existingStreamObj; p.kinesisStreamProps = { ...(p.kinesisStreamProps || {}), encryptionKey: { keyArn: KEY_ARN(t) } }; if (p.kinesisStreamProps.encryption === 'KMS') delete p.kinesisStreamProps.encryption; }],
  ['stream-retention', (t, p) => { delete p.existingStreamObj; p.kinesisStreamProps = { ...(p.kinesisStreamProps || {}), retentionPeriod: { hours: t.pick([1, 23, 8761, 10000]) } }; }],
  ['stream-on-demand-shards', (t, p) => { delete p.existingStreamObj; p.kinesisStreamProps = { ...(p.kinesisStreamProps || {}), streamMode: 'ON_DEMAND', shardCount: t.int(1, 4) }; }],
  ['stream-and-existing', (t, p) => { p.existingStreamObj = existing('stream'); p.kinesisStreamProps = p.kinesisStreamProps || { shardCount: 1 }; }],
  ['glue-props-and-existing-job', (t, p) => { p.existingGlueJob = existing('glueJob', { role: roleArn(t) }); if (!p.glueJobProps) p.glueJobProps = { command: { name: 'glueetl', scriptLocation: 's3://fakelocation/fakefile.py' } }; }],
  ['bucket-auto-delete', (t, p) => { p.outputDataStore = { datastoreType: 'S3', outputBucketProps: { autoDeleteObjects: true } }; }],
  ['bucket-name', (t, p) => { p.outputDataStore = { datastoreType: 'S3', outputBucketProps: { bucketName: t.pick(['UPPER-case', 'a', 'under_score', '-leading']) } }; }],
  ['bucket-key-not-kms', (t, p) => { p.outputDataStore = { datastoreType: 'S3', outputBucketProps: { encryption: t.pick(['S3_MANAGED', 'KMS_MANAGED']), encryptionKey: { keyArn: KEY_ARN(t) } } }; }],
  ['bucket-tls-no-ssl', (t, p) => { p.outputDataStore = { datastoreType: 'S3', outputBucketProps: { enforceSSL: false, minimumTLSVersion: 1.2 } }; }],
  ['bucket-expiration-hours', (t, p) => { p.outputDataStore = { datastoreType: 'S3', outputBucketProps: { lifecycleRules: [{ expiration: { hours: t.pick([1, 25, 36]) } }] } }; }],
  ['snapshot-removal', (t, p) => { if (t.chance(0.5)) { delete p.existingStreamObj; p.kinesisStreamProps = { removalPolicy: 'snapshot' }; } else p.outputDataStore = { datastoreType: 'S3', outputBucketProps: { removalPolicy: 'snapshot' } }; }],
  ['existing-job-role-name', (t, p) => { delete p.glueJobProps; p.existingGlueJob = existing('glueJob', { role: `Role${t.word(5)}` }); }],
];

// Builds the real objects for placeholders; returns engine JSON with reference objects.
function realize(stack, lib, node, counter) {
  if (Array.isArray(node)) return node.map((x) => realize(stack, lib, x, counter));
  if (!node || typeof node !== 'object') return node;
  if (node.$existing) {
    const n = ++counter.n;
    switch (node.$existing) {
      case 'key':
        return lib.ref.key(new lib.kms.Key(stack, `Key${n}`));
      case 'stream':
        return lib.ref.stream(new lib.kinesis.Stream(stack, `ExistingStream${n}`, node.kms ? { encryption: lib.kinesis.StreamEncryption.KMS } : {}));
      case 'glueJob': {
        const role = node.roleFromStack
          ? new lib.iam.Role(stack, `ExistingJobRole${n}`, { assumedBy: new lib.iam.ServicePrincipal('glue.amazonaws.com') }).roleArn
          : node.role;
        return lib.ref.glueJob(new lib.glue.CfnJob(stack, `ExistingJob${n}`, { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://existing-scripts/job.py' }, role }));
      }
      case 'database':
        return lib.ref.database(new lib.glue.CfnDatabase(stack, `ExistingDatabase${n}`, { catalogId: lib.cdk.Aws.ACCOUNT_ID, databaseInput: { name: `existing_db_${n}` } }));
      case 'table':
        return lib.ref.table(new lib.glue.CfnTable(stack, `ExistingTable${n}`, { catalogId: lib.cdk.Aws.ACCOUNT_ID, databaseName: 'existing_db', tableInput: { name: `existing_table_${n}` } }));
      case 'bucket':
        return lib.ref.bucket(new lib.s3.Bucket(stack, `ExistingBucket${n}`, node.kms ? { encryption: lib.s3.BucketEncryption.KMS } : {}));
      case 'asset':
        return lib.ref.asset(new lib.s3assets.Asset(stack, `EtlAsset${n}`, { path: lib.assetPath('transform.py') }));
      case 'roleArn':
        return lib.ref.token(new lib.iam.Role(stack, `GlueRole${n}`, { assumedBy: new lib.iam.ServicePrincipal('glue.amazonaws.com') }).roleArn);
      default:
        throw new Error(`unknown placeholder ${node.$existing}`);
    }
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = realize(stack, lib, v, counter);
  return out;
}

function summary(plan) {
  const keys = Object.keys(plan.props).map((k) => {
    const v = plan.props[k];
    if (k === 'glueJobProps' && v && v.glueVersion) return `glueJobProps(${v.glueVersion})`;
    if (k === 'outputDataStore' && v) return `outputDataStore(${v.existingS3OutputBucket ? 'existing' : v.outputBucketProps ? 'props' : v.datastoreType})`;
    return k;
  });
  return keys.join(', ');
}

function toScenario(name, description, plan, expect) {
  const sc = {
    name,
    description,
    expect,
    id: plan.id,
    build(stack, lib) {
      const engine = realize(stack, lib, plan.props, { n: 0 });
      const construct = lib.convert(engine);
      return { engine, construct };
    },
  };
  if (plan.scope.length) sc.scope = plan.scope;
  if (Object.keys(plan.featureFlags).length) sc.featureFlags = plan.featureFlags;
  return sc;
}

// Draws a scenario until `run` gives the outcome `expect` names ('ok' or 'error'); a seeded
// redraw keeps regeneration stable.
function redraw(name, expect, draw, run) {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const sc = draw();
    const res = run(sc);
    if ((res.error !== undefined) === (expect === 'error')) return sc;
    if (process.env.RANDOM_DEBUG) console.error(`${name}: redraw (${res.error === undefined ? 'no error' : res.error.split('\n')[0]})`);
  }
  throw new Error(`${name}: no ${expect === 'error' ? 'failing' : 'valid'} draw in ${MAX_TRIES} tries`);
}

// `count` scenarios named `prefix-NNN`, each drawn by `draw(name)` until its outcome is `expect`.
function drawMany(prefix, count, expect, draw, run) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const name = `${prefix}-${String(i).padStart(3, '0')}`;
    out.push(redraw(name, expect, () => draw(name), run));
  }
  return out;
}

function produce(run) {
  const t = tools(mulberry32(SEED));
  const valid = drawMany('random-valid', VALID, 'ok', (name) => {
    const plan = validPlan(t);
    return toScenario(name, `random valid combination: ${summary(plan)}`, plan, 'ok');
  }, run);
  const invalid = drawMany('random-invalid', INVALID, 'error', (name) => {
    const plan = validPlan(t);
    const faults = [t.pick(FAULTS)];
    if (t.chance(0.3)) faults.push(t.pick(FAULTS));
    for (const [, f] of faults) f(t, plan.props);
    return toScenario(name, `random invalid (${faults.map(([n]) => n).join(' + ')}): ${summary(plan)}`, plan, 'error');
  }, run);
  return [...valid, ...invalid];
}

// The drawing parts, for generators that add to these plans (random-stacks.js, random-fixes.js).
module.exports = { produce, parts: { seedFor, mulberry32, tools, validPlan, FAULTS, ACCOUNTS, toScenario, summary, drawMany } };
