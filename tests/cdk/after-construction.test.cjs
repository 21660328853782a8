'use strict';
// What apps do with the construct after making it, drawn at random: grants both ways, statements,
// inline and managed policies, boundaries and the trust policy of the job's role, grants to it
// without policy updates and a Lambda using it, bucket policies, public access, lifecycle and CORS
// rules, inventories, metrics, event notifications and rules on its writes, grants on the bucket's
// and the stream's keys and a stream key alias, stream resource policies, consumers, Lambda
// readers, a Firehose delivery stream and an alarm in another stack, alarms (also on the
// construct's alarms' metrics), alarm actions and dashboards, the objects' attributes in outputs,
// Glue triggers, crawlers, job-state rules and a state machine running the job, escape hatches
// (overrides, L1 properties set, conditions, deletion policies, logical IDs, metadata and
// suppressions, constructs found by path), aspects, tags, dependencies, removal policies, outputs
// and exports, another stack or a nested stack using the construct's objects, the caller's props
// and the table's input changed afterwards, and a second construct (in the same stack, the same
// scope, a nested stack, another stack or a Stage, or with a long id), one to three of them on a
// conformance scenario. Each draw is built as a whole CDK app with the official construct and with
// the adapter; every stack's template must be the same (or both fail with the same message; where
// the official construct's app fails on an object of another environment, the adapter must fail
// too). The draws follow the random groups' seed (`CONFORMANCE_SEED`, as `make conformance-explore`
// sets it).

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { cdk, core, Construct, official, adapter, newApp, capturePrinted, templateText, errorText, scenarios, cleanup } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require(path.join(__dirname, '..', 'conformance', 'load-scenarios'));
const { seedFor, mulberry32, tools } = require(path.join(__dirname, '..', 'conformance', 'scenarios', 'random')).parts;

const lib = (name) => require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', name));
const iam = lib('aws-iam');
const s3 = lib('aws-s3');
const s3n = lib('aws-s3-notifications');
const sns = lib('aws-sns');
const sqs = lib('aws-sqs');
const cwActions = lib('aws-cloudwatch-actions');
const cloudwatch = lib('aws-cloudwatch');
const kinesis = lib('aws-kinesis');
const lambda = lib('aws-lambda');
const sources = lib('aws-lambda-event-sources');
const ssm = lib('aws-ssm');
const kms = lib('aws-kms');
const glue = lib('aws-glue');
const events = lib('aws-events');
const targets = lib('aws-events-targets');
const firehose = lib('aws-kinesisfirehose');
const sfn = lib('aws-stepfunctions');
const tasks = lib('aws-stepfunctions-tasks');

after(cleanup);

const DRAWS = Number(process.env.KINGLU_AFTER_CONSTRUCTION_DRAWS ?? 40);
// Only these kinds of change (names, comma-separated), as when trying a new kind on many draws.
const ONLY = process.env.KINGLU_AFTER_CONSTRUCTION_KINDS?.split(',');
const ACTIONS = ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:PutObject', 'kinesis:GetRecords', 'kinesis:DescribeStream', 'glue:GetTable', 'logs:PutLogEvents'];
const METRICS = ['IncomingRecords', 'IncomingBytes', 'GetRecords.IteratorAgeMilliseconds', 'PutRecord.Success'];
const lambdaRole = (stack, id) => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

/** The app's second stack, in the environment of the construct's (none where it has none). */
function otherStack(stack) {
  const app = stack.node.root;
  const known = (v) => (cdk.Token.isUnresolved(v) ? undefined : v);
  return app.node.tryFindChild('Consumer') ?? new cdk.Stack(app, 'Consumer', { env: { account: known(stack.account), region: known(stack.region) } });
}

/** What other stacks and outputs take from the construct. */
const shared = (etl) => [
  etl.kinesisStream.streamArn, etl.kinesisStream.streamName, etl.glueJobRole.roleArn, etl.glueJob.ref, etl.database.ref,
  ...(etl.outputBucket ? [etl.outputBucket[0].bucketArn, etl.outputBucket[0].bucketName] : []),
];

