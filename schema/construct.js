'use strict';
// The construct's own props, as tables: enums, reference objects, the props interfaces with their
// docs, and the diagnostic codes. schema/generate.js writes from them (and from aws-cdk-lib's
// Glue L1 code) the engine's tables (src/props/schema.rs, src/diagnostics/codes.rs,
// src/model/l1_schema.rs), the package's declarations (pkg-template/types/index.d.ts) and the
// key vocabularies of the playground and the fuzzers. Edit here, then run `make schema`.
//
// Types in `type:` strings are TypeScript; they may name the enums, references and interfaces
// below, the L1 types (`CfnJobProps`, `CfnTable.ColumnProperty`, ...) and the values of the API
// (`Intrinsic`, `Duration`).

/**
 * Enums, by their CDK string values. `members` are `[constant name, value]`; `accepts` says
 * which the engine reads: `value`, `name`, or `both` (each member's name, then its value).
 */
const enums = [
  {
    name: 'StreamEncryption',
    doc: `
What kind of server-side encryption to apply to a stream (\`kinesis.StreamEncryption\`).
\`UNENCRYPTED\` is the member name of the value \`NONE\`; both are accepted.`,
    members: [['UNENCRYPTED', 'NONE'], ['KMS', 'KMS'], ['MANAGED', 'MANAGED']],
    accepts: 'both',
  },
  {
    name: 'StreamMode',
    doc: 'Specifies the capacity mode to apply to a stream (`kinesis.StreamMode`).',
    members: [['PROVISIONED', 'PROVISIONED'], ['ON_DEMAND', 'ON_DEMAND']],
    accepts: 'value',
  },
  {
    name: 'RemovalPolicy',
    doc: "Possible values for a resource's Removal Policy (`RemovalPolicy`).",
    members: [
      ['RETAIN', 'retain'],
      ['DESTROY', 'destroy'],
      ['SNAPSHOT', 'snapshot'],
      ['RETAIN_ON_UPDATE_OR_DELETE', 'retain-on-update-or-delete'],
    ],
    accepts: 'value',
  },
  {
    name: 'ShardLevelMetrics',
    doc: 'Enhanced shard-level metrics (`kinesis.ShardLevelMetrics`).',
    members: [
      ['INCOMING_BYTES', 'IncomingBytes'],
      ['INCOMING_RECORDS', 'IncomingRecords'],
      ['ITERATOR_AGE_MILLISECONDS', 'IteratorAgeMilliseconds'],
      ['OUTGOING_BYTES', 'OutgoingBytes'],
      ['OUTGOING_RECORDS', 'OutgoingRecords'],
      ['READ_PROVISIONED_THROUGHPUT_EXCEEDED', 'ReadProvisionedThroughputExceeded'],
      ['WRITE_PROVISIONED_THROUGHPUT_EXCEEDED', 'WriteProvisionedThroughputExceeded'],
      ['ALL', 'ALL'],
    ],
    accepts: 'value',
  },
  {
    name: 'BucketEncryption',
    doc: 'What kind of server-side encryption to apply to a bucket (`s3.BucketEncryption`, by member name).',
    members: [
      ['UNENCRYPTED', 'UNENCRYPTED'],
      ['KMS_MANAGED', 'KMS_MANAGED'],
      ['S3_MANAGED', 'S3_MANAGED'],
      ['KMS', 'KMS'],
      ['DSSE_MANAGED', 'DSSE_MANAGED'],
      ['DSSE', 'DSSE'],
    ],
    accepts: 'name',
  },
  {
    name: 'ObjectOwnership',
    doc: 'The ObjectOwnership of the bucket (`s3.ObjectOwnership`, by member name or value).',
    members: [
      ['BUCKET_OWNER_ENFORCED', 'BucketOwnerEnforced'],
      ['BUCKET_OWNER_PREFERRED', 'BucketOwnerPreferred'],
      ['OBJECT_WRITER', 'ObjectWriter'],
    ],
    accepts: 'both',
  },
  {
    name: 'HttpMethods',
    doc: 'The HTTP methods a CORS rule allows (`s3.HttpMethods`, by member name or value).',
    members: [
      ['GET', 'GET'],
      ['PUT', 'PUT'],
      ['HEAD', 'HEAD'],
      ['POST', 'POST'],
      ['DELETE', 'DELETE'],
    ],
    accepts: 'both',
  },
  {
    name: 'StorageClass',
    doc: 'Storage class to move an object to (`s3.StorageClass`, by member name or value).',
    members: [
      ['INFREQUENT_ACCESS', 'STANDARD_IA'],
      ['ONE_ZONE_INFREQUENT_ACCESS', 'ONEZONE_IA'],
      ['GLACIER', 'GLACIER'],
      ['GLACIER_INSTANT_RETRIEVAL', 'GLACIER_IR'],
      ['DEEP_ARCHIVE', 'DEEP_ARCHIVE'],
      ['INTELLIGENT_TIERING', 'INTELLIGENT_TIERING'],
    ],
    accepts: 'both',
  },
  {
    name: 'TransitionDefaultMinimumObjectSize',
    doc: 'The default minimum object size of lifecycle transitions (`s3.TransitionDefaultMinimumObjectSize`, by member name or value).',
    members: [
      ['ALL_STORAGE_CLASSES_128_K', 'all_storage_classes_128K'],
      ['VARIES_BY_STORAGE_CLASS', 'varies_by_storage_class'],
    ],
    accepts: 'both',
  },
  {
    name: 'ObjectLockMode',
    doc: 'The Object Lock retention mode (`s3.ObjectLockMode`, by member name or value).',
    members: [
      ['GOVERNANCE', 'GOVERNANCE'],
      ['COMPLIANCE', 'COMPLIANCE'],
    ],
    accepts: 'both',
  },
  {
    name: 'PartitionDateSource',
    doc: 'The date a partitioned log object key uses (`s3.PartitionDateSource`, by member name or value).',
    members: [
      ['EVENT_TIME', 'EventTime'],
      ['DELIVERY_TIME', 'DeliveryTime'],
    ],
    accepts: 'both',
  },
  {
    name: 'BlockPublicAccessConstant',
    doc: "The constants of `s3.BlockPublicAccess`, by name.",
    members: [['BLOCK_ALL', 'BLOCK_ALL'], ['BLOCK_ACLS', 'BLOCK_ACLS'], ['BLOCK_ACLS_ONLY', 'BLOCK_ACLS_ONLY']],
    accepts: 'name',
  },
  {
    name: 'SinkStoreType',
    doc: `
Enumeration of data store types that could include S3, DynamoDB, DocumentDB, RDS or Redshift. Current
construct implementation only supports S3, but potential to add other output types in the future`,
    members: [['S3', 'S3']],
    accepts: 'value',
  },
  {
    name: 'FixName',
    doc: `
An opt-in fix: \`alarmStreamDimension\` (the alarms watch the stream), \`streamKeyDecrypt\` (the job
role may decrypt with the stream's KMS key), \`multipleInstances\` (\`GlueDatabase\`, \`GlueTable\`
and \`<id>GlueJobPolicy\` inside the construct, so several fit in one scope).`,
    members: [
      ['ALARM_STREAM_DIMENSION', 'alarmStreamDimension'],
      ['STREAM_KEY_DECRYPT', 'streamKeyDecrypt'],
      ['MULTIPLE_INSTANCES', 'multipleInstances'],
    ],
    accepts: 'value',
  },
  {
    name: 'DurationUnit',
    doc: 'The units a `Duration` can be given in.',
    members: [['DAYS', 'days'], ['HOURS', 'hours'], ['MINUTES', 'minutes'], ['SECONDS', 'seconds'], ['MILLIS', 'millis']],
    accepts: 'value',
  },
];

