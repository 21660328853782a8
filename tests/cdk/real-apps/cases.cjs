'use strict';
// Real-app cases: CDK apps as people write them around the construct. Each case is written once as
// a function of the construct class and SinkStoreType (only the import differs between the two
// sides) and returns { root, observe?, afterSynth? }: root is the App or Stage to synthesize,
// observe() and afterSynth(assembly) report facts about the objects that must be equal too.

const path = require('path');
const { lib } = require('./lib.cjs');
const { newApp } = require('./harness.cjs');

const { cdk, cloudwatch, cwActions, glue, iam, kinesis, kms, lambda, eventSources, s3, s3assets, s3n, sns, sqs, Construct, nag } = lib;

const ACCOUNT = '123456789012';
const SCRIPT = 's3://example-scripts/etl/transform.py';
const ETL_SCRIPT_FILE = path.join(__dirname, '..', '..', 'conformance', 'assets', 'transform.py');
const FIELDS = [
  { name: 'event_id', type: 'string', comment: 'Unique id of the event' },
  { name: 'user_id', type: 'string', comment: 'Who clicked' },
  { name: 'amount', type: 'double', comment: 'Order value' },
];

/** The props of a typical app: a streaming job writing to S3 (extra props merged in). */
function etlProps(SinkStoreType, extra = {}) {
  return {
    glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT } },
    fieldSchema: FIELDS.map((f) => ({ ...f })),
    outputDataStore: { datastoreType: SinkStoreType.S3 },
    ...extra,
  };
}

/** An app with one stack (stack props given) holding the construct `Etl`. */
function oneStack(Klass, SinkStoreType, { stackProps, appProps, extra } = {}) {
  const app = newApp(appProps);
  const stack = new cdk.Stack(app, 'DataStack', stackProps);
  const etl = new Klass(stack, 'Etl', etlProps(SinkStoreType, extra));
  return { app, stack, etl };
}

/** The class of an object as CDK names it (jsii fqn), or its constructor's name. */
function kindOf(x) {
  if (x === undefined || x === null) return String(x);
  const ctor = Object.getPrototypeOf(x).constructor;
  const rtti = ctor[Symbol.for('jsii.rtti')];
  return rtti ? rtti.fqn : `(not a CDK class) ${ctor.name}`;
}

const PATTERN_PROPERTIES = ['kinesisStream', 'glueJob', 'glueJobRole', 'database', 'table', 'outputBucket', 'cloudwatchAlarms'];

const cases = [];
const add = (name, build, opts = {}) => cases.push({ name, build, ...opts });

// ---- Stacks with an explicit environment -------------------------------------------------------

add('env: account only', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { env: { account: ACCOUNT } } }).app }), { v2260: true });
add('env: region only', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { env: { region: 'eu-west-1' } } }).app }));
add('env: account and region', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { env: { account: ACCOUNT, region: 'us-east-1' } } }).app }), { v2260: true });
add('env: cn-north-1 (aws-cn partition)', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { env: { account: ACCOUNT, region: 'cn-north-1' } } }).app }));
add('env: us-gov-west-1 (aws-us-gov partition)', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { env: { account: ACCOUNT, region: 'us-gov-west-1' } } }).app }));
add('env: region only, cn-north-1', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { env: { region: 'cn-north-1' } } }).app }));

// ---- Tags --------------------------------------------------------------------------------------

add('Tags.of(app)', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink);
  cdk.Tags.of(app).add('CostCenter', '4217');
  return { root: app };
}, { v2260: true });

add('Tags.of(construct)', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  cdk.Tags.of(etl).add('Team', 'analytics');
  return { root: app };
});

add('tags from several sources (stack props, app, stage, construct, include/exclude, priority, remove)', (Klass, Sink) => {
  const app = newApp();
  const stage = new cdk.Stage(app, 'Prod');
  const stack = new cdk.Stack(stage, 'DataStack', { tags: { Owner: 'data-platform', Env: 'from-stack' } });
  const etl = new Klass(stack, 'Etl', etlProps(Sink));
  cdk.Tags.of(app).add('CostCenter', '4217');
  cdk.Tags.of(stage).add('Env', 'prod', { priority: 300 });
  cdk.Tags.of(etl).add('DataClass', 'confidential', { includeResourceTypes: ['AWS::S3::Bucket', 'AWS::Kinesis::Stream'] });
  cdk.Tags.of(etl).add('Backup', 'daily', { excludeResourceTypes: ['AWS::IAM::Role'] });
  cdk.Tags.of(etl.kinesisStream).add('Stream', 'clicks');
  cdk.Tags.of(stack).remove('Owner', { includeResourceTypes: ['AWS::Glue::Job'] });
  return { root: app };
});

// ---- Aspects and cdk-nag -----------------------------------------------------------------------

add('aspect matching instanceof s3.CfnBucket changes the buckets', (Klass, Sink) => {
  const { app, stack } = oneStack(Klass, Sink);
  const visited = [];
  cdk.Aspects.of(stack).add({
    visit(node) {
      if (node instanceof s3.CfnBucket) {
        visited.push(node.node.path);
        node.versioningConfiguration = { status: 'Enabled' };
        node.objectLockEnabled = false;
      }
    },
  });
  return { root: app, afterSynth: () => ({ visited }) };
});

