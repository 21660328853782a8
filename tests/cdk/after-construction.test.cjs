'use strict';
// What apps do with the construct after making it, drawn at random: grants both ways, statements
// and managed policies on the job's role, bucket policies, lifecycle rules and event
// notifications, alarm actions, escape hatches, aspects, tags, dependencies, removal policies,
// outputs and alarms on its objects, one to three of them on a conformance scenario. Each draw is built as a whole CDK app with the official construct and with the
// adapter; the templates must be the same (or both fail with the same message). The draws follow
// the random groups' seed (`CONFORMANCE_SEED`, as `make conformance-explore` sets it).

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { cdk, official, adapter, newApp, capturePrinted, Template, scenarios, cleanup } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require(path.join(__dirname, '..', 'conformance', 'load-scenarios'));
const { seedFor, mulberry32, tools } = require(path.join(__dirname, '..', 'conformance', 'scenarios', 'random')).parts;

const lib = (name) => require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', name));
const iam = lib('aws-iam');
const s3 = lib('aws-s3');
const s3n = lib('aws-s3-notifications');
const sns = lib('aws-sns');
const sqs = lib('aws-sqs');
const cwActions = lib('aws-cloudwatch-actions');

after(cleanup);

const DRAWS = Number(process.env.KINGLU_AFTER_CONSTRUCTION_DRAWS ?? 40);
const ACTIONS = ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:PutObject', 'kinesis:GetRecords', 'kinesis:DescribeStream', 'glue:GetTable', 'logs:PutLogEvents'];
const lambdaRole = (stack, id) => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

/** What an app may do after the construct: [name, change(etl, stack, i, t)]; `t` draws its values. */
const CHANGES = [
  ['role statement', (etl, stack, i, t) => {
    const buckets = etl.outputBucket ? [etl.outputBucket[0].bucketArn, etl.outputBucket[0].arnForObjects('*')] : [];
    etl.glueJobRole.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: [t.pick(ACTIONS), t.pick(ACTIONS)],
      resources: [t.pick(['*', 'arn:aws:s3:::other/*', etl.kinesisStream.streamArn, ...buckets])],
    }));
  }],
  ['statement like a bucket grant', (etl) => etl.glueJobRole.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'], resources: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'],
  }))],
  ['managed policy', (etl, stack, i, t) => etl.glueJobRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(t.pick(['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess'])))],
  ['pass role', (etl, stack, i) => etl.glueJobRole.grantPassRole(lambdaRole(stack, `PassedTo${i}`))],
  ['stream read grant', (etl, stack, i) => etl.kinesisStream.grantRead(lambdaRole(stack, `Reader${i}`))],
  ['stream grant to the job role', (etl) => etl.kinesisStream.grantReadWrite(etl.glueJobRole)],
  ['bucket read grant', (etl, stack, i) => etl.outputBucket?.[0].grantRead(lambdaRole(stack, `BucketReader${i}`))],
  ['bucket grant to the job role', (etl) => etl.outputBucket?.[0].grantReadWrite(etl.glueJobRole)],
  ['bucket policy statement', (etl, stack, i, t) => etl.outputBucket?.[0].addToResourcePolicy(new iam.PolicyStatement({
    actions: [t.pick(ACTIONS)], resources: [etl.outputBucket[0].arnForObjects('*')], principals: [new iam.AccountRootPrincipal()],
  }))],
  ['lifecycle rule', (etl, stack, i, t) => etl.outputBucket?.[0].addLifecycleRule({ expiration: cdk.Duration.days(t.int(1, 90)) })],
  ['alarm action', (etl, stack, i) => etl.cloudwatchAlarms?.[0].addAlarmAction(new cwActions.SnsAction(new sns.Topic(stack, `Alarms${i}`)))],
  ['alarm on the stream', (etl, stack, i) => etl.kinesisStream.metricGetRecordsSuccess().createAlarm(stack, `Reads${i}`, { threshold: 1, evaluationPeriods: 1 })],
  ['job property override', (etl, stack, i) => etl.glueJob.addPropertyOverride('Timeout', 10 + i)],
  ['table property override', (etl, stack, i) => etl.table.addPropertyOverride('TableInput.Description', `table ${i}`)],
  ['tag', (etl, stack, i, t) => cdk.Tags.of(t.pick([etl, stack])).add(`key${i}`, `value${i}`)],
  ['stream write grant', (etl, stack, i) => etl.kinesisStream.grantWrite(lambdaRole(stack, `Writer${i}`))],
  ['stream key decrypt grant', (etl, stack, i) => etl.kinesisStream.encryptionKey?.grantDecrypt(lambdaRole(stack, `Decrypter${i}`))],
  ['bucket event notification', (etl, stack, i) => etl.outputBucket?.[0].addEventNotification(
    s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(new sqs.Queue(stack, `Outputs${i}`)), { prefix: `out${i}/` },
  )],
  ['dependency', (etl, stack, i, t) => t.pick([etl, etl.table, etl.glueJob]).node.addDependency(new sqs.Queue(stack, `Ready${i}`))],
  ['removal policy', (etl, stack, i, t) => t.pick([etl.kinesisStream, etl.database, etl.table, etl.glueJob])
    .applyRemovalPolicy(t.pick([cdk.RemovalPolicy.DESTROY, cdk.RemovalPolicy.RETAIN]))],
  ['aspect on every bucket', (etl, stack) => cdk.Aspects.of(stack).add({
    visit(node) {
      if (node instanceof s3.CfnBucket) node.addPropertyOverride('ObjectLockEnabled', false);
    },
  })],
  ['output', (etl, stack, i, t) => new cdk.CfnOutput(stack, `Output${i}`, {
    value: t.pick([etl.kinesisStream.streamArn, etl.glueJob.ref, etl.glueJobRole.roleArn, etl.database.ref, etl.table.ref]),
  })],
];

/** One app: the scenario's stack, the construct, then the changes; its template or its error. */
function build(sc, Klass, changes, draw) {
  const { stack, built, parent } = prepareScenario(newApp(), sc);
  const t = tools(mulberry32(draw));
  const { value } = capturePrinted(() => {
    try {
      const etl = new Klass(parent, sc.id || DEFAULT_ID, constructProps(built));
      changes.forEach((c, i) => CHANGES[c][1](etl, stack, i, t));
      return { template: JSON.stringify(Template.fromStack(stack).toJSON(), null, 1) };
    } catch (e) {
      return { error: e && e.message !== undefined ? e.message : String(e) };
    }
  });
  return value;
}

const t = tools(mulberry32(seedFor(0xaf7e2c0)));
// The written scenarios the construct builds (the random groups are drawn with the same seed).
const bases = scenarios().filter((s) => s.expect === 'ok' && !s.group.startsWith('random'));
for (let d = 0; d < DRAWS; d++) {
  const sc = t.pick(bases);
  const changes = Array.from({ length: t.int(1, 3) }, () => t.int(0, CHANGES.length - 1));
  const draw = t.int(0, 2 ** 31);
  test(`${sc.name}, then ${changes.map((c) => CHANGES[c][0]).join(', ')}`, () => {
    const want = build(sc._orig, official.KinesisstreamsToGluejob, changes, draw);
    const got = build(sc._orig, adapter.KinesisstreamsToGluejob, changes, draw);
    assert.deepEqual(got, want);
  });
}