/** Reference objects: CDK objects as the CloudFormation references of their tokens. */
const references = [
  {
    name: 'StreamReference',
    typeName: 'existingStreamObj reference',
    doc: 'An existing `kinesis.Stream`, by its tokens.',
    members: [
      { name: 'streamArn', required: true, doc: '`stream.streamArn`, e.g. `{ "Fn::GetAtt": ["MyStream5C050E93", "Arn"] }`.' },
      { name: 'streamName', required: true, doc: '`stream.streamName`, e.g. `{ Ref: "MyStream5C050E93" }`.' },
      { name: 'encryptionKeyArn', doc: '`stream.encryptionKey?.keyArn`, when the stream is encrypted with a customer managed key.' },
    ],
  },
  {
    name: 'GlueJobReference',
    typeName: 'existingGlueJob reference',
    doc: 'An existing `glue.CfnJob`.',
    members: [
      { name: 'ref', required: true, doc: '`job.ref`.' },
      { name: 'role', required: true, doc: "`job.role`: the ARN of the job's role." },
    ],
  },
  {
    name: 'DatabaseReference',
    typeName: 'existingDatabase reference',
    doc: 'An existing `glue.CfnDatabase`.',
    members: [
      { name: 'ref', required: true, doc: '`database.ref`.' },
      { name: 'catalogId', required: true, doc: '`database.catalogId`.' },
    ],
  },
  {
    name: 'TableReference',
    typeName: 'existingTable reference',
    doc: 'An existing `glue.CfnTable`.',
    members: [{ name: 'ref', required: true, doc: '`table.ref`.' }],
  },
  {
    name: 'BucketReference',
    typeName: 'IBucket reference',
    doc: 'An existing `s3.IBucket`, by its tokens.',
    members: [
      { name: 'bucketArn', required: true, doc: '`bucket.bucketArn`.' },
      { name: 'bucketName', required: true, doc: '`bucket.bucketName`.' },
      { name: 'encryptionKeyArn', doc: '`bucket.encryptionKey?.keyArn`, when the bucket is encrypted with a customer managed key.' },
      {
        name: 'constructPath',
        type: 'string',
        doc: `
For an \`s3.Bucket\` defined in the same stack (without a bucket policy yet): its construct
path below the stack (e.g. \`"Logs"\` or \`"Storage/Logs"\`), where the construct may add a bucket
policy.

@default - the bucket is not in the stack; nothing is added to it`,
      },
    ],
  },
  {
    name: 'AssetReference',
    typeName: 'etlCodeAsset reference',
    doc: 'An `s3assets.Asset` holding the ETL script.',
    members: [
      { name: 's3ObjectUrl', required: true, doc: '`asset.s3ObjectUrl`.' },
      { name: 'bucketName', required: true, doc: '`asset.s3BucketName`.' },
      { name: 'objectKey', required: true, doc: '`asset.s3ObjectKey`.' },
      { name: 'bucketArn', required: true, doc: '`asset.bucket.bucketArn`.' },
    ],
  },
  {
    name: 'KeyReference',
    typeName: 'IKey reference',
    doc: 'Any `kms.IKey`, by its ARN.',
    members: [{ name: 'keyArn', required: true, doc: '`key.keyArn`.' }],
  },
  {
    name: 'RoleReference',
    typeName: 'IRole reference',
    doc: 'Any `iam.IRole`, by its ARN: the construct imports the role by `role.roleArn`.',
    members: [{ name: 'roleArn', required: true, doc: '`role.roleArn`.' }],
  },
];