add('aspects matching L1 classes (CfnRole, CfnPolicy, CfnJob, CfnStream, CfnAlarm, CfnKey) see the same nodes', (Klass, Sink) => {
  const { app, stack } = oneStack(Klass, Sink);
  const seen = [];
  const classes = { CfnRole: iam.CfnRole, CfnPolicy: iam.CfnPolicy, CfnJob: glue.CfnJob, CfnDatabase: glue.CfnDatabase, CfnTable: glue.CfnTable, CfnSecurityConfiguration: glue.CfnSecurityConfiguration, CfnStream: kinesis.CfnStream, CfnAlarm: cloudwatch.CfnAlarm, CfnKey: kms.CfnKey, CfnBucketPolicy: s3.CfnBucketPolicy };
  cdk.Aspects.of(stack).add({
    visit(node) {
      for (const [name, C] of Object.entries(classes)) if (node instanceof C) seen.push(`${name} ${node.node.path}`);
    },
  });
  return { root: app, afterSynth: () => ({ seen }) };
});

add('Aspects.of(app).add(new cdk.Tag(...))', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink);
  cdk.Aspects.of(app).add(new cdk.Tag('Owner', 'data-platform'));
  return { root: app };
});

add('cdk-nag AwsSolutionsChecks as a validation plugin of the app', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink);
  cdk.Validations.of(app).addPlugins(new nag.AwsSolutionsChecks(app));
  return { root: app };
});

add('cdk-nag AwsSolutionsChecks report (validateScope)', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink);
  return { root: app, observe: () => new nag.AwsSolutionsChecks().validateScope(app) };
});

// ---- The pattern properties used after construction --------------------------------------------

add('outputBucket[0].addToResourcePolicy(deny)', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  const result = etl.outputBucket[0].addToResourcePolicy(new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['s3:DeleteObject'],
    resources: [etl.outputBucket[0].arnForObjects('raw/*')],
    conditions: { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } },
  }));
  return { root: app, observe: () => ({ statementAdded: result.statementAdded }) };
});

add('bucket notification to an SQS queue', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const queue = new sqs.Queue(stack, 'NewObjects');
  etl.outputBucket[0].addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(queue), { prefix: 'out/' });
  return { root: app };
});

add('bucket notification to a Lambda function', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const fn = new lambda.Function(stack, 'OnNewObject', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
  etl.outputBucket[0].addObjectCreatedNotification(new s3n.LambdaDestination(fn), { suffix: '.json' });
  return { root: app };
});

add('lifecycle rules added after construction', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  etl.outputBucket[0].addLifecycleRule({ id: 'expire-raw', prefix: 'raw/', expiration: cdk.Duration.days(30) });
  etl.outputBucket[1].addLifecycleRule({ abortIncompleteMultipartUploadAfter: cdk.Duration.days(2) });
  return { root: app };
});

add('glueJob typed setters (workerType = G.2X, numberOfWorkers, maxRetries)', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  etl.glueJob.workerType = 'G.2X';
  etl.glueJob.numberOfWorkers = 4;
  etl.glueJob.maxRetries = 2;
  etl.database.databaseInput = { ...etl.database.databaseInput, description: 'Clickstream' };
  return { root: app, observe: () => ({ workerType: etl.glueJob.workerType, command: etl.glueJob.command }) };
}, { v2260: true });

add('dependencies on and between the construct\'s constructs (node.addDependency)', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  etl.node.addDependency(new sqs.Queue(stack, 'Ready'));
  etl.table.node.addDependency(etl.database);
  return { root: app };
});

add('a stream resource policy; a managed and an inline policy on the job role', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  etl.kinesisStream.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kinesis:DescribeStreamSummary'], principals: [new iam.AccountRootPrincipal()], resources: [etl.kinesisStream.streamArn] }));
  etl.glueJobRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSGlueServiceRole'));
  etl.glueJobRole.attachInlinePolicy(new iam.Policy(stack, 'Notify', { statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })] }));
  return { root: app };
});

add('a dashboard of the stream\'s metrics and the construct\'s alarm', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  new cloudwatch.Dashboard(stack, 'Ops', {
    widgets: [[new cloudwatch.GraphWidget({ left: [etl.kinesisStream.metricGetRecordsIteratorAgeMilliseconds()] })], [new cloudwatch.AlarmWidget({ alarm: etl.cloudwatchAlarms[0] })]],
  });
  return { root: app };
});

add('cfnOptions on the resources: a condition, metadata, an update replace policy', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const deploy = new cdk.CfnParameter(stack, 'Deploy', { type: 'String', default: 'yes' });
  etl.glueJob.cfnOptions.condition = new cdk.CfnCondition(stack, 'IsDeployed', { expression: cdk.Fn.conditionEquals(deploy.valueAsString, 'yes') });
  etl.glueJob.cfnOptions.updateReplacePolicy = cdk.CfnDeletionPolicy.DELETE;
  etl.kinesisStream.node.defaultChild.cfnOptions.metadata = { owner: 'data-platform' };
  return { root: app };
});

add('a stream encrypted with the app\'s own key, read by another account', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const key = new kms.Key(stack, 'StreamKey', { enableKeyRotation: true });
  const etl = new Klass(stack, 'Etl', etlProps(Sink, { kinesisStreamProps: { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key } }));
  etl.kinesisStream.grantRead(new iam.AccountPrincipal('210987654321'));
  return { root: app };
});

