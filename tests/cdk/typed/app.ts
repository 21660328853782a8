// A typed CDK app using every property of the construct in its official declared type, and passing
// the construct's own objects back as a second construct's existing objects. run.sh compiles it with
// `tsc --strict` twice: as written (the official packages) and with only the import block replaced
// by the adapter's (kinesisstreams-gluejob-wasm/cdk from the packed package).

import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
// construct imports: begin
import { KinesisstreamsToGluejob, KinesisstreamsToGluejobProps } from '@aws-solutions-constructs/aws-kinesisstreams-gluejob';
import { SinkDataStoreProps, SinkStoreType } from '@aws-solutions-constructs/core';
// construct imports: end

/** True only when A and B are the same type (neither wider nor narrower). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const exactly = <T extends true>(_proof: T): void => undefined;

// The declared type of every pattern property is the official one.
exactly<Same<KinesisstreamsToGluejob['kinesisStream'], kinesis.Stream>>(true);
exactly<Same<KinesisstreamsToGluejob['glueJob'], glue.CfnJob>>(true);
exactly<Same<KinesisstreamsToGluejob['glueJobRole'], iam.IRole>>(true);
exactly<Same<KinesisstreamsToGluejob['database'], glue.CfnDatabase>>(true);
exactly<Same<KinesisstreamsToGluejob['table'], glue.CfnTable>>(true);
exactly<Same<KinesisstreamsToGluejob['outputBucket'], s3.Bucket[] | undefined>>(true);
exactly<Same<KinesisstreamsToGluejob['cloudwatchAlarms'], cloudwatch.Alarm[] | undefined>>(true);
exactly<Same<KinesisstreamsToGluejobProps['existingStreamObj'], kinesis.Stream | undefined>>(true);
exactly<Same<KinesisstreamsToGluejobProps['outputDataStore'], SinkDataStoreProps | undefined>>(true);
exactly<Same<SinkDataStoreProps['existingS3OutputBucket'], s3.Bucket | undefined>>(true);

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Typed');

const props: KinesisstreamsToGluejobProps = {
  glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://example-scripts/etl/transform.py' } },
  fieldSchema: [{ name: 'event_id', type: 'string', comment: 'Unique id of the event' }],
  outputDataStore: { datastoreType: SinkStoreType.S3 },
};
const first = new KinesisstreamsToGluejob(stack, 'First', props);
const asConstruct: Construct = first;

// Each property in its declared type, with members only the concrete classes have.
const stream: kinesis.Stream = first.kinesisStream;
const streamKey = stream.encryptionKey;
stream.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
const cfnStream = stream.node.defaultChild as kinesis.CfnStream;
cfnStream.shardCount = 2;

const job: glue.CfnJob = first.glueJob;
job.workerType = 'G.2X';
job.numberOfWorkers = 4;
const jobCommand: glue.CfnJob.JobCommandProperty | cdk.IResolvable = job.command;

const role: iam.IRole = first.glueJobRole;
role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }));

const database: glue.CfnDatabase = first.database;
const databaseInput: glue.CfnDatabase['databaseInput'] = database.databaseInput;
const table: glue.CfnTable = first.table;
const tableInput: glue.CfnTable['tableInput'] = table.tableInput;

const buckets: s3.Bucket[] | undefined = first.outputBucket;
const output: s3.Bucket = buckets![0];
output.addLifecycleRule({ expiration: cdk.Duration.days(30) });
output.addToResourcePolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['s3:DeleteObject'], resources: [output.arnForObjects('*')] }));
const bucketPolicy: s3.BucketPolicy | undefined = output.policy;
cdk.Stack.of(first).exportValue(output.bucketArn);

const alarms: cloudwatch.Alarm[] | undefined = first.cloudwatchAlarms;
const alarm: cloudwatch.Alarm = alarms![0];
alarm.addAlarmAction(new cwActions.SnsAction(new sns.Topic(stack, 'Oncall')));
const alarmMetric: cloudwatch.IMetric = alarm.metric;

// The construct's own objects passed back to a second construct.
const second = new KinesisstreamsToGluejob(new Construct(stack, 'Replay'), 'Second', {
  glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://example-scripts/etl/replay.py' } },
  existingStreamObj: first.kinesisStream,
  existingDatabase: first.database,
  existingTable: first.table,
  outputDataStore: { datastoreType: SinkStoreType.S3, existingS3OutputBucket: first.outputBucket![0] },
});

/** A function typed against the construct, as apps write helpers. */
function grantConsumers(etl: KinesisstreamsToGluejob, consumer: iam.IGrantable): void {
  etl.kinesisStream.grantRead(consumer);
  etl.outputBucket?.forEach((b: s3.Bucket) => b.grantRead(consumer));
}
grantConsumers(second, new iam.Role(stack, 'Consumer', { assumedBy: new iam.AccountRootPrincipal() }));

export const used = [asConstruct, streamKey, jobCommand, databaseInput, tableInput, bucketPolicy, alarmMetric];
app.synth();