/**
 * Diagnostic codes: the stable `code` of every `Diagnostic` the engine reports (`warning: true`
 * for codes only warnings carry; `printedBy` for warnings the official construct's run prints too,
 * by the construct itself or by aws-cdk-lib: the other warnings are the engine's own).
 */
const diagnosticCodes = [
  { code: 'type', doc: 'A value of the wrong JSON type (CDK L1 checks included).' },
  { code: 'required', doc: 'A required property is missing.' },
  { code: 'unknown-property', doc: 'A key the props type does not have.' },
  { code: 'enum', doc: "A value outside an enum's accepted strings." },
  { code: 'unsupported', doc: 'A CDK prop the engine does not reproduce.' },
  { code: 'conflict', doc: 'Props that exclude each other.' },
  { code: 's3-url', doc: 'A script location that is not an S3 URL.' },
  { code: 'arn', doc: 'A value that must be an ARN.' },
  { code: 'bucket-name', doc: 'An invalid S3 bucket name.' },
  { code: 'capacity', doc: "Glue capacity settings the construct refuses (maxCapacity with workers or Glue 2.0)." },
  { code: 'stream', doc: "kinesisStreamProps that CDK's Stream refuses." },
  { code: 'bucket', doc: "outputBucketProps that CDK's Bucket refuses." },
  { code: 'construct', doc: 'An error the construct or aws-cdk-lib raises while building.' },
  { code: 'feature-flag', doc: 'A feature flag the engine does not model.' },
  { code: 'cdk-version', doc: "An `options.cdkVersion` outside the construct's peer range or newer than the engine knows." },
  { code: 'scope', doc: 'An invalid construct id in `options.scope`.' },
  { code: 'siblings', doc: 'An invalid construct id in `options.siblings`.' },
  { code: 'option', doc: 'Options aws-cdk-lib refuses (stack name, construct ids, env members, tags).' },
  { code: 'fix', doc: 'An unknown name in `options.fixes`.' },
  { code: 'input', doc: 'Arguments the engine cannot read (not JSON, wrong argument types).' },
  { code: 'override', warning: true, printedBy: 'construct', doc: 'A default the construct overrides (what the construct prints).' },
  { code: 'insecure', warning: true, doc: 'A security default the props weaken.' },
  { code: 'deprecated', warning: true, printedBy: 'aws-cdk-lib', doc: 'A prop value aws-cdk-lib reports as deprecated (what it prints).' },
  { code: 'no-script-grant', warning: true, printedBy: 'construct', doc: 'A command without name, pythonVersion or scriptLocation: no read grant on the script.' },
  { code: 'ignored-property', warning: true, doc: 'A prop the construct ignores in this combination.' },
  { code: 'deploy', warning: true, doc: 'A value CDK writes as given that CloudFormation or AWS will refuse at deploy time.' },
  { code: 'defect', warning: true, doc: "A known defect of the official construct the props trigger while its fix is off." },
  { code: 'limit', warning: true, doc: 'A CloudFormation quota the fragment exceeds.' },
  { code: 'given-resource', warning: true, doc: 'A change the construct makes to a resource the caller gave, which the fragment does not hold.' },
];