add('CORS rules and request metrics in outputBucketProps', (Klass, Sink) => ({
  root: oneStack(Klass, Sink, {
    extra: {
      outputDataStore: {
        datastoreType: Sink.S3,
        outputBucketProps: {
          cors: [{ allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD], allowedOrigins: ['https://dashboards.example.com'], maxAge: 3600 }],
          metrics: [{ id: 'EntireBucket' }, { id: 'Output', prefix: 'output/', tagFilters: { team: 'analytics' } }],
        },
      },
    },
  }).app,
}));

add('intelligent tiering, object lock, the log key format, transitionDefaultMinimumObjectSize and the notifications handler\'s role in outputBucketProps, a notification added later', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const handlerRole = new iam.Role(stack, 'NotificationsHandler', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const etl = new Klass(stack, 'Etl', etlProps(Sink, {
    outputDataStore: {
      datastoreType: Sink.S3,
      outputBucketProps: {
        notificationsHandlerRole: handlerRole,
        notificationsSkipDestinationValidation: true,
        transitionDefaultMinimumObjectSize: s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
        intelligentTieringConfigurations: [
          { name: 'cold-output', prefix: 'output/', tags: [{ key: 'tier', value: 'archive' }], archiveAccessTierTime: cdk.Duration.days(90), deepArchiveAccessTierTime: cdk.Duration.days(180) },
        ],
        objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(30)),
        targetObjectKeyFormat: s3.TargetObjectKeyFormat.partitionedPrefix(s3.PartitionDateSource.DELIVERY_TIME),
      },
    },
  }));
  etl.outputBucket[0].addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(new sqs.Queue(stack, 'NewOutput')));
  return { root: app };
});

add('bucket methods after construction (CORS rule, inventory into the logging bucket, metrics)', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  etl.outputBucket[0].addCorsRule({ allowedMethods: [s3.HttpMethods.GET], allowedOrigins: ['https://example.com'] });
  etl.outputBucket[0].addInventory({ destination: { bucket: etl.outputBucket[1] } });
  etl.outputBucket[0].addMetric({ id: 'EntireBucket' });
  return { root: app };
});

// A server access logs bucket of the app's own stack sees the app's feature flag, not the one the
// construct sets on itself: a bucket policy with it, the log delivery ACL without it.
for (const flag of [false, true]) {
  add(`outputBucketProps.serverAccessLogsBucket: a bucket of the same stack, serverAccessLogsUseBucketPolicy ${flag ? 'on' : 'off'} in the app`, (Klass, Sink) => {
    const app = newApp({ context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': flag } });
    const stack = new cdk.Stack(app, 'DataStack');
    const logs = new s3.Bucket(stack, 'AccessLogs', { enforceSSL: true });
    new Klass(stack, 'Etl', etlProps(Sink, { outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { serverAccessLogsBucket: logs, serverAccessLogsPrefix: 'etl/' } } }));
    return { root: app };
  });
}

add('Stack.of(c).exportValue(outputBucket[0].bucketArn)', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  const exported = cdk.Stack.of(etl).exportValue(etl.outputBucket[0].bucketArn);
  cdk.Stack.of(etl).exportValue(etl.kinesisStream.streamArn, { name: 'ClickstreamArn' });
  return { root: app, observe: () => ({ exported: cdk.Stack.of(etl).resolve(exported) }) };
});

add('second construct with existingDatabase/existingTable from the first', (Klass, Sink) => {
  const { app, stack, etl: first } = oneStack(Klass, Sink);
  new Klass(new Construct(stack, 'Replay'), 'Etl', {
    glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT } },
    existingDatabase: first.database,
    existingTable: first.table,
    outputDataStore: { datastoreType: Sink.S3 },
  });
  return { root: app };
});

add('second construct with existingStreamObj/existingS3OutputBucket from the first', (Klass, Sink) => {
  const { app, stack, etl: first } = oneStack(Klass, Sink);
  new Klass(new Construct(stack, 'Backfill'), 'Etl', etlProps(Sink, {
    existingStreamObj: first.kinesisStream,
    outputDataStore: { datastoreType: Sink.S3, existingS3OutputBucket: first.outputBucket[0] },
  }));
  return { root: app };
});