/** The construct's L1 resources an escape hatch may reach (an imported L2 has none). */
const resources = (etl) => [etl.glueJob, etl.table, etl.database, etl.kinesisStream.node.defaultChild, etl.glueJobRole.node.defaultChild,
  etl.outputBucket?.[0].node.defaultChild].filter((r) => r !== undefined);

/**
 * What an app may do after the construct: [name, change(etl, stack, i, t, again, props)]; `t`
 * draws its values, `again(id, scopeFor?, constructId?)` makes another such construct with the same
 * props in a new scope `id` (or in `scopeFor(parent, id)`), with the same construct id (or
 * `constructId`); `props` are the props the construct was given.
 */
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
  // The order the aspect visits the construct's resources in, and their paths.
  ['aspect adding outputs', (etl, stack, i) => {
    let seen = 0;
    cdk.Aspects.of(etl).add({ visit(node) { if (cdk.CfnResource.isCfnResource(node)) new cdk.CfnOutput(stack, `Seen${i}x${seen++}`, { value: node.node.path }); } });
  }],
  ['aspect on every bucket', (etl, stack) => cdk.Aspects.of(stack).add({
    visit(node) {
      if (node instanceof s3.CfnBucket) node.addPropertyOverride('ObjectLockEnabled', false);
    },
  })],
  ['output', (etl, stack, i, t) => new cdk.CfnOutput(stack, `Output${i}`, {
    value: t.pick([etl.kinesisStream.streamArn, etl.glueJob.ref, etl.glueJobRole.roleArn, etl.database.ref, etl.table.ref]),
  })],
  ['attribute output', (etl, stack, i, t) => {
    const bucket = etl.outputBucket?.[0];
    const value = t.pick([
      () => bucket?.bucketRegionalDomainName, () => bucket?.bucketDomainName, () => bucket?.bucketWebsiteUrl, () => bucket?.urlForObject('data/key'),
      () => bucket?.s3UrlForObject(), () => bucket?.virtualHostedUrlForObject('key', { regional: t.chance(0.5) }), () => etl.glueJobRole.roleName,
      () => etl.kinesisStream.encryptionKey?.keyArn, () => etl.kinesisStream.streamArn,
    ])();
    if (value !== undefined) new cdk.CfnOutput(stack, `Attribute${i}`, { value });
  }],
  // Another stack of the app using the construct's objects: cross-stack references.
  ['output in another stack', (etl, stack, i, t) => new cdk.CfnOutput(otherStack(stack), `Used${i}`, { value: t.pick(shared(etl)) })],
  ['parameter in another stack', (etl, stack, i, t) => new ssm.StringParameter(otherStack(stack), `Shared${i}`, { stringValue: t.pick(shared(etl)) })],
  ['stream reader in another stack', (etl, stack, i) => etl.kinesisStream.grantRead(lambdaRole(otherStack(stack), `Reader${i}`))],
  ['bucket writer in another stack', (etl, stack, i) => etl.outputBucket?.[0].grantWrite(lambdaRole(otherStack(stack), `Writer${i}`))],
  ['role passed in another stack', (etl, stack, i) => etl.glueJobRole.grantPassRole(lambdaRole(otherStack(stack), `Passer${i}`))],
  ['export', (etl, stack, i, t) => stack.exportValue(t.pick(shared(etl)), t.chance(0.3) ? { name: `Shared${i}` } : undefined)],
  ['nested stack using the construct', (etl, stack, i, t) => {
    const nested = new cdk.NestedStack(stack, `Nested${i}`);
    if (t.chance(0.5)) new ssm.StringParameter(nested, 'Shared', { stringValue: t.pick(shared(etl)) });
    else etl.kinesisStream.grantRead(lambdaRole(nested, 'Reader'));
  }],
  // The job's role.
  ['inline policy', (etl, stack, i, t) => etl.glueJobRole.attachInlinePolicy(new iam.Policy(stack, `Extra${i}`, {
    statements: [new iam.PolicyStatement({ actions: [t.pick(ACTIONS)], resources: [t.pick(['*', etl.kinesisStream.streamArn])] })],
  }))],
  ['role grant', (etl, stack, i, t) => etl.glueJobRole.grant(lambdaRole(stack, `Granted${i}`), t.pick(['iam:PassRole', 'iam:GetRole']))],
  ['assume role grant', (etl, stack, i) => etl.glueJobRole.grantAssumeRole(lambdaRole(stack, `Assumer${i}`))],
  ['permissions boundary', (etl, stack, i, t) => iam.PermissionsBoundary.of(t.pick([etl, stack]))
    .apply(iam.ManagedPolicy.fromAwsManagedPolicyName(t.pick(['PowerUserAccess', 'AWSGlueServiceRole'])))],
  ['customer managed policy', (etl, stack, i, t) => new iam.ManagedPolicy(stack, `Managed${i}`, {
    statements: [new iam.PolicyStatement({ actions: [t.pick(ACTIONS)], resources: [t.pick(['*', etl.kinesisStream.streamArn])] })],
    roles: [etl.glueJobRole],
  })],
  ['grant to the role without policy updates', (etl, stack, i, t) => {
    // An imported role has no such method, and takes no policy updates anyway.
    const role = etl.glueJobRole.withoutPolicyUpdates?.() ?? etl.glueJobRole;
    t.pick([() => etl.kinesisStream.grantRead(role), () => etl.outputBucket?.[0].grantReadWrite(role), () => new s3.Bucket(stack, `Unchanged${i}`).grantRead(role)])();
  }],
  ['trust policy statement', (etl, stack, i, t) => etl.glueJobRole.assumeRolePolicy?.addStatements(new iam.PolicyStatement({
    actions: ['sts:AssumeRole'], principals: [new iam.ServicePrincipal(t.pick(['lambda.amazonaws.com', 'ec2.amazonaws.com']))],
  }))],
  ['lambda using the job role', (etl, stack, i) => new lambda.Function(stack, `RoleUser${i}`, {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};'), role: etl.glueJobRole,
  })],
  ['input bucket grant to the job role', (etl, stack, i, t) => new s3.Bucket(stack, `Input${i}`)[t.pick(['grantRead', 'grantReadWrite'])](etl.glueJobRole)],
  ['key grant to the job role', (etl, stack, i, t) => new kms.Key(stack, `Key${i}`)[t.pick(['grantDecrypt', 'grantEncryptDecrypt'])](etl.glueJobRole)],
  // The stream.
  ['stream grant', (etl, stack, i, t) => etl.kinesisStream.grant(
    lambdaRole(stack, `Putter${i}`), 'kinesis:PutRecord', ...t.subset(['kinesis:PutRecords', 'kinesis:DescribeStreamSummary']),
  )],
  ['stream resource policy', (etl, stack, i, t) => etl.kinesisStream.addToResourcePolicy(new iam.PolicyStatement({
    actions: [t.pick(['kinesis:GetRecords', 'kinesis:DescribeStreamSummary', 'kinesis:PutRecord'])],
    resources: [etl.kinesisStream.streamArn], principals: [new iam.AccountRootPrincipal()],
  }))],
  ['delivery stream from the stream', (etl, stack, i, t) => new firehose.DeliveryStream(stack, `Delivery${i}`, {
    source: new firehose.KinesisStreamSource(etl.kinesisStream),
    destination: new firehose.S3Bucket(etl.outputBucket?.[0] ?? new s3.Bucket(stack, `Delivered${i}`), { dataOutputPrefix: t.pick([undefined, 'firehose/']) }),
  })],
  ['stream metric alarm', (etl, stack, i, t) => etl.kinesisStream.metric(t.pick(METRICS), { statistic: t.pick(['Sum', 'Average', 'Maximum']) })
    .createAlarm(stack, `Metric${i}`, { threshold: t.int(1, 1000), evaluationPeriods: t.int(1, 3) })],
  ['stream consumer', (etl, stack, i) => new kinesis.StreamConsumer(stack, `Consumer${i}`, { streamConsumerName: `consumer${i}`, stream: etl.kinesisStream })],
  ['lambda reading the stream', (etl, stack, i, t) => new lambda.Function(stack, `Handler${i}`, {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};'),
  }).addEventSource(new sources.KinesisEventSource(etl.kinesisStream, {
    startingPosition: t.pick([lambda.StartingPosition.LATEST, lambda.StartingPosition.TRIM_HORIZON]), batchSize: t.int(1, 500),
  }))],
  ['stream retention override', (etl, stack, i, t) => etl.kinesisStream.node.defaultChild?.addPropertyOverride('RetentionPeriodHours', t.int(24, 168))],
  ['dashboard', (etl, stack, i) => new cloudwatch.Dashboard(stack, `Dashboard${i}`, {
    widgets: [[new cloudwatch.GraphWidget({ left: [etl.kinesisStream.metricIncomingRecords(), etl.kinesisStream.metricGetRecordsIteratorAgeMilliseconds()] }),
      ...(etl.cloudwatchAlarms ?? []).map((alarm) => new cloudwatch.AlarmWidget({ alarm }))]],
  })],
  ['alarm on an alarm\'s metric', (etl, stack, i, t) => etl.cloudwatchAlarms && new cloudwatch.Alarm(stack, `Again${i}`, {
    metric: t.pick(etl.cloudwatchAlarms).metric.with({ period: cdk.Duration.minutes(t.int(1, 10)) }), threshold: 1, evaluationPeriods: 1,
  })],
  ['alarm in another stack on the stream', (etl, stack, i, t) => etl.kinesisStream.metric(t.pick(METRICS))
    .createAlarm(otherStack(stack), `StreamAlarm${i}`, { threshold: t.int(1, 100), evaluationPeriods: 1 })],
  ['state machine starting the job', (etl, stack, i, t) => new sfn.StateMachine(stack, `Runner${i}`, {
    definitionBody: sfn.DefinitionBody.fromChainable(new tasks.GlueStartJobRun(stack, `Run${i}`, {
      glueJobName: etl.glueJob.ref, integrationPattern: t.pick([sfn.IntegrationPattern.REQUEST_RESPONSE, sfn.IntegrationPattern.RUN_JOB]),
    })),
  })],
  ['composite alarm', (etl, stack, i, t) => etl.cloudwatchAlarms && new cloudwatch.CompositeAlarm(stack, `Composite${i}`, {
    alarmRule: cloudwatch.AlarmRule[t.pick(['anyOf', 'allOf'])](...etl.cloudwatchAlarms),
  })],
  // The Glue job and catalog, as pipelines around it use them.
  ['job state rule', (etl, stack, i, t) => new events.Rule(stack, `JobState${i}`, {
    eventPattern: {
      source: ['aws.glue'], detailType: ['Glue Job State Change'],
      detail: { jobName: [etl.glueJob.ref], state: t.subset(['FAILED', 'TIMEOUT', 'SUCCEEDED']) },
    },
    targets: [new targets.SnsTopic(new sns.Topic(stack, `JobEvents${i}`))],
  })],
  ['trigger', (etl, stack, i, t) => new glue.CfnTrigger(stack, `Trigger${i}`, {
    type: t.pick(['ON_DEMAND', 'SCHEDULED']), actions: [{ jobName: etl.glueJob.ref }],
    ...(t.chance(0.5) ? {} : { schedule: 'cron(0 * * * ? *)' }),
  })],
  ['crawler', (etl, stack, i) => new glue.CfnCrawler(stack, `Crawler${i}`, {
    role: etl.glueJobRole.roleArn, databaseName: etl.database.ref,
    targets: {
      s3Targets: etl.outputBucket ? [{ path: `s3://${etl.outputBucket[0].bucketName}/output/` }] : [],
      catalogTargets: [{ databaseName: etl.database.ref, tables: [etl.table.ref] }],
    },
  })],
  ['parameter override', (etl, stack, i, t) => etl.glueJob.addPropertyOverride(t.pick(['MaxRetries', 'Timeout']),
    new cdk.CfnParameter(stack, `Setting${i}`, { type: 'Number', default: t.int(0, 10) }).valueAsNumber)],
  // The output bucket (the official construct types it as an s3.Bucket; an imported one lacks some methods).
  ['cors rule', (etl, stack, i, t) => etl.outputBucket?.[0].addCorsRule?.({
    allowedMethods: t.subset([s3.HttpMethods.GET, s3.HttpMethods.PUT, s3.HttpMethods.HEAD], 0.6).concat(s3.HttpMethods.POST),
    allowedOrigins: [`https://${t.word(6)}.example.com`], maxAge: t.pick([undefined, 3000]),
  })],
  ['inventory', (etl, stack, i, t) => etl.outputBucket?.[0].addInventory?.({
    destination: { bucket: new s3.Bucket(stack, `Inventory${i}`), prefix: t.pick([undefined, 'inventory']) },
    frequency: t.pick([s3.InventoryFrequency.DAILY, s3.InventoryFrequency.WEEKLY]), objectsPrefix: t.pick([undefined, 'out/']),
  })],
  ['bucket metric', (etl, stack, i, t) => etl.outputBucket?.[0].addMetric?.({ id: `metric${i}`, prefix: t.pick([undefined, `out${i}/`]) })],
  ['bucket put grant', (etl, stack, i, t) => etl.outputBucket?.[0].grantPut(lambdaRole(stack, `BucketPutter${i}`), t.pick([undefined, 'out/*']))],
  ['bucket delete grant', (etl, stack, i, t) => etl.outputBucket?.[0].grantDelete(lambdaRole(stack, `BucketDeleter${i}`), t.pick([undefined, 'tmp/*']))],
  ['bucket policy document statement', (etl, stack, i, t) => etl.outputBucket?.[0].policy?.document.addStatements(new iam.PolicyStatement({
    actions: [t.pick(['s3:GetObject', 's3:ListBucket'])], resources: [etl.outputBucket[0].bucketArn, etl.outputBucket[0].arnForObjects('*')],
    principals: [new iam.AccountRootPrincipal()],
  }))],
  ['public access grant', (etl, stack, i, t) => etl.outputBucket?.[0].grantPublicAccess?.(t.pick([undefined, 'public/*']))],
  ['grant to principal or resource', (etl, stack, i, t) => etl.outputBucket && iam.Grant.addToPrincipalOrResource({
    grantee: t.pick([lambdaRole(stack, `Either${i}`), new iam.AccountPrincipal('123456789012'), etl.glueJobRole]),
    actions: [t.pick(['s3:GetObject', 's3:PutObject'])], resourceArns: [etl.outputBucket[0].arnForObjects('*')], resource: etl.outputBucket[0],
  })],
  ['rule on bucket writes', (etl, stack, i, t) => etl.outputBucket?.[0].onCloudTrailWriteObject(`Written${i}`, {
    paths: t.pick([undefined, ['output/']]), target: new targets.SnsTopic(new sns.Topic(stack, `Writes${i}`)),
  })],
  ['object created notification', (etl, stack, i, t) => etl.outputBucket?.[0].addObjectCreatedNotification(
    new s3n.SnsDestination(new sns.Topic(stack, `Created${i}`)), ...t.subset([{ suffix: '.parquet' }, { prefix: 'out/' }]),
  )],
  ['event bridge notifications', (etl) => etl.outputBucket?.[0].enableEventBridgeNotification?.()],
  ['bucket versioning override', (etl, stack, i, t) => etl.outputBucket?.[0].node.defaultChild
    ?.addPropertyOverride('VersioningConfiguration.Status', t.pick(['Suspended', 'Enabled']))],
  // Escape hatches on the construct's resources.
  ['deletion override', (etl, stack, i, t) => t.pick([
    () => etl.glueJob.addDeletionOverride(t.pick(['Properties.Description', 'Properties.MaxRetries', 'Properties.GlueVersion'])),
    () => etl.table.addDeletionOverride('Properties.TableInput.Parameters'),
    () => etl.database.addDeletionOverride('Properties.DatabaseInput.Description'),
  ])()],
  // On what neither the job nor the table references back (a cycle would only fail both alike).
  ['depends-on override', (etl, stack, i, t) => t.pick([etl.glueJob, etl.table]).addOverride('DependsOn', [
    stack.resolve(t.chance(0.5) ? etl.database.logicalId : new sqs.Queue(stack, `Before${i}`).node.defaultChild.logicalId),
  ])],
  ['condition', (etl, stack, i, t) => {
    t.pick(resources(etl)).cfnOptions.condition = new cdk.CfnCondition(stack, `Condition${i}`, {
      expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, t.pick(['us-east-1', 'eu-west-1'])),
    });
  }],
  ['deletion policy', (etl, stack, i, t) => {
    const resource = t.pick(resources(etl));
    resource.cfnOptions.deletionPolicy = t.pick([cdk.CfnDeletionPolicy.RETAIN, cdk.CfnDeletionPolicy.DELETE, cdk.CfnDeletionPolicy.RETAIN_EXCEPT_ON_CREATE]);
    if (t.chance(0.5)) resource.cfnOptions.updateReplacePolicy = cdk.CfnDeletionPolicy.RETAIN;
  }],
  // L1 properties read and set again, as escape hatches without overrides do.
  ['job property set', (etl, stack, i, t) => t.pick([
    () => { etl.glueJob.defaultArguments = { ...etl.glueJob.defaultArguments, [`--extra${i}`]: t.word(4) }; },
    () => { etl.glueJob.command = { ...etl.glueJob.command, pythonVersion: '3' }; },
    () => { etl.glueJob.maxRetries = t.int(0, 5); },
    () => { etl.glueJob.description = `job ${i}`; },
    () => {
      const workers = etl.glueJob.numberOfWorkers;
      if (workers !== undefined) etl.glueJob.numberOfWorkers = cdk.Token.isUnresolved(workers) ? 4 : workers + 1;
    },
  ])()],
  ['catalog property set', (etl, stack, i, t) => t.pick([
    () => { etl.table.tableInput = { ...etl.table.tableInput, description: `table ${i}` }; },
    () => { etl.database.databaseInput = { ...etl.database.databaseInput, description: `database ${i}` }; },
  ])()],
  ['L2 resource property set', (etl, stack, i, t) => t.pick([
    () => { if (etl.kinesisStream.node.defaultChild) etl.kinesisStream.node.defaultChild.retentionPeriodHours = t.int(24, 168); },
    () => { if (etl.outputBucket?.[0].node.defaultChild) etl.outputBucket[0].node.defaultChild.objectLockEnabled = t.chance(0.5); },
    () => { if (etl.glueJobRole.node.defaultChild) etl.glueJobRole.node.defaultChild.maxSessionDuration = 7200; },
  ])()],
  ['output of a property', (etl, stack, i, t) => new cdk.CfnOutput(stack, `Property${i}`, {
    value: stack.toJsonString(t.pick([etl.glueJob.command, etl.glueJob.defaultArguments, etl.glueJob.role, etl.glueJob.glueVersion,
      etl.glueJob.securityConfiguration, etl.glueJob.numberOfWorkers, etl.table.tableInput, etl.table.databaseName, etl.database.databaseInput,
      etl.kinesisStream.node.defaultChild?.streamEncryption, etl.outputBucket?.[0].node.defaultChild?.bucketEncryption])),
  })],
  ['escape hatch by path', (etl, stack, i, t) => {
    const found = t.pick(etl.node.findAll().slice(1));
    const resource = cdk.CfnResource.isCfnResource(found) ? found : found.node.defaultChild;
    if (cdk.CfnResource.isCfnResource(resource)) resource.addMetadata('app:found', found.node.path);
    else new cdk.CfnOutput(stack, `Found${i}`, { value: found.node.path });
  }],
  ['job depends on table', (etl, stack, i, t) => etl.glueJob.addResourceDependency(t.pick([etl.table, etl.database]), t.pick([undefined, 'schema first']))],
  ['logical id override', (etl, stack, i, t) => t.pick(resources(etl)).overrideLogicalId(`Custom${i}${t.word(4)}`)],
  ['cfn-nag suppression', (etl, stack, i, t) => core.addCfnSuppressRules(t.pick(resources(etl)), [{ id: t.pick(['W12', 'W35', 'W51']), reason: `reason ${i}` }])],
  ['cfn-guard suppression', (etl, stack, i, t) => core.addCfnGuardSuppressRules(
    t.pick(resources(etl)), [t.pick(['IAM_NO_INLINE_POLICY_CHECK', 'S3_BUCKET_LOGGING_ENABLED'])],
  )],
  ['metadata', (etl, stack, i, t) => t.pick(resources(etl)).addMetadata(`app:key${i}`, { owner: t.word(5) })],
  // Tags and aspects.
  ['tag for some types', (etl, stack, i, t) => cdk.Tags.of(t.pick([etl, stack])).add(`key${i}`, t.word(5), {
    [t.pick(['includeResourceTypes', 'excludeResourceTypes'])]: t.subset(['AWS::S3::Bucket', 'AWS::Kinesis::Stream', 'AWS::Glue::Job', 'AWS::IAM::Role']),
    priority: t.pick([undefined, 50, 300]),
  })],
  ['tag removed below', (etl, stack, i, t) => {
    cdk.Tags.of(stack).add(`team${i}`, t.word(5));
    cdk.Tags.of(t.pick([etl, etl.kinesisStream, etl.glueJob, ...(etl.outputBucket ?? [])])).remove(`team${i}`, { priority: t.pick([undefined, 50, 300]) });
  }],
  ['L1 tag', (etl, stack, i, t) => t.pick([etl.glueJob, etl.kinesisStream.node.defaultChild ?? etl.glueJob]).tags.setTag(`l1key${i}`, t.word(5))],
  ['tag aspect', (etl, stack, i, t) => cdk.Aspects.of(t.pick([etl, stack])).add(new cdk.Tag(`aspect${i}`, t.word(5)))],
  ['deletion policy aspect', (etl, stack, i, t) => {
    const policy = t.pick([cdk.CfnDeletionPolicy.RETAIN, cdk.CfnDeletionPolicy.DELETE]);
    cdk.Aspects.of(t.pick([etl, stack])).add({ visit(node) { if (cdk.CfnResource.isCfnResource(node)) node.cfnOptions.deletionPolicy = policy; } });
  }],
  ['removal policies', (etl, stack, i, t) => cdk.RemovalPolicies.of(t.pick([etl, stack])).apply(
    t.pick([cdk.RemovalPolicy.DESTROY, cdk.RemovalPolicy.RETAIN, cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE]),
    t.pick([undefined, { applyToResourceTypes: ['AWS::S3::Bucket'] }, { excludeResourceTypes: ['AWS::Kinesis::Stream', 'AWS::Glue::Job'] }]),
  )],
  // The same construct once more, with the same props (as apps making one per pipeline do).
  ['second construct', (etl, stack, i, t, again) => again(`Second${i}`)],
  ['second construct in a nested stack', (etl, stack, i, t, again) => again(`NestedSecond${i}`, (parent, id) => new cdk.NestedStack(parent, id))],
  ['second construct in another stack', (etl, stack, i, t, again) => again(`Second${i}`, () => otherStack(stack))],
  // The caller's props changed after construction: the construct keeps some of their objects.
  ['field schema changed', (etl, stack, i, t, again, props) => {
    if (Array.isArray(props.fieldSchema)) t.pick([() => props.fieldSchema.push({ name: `added${i}`, type: 'string', comment: 'later' }), () => props.fieldSchema.pop()])();
  }],
  ['job props changed', (etl, stack, i, t, again, props) => {
    const job = props.glueJobProps;
    if (job === undefined) return;
    t.pick([
      () => { job.maxRetries = t.int(0, 5); },
      () => { if (job.defaultArguments && typeof job.defaultArguments === 'object') job.defaultArguments[`--later${i}`] = 'x'; },
      () => { if (job.command && typeof job.command === 'object') job.command.pythonVersion = '3.9'; },
    ])();
  }],
  ['stream and bucket props changed', (etl, stack, i, t, again, props) => t.pick([
    () => { if (props.kinesisStreamProps) props.kinesisStreamProps.shardCount = t.int(1, 9); },
    () => { if (props.outputDataStore?.outputBucketProps) props.outputDataStore.outputBucketProps.versioned = false; },
    () => { if (props.tableProps?.tableInput) props.tableProps.tableInput.description = `later ${i}`; },
    () => { if (props.databaseProps?.databaseInput) props.databaseProps.databaseInput.description = `later ${i}`; },
  ])()],
  ['table input changed in place', (etl, stack, i) => {
    const columns = etl.table.tableInput?.storageDescriptor?.columns;
    if (Array.isArray(columns)) columns.push({ name: `inplace${i}`, type: 'int' });
  }],
  ['second construct with a long id', (etl, stack, i, t, again) => again(`Long${i}`, undefined, `Pipeline${'x'.repeat(t.int(60, 140))}`)],
  ['second construct in the same scope', (etl, stack, i, t, again) => again(`Twin${i}`, (p) => p, `Twin${i}`)],
  ['second construct in a stage', (etl, stack, i, t, again) => again(`Staged${i}`, () => new cdk.Stack(new cdk.Stage(stack.node.root, `Stage${i}`), 'Staged'))],
  ['bucket key grant', (etl, stack, i, t) => etl.outputBucket?.[0].encryptionKey?.[t.pick(['grantDecrypt', 'grantEncryptDecrypt'])](lambdaRole(stack, `BucketKeyUser${i}`))],
  ['stream key alias', (etl, stack, i) => etl.kinesisStream.encryptionKey?.addAlias?.(`alias/stream${i}`)],
];

