// Props the declarations must reject. Each `@ts-expect-error` sits right above the line with the
// mistake: if the declarations ever accepted it, tsc would report the directive as unused.
import type {
  BucketProps,
  CfnTableProps,
  Duration,
  Intrinsic,
  KinesisstreamsToGluejobProps,
  SynthOptions,
} from "../../pkg-template/types/index";

const job = { command: { name: "gluestreaming", scriptLocation: "s3://bucket/script.py" } };
const columns = [{ name: "id", type: "int" }];

export const wrong: KinesisstreamsToGluejobProps[] = [
  // 1. misspelled top-level key
  {
    glueJobProps: job,
    // @ts-expect-error fieldSchemas is not a prop
    fieldSchemas: columns,
  },
  // 2. wrong case of a top-level key
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error createCloudwatchAlarms is not a prop (createCloudWatchAlarms is)
    createCloudwatchAlarms: false,
  },
  // 3. boolean given as a string
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error createCloudWatchAlarms is a boolean
    createCloudWatchAlarms: "false",
  },
  // 4. CfnJobProps key in CloudFormation case
  {
    // @ts-expect-error Command is not a property of CfnJobProps
    glueJobProps: { ...job, Command: { name: "glueetl" } },
    fieldSchema: columns,
  },
  // 5. glueJobProps without command
  {
    // @ts-expect-error command is required
    glueJobProps: { glueVersion: "2.0" },
    fieldSchema: columns,
  },
  // 6. number given as a string in CfnJobProps
  {
    // @ts-expect-error maxCapacity is a number
    glueJobProps: { ...job, maxCapacity: "2" },
    fieldSchema: columns,
  },
  // 7. unknown key in a nested L1 property type
  {
    glueJobProps: {
      // @ts-expect-error JobCommandProperty has no scriptLocations
      command: { name: "glueetl", scriptLocations: "s3://bucket/script.py" },
    },
    fieldSchema: columns,
  },
  // 8. column without its required name
  {
    glueJobProps: job,
    // @ts-expect-error ColumnProperty.name is required
    fieldSchema: [{ type: "int" }],
  },
  // 9. wrong stream encryption
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error StreamEncryption has no KMS_MANAGED
    kinesisStreamProps: { encryption: "KMS_MANAGED" },
  },
  // 10. wrong stream mode
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error StreamMode is ON_DEMAND, not OnDemand
    kinesisStreamProps: { streamMode: "OnDemand" },
  },
  // 11. removal policy by member name instead of value
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error RemovalPolicy values are lower case ("destroy")
    kinesisStreamProps: { removalPolicy: "DESTROY" },
  },
  // 12. retention period as a number instead of a Duration
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error retentionPeriod is a Duration
    kinesisStreamProps: { retentionPeriod: 48 },
  },
  // 13. unknown shard-level metric
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error IncomingBytez is not a ShardLevelMetrics value
    kinesisStreamProps: { shardLevelMetrics: ["IncomingBytez"] },
  },
  // 14. encryption key given as an ARN string instead of a KeyReference
  {
    glueJobProps: job,
    fieldSchema: columns,
    kinesisStreamProps: {
      encryption: "KMS",
      // @ts-expect-error encryptionKey is a KeyReference
      encryptionKey: "arn:aws:kms:us-east-1:123456789012:key/abc",
    },
  },
  // 15. stream reference missing streamName
  {
    // @ts-expect-error StreamReference.streamName is required
    existingStreamObj: { streamArn: "arn:aws:kinesis:us-east-1:123456789012:stream/s" },
    glueJobProps: job,
    fieldSchema: columns,
  },
  // 16. glue job reference with a misspelled key
  {
    existingGlueJob: {
      ref: "Job",
      // @ts-expect-error GlueJobReference has roleArn as role
      roleArn: "arn:aws:iam::123456789012:role/r",
    },
    fieldSchema: columns,
  },
  // 17. unsupported BucketProps key
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      // @ts-expect-error inventories is not in the supported BucketProps subset
      outputBucketProps: { inventories: [] },
    },
  },
  // 18. bucket encryption by CloudFormation value
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      // @ts-expect-error BucketEncryption is given by member name (S3_MANAGED)
      outputBucketProps: { encryption: "S3MANAGED" },
    },
  },
  // 19. datastoreType must be a string
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error datastoreType is a string
    outputDataStore: { datastoreType: 3 },
  },
  // 20. misspelled SinkDataStoreProps key
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      // @ts-expect-error existingS3Bucket is not a key (existingS3OutputBucket is)
      existingS3Bucket: { bucketArn: "arn:aws:s3:::b", bucketName: "b" },
    },
  },
  // 21. bucket reference missing bucketName
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      // @ts-expect-error BucketReference.bucketName is required
      existingS3OutputBucket: { bucketArn: "arn:aws:s3:::b" },
    },
  },
  // 22. unknown duration unit in a lifecycle rule
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      // @ts-expect-error weeks is not a Duration unit
      outputBucketProps: { lifecycleRules: [{ expiration: { weeks: 2 } }] },
    },
  },
  // 23. wrong storage class
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      outputBucketProps: {
        // @ts-expect-error GLACIER_FLEXIBLE is not a StorageClass
        lifecycleRules: [{ transitions: [{ storageClass: "GLACIER_FLEXIBLE", transitionAfter: { days: 30 } }] }],
      },
    },
  },
  // 24. noncurrent version transition without transitionAfter
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      outputBucketProps: {
        // @ts-expect-error NoncurrentVersionTransition.transitionAfter is required
        lifecycleRules: [{ noncurrentVersionTransitions: [{ storageClass: "GLACIER" }] }],
      },
    },
  },
  // 25. tableProps without databaseName
  {
    glueJobProps: job,
    // @ts-expect-error CfnTableProps.databaseName is required
    tableProps: { catalogId: "123456789012" },
  },
  // 26. unknown key deep in TableInputProperty
  {
    glueJobProps: job,
    tableProps: {
      catalogId: "123456789012",
      databaseName: "db",
      tableInput: {
        // @ts-expect-error StorageDescriptorProperty has no column (columns)
        storageDescriptor: { column: columns },
      },
    },
  },
  // 27. database reference missing catalogId
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error DatabaseReference.catalogId is required
    existingDatabase: { ref: "Db" },
  },
  // 28. asset reference missing objectKey
  {
    glueJobProps: { command: { name: "gluestreaming" } },
    fieldSchema: columns,
    // @ts-expect-error AssetReference.objectKey is required
    etlCodeAsset: { s3ObjectUrl: "s3://b/k.py", bucketName: "b", bucketArn: "arn:aws:s3:::b" },
  },
  // 29. misspelled intrinsic function
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error Fn::Joins is not an intrinsic
    kinesisStreamProps: { streamName: { "Fn::Joins": ["-", ["a", "b"]] } },
  },
  // 30. Fn::GetAtt with a number
  {
    glueJobProps: job,
    fieldSchema: columns,
    // @ts-expect-error Fn::GetAtt takes [logicalId, attribute]
    kinesisStreamProps: { streamName: { "Fn::GetAtt": ["Stream", 1] } },
  },
  // 31. block public access by an unknown constant
  {
    glueJobProps: job,
    fieldSchema: columns,
    outputDataStore: {
      datastoreType: "S3",
      // @ts-expect-error BLOCK_NONE is not a BlockPublicAccess constant
      outputBucketProps: { blockPublicAccess: "BLOCK_NONE" },
    },
  },
];

// @ts-expect-error a Duration has exactly one unit
export const twoUnits: Duration = { days: 1, hours: 2 };

// @ts-expect-error a Duration needs a unit
export const noUnit: Duration = {};

// @ts-expect-error an intrinsic is an object with one of the known function names
export const notIntrinsic: Intrinsic = { Reference: "X" };

export const wrongBucket: BucketProps = {
  // @ts-expect-error versioned is a boolean
  versioned: "true",
};

export const wrongCors: BucketProps = {
  // @ts-expect-error a CORS rule's methods are HttpMethods, and its origins are required
  cors: [{ allowedMethods: ["FETCH"] }],
};

export const wrongTable: CfnTableProps = {
  catalogId: "123456789012",
  databaseName: "db",
  // @ts-expect-error partitionKeys is a list of ColumnProperty
  tableInput: { partitionKeys: [{ type: "int" }] },
};

export const wrongOptions: SynthOptions[] = [
  // @ts-expect-error scope is a list of construct ids
  { scope: "Nested/Inner" },
  // @ts-expect-error feature flags are booleans
  { featureFlags: { "@aws-cdk/aws-iam:minimizePolicies": "true" } },
  // @ts-expect-error fixes is not an option the engine accepts
  { fixes: {} },
];