/** The props interfaces, in the order of the declarations; `section` entries head a group. */
const interfaces = [
  { section: "The construct's props" },
  {
    interface: "KinesisstreamsToGluejobProps",
    doc: null,
    members: [
      {
        name: "existingStreamObj",
        type: "StreamReference",
        doc: "Existing instance of Kineses Data Stream. If not set, it will create an instance",
      },
      {
        name: "kinesisStreamProps",
        type: "StreamProps",
        doc: `
User provided props to override the default props for the Kinesis Stream.

@default - Default props are used
        `,
      },
      {
        name: "glueJobProps",
        type: "GlueJobProps",
        doc: `
User provides props to override the default props for Glue ETL Jobs. Providing both this and
existingGlueJob will cause an error.

This parameter is defined as \`any\` to not enforce passing the Glue Job role which is a mandatory parameter
for CfnJobProps. If a role is not passed, the construct creates one for you and attaches the appropriate
role policies

The default props will set the Glue Version 2.0, with 2 Workers and WorkerType as G1.X. For details on
defining a Glue Job, please refer the following link for documentation - https://docs.aws.amazon.com/glue/latest/webapi/API_Job.html

@default - None
        `,
      },
      {
        name: "existingGlueJob",
        type: "GlueJobReference",
        doc: `
Existing GlueJob configuration. If this property is provided, any properties provided through @glueJobProps is ignored.
The ETL script can be provided either under glue.CfnJob.JobCommandProperty or set as an Asset instance under
@KinesisstreamsToGluejobProps.etlCodeAsset.

If an S3 location is know and exists, provide the S3 URL in the \`scriptLocation\` attribute in glue.CfnJob.JobCommandProperty as an
S3 format URL (example: \`s3://bucketname/keyprefix.py\`)

If the ETL script exists as a local files or directories, create an instance of the Asset (aws-cdk-lib » aws_s3_assets) class
set the @KinesisstreamsToGluejobProps.etlCodeAsset.

In case both (JobCommandProperty.scriptLocation and @KinesisstreamsToGluejobProps.etlCodeAsset) are set,
@KinesisstreamsToGluejobProps.etlCodeAsset will take higher precedence and override the JobCommandProperty.scriptLocation

        `,
      },
      {
        name: "fieldSchema",
        type: "readonly CfnTable.ColumnProperty[]",
        doc: `
Structure of the records in the Amazon Kinesis Data Streams. An example of such a  definition is as below.
Either @table or @fieldSchema is mandatory. If @table is provided then @fieldSchema is ignored
 "FieldSchema": [{
   "name": "id",
   "type": "int",
   "comment": "Identifier for the record"
 }, {
   "name": "name",
   "type": "string",
   "comment": "The name of the record"
 }, {
   "name": "type",
   "type": "string",
   "comment": "The type of the record"
 }, {
   "name": "numericvalue",
   "type": "int",
   "comment": "Some value associated with the record"
 },

@default - None
        `,
      },
      {
        name: "existingTable",
        type: "TableReference",
        doc: `
Glue Table for this construct, If not provided the construct will create a new Table in the
database. This table should define the schema for the records in the Kinesis Data Streams.
One of @tableprops or @table or @fieldSchema is mandatory. If @tableprops is provided then
@table and @fieldSchema are ignored. If @table is provided, @fieldSchema is ignored
        `,
      },
      {
        name: "tableProps",
        type: "CfnTableProps",
        doc: `
The table properties for the construct to create the table. One of @tableprops or @table
or @fieldSchema is mandatory. If @tableprops is provided then @table and @fieldSchema
are ignored. If @table is provided, @fieldSchema is ignored
        `,
      },
      {
        name: "existingDatabase",
        type: "DatabaseReference",
        doc: `
Glue Database for this construct. If not provided the construct will create a new Glue Database.
The database is where the schema for the data in Kinesis Data Streams is stored
        `,
      },
      {
        name: "databaseProps",
        type: "DatabaseProps",
        doc: `
The props for the Glue database that the construct should use to create. If @database is set
then this property is ignored. If none of @database and @databaseprops is provided, the
construct will define a GlueDatabase resource.

The construct merges these props over its defaults (\`catalogId\`: the stack's account,
\`databaseInput.description\`), so none of them is required here.
        `,
      },
      {
        name: "outputDataStore",
        type: "SinkDataStoreProps",
        doc: `
The output data stores where the transformed data should be written. Current supported data stores
include only S3, other potential stores may be added in the future.
        `,
      },
      {
        name: "createCloudWatchAlarms",
        type: "boolean",
        doc: `
Whether to create recommended CloudWatch alarms

@default - Alarms are created
        `,
      },
      {
        name: "etlCodeAsset",
        type: "AssetReference",
        doc: `
Provide Asset instance corresponding to the code in the local filesystem, responsible for
performing the Glue Job transformation. This property will override any S3 locations provided
under glue.CfnJob.JobCommandProperty

As of CDK V2, all ETL scripts sourced from local code should explicitly create an asset and provide
that asset through this attribute.

@default - None
        `,
      },
    ],
  },
  {
    interface: "GlueJobProps",
    extends: "Omit<CfnJobProps, \"role\">",
    doc: `
\`glueJobProps\`: \`CfnJobProps\` without the mandatory \`role\` (the construct creates a role when
none is given). \`command\` is required: the construct reads \`command.scriptLocation\`.
    `,
    members: [
      {
        name: "role",
        type: "string | Intrinsic | RoleReference",
        doc: `
The name or Amazon Resource Name (ARN) of the IAM role associated with this job, or the role
itself (an \`iam.IRole\`, the construct takes its \`roleArn\`).

@default - the construct creates a role and attaches the policies the job needs
@see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-role
        `,
      },
    ],
  },
  {
    alias: "DatabaseProps",
    doc: `
\`databaseProps\`: \`CfnDatabaseProps\` whose properties the construct fills in from its defaults
when absent.
    `,
    type: "Partial<CfnDatabaseProps>",
  },
  {
    interface: "SinkDataStoreProps",
    doc: `
Interface to define potential outputs to allow the construct define additional output destinations for ETL
transformation
    `,
    members: [
      {
        name: "datastoreType",
        type: "SinkStoreType | (string & {})",
        doc: `
Sink data store type

Only \`"S3"\` makes the construct create (or use) an output bucket; the construct accepts any
other value, and its absence, without creating one.
        `,
      },
      {
        name: "existingS3OutputBucket",
        type: "BucketReference",
        doc: `
The output S3 location where the data should be written. The provided S3 bucket will be used to pass
the output location to the etl script as an argument to the AWS Glue job.

If no location is provided, it will check if @outputBucketProps are provided. If not it will create a new
bucket if the @datastoreType is S3.

The argument key is \`output_path\`. The value of the argument can be retrieve in the python script
as follows:
 getResolvedOptions(sys.argv, ["JOB_NAME", "output_path", <other arguments that are passed> ])
 output_path = args["output_path"]
        `,
      },
      {
        name: "outputBucketProps",
        type: "BucketProps",
        doc: `
If @existingS3OutputBUcket is provided, this parameter is ignored. If this parameter is not provided,
the construct will create a new bucket if the @datastoreType is S3.
        `,
      },
    ],
  },
  { section: "aws-kinesis StreamProps" },
  {
    interface: "StreamProps",
    doc: "Properties for a Kinesis Stream.",
    members: [
      {
        name: "streamName",
        type: "string | Intrinsic",
        doc: `
Enforces a particular physical stream name.
@default <generated>
        `,
      },
      {
        name: "retentionPeriod",
        type: "Duration",
        doc: `
The number of hours for the data records that are stored in shards to remain accessible.
@default Duration.hours(24)
        `,
      },
      {
        name: "shardCount",
        type: "number | Intrinsic",
        doc: `
The number of shards for the stream.

Can only be provided if streamMode is Provisioned.

@default 1
        `,
      },
      {
        name: "encryption",
        type: "StreamEncryption",
        doc: `
The kind of server-side encryption to apply to this stream.

If you choose KMS, you can specify a KMS key via \`encryptionKey\`. If
encryption key is not specified, a key will automatically be created.

@default - StreamEncryption.KMS if encrypted Streams are supported in the region
  or StreamEncryption.UNENCRYPTED otherwise.
  StreamEncryption.KMS if an encryption key is supplied through the encryptionKey property
        `,
      },
      {
        name: "encryptionKey",
        type: "KeyReference",
        doc: `
External KMS key to use for stream encryption.

The 'encryption' property must be set to "Kms".

@default - Kinesis Data Streams master key ('/alias/aws/kinesis').
  If encryption is set to StreamEncryption.KMS and this property is undefined, a new KMS key
  will be created and associated with this stream.
        `,
      },
      {
        name: "streamMode",
        type: "StreamMode",
        doc: `
The capacity mode of this stream.

@default StreamMode.PROVISIONED
        `,
      },
      {
        name: "removalPolicy",
        type: "RemovalPolicy",
        doc: `
Policy to apply when the stream is removed from the stack.

@default RemovalPolicy.RETAIN
        `,
      },
      {
        name: "shardLevelMetrics",
        type: "readonly ShardLevelMetrics[]",
        doc: `
A list of shard-level metrics in properties to enable enhanced monitoring mode.

@see https://docs.aws.amazon.com/streams/latest/dev/monitoring-with-cloudwatch.html#kinesis-metrics-shard

@default undefined - AWS Kinesis default is disabled
        `,
      },
    ],
  },
  { section: "aws-s3 BucketProps (the supported subset)" },
  {
    alias: 'BlockPublicAccess',
    doc: `
The block public access configuration of a bucket (\`s3.BlockPublicAccess\`): one of its
constants by name, or explicit options.`,
    type: 'BlockPublicAccessConstant | BlockPublicAccessOptions',
  },
  {
    interface: "BucketProps",
    doc: `
Properties of the output bucket: the subset of \`s3.BucketProps\` the engine reproduces. The
other \`BucketProps\` (\`inventories\`, \`websiteIndexDocument\`, \`replicationRules\`, ...) are
rejected rather than ignored.
    `,
    members: [
      {
        name: "versioned",
        type: "boolean",
        doc: `
Whether this bucket should have versioning turned on or not.

@default false (unless object lock is enabled, then true)
        `,
      },
      {
        name: "objectLockEnabled",
        type: "boolean",
        doc: `
Enable object lock on the bucket.

Enabling object lock for existing buckets is not supported. Object lock must be
enabled when the bucket is created.

@see https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html#object-lock-bucket-config-enable

@default false, unless objectLockDefaultRetention is set (then, true)
        `,
      },
      {
        name: "objectLockDefaultRetention",
        type: "ObjectLockRetention",
        doc: `
The default retention mode and rules for S3 Object Lock.

Default retention can be configured after a bucket is created if the bucket already
has object lock enabled. Enabling object lock for existing buckets is not supported.

@see https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-overview.html#object-lock-bucket-config-enable

@default no default retention period
        `,
      },
      {
        name: "encryption",
        type: "BucketEncryption",
        doc: `
The kind of server-side encryption to apply to this bucket.

If you choose KMS, you can specify a KMS key via \`encryptionKey\`. If
encryption key is not specified, a key will automatically be created.

@default - \`KMS\` if \`encryptionKey\` is specified, or \`S3_MANAGED\` otherwise.
        `,
      },
      {
        name: "encryptionKey",
        type: "KeyReference",
        doc: `
External KMS key to use for bucket encryption.

The \`encryption\` property must be either not specified or set to \`KMS\` or \`DSSE\`.
An error will be emitted if \`encryption\` is set to \`UNENCRYPTED\` or \`S3_MANAGED\`.

@default - If \`encryption\` is set to \`KMS\` and this property is undefined,
a new KMS key will be created and associated with this bucket.
        `,
      },
      {
        name: "bucketKeyEnabled",
        type: "boolean",
        doc: `
Whether Amazon S3 should use its own intermediary key to generate data keys.

Only relevant when using KMS for encryption.

- If not enabled, every object GET and PUT will cause an API call to KMS (with the
  attendant cost implications of that).
- If enabled, S3 will use its own time-limited key instead.

Only relevant, when Encryption is not set to \`BucketEncryption.UNENCRYPTED\`.

@default - false
        `,
      },
      {
        name: "removalPolicy",
        type: "RemovalPolicy",
        doc: `
Policy to apply when the bucket is removed from this stack.

@default - The bucket will be orphaned.
        `,
      },
      {
        name: "autoDeleteObjects",
        type: "boolean",
        doc: `
Whether all objects should be automatically deleted when the bucket is
removed from the stack or when the stack is deleted.

Requires the \`removalPolicy\` to be set to \`RemovalPolicy.DESTROY\`.

**Warning** if you have deployed a bucket with \`autoDeleteObjects: true\`,
switching this to \`false\` in a CDK version *before* \`1.126.0\` will lead to
all objects in the bucket being deleted. Be sure to update your bucket resources
by deploying with CDK version \`1.126.0\` or later **before** switching this value to \`false\`.

Setting \`autoDeleteObjects\` to true on a bucket will add \`s3:PutBucketPolicy\` to the
bucket policy. This is because during bucket deletion, the custom resource provider
needs to update the bucket policy by adding a deny policy for \`s3:PutObject\` to
prevent race conditions with external bucket writers.

@default false
        `,
      },
      {
        name: "lifecycleRules",
        type: "readonly LifecycleRule[]",
        doc: `
Rules that define how Amazon S3 manages objects during their lifetime.

@default - No lifecycle rules.
        `,
      },
      {
        name: "transitionDefaultMinimumObjectSize",
        type: "TransitionDefaultMinimumObjectSize",
        doc: `
Indicates which default minimum object size behavior is applied to the lifecycle configuration.
Written only with lifecycle rules (the construct adds one unless \`lifecycleRules\` is given).

@default - TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS before September 2024,
otherwise TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K.
        `,
      },
      {
        name: "bucketName",
        type: "string | Intrinsic",
        doc: `
Physical name of this bucket.

@default - Assigned by CloudFormation (recommended).
        `,
      },
      {
        name: "enforceSSL",
        type: "boolean",
        doc: `
Enforces SSL for requests. S3.5 of the AWS Foundational Security Best Practices Regarding S3.
@see https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-ssl-requests-only.html

@default false
        `,
      },
      {
        name: "serverAccessLogsPrefix",
        type: "string | Intrinsic",
        doc: `
Optional log file prefix to use for the bucket's access logs.
If defined without "serverAccessLogsBucket", enables access logs to current bucket with this prefix.
@default - No log file prefix
        `,
      },
      {
        name: "targetObjectKeyFormat",
        type: "TargetObjectKeyFormat",
        doc: `
Optional key format for log objects.

@default - the default key format is: [DestinationPrefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]
        `,
      },
      {
        name: "serverAccessLogsBucket",
        type: "BucketReference",
        doc: `
Destination bucket for the server access logs.
@default - If "serverAccessLogsPrefix" undefined - access logs disabled, otherwise - log to current bucket.
        `,
      },
      {
        name: "objectOwnership",
        type: "ObjectOwnership",
        doc: `
The objectOwnership of the bucket.

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/about-object-ownership.html

@default - No ObjectOwnership configuration. By default, Amazon S3 sets Object Ownership to \`Bucket owner enforced\`.
This means ACLs are disabled and the bucket owner will own every object.
        `,
      },
      {
        name: "eventBridgeEnabled",
        type: "boolean",
        doc: `
Whether this bucket should send notifications to Amazon EventBridge or not.

@default false
        `,
      },
      {
        name: "transferAcceleration",
        type: "boolean",
        doc: `
Whether this bucket should have transfer acceleration turned on or not.

@default false
        `,
      },
      {
        name: "notificationsHandlerRole",
        type: "RoleReference",
        doc: `
The role to be used by the notifications handler. It changes nothing the construct writes: it
is used by notifications added after construction (with the CDK adapter).

@default - a new role will be created.
        `,
      },
      {
        name: "notificationsSkipDestinationValidation",
        type: "boolean",
        doc: `
Skips notification validation of Amazon SQS, Amazon SNS, and Lambda destinations. Like
\`notificationsHandlerRole\`, it is used by notifications added after construction.

@default false
        `,
      },
      {
        name: "minimumTLSVersion",
        type: "number | Intrinsic",
        doc: `
Enforces minimum TLS version for requests.

Requires \`enforceSSL\` to be enabled.

@see https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#example-object-tls-version

@default No minimum TLS version is enforced.
        `,
      },
      {
        name: "blockPublicAccess",
        type: "BlockPublicAccess",
        doc: `
The block public access configuration of this bucket.

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html

@default - CloudFormation defaults will apply. New buckets and objects don't allow public access, but users can modify bucket policies or object permissions to allow public access
        `,
      },
      {
        name: "cors",
        type: "readonly CorsRule[]",
        doc: `
The CORS configuration of this bucket.

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html

@default - No CORS configuration.
        `,
      },
      {
        name: "metrics",
        type: "readonly BucketMetrics[]",
        doc: `
The metrics configuration of this bucket.

@see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-metricsconfiguration.html

@default - No metrics configuration.
        `,
      },
      {
        name: "intelligentTieringConfigurations",
        type: "readonly IntelligentTieringConfiguration[]",
        doc: `
Intelligent Tiering Configurations

@see https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering.html

@default No Intelligent Tiering Configurations.
        `,
      },
    ],
  },
  {
    interface: "CorsRule",
    doc: "Specifies a cross-origin access rule for an Amazon S3 bucket.",
    members: [
      { name: "id", type: "string | Intrinsic", doc: "A unique identifier for this rule.\n\n@default - No id specified." },
      { name: "maxAge", type: "number | Intrinsic", doc: "The time in seconds that your browser is to cache the preflight response for the specified resource.\n\n@default - No caching." },
      { name: "allowedHeaders", type: "readonly (string | Intrinsic)[]", doc: "Headers that are specified in the Access-Control-Request-Headers header.\n\n@default - No headers allowed." },
      { name: "allowedMethods", required: true, type: "readonly HttpMethods[]", doc: "An HTTP method that you allow the origin to execute." },
      { name: "allowedOrigins", required: true, type: "readonly (string | Intrinsic)[]", doc: "One or more origins you want customers to be able to access the bucket from." },
      { name: "exposedHeaders", type: "readonly (string | Intrinsic)[]", doc: "One or more headers in the response that you want customers to be able to access from their applications.\n\n@default - No headers exposed." },
    ],
  },
  {
    interface: "BucketMetrics",
    doc: "Specifies a metrics configuration for the CloudWatch request metrics from an Amazon S3 bucket.",
    members: [
      { name: "id", required: true, type: "string | Intrinsic", doc: "The ID used to identify the metrics configuration." },
      { name: "prefix", type: "string | Intrinsic", doc: "The prefix that an object must have to be included in the metrics results." },
      { name: "tagFilters", type: "{ readonly [tag: string]: string | Intrinsic }", doc: "Specifies a list of tag filters to use as a metrics configuration filter.\nThe metrics configuration includes only objects that meet the filter's criteria." },
    ],
  },
  {
    interface: "IntelligentTieringConfiguration",
    doc: "The intelligent tiering configuration.",
    members: [
      { name: "name", required: true, type: "string | Intrinsic", doc: "Configuration name" },
      { name: "prefix", type: "string | Intrinsic", doc: "Add a filter to limit the scope of this configuration to a single prefix.\n\n@default this configuration will apply to **all** objects in the bucket." },
      { name: "tags", type: "readonly Tag[]", doc: "You can limit the scope of this rule to the key value pairs added below.\n\n@default No filtering will be performed on tags" },
      { name: "archiveAccessTierTime", type: "Duration", doc: "When enabled, Intelligent-Tiering will automatically move objects that\nhaven’t been accessed for a minimum of 90 days to the Archive Access tier.\n\n@default Objects will not move to Glacier" },
      { name: "deepArchiveAccessTierTime", type: "Duration", doc: "When enabled, Intelligent-Tiering will automatically move objects that\nhaven’t been accessed for a minimum of 180 days to the Deep Archive Access\ntier.\n\n@default Objects will not move to Glacier Deep Access" },
    ],
  },
  {
    interface: "Tag",
    doc: "Tag information (`s3.Tag`).",
    members: [
      { name: "key", required: true, type: "string | Intrinsic", doc: "The key of the tag." },
      { name: "value", required: true, type: "string | Intrinsic", doc: "The value of the tag." },
    ],
  },
  {
    interface: "ObjectLockRetention",
    doc: "The default retention of S3 Object Lock (`s3.ObjectLockRetention.governance(duration)` or `.compliance(duration)`): between 1 day and 100 years, in whole days.",
    members: [
      { name: "mode", required: true, type: "ObjectLockMode", doc: "The retention mode." },
      { name: "duration", required: true, type: "Duration", doc: "The default period for which objects are locked." },
    ],
  },
  {
    interface: "TargetObjectKeyFormat",
    doc: "The key format of log objects, as `s3.TargetObjectKeyFormat` renders it: exactly one of `simplePrefix` (`TargetObjectKeyFormat.simplePrefix()`) and `partitionedPrefix` (`TargetObjectKeyFormat.partitionedPrefix(dateSource?)`).",
    members: [
      { name: "simplePrefix", type: "Record<string, never>", doc: "Log objects keyed `[DestinationPrefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]`: an empty object." },
      { name: "partitionedPrefix", type: "PartitionedPrefix", doc: "Log objects keyed by partitions of the source account, region, bucket and date." },
    ],
  },
  {
    interface: "PartitionedPrefix",
    doc: "A partitioned key format of log objects.",
    members: [
      { name: "partitionDateSource", type: "PartitionDateSource", doc: "The date the partitions use.\n\n@default - the date source is not written (S3's default)" },
    ],
  },
  {
    interface: "BlockPublicAccessOptions",
    doc: null,
    members: [
      {
        name: "blockPublicAcls",
        type: "boolean",
        doc: `
Whether to block public ACLs

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
        `,
      },
      {
        name: "blockPublicPolicy",
        type: "boolean",
        doc: `
Whether to block public policy

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
        `,
      },
      {
        name: "ignorePublicAcls",
        type: "boolean",
        doc: `
Whether to ignore public ACLs

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
        `,
      },
      {
        name: "restrictPublicBuckets",
        type: "boolean",
        doc: `
Whether to restrict public access

@see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
        `,
      },
    ],
  },
  {
    interface: "LifecycleRule",
    doc: "Declaration of a Life cycle rule (`expirationDate` is not supported).",
    members: [
      {
        name: "id",
        type: "string | Intrinsic",
        doc: "A unique identifier for this rule. The value cannot be more than 255 characters.",
      },
      {
        name: "enabled",
        type: "boolean",
        doc: `
Whether this rule is enabled.

@default true
        `,
      },
      {
        name: "abortIncompleteMultipartUploadAfter",
        type: "Duration",
        doc: `
Specifies a lifecycle rule that aborts incomplete multipart uploads to an Amazon S3 bucket.

The AbortIncompleteMultipartUpload property type creates a lifecycle
rule that aborts incomplete multipart uploads to an Amazon S3 bucket.
When Amazon S3 aborts a multipart upload, it deletes all parts
associated with the multipart upload.

The underlying configuration is expressed in whole numbers of days. Providing a Duration that
does not represent a whole number of days will result in a runtime or deployment error.

@default - Incomplete uploads are never aborted
        `,
      },
      {
        name: "expiration",
        type: "Duration",
        doc: `
Indicates the number of days after creation when objects are deleted from Amazon S3 and Amazon Glacier.

If you specify an expiration and transition time, you must use the same
time unit for both properties (either in days or by date). The
expiration time must also be later than the transition time.

The underlying configuration is expressed in whole numbers of days. Providing a Duration that
does not represent a whole number of days will result in a runtime or deployment error.

@default - No expiration timeout
        `,
      },
      {
        name: "noncurrentVersionExpiration",
        type: "Duration",
        doc: `
Time between when a new version of the object is uploaded to the bucket and when old versions of the object expire.

For buckets with versioning enabled (or suspended), specifies the time,
in days, between when a new version of the object is uploaded to the
bucket and when old versions of the object expire. When object versions
expire, Amazon S3 permanently deletes them. If you specify a transition
and expiration time, the expiration time must be later than the
transition time.

The underlying configuration is expressed in whole numbers of days. Providing a Duration that
does not represent a whole number of days will result in a runtime or deployment error.

@default - No noncurrent version expiration
        `,
      },
      {
        name: "noncurrentVersionsToRetain",
        type: "number | Intrinsic",
        doc: `
Indicates a maximum number of noncurrent versions to retain.

If there are this many more noncurrent versions,
Amazon S3 permanently deletes them.

@default - No noncurrent versions to retain
        `,
      },
      {
        name: "noncurrentVersionTransitions",
        type: "readonly NoncurrentVersionTransition[]",
        doc: `
One or more transition rules that specify when non-current objects transition to a specified storage class.

Only for buckets with versioning enabled (or suspended).

If you specify a transition and expiration time, the expiration time
must be later than the transition time.
        `,
      },
      {
        name: "transitions",
        type: "readonly Transition[]",
        doc: `
One or more transition rules that specify when an object transitions to a specified storage class.

If you specify an expiration and transition time, you must use the same
time unit for both properties (either in days or by date). The
expiration time must also be later than the transition time.

@default - No transition rules
        `,
      },
      {
        name: "prefix",
        type: "string | Intrinsic",
        doc: `
Object key prefix that identifies one or more objects to which this rule applies.

@default - Rule applies to all objects
        `,
      },
      {
        name: "tagFilters",
        type: "{ readonly [tag: string]: string | Intrinsic }",
        doc: `
The TagFilter property type specifies tags to use to identify a subset of objects for an Amazon S3 bucket.

@default - Rule applies to all objects
        `,
      },
      {
        name: "expiredObjectDeleteMarker",
        type: "boolean",
        doc: `
Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions.
If set to true, the delete marker will be expired.

@default false
        `,
      },
      {
        name: "objectSizeLessThan",
        type: "number | Intrinsic",
        doc: `
Specifies the maximum object size in bytes for this rule to apply to.
Objects must be smaller than this value in bytes.

@default - No rule
        `,
      },
      {
        name: "objectSizeGreaterThan",
        type: "number | Intrinsic",
        doc: `
Specifies the minimum object size in bytes for this rule to apply to.
Objects must be larger than this value in bytes.

@default - No rule
        `,
      },
    ],
  },
  {
    interface: "Transition",
    doc: "Describes when an object transitions to a specified storage class (`transitionDate` is not supported).",
    members: [
      {
        name: "storageClass",
        required: true,
        type: "StorageClass",
        doc: "The storage class to which you want the object to transition.",
      },
      {
        name: "transitionAfter",
        type: "Duration",
        doc: `
Indicates the number of days after creation when objects are transitioned to the specified storage class.

@default - No transition count.
        `,
      },
    ],
  },
  {
    interface: "NoncurrentVersionTransition",
    doc: "Describes when noncurrent versions transition to a specified storage class.",
    members: [
      {
        name: "storageClass",
        required: true,
        type: "StorageClass",
        doc: "The storage class to which you want the object to transition.",
      },
      {
        name: "transitionAfter",
        required: true,
        type: "Duration",
        doc: `
Indicates the number of days after creation when objects are transitioned to the specified storage class.

@default - No transition count.
        `,
      },
      {
        name: "noncurrentVersionsToRetain",
        type: "number | Intrinsic",
        doc: `
Indicates the number of noncurrent version objects to be retained. Can be up to 100 noncurrent versions retained.

@default - No noncurrent version retained.
        `,
      },
    ],
  },
];

/**
 * `BucketProps` keys the engine does not model whose values an app can add to the output bucket
 * after construction with a `Bucket` method, which writes the same template (checked with the
 * official construct): the error for such a key names the method.
 */
const bucketPropsAddedLater = [['inventories', 'addInventory']];

module.exports = { enums, references, diagnosticCodes, interfaces, bucketPropsAddedLater };