add('glueJobRole.addToPrincipalPolicy joins the role\'s default policy', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  const result = etl.glueJobRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Users`] }));
  return { root: app, observe: () => ({ statementAdded: result.statementAdded }) };
});

add('grants on the stream (grantRead, grantWrite, grantReadWrite, grant) to other principals', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const writer = new iam.Role(stack, 'Writer', { assumedBy: new iam.AccountRootPrincipal() });
  const user = new iam.User(stack, 'Analyst');
  etl.kinesisStream.grantRead(reader);
  etl.kinesisStream.grantWrite(writer);
  etl.kinesisStream.grantReadWrite(user);
  etl.kinesisStream.grant(reader, 'kinesis:DescribeStreamConsumer');
  return { root: app };
}, { v2260: true });

add('grants on the output buckets to another role', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const role = new iam.Role(stack, 'Consumer', { assumedBy: new iam.ServicePrincipal('athena.amazonaws.com') });
  etl.outputBucket[0].grantRead(role, 'curated/*');
  etl.outputBucket[0].grantPut(role);
  etl.outputBucket[0].grantDelete(role);
  etl.outputBucket[1].grantRead(role);
  return { root: app };
});

add('grants to and from the job role (bucket.grantRead(glueJobRole), grantPassRole)', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const lookup = new s3.Bucket(stack, 'Lookup');
  lookup.grantRead(etl.glueJobRole);
  const orchestrator = new iam.Role(stack, 'Orchestrator', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
  etl.glueJobRole.grantPassRole(orchestrator);
  return { root: app };
});

add('stream metrics and new alarms; an action on the construct\'s alarm', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const topic = new sns.Topic(stack, 'Oncall');
  etl.kinesisStream.metricGetRecordsIteratorAgeMilliseconds({ period: cdk.Duration.minutes(1) })
    .createAlarm(stack, 'IteratorAge', { threshold: 60000, evaluationPeriods: 3 });
  new cloudwatch.Alarm(stack, 'Throttled', { metric: etl.kinesisStream.metricWriteProvisionedThroughputExceeded(), threshold: 1, evaluationPeriods: 1 });
  etl.cloudwatchAlarms[0].addAlarmAction(new cwActions.SnsAction(topic));
  return { root: app, observe: () => ({ metric: stack.resolve(etl.kinesisStream.metricIncomingRecords().toMetricConfig()) }) };
});

add('applyRemovalPolicy on the stream, buckets and Glue resources', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  etl.kinesisStream.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  etl.outputBucket[0].applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
  etl.database.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  etl.table.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  etl.glueJob.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  return { root: app };
});

add('RemovalPolicies.of(stack).destroy()', (Klass, Sink) => {
  const { app, stack } = oneStack(Klass, Sink);
  cdk.RemovalPolicies.of(stack).destroy();
  return { root: app };
});

add('property overrides (addPropertyOverride, addOverride, addDeletionOverride) on the resources', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  etl.glueJob.addPropertyOverride('MaxRetries', 3);
  etl.glueJob.addOverride('Properties.Timeout', 120);
  etl.kinesisStream.node.defaultChild.addPropertyOverride('ShardCount', 2);
  etl.kinesisStream.node.defaultChild.addOverride('UpdateReplacePolicy', 'Retain');
  etl.outputBucket[0].node.defaultChild.addPropertyOverride('VersioningConfiguration.Status', 'Suspended');
  etl.table.addDeletionOverride('Properties.TableInput.Parameters');
  return { root: app };
});

add('permissions boundary on the stack', (Klass, Sink) => {
  const { app, stack } = oneStack(Klass, Sink);
  iam.PermissionsBoundary.of(stack).apply(iam.ManagedPolicy.fromManagedPolicyName(stack, 'Boundary', 'developer-boundary'));
  return { root: app };
});

add('autoDeleteObjects on the output bucket', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink, { extra: { outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY } } } });
  return { root: app };
}, { v2260: true });

add('etlCodeAsset: the script as a CDK asset', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const asset = new s3assets.Asset(stack, 'EtlScript', { path: ETL_SCRIPT_FILE });
  new Klass(stack, 'Etl', { ...etlProps(Sink), glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' } }, etlCodeAsset: asset });
  return { root: app };
}, { v2260: true });

add('a Lambda consumer of the stream (KinesisEventSource)', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const fn = new lambda.Function(stack, 'Consumer', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
  fn.addEventSource(new eventSources.KinesisEventSource(etl.kinesisStream, { startingPosition: lambda.StartingPosition.LATEST, batchSize: 100 }));
  return { root: app };
});

add('CfnOutputs of every pattern property\'s attributes', (Klass, Sink) => {
  const { app, stack, etl } = oneStack(Klass, Sink);
  const out = (id, value) => new cdk.CfnOutput(stack, id, { value });
  out('StreamName', etl.kinesisStream.streamName);
  out('StreamArn', etl.kinesisStream.streamArn);
  out('RoleArn', etl.glueJobRole.roleArn);
  out('RoleName', etl.glueJobRole.roleName);
  out('BucketName', etl.outputBucket[0].bucketName);
  out('BucketArn', etl.outputBucket[0].bucketArn);
  out('BucketDomain', etl.outputBucket[0].bucketRegionalDomainName);
  out('LogBucket', etl.outputBucket[1].bucketName);
  out('Job', etl.glueJob.ref);
  out('Database', etl.database.ref);
  out('Table', etl.table.ref);
  out('Alarm', etl.cloudwatchAlarms[0].alarmArn);
  out('AlarmName', etl.cloudwatchAlarms[1].alarmName);
  return { root: app };
});

// ---- Stack shapes ------------------------------------------------------------------------------

add('a Stage holding the stack', (Klass, Sink) => {
  const app = newApp();
  const stage = new cdk.Stage(app, 'Beta');
  new Klass(new cdk.Stack(stage, 'DataStack'), 'Etl', etlProps(Sink));
  return { root: app };
});

add('CDK Pipelines-style stage: env on the Stage, synthesized via the stage\'s assembly', (Klass, Sink) => {
  const app = newApp();
  const stage = new cdk.Stage(app, 'Prod', { env: { account: ACCOUNT, region: 'eu-central-1' } });
  new Klass(new cdk.Stack(stage, 'Analytics'), 'Etl', etlProps(Sink));
  return { root: stage };
});

add('a stage within a stage, an on-demand stream and resources destroyed with the stack', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(new cdk.Stage(new cdk.Stage(app, 'Prod'), 'Analytics'), 'DataStack', { terminationProtection: true, description: 'Clickstream ETL' });
  new Klass(stack, 'Etl', etlProps(Sink, {
    kinesisStreamProps: { streamMode: kinesis.StreamMode.ON_DEMAND, removalPolicy: cdk.RemovalPolicy.DESTROY },
    outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { removalPolicy: cdk.RemovalPolicy.DESTROY, autoDeleteObjects: true } },
  }));
  return { root: app };
});

add('a NestedStack holding the construct', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'Parent');
  const nested = new cdk.NestedStack(stack, 'Streaming');
  const etl = new Klass(nested, 'Etl', etlProps(Sink));
  new cdk.CfnOutput(stack, 'StreamArn', { value: etl.kinesisStream.streamArn });
  return { root: app };
});

add('constructs in nested scopes', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  new Klass(new Construct(new Construct(stack, 'Platform'), 'Ingestion'), 'Etl', etlProps(Sink));
  return { root: app };
});

add('two constructs in one stack (different scopes)', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  new Klass(new Construct(stack, 'Clicks'), 'Etl', etlProps(Sink));
  new Klass(new Construct(stack, 'Orders'), 'Etl', etlProps(Sink, { createCloudWatchAlarms: false }));
  return { root: app };
});

add('cross-stack reference: the stream of one stack used by another stack', (Klass, Sink) => {
  const app = newApp();
  const producer = new cdk.Stack(app, 'Ingest');
  const etl = new Klass(producer, 'Etl', etlProps(Sink));
  const consumer = new cdk.Stack(app, 'Consumers');
  const role = new iam.Role(consumer, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  etl.kinesisStream.grantRead(role);
  new Klass(consumer, 'Replay', etlProps(Sink, { existingStreamObj: etl.kinesisStream }));
  return { root: app };
});

add('cross-region references (crossRegionReferences: true)', (Klass, Sink) => {
  const app = newApp();
  const producer = new cdk.Stack(app, 'Ingest', { env: { account: ACCOUNT, region: 'us-east-1' }, crossRegionReferences: true });
  const etl = new Klass(producer, 'Etl', etlProps(Sink));
  const consumer = new cdk.Stack(app, 'Reporting', { env: { account: ACCOUNT, region: 'eu-west-1' }, crossRegionReferences: true });
  new cdk.CfnOutput(consumer, 'ResultsBucket', { value: etl.outputBucket[0].bucketArn });
  new cdk.CfnOutput(consumer, 'Stream', { value: etl.kinesisStream.streamArn });
  return { root: app };
});

add('feature flags of a new project (cdk init cdk.json context)', (Klass, Sink) => {
  // What `cdk init` writes into cdk.json's context: the recommended flags, and the new-project defaults.
  const { cxapi } = lib;
  const context = { ...cxapi.NEW_PROJECT_DEFAULT_CONTEXT, ...cxapi.CURRENTLY_RECOMMENDED_FLAGS };
  if (Object.keys(context).length < 50) throw new Error('aws-cdk-lib has no recommended flags to set');
  const { app } = oneStack(Klass, Sink, { appProps: { context } });
  return { root: app };
});

add('analytics reporting on (CDKMetadata)', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { appProps: { analyticsReporting: true } }).app }), { analytics: true });

add('a stack synthesizer with its own qualifier, with the ETL script as an asset', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack', { synthesizer: new cdk.DefaultStackSynthesizer({ qualifier: 'analytics' }) });
  const asset = new s3assets.Asset(stack, 'EtlScript', { path: ETL_SCRIPT_FILE });
  new Klass(stack, 'Etl', { ...etlProps(Sink), glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' } }, etlCodeAsset: asset });
  return { root: app };
});

add('LegacyStackSynthesizer', (Klass, Sink) => ({ root: oneStack(Klass, Sink, { stackProps: { synthesizer: new cdk.LegacyStackSynthesizer() } }).app }));

// ---- Tokens in props ---------------------------------------------------------------------------
// CDK takes a token wherever it takes a string or a number, and the construct checks a token's
// text as it is (`${Token[...]}`), not its value: a parameter's `Ref`, and a `cdk.Lazy` whose value
// is plain text or a plain number.

add('CfnParameter values: stream shard count, retention hours and name', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const shards = new cdk.CfnParameter(stack, 'Shards', { type: 'Number', default: 2 });
  const hours = new cdk.CfnParameter(stack, 'RetentionHours', { type: 'Number', default: 48 });
  const name = new cdk.CfnParameter(stack, 'StreamName', { type: 'String' });
  new Klass(stack, 'Etl', etlProps(Sink, {
    kinesisStreamProps: { shardCount: shards.valueAsNumber, retentionPeriod: cdk.Duration.hours(hours.valueAsNumber), streamName: name.valueAsString },
  }));
  return { root: app };
});

add('CfnParameter values: bucket lifecycle numbers and days, minimum TLS version, bucket name', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const days = new cdk.CfnParameter(stack, 'ExpireDays', { type: 'Number', default: 30 });
  const name = new cdk.CfnParameter(stack, 'BucketName', { type: 'String' });
  new Klass(stack, 'Etl', etlProps(Sink, {
    outputDataStore: {
      datastoreType: Sink.S3,
      outputBucketProps: {
        bucketName: name.valueAsString,
        enforceSSL: true,
        minimumTLSVersion: days.valueAsNumber,
        lifecycleRules: [{ expiration: cdk.Duration.days(days.valueAsNumber), objectSizeGreaterThan: days.valueAsNumber, noncurrentVersionsToRetain: days.valueAsNumber, noncurrentVersionExpiration: cdk.Duration.days(days.valueAsNumber) }],
      },
    },
  }));
  return { root: app };
});

add('a token duration in days where CDK needs hours: the same error', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const days = new cdk.CfnParameter(stack, 'RetentionDays', { type: 'Number', default: 2 });
  new Klass(stack, 'Etl', etlProps(Sink, { kinesisStreamProps: { retentionPeriod: cdk.Duration.days(days.valueAsNumber) } }));
  return { root: app };
});

add('cdk.Lazy text: a column comment, the database description (override warning), the bucket name', (Klass, Sink) => {
  const lazy = (text) => cdk.Lazy.string({ produce: () => text });
  const { app } = oneStack(Klass, Sink, {
    extra: {
      fieldSchema: [{ name: 'event_id', type: 'string', comment: lazy('Unique id of the event') }],
      databaseProps: { databaseInput: { description: lazy('Clickstream events') } },
      // Not a valid bucket name once resolved: CDK checks only names it can read.
      outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { bucketName: lazy('Clicks_Output') } },
    },
  });
  return { root: app };
});

add('cdk.Lazy script location: the same error', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink, {
    extra: { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: cdk.Lazy.string({ produce: () => SCRIPT }) } } },
  });
  return { root: app };
});

add('script location with a bucket name token in its text', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const scripts = new s3.Bucket(stack, 'Scripts');
  new Klass(stack, 'Etl', etlProps(Sink, { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: `s3://${scripts.bucketName}/etl/job.py` } } }));
  return { root: app };
});