/**
 * One app: the scenario's stack, the construct, then the changes; its template (every stack's by
 * name, a nested one's by path, when the changes added a stack) or its error.
 */
function build(sc, Klass, changes, draw) {
  const { stack, built, parent } = prepareScenario(newApp(), sc);
  const t = tools(mulberry32(draw));
  const { value } = capturePrinted(() => {
    try {
      const make = (scope, id = sc.id || DEFAULT_ID) => new Klass(scope, id, constructProps(built));
      const props = constructProps(built);
      const etl = new Klass(parent, sc.id || DEFAULT_ID, props);
      // In a new scope `id` below the construct's parent, or in the scope `scopeFor` makes; with the
      // construct's id, or `constructId`.
      const again = (id, scopeFor = (p, i) => new Construct(p, i), constructId = undefined) => make(scopeFor(parent, id), constructId);
      changes.forEach((c, i) => CHANGES[c][1](etl, stack, i, t, again, props));
      const stacks = stack.node.root.node.findAll().filter((c) => cdk.Stack.isStack(c));
      if (stacks.length === 1) return { template: templateText(stack) };
      return { templates: Object.fromEntries(stacks.map((s) => [s.nested ? s.node.path : s.stackName, templateText(s)])) };
    } catch (e) {
      return { error: errorText(e) };
    }
  });
  return value;
}

