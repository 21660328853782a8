// Kinesis -> Glue streaming ETL -> S3, with the adapter in place of the official construct: only
// the import line differs from an app using @aws-solutions-constructs/aws-kinesisstreams-gluejob.
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { KinesisstreamsToGluejob, SinkStoreType } from 'kinesisstreams-gluejob-wasm/cdk';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ClickstreamEtl');

const script = new s3assets.Asset(stack, 'EtlScript', { path: path.join(__dirname, '..', 'etl', 'transform.py') });

const etl = new KinesisstreamsToGluejob(stack, 'Clickstream', {
  kinesisStreamProps: { shardCount: 2, retentionPeriod: cdk.Duration.hours(48) },
  glueJobProps: {
    command: { name: 'gluestreaming', pythonVersion: '3' },
    glueVersion: '4.0',
  },
  etlCodeAsset: script,
  fieldSchema: [
    { name: 'event_id', type: 'string', comment: 'Unique id of the click' },
    { name: 'page', type: 'string', comment: 'Page that was clicked' },
    { name: 'ts', type: 'bigint', comment: 'Epoch milliseconds' },
  ],
  outputDataStore: { datastoreType: SinkStoreType.S3 },
});

// The pattern's properties are CDK objects, as with the official construct.
new cdk.CfnOutput(stack, 'StreamName', { value: etl.kinesisStream.streamName });
new cdk.CfnOutput(stack, 'OutputBucket', { value: etl.outputBucket![0].bucketName });
new cdk.CfnOutput(stack, 'JobName', { value: etl.glueJob.ref });