add('job role ARNs: text with a token account (given and of an existing job), Role.fromRoleName, a role of the same stack', (Klass, Sink) => {
  const app = newApp();
  const roleProps = (role) => etlProps(Sink, { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, role } });
  const stack = new cdk.Stack(app, 'DataStack');
  new Klass(stack, 'Etl', roleProps(`arn:aws:iam::${cdk.Aws.ACCOUNT_ID}:role/etl-role`));
  const jobRole = new iam.Role(stack, 'JobRole', { assumedBy: new iam.ServicePrincipal('glue.amazonaws.com') });
  new Klass(new Construct(stack, 'Second'), 'Etl', roleProps(jobRole.roleArn));
  const job = new glue.CfnJob(stack, 'ExistingJob', { role: `arn:aws:iam::${cdk.Aws.ACCOUNT_ID}:role/etl-role`, command: { name: 'gluestreaming', scriptLocation: SCRIPT } });
  new Klass(new Construct(stack, 'Third'), 'Etl', { existingGlueJob: job, fieldSchema: FIELDS.map((f) => ({ ...f })) });
  const other = new cdk.Stack(app, 'OtherStack', { env: { account: ACCOUNT, region: 'us-east-1' } });
  new Klass(other, 'Etl', roleProps(iam.Role.fromRoleName(other, 'EtlRole', 'etl-role').roleArn));
  return { root: app };
});