/**
 * Whether the official construct's app fails on an object of another environment that its stack
 * cannot reference. It fails when it synthesizes, with CDK's message nested as deep as the
 * reference sits; the adapter must fail too, but may fail sooner, when it reads the props or checks
 * its replay, which CDK builds for another environment (README, CDK adapter).
 */
const crossEnvironment = (result) =>
  /in a cross-environment fashion|Cross stack\/region references are only supported/.test(result.error ?? '');

const t = tools(mulberry32(seedFor(0xaf7e2c0)));
const kinds = ONLY ? ONLY.map((name) => {
  const k = CHANGES.findIndex(([n]) => n === name);
  if (k < 0) throw new Error(`KINGLU_AFTER_CONSTRUCTION_KINDS: no kind of change is named ${JSON.stringify(name)}`);
  return k;
}) : CHANGES.map((_, k) => k);
// The written scenarios the construct builds (the random groups are drawn with the same seed).
const bases = scenarios().filter((s) => s.expect === 'ok' && !s.group.startsWith('random'));
for (let d = 0; d < DRAWS; d++) {
  const sc = t.pick(bases);
  const changes = Array.from({ length: t.int(1, 3) }, () => t.pick(kinds));
  const draw = t.int(0, 2 ** 31);
  test(`${sc.name}, then ${changes.map((c) => CHANGES[c][0]).join(', ')}`, () => {
    const want = build(sc._orig, official.KinesisstreamsToGluejob, changes, draw);
    const got = build(sc._orig, adapter.KinesisstreamsToGluejob, changes, draw);
    if (crossEnvironment(want)) assert.ok(got.error !== undefined, `the official construct fails (${want.error}), the adapter does not`);
    else assert.deepEqual(got, want);
  });
}
