// The kinds of objects behind every pattern property, as the official construct returns them: the
// aws-cdk-lib classes it creates (and their typed L1 default children), or the objects passed in.
// Placed beside the upstream tests by run.sh and run like them, with `../lib` resolved to the
// construct under test.

import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SinkStoreType } from '@aws-solutions-constructs/core';
import { KinesisstreamsToGluejob, KinesisstreamsToGluejobProps } from '../lib';

const SCRIPT = 's3://fakebucket/fakefolder/fakefolder/fakefile.py';
const fieldSchema = [
  { name: 'id', type: 'int', comment: 'Identifier for the record' },
  { name: 'name', type: 'string', comment: 'The name of the record' },
];
const minimal = (extra: Partial<KinesisstreamsToGluejobProps> = {}): KinesisstreamsToGluejobProps => ({
  glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT } },
  fieldSchema,
  ...extra,
});

test('created objects are the aws-cdk-lib classes: Stream, CfnJob, Role, CfnDatabase, CfnTable, Bucket[], Alarm[]', () => {
  const stack = new cdk.Stack();
  const c = new KinesisstreamsToGluejob(stack, 'test-kinesisstreams-lambda', minimal({ outputDataStore: { datastoreType: SinkStoreType.S3 } }));

  expect(c.kinesisStream).toBeInstanceOf(kinesis.Stream);
  expect(c.glueJob).toBeInstanceOf(glue.CfnJob);
  expect(c.glueJobRole).toBeInstanceOf(iam.Role);
  expect(c.database).toBeInstanceOf(glue.CfnDatabase);
  expect(c.table).toBeInstanceOf(glue.CfnTable);
  expect(c.outputBucket).toHaveLength(2);
  for (const bucket of c.outputBucket!) expect(bucket).toBeInstanceOf(s3.Bucket);
  expect(c.cloudwatchAlarms).toHaveLength(2);
  for (const alarm of c.cloudwatchAlarms!) expect(alarm).toBeInstanceOf(cloudwatch.Alarm);
});

test('the L2s\' default children are the typed L1s', () => {
  const stack = new cdk.Stack();
  const c = new KinesisstreamsToGluejob(stack, 'test-kinesisstreams-lambda', minimal());

  expect(c.kinesisStream.node.defaultChild).toBeInstanceOf(kinesis.CfnStream);
  expect(c.glueJobRole.node.defaultChild).toBeInstanceOf(iam.CfnRole);
  for (const bucket of c.outputBucket!) expect(bucket.node.defaultChild).toBeInstanceOf(s3.CfnBucket);
  for (const alarm of c.cloudwatchAlarms!) expect(alarm.node.defaultChild).toBeInstanceOf(cloudwatch.CfnAlarm);
});

test('every other resource below the construct is a typed L1 (no generic CfnResource)', () => {
  const stack = new cdk.Stack();
  const c = new KinesisstreamsToGluejob(stack, 'test-kinesisstreams-lambda', minimal());

  const generic = c.node.findAll()
    .filter((n) => n instanceof cdk.CfnResource)
    .filter((n) => Object.getPrototypeOf(n).constructor === cdk.CfnResource)
    .map((n) => n.node.path);
  expect(generic).toEqual([]);
  const kinds = (C: new (...a: never[]) => unknown) => c.node.findAll().filter((n) => n instanceof C).length;
  expect(kinds(glue.CfnSecurityConfiguration)).toBe(1);
  expect(kinds(kms.CfnKey)).toBe(0);
  expect(kinds(iam.CfnPolicy)).toBe(2);
  expect(kinds(s3.CfnBucketPolicy)).toBe(2);
});

test('existing objects come back as passed', () => {
  const stack = new cdk.Stack();
  const stream = new kinesis.Stream(stack, 'ExistingStream');
  const database = new glue.CfnDatabase(stack, 'ExistingDatabase', { catalogId: 'fakecatalogId', databaseInput: { description: 'a fake glue db' } });
  const table = new glue.CfnTable(stack, 'ExistingTable', {
    catalogId: 'fakecatalogId',
    databaseName: database.ref,
    tableInput: { storageDescriptor: { columns: fieldSchema } },
  });
  const bucket = new s3.Bucket(stack, 'ExistingBucket');
  const c = new KinesisstreamsToGluejob(stack, 'test-kinesisstreams-lambda', {
    glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT } },
    existingStreamObj: stream,
    existingDatabase: database,
    existingTable: table,
    outputDataStore: { datastoreType: SinkStoreType.S3, existingS3OutputBucket: bucket },
  });

  expect(c.kinesisStream).toBe(stream);
  expect(c.database).toBe(database);
  expect(c.table).toBe(table);
  expect(c.outputBucket).toEqual([bucket]);
  expect(c.outputBucket![0]).toBe(bucket);
  expect(c.glueJob).toBeInstanceOf(glue.CfnJob);
  expect(c.glueJobRole).toBeInstanceOf(iam.Role);
});

test('an existing job: glueJob is it, glueJobRole an imported role (not an iam.Role) with its ARN', () => {
  const stack = new cdk.Stack();
  const role = new iam.Role(stack, 'ExistingRole', { assumedBy: new iam.ServicePrincipal('glue.amazonaws.com') });
  const job = new glue.CfnJob(stack, 'ExistingJob', {
    command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT },
    role: role.roleArn,
  });
  const c = new KinesisstreamsToGluejob(stack, 'test-kinesisstreams-lambda', { existingGlueJob: job, fieldSchema });

  expect(c.glueJob).toBe(job);
  expect(c.glueJobRole).not.toBeInstanceOf(iam.Role);
  expect(c.glueJobRole).toBeInstanceOf(cdk.Resource);
  expect(stack.resolve(c.glueJobRole.roleArn)).toEqual(stack.resolve(role.roleArn));
  expect(c.outputBucket).toBeUndefined();
});

test('a role given by ARN: glueJobRole is imported (not an iam.Role) with that ARN', () => {
  const stack = new cdk.Stack();
  const arn = 'arn:aws:iam::123456789012:role/Etl';
  const c = new KinesisstreamsToGluejob(stack, 'test-kinesisstreams-lambda', minimal({
    glueJobProps: { role: arn, command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT } },
  }));

  expect(c.glueJobRole).not.toBeInstanceOf(iam.Role);
  expect(c.glueJobRole.roleArn).toBe(arn);
  expect(c.glueJob).toBeInstanceOf(glue.CfnJob);
});

test('no alarms when createCloudWatchAlarms is false', () => {
  const c = new KinesisstreamsToGluejob(new cdk.Stack(), 'test-kinesisstreams-lambda', minimal({ createCloudWatchAlarms: false }));
  expect(c.cloudwatchAlarms).toBeUndefined();
  expect(c.kinesisStream).toBeInstanceOf(kinesis.Stream);
});