add('script location as an Fn.join token: the same error', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const scripts = new s3.Bucket(stack, 'Scripts');
  new Klass(stack, 'Etl', etlProps(Sink, { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: cdk.Fn.join('', ['s3://', scripts.bucketName, '/etl/job.py']) } } }));
  return { root: app };
});

add('tokens in the job\'s default arguments and the table\'s location', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const data = new s3.Bucket(stack, 'Data');
  new Klass(stack, 'Etl', {
    glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, defaultArguments: { '--temp': `s3://${data.bucketName}/tmp/`, '--data_arn': data.bucketArn } },
    tableProps: { catalogId: cdk.Aws.ACCOUNT_ID, databaseName: 'analytics', tableInput: { name: 'clicks', storageDescriptor: { columns: FIELDS.map((f) => ({ ...f })), location: data.s3UrlForObject('clicks/') } } },
    outputDataStore: { datastoreType: Sink.S3 },
  });
  return { root: app };
});

add('imported stream (ARN text with a token account) and imported output bucket (by name)', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const stream = kinesis.Stream.fromStreamArn(stack, 'Clicks', `arn:aws:kinesis:us-east-1:${cdk.Aws.ACCOUNT_ID}:stream/clicks`);
  const bucket = s3.Bucket.fromBucketName(stack, 'Results', 'analytics-results');
  new Klass(stack, 'Etl', etlProps(Sink, { existingStreamObj: stream, outputDataStore: { datastoreType: Sink.S3, existingS3OutputBucket: bucket } }));
  return { root: app };
});

add('cdk.Lazy role ARNs: all token, and ARN text with a token account', (Klass, Sink) => {
  const app = newApp();
  const lazy = (text) => cdk.Lazy.string({ produce: () => text });
  const roleProps = (role) => etlProps(Sink, { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, role } });
  const stack = new cdk.Stack(app, 'DataStack');
  new Klass(stack, 'Etl', roleProps(lazy(`arn:aws:iam::${ACCOUNT}:role/etl-role`)));
  const other = new cdk.Stack(app, 'OtherStack', { env: { account: ACCOUNT, region: 'us-east-1' } });
  new Klass(other, 'Etl', roleProps(`arn:aws:iam::${lazy(ACCOUNT)}:role/etl-role`));
  return { root: app };
});

add('cdk.Lazy numbers: shard count, a retention CDK does not check, lifecycle days and sizes', (Klass, Sink) => {
  const lazy = (n) => cdk.Lazy.number({ produce: () => n });
  const { app } = oneStack(Klass, Sink, {
    extra: {
      kinesisStreamProps: { shardCount: lazy(3), retentionPeriod: cdk.Duration.hours(lazy(10)) },
      outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { lifecycleRules: [{ expiration: cdk.Duration.days(lazy(5)), objectSizeLessThan: lazy(1000) }] } },
    },
  });
  return { root: app };
});

// The job's role given as a role object: the construct imports it by `role.roleArn`, and the
// CfnJob keeps the object as its role.

add('glueJobProps.role as role objects (a new iam.Role, Role.fromRoleArn of another account, Role.fromRoleName, a role of another stack)', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack', { env: { account: ACCOUNT, region: 'us-east-1' } });
  const glueRole = (scope, id) => new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('glue.amazonaws.com') });
  const withRole = (role) => etlProps(Sink, { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, role } });
  new Klass(stack, 'Etl', withRole(glueRole(stack, 'EtlRole')));
  new Klass(new Construct(stack, 'Partner'), 'Etl', withRole(iam.Role.fromRoleArn(stack, 'PartnerRole', 'arn:aws:iam::210987654321:role/etl')));
  const byName = new cdk.Stack(app, 'ByNameStack');
  new Klass(byName, 'Etl', withRole(iam.Role.fromRoleName(byName, 'Named', 'etl-role')));
  const shared = glueRole(new cdk.Stack(app, 'RolesStack'), 'Shared');
  new Klass(new cdk.Stack(app, 'SharedRoleStack'), 'Etl', withRole(shared));
  return { root: app };
});

// Under iam.Role.customizeRoles the adapter refuses what it cannot reproduce (tests/cdk/adapter.test.cjs);
// reporting only, a given role is imported as without it.
add('iam.Role.customizeRoles reporting only (the app\'s own roles in the report), the job role given', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  iam.Role.customizeRoles(app, { preventSynthesis: false });
  new iam.Role(stack, 'Loader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const role = iam.Role.fromRoleArn(stack, 'Given', `arn:aws:iam::${ACCOUNT}:role/etl`);
  new Klass(stack, 'Etl', etlProps(Sink, { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, role } }));
  return { root: app };
});

add('glueJobProps.role as a plain object without roleArn: the same error', (Klass, Sink) => ({
  root: oneStack(Klass, Sink, { extra: { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, role: { roleRef: { roleArn: `arn:aws:iam::${ACCOUNT}:role/etl` } } } } }).app,
}));

// A token object (`Lazy.any`, `Token.asAny`) is one value to the construct: core's overrideProps
// puts it in place of the defaults instead of merging them into it, and reads nothing inside it
// (a column's name, a database input's keys). CDK checks and converts what it resolves to.

/** The typical app's job props with `extra` Glue job props. */
function jobProps(extra) {
  return { glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }, ...extra } };
}
const lazyAny = (value) => cdk.Lazy.any({ produce: () => value });

add('Glue job numbers as cdk.Lazy numbers (numberOfWorkers, maxRetries, timeout)', (Klass, Sink) => {
  const lazy = (n) => cdk.Lazy.number({ produce: () => n });
  const { app } = oneStack(Klass, Sink, { extra: jobProps({ numberOfWorkers: lazy(4), maxRetries: lazy(1), timeout: lazy(60), workerType: 'G.2X' }) });
  return { root: app };
});

add('Lazy.any default arguments replace the construct\'s own, and come back as given', (Klass, Sink) => {
  const args = lazyAny({ '--job-bookmark-option': 'job-bookmark-enable' });
  const { app, etl } = oneStack(Klass, Sink, { extra: jobProps({ defaultArguments: args }) });
  return { root: app, observe: () => ({ sameObject: etl.glueJob.defaultArguments === args }) };
});

add('Lazy.any default arguments holding a bucket reference; Token.asAny retries; Fn.conditionIf execution property', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const temp = new s3.Bucket(stack, 'Temp');
  const big = new cdk.CfnCondition(stack, 'Big', { expression: cdk.Fn.conditionEquals(cdk.Aws.REGION, 'us-east-1') });
  new Klass(stack, 'Etl', etlProps(Sink, jobProps({
    defaultArguments: lazyAny({ '--TempDir': `s3://${temp.bucketName}/tmp` }),
    maxRetries: cdk.Token.asAny(2),
    executionProperty: cdk.Fn.conditionIf(big.logicalId, { maxConcurrentRuns: 4 }, cdk.Aws.NO_VALUE),
  })));
  return { root: app };
});

add('Lazy.any job structs and tags (execution property, connections, tags)', (Klass, Sink) => {
  const { app } = oneStack(Klass, Sink, {
    extra: jobProps({ executionProperty: lazyAny({ maxConcurrentRuns: 2 }), connections: lazyAny({ connections: ['vpc'] }), tags: lazyAny({ team: 'data' }) }),
  });
  return { root: app };
});

add('Lazy.any command: the same error (its script location is not read)', (Klass, Sink) => ({
  root: oneStack(Klass, Sink, { extra: { glueJobProps: { command: lazyAny({ name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT }) } } }).app,
}));

add('Lazy.any database input (no override warning) and column (no name for the JSON paths)', (Klass, Sink) => ({
  root: oneStack(Klass, Sink, {
    extra: { databaseProps: { databaseInput: lazyAny({ description: 'Clickstream' }) }, fieldSchema: [lazyAny({ name: 'event_id', type: 'string' }), { name: 'user_id', type: 'string' }] },
  }).app,
}));

add('tableProps with a Lazy.any table input', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  new Klass(stack, 'Etl', {
    ...jobProps({}),
    tableProps: { catalogId: cdk.Aws.ACCOUNT_ID, databaseName: 'clicks', tableInput: lazyAny({ name: 'events', storageDescriptor: { columns: [{ name: 'id', type: 'string' }] } }) },
    outputDataStore: { datastoreType: Sink.S3 },
  });
  return { root: app };
});

// `PhysicalName.GENERATE_IF_NEEDED`: CDK writes a name only when another environment needs one.

add('PhysicalName.GENERATE_IF_NEEDED stream and bucket names, in one environment', (Klass, Sink) => {
  const generated = cdk.PhysicalName.GENERATE_IF_NEEDED;
  const { app } = oneStack(Klass, Sink, {
    extra: { kinesisStreamProps: { streamName: generated }, outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { bucketName: generated } } },
  });
  return { root: app };
});

add('PhysicalName.GENERATE_IF_NEEDED stream and bucket names, read from another account', (Klass, Sink) => {
  const generated = cdk.PhysicalName.GENERATE_IF_NEEDED;
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack', { env: { account: ACCOUNT, region: 'us-east-1' } });
  const etl = new Klass(stack, 'Etl', etlProps(Sink, {
    kinesisStreamProps: { streamName: generated },
    outputDataStore: { datastoreType: Sink.S3, outputBucketProps: { bucketName: generated } },
  }));
  const consumer = new cdk.Stack(app, 'ConsumerStack', { env: { account: '210987654321', region: 'us-east-1' } });
  const reader = new iam.Role(consumer, 'Reader', { roleName: generated, assumedBy: new iam.AccountRootPrincipal() });
  etl.kinesisStream.grantRead(reader);
  etl.outputBucket[0].grantRead(reader);
  return { root: app };
});

// ---- What the objects are -----------------------------------------------------------------------

add('instanceof of every pattern property', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  return {
    root: app,
    observe: () => ({
      kinesisStream: { 'kinesis.Stream': etl.kinesisStream instanceof kinesis.Stream },
      glueJob: { 'glue.CfnJob': etl.glueJob instanceof glue.CfnJob },
      glueJobRole: { 'iam.Role': etl.glueJobRole instanceof iam.Role },
      database: { 'glue.CfnDatabase': etl.database instanceof glue.CfnDatabase },
      table: { 'glue.CfnTable': etl.table instanceof glue.CfnTable },
      outputBucket: etl.outputBucket.map((b) => ({ 's3.Bucket': b instanceof s3.Bucket })),
      cloudwatchAlarms: etl.cloudwatchAlarms.map((a) => ({ 'cloudwatch.Alarm': a instanceof cloudwatch.Alarm })),
      kinds: Object.fromEntries(PATTERN_PROPERTIES.map((p) => [p, Array.isArray(etl[p]) ? etl[p].map(kindOf) : kindOf(etl[p])])),
    }),
  };
}, { v2260: true });

add('instanceof of existing objects passed in comes back as passed', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  const stream = new kinesis.Stream(stack, 'Clicks');
  const bucket = new s3.Bucket(stack, 'Results');
  const etl = new Klass(stack, 'Etl', etlProps(Sink, { existingStreamObj: stream, outputDataStore: { datastoreType: Sink.S3, existingS3OutputBucket: bucket } }));
  return { root: app, observe: () => ({ stream: etl.kinesisStream === stream, bucket: etl.outputBucket[0] === bucket, buckets: etl.outputBucket.length }) };
});

add('node.findAll() and node.defaultChild kinds', (Klass, Sink) => {
  const { app, etl } = oneStack(Klass, Sink);
  return {
    root: app,
    observe: () => ({
      // Below the construct itself (its own class names its package).
      findAll: etl.node.findAll().filter((c) => c !== etl).map((c) => `${c.node.path} ${kindOf(c)}`),
      defaultChild: Object.fromEntries(['kinesisStream', 'glueJobRole'].map((p) => [p, kindOf(etl[p].node.defaultChild)])),
      bucketDefaultChildren: etl.outputBucket.map((b) => kindOf(b.node.defaultChild)),
      alarmDefaultChildren: etl.cloudwatchAlarms.map((a) => kindOf(a.node.defaultChild)),
      children: etl.node.children.map((c) => c.node.id),
    }),
  };
});

// ---- Errors --------------------------------------------------------------------------------------

add('a second construct in the same scope: the same collision error', (Klass, Sink) => {
  const { app, stack } = oneStack(Klass, Sink);
  new Klass(stack, 'Backfill', etlProps(Sink));
  return { root: app };
});

add('props the construct rejects: the same error', (Klass, Sink) => {
  const app = newApp();
  const stack = new cdk.Stack(app, 'DataStack');
  new Klass(stack, 'Etl', etlProps(Sink, { existingStreamObj: new kinesis.Stream(stack, 'Clicks'), kinesisStreamProps: { shardCount: 2 } }));
  return { root: app };
});

module.exports = { cases, kindOf, PATTERN_PROPERTIES };
