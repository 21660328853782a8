/**
 * kinesisstreams-gluejob-wasm: the CloudFormation of the AWS Solutions Construct
 * `@aws-solutions-constructs/aws-kinesisstreams-gluejob`, synthesized by a pure function.
 *
 * `synth("id", props)` returns what `new KinesisstreamsToGluejob(stack, "id", props)` adds to its
 * stack: the same logical IDs, properties and JSON layout. Props are the construct's props as
 * plain JSON: CDK objects become reference objects (`StreamReference`, `BucketReference`, ...),
 * `Duration`s become `{ hours: 24 }`, enums their string values, and wherever CDK takes a string a
 * CloudFormation intrinsic (`{ Ref: ... }`, `{ "Fn::GetAtt": [...] }`, ...) is accepted too.
 *
 * @packageDocumentation
 */

// ============================================================================================
// Entry points
// ============================================================================================

/**
 * Synthesizes the construct with construct id `id`.
 *
 * @returns the CloudFormation the construct adds to its stack, its pattern properties as
 *   CloudFormation references, and the warnings the construct prints.
 * @throws {SynthError} when the props are invalid; `message` is the construct's message for the
 *   same input and `diagnostics` lists every problem found.
 */
export function synth(
  id: string,
  props: KinesisstreamsToGluejobProps,
  options?: SynthOptions,
): SynthResult;

/**
 * The fragment serialized as CDK writes it (`JSON.stringify(fragment, null, 1)`), byte for byte.
 *
 * @throws {SynthError} when the props are invalid.
 */
export function synthJson(
  id: string,
  props: KinesisstreamsToGluejobProps,
  options?: SynthOptions,
): string;

/**
 * The fragment as YAML (block style, keys in template order).
 *
 * @throws {SynthError} when the props are invalid.
 */
export function synthYaml(
  id: string,
  props: KinesisstreamsToGluejobProps,
  options?: SynthOptions,
): string;

/**
 * The whole stack template (`cdk synth` of an app holding one stack with only this construct,
 * `analyticsReporting: false`): the fragment plus the default synthesizer's
 * `Parameters.BootstrapVersion` and `Rules.CheckBootstrapVersion`, byte for byte.
 *
 * @throws {SynthError} when the props or options are invalid.
 */
export function synthTemplate(
  id: string,
  props: KinesisstreamsToGluejobProps,
  options?: SynthOptions,
): string;

/**
 * The whole stack template as YAML (block style, keys in template order).
 *
 * @throws {SynthError} when the props or options are invalid.
 */
export function synthTemplateYaml(
  id: string,
  props: KinesisstreamsToGluejobProps,
  options?: SynthOptions,
): string;

/**
 * Every problem with the props, located by JSON pointer; an empty array when `synth` would
 * succeed. Never throws, whatever it is given (for editors and playgrounds).
 */
export function validate(id: string, props: unknown, options?: SynthOptions): Diagnostic[];

/** The engine's version. */
export function version(): string;

/** The feature flags the engine models: the `SynthOptions.featureFlags` keys that change its output. */
export function featureFlagNames(): string[];

/** The names `SynthOptions.fixes` accepts (the engine's list; `FixName` declares the same). */
export function fixNames(): FixName[];

/** What `init` loads the WebAssembly module from: its URL, a `fetch` response, its bytes or a compiled module. */
export type InitInput =
  | string
  | GlobalInstance<"URL">
  | GlobalInstance<"Request">
  | GlobalInstance<"Response">
  | ArrayBuffer
  | ArrayBufferView
  | WebAssemblyModule;

/** What `initSync` instantiates: the module's bytes or a compiled module. */
export type SyncInitInput = ArrayBuffer | ArrayBufferView | WebAssemblyModule;

/**
 * Browser entry: loads and instantiates the WebAssembly module. Await it once before calling
 * any other function. Without an argument the `.wasm` file next to the JavaScript is fetched.
 */
export function init(
  input?:
    | InitInput
    | Promise<InitInput>
    | { readonly module_or_path: InitInput | Promise<InitInput> },
): Promise<void>;

/** Browser entry: instantiates the WebAssembly module synchronously from its bytes or a compiled module. */
export function initSync(module: SyncInitInput | { readonly module: SyncInitInput }): void;

export default init;

/** The instance type of a global class when the environment's type library declares it (DOM, Node). */
type GlobalInstance<K extends string> = typeof globalThis extends {
  readonly [P in K]: { readonly prototype: infer T };
}
  ? T
  : never;

/** `WebAssembly.Module` when the environment's type library declares it. */
type WebAssemblyModule = typeof globalThis extends {
  readonly WebAssembly: { readonly Module: { readonly prototype: infer T } };
}
  ? T
  : never;

// ============================================================================================
// Options, results and errors
// ============================================================================================

/** Where the construct sits and which feature flags apply. */
export interface SynthOptions {
  /**
   * Construct ids between the stack and the construct, outermost first.
   *
   * @default [] - the construct is created directly in the stack
   */
  readonly scope?: readonly string[];
  /**
   * Feature flags (CDK context keys such as `@aws-cdk/aws-iam:minimizePolicies`) overriding the
   * ones Solutions Constructs' `SetConsistentFeatureFlags` sets. A flag the engine does not
   * model is an error.
   *
   * @default - the flags of `SetConsistentFeatureFlags`
   */
  readonly featureFlags?: { readonly [flag: string]: boolean };
  /**
   * Construct ids already in the construct's parent scope, in creation order. The construct's
   * own names (its id, `GlueDatabase`, `GlueTable`, `<id>GlueJobPolicy`) must not collide with
   * them, and a bucket policy the construct adds under one of them is placed before it.
   *
   * @default [] - nothing else in the scope
   */
  readonly siblings?: readonly string[];
  /**
   * The construct id of the stack, which CDK writes into a few values. aws-cdk-lib's rule
   * applies: `/^[A-Za-z][A-Za-z0-9-]*$/`, else a `SynthError` with its message.
   *
   * @default "Stack"
   */
  readonly stackName?: string;
  /**
   * The stack's environment, as `new Stack(app, stackName, { env })`: a given account and region
   * are written as literals where aws-cdk-lib writes the stack's account, region and partition.
   *
   * @default {} - environment-agnostic (pseudo parameters)
   */
  readonly env?: Environment;
  /**
   * Tags added with `Tags.of(construct).add(key, value)`, in order, right after the construct is
   * created. Values other than strings are accepted as aws-cdk-lib accepts them, with a warning.
   *
   * @default {} - no tags
   */
  readonly tags?: { readonly [key: string]: string | number | boolean };
  /**
   * Opt-in fixes of the official construct's known defects; an unknown name is an error (at
   * `/options/fixes/<index>`). See the README's "Fixes" section for what each one changes.
   *
   * @default [] - the official construct's output, byte for byte
   */
  readonly fixes?: readonly FixName[];
}

/** A stack's account and region; what is not given stays `AWS::AccountId` / `AWS::Region`. */
export interface Environment {
  readonly account?: string;
  readonly region?: string;
}

/**
 * An opt-in fix: `alarmStreamDimension` (the alarms watch the stream), `streamKeyDecrypt` (the job
 * role may decrypt with the stream's KMS key), `multipleInstances` (`GlueDatabase`, `GlueTable`
 * and `<id>GlueJobPolicy` inside the construct, so several fit in one scope).
 */
export type FixName = "alarmStreamDimension" | "streamKeyDecrypt" | "multipleInstances";

/** What `synth` returns. */
export interface SynthResult {
  /** The CloudFormation the construct adds to its stack, keys in the order CDK writes them. */
  fragment: CfnFragment;
  /** The construct's public properties, as CloudFormation references. */
  properties: PatternProperties;
  /** What the construct would print while building (e.g. overridden defaults). */
  warnings: Diagnostic[];
  /** Each resource's construct path below the stack (ids joined by `/`), keyed by logical ID. */
  constructPaths: { [logicalId: string]: string };
}

/** One problem with the props. */
export interface Diagnostic {
  /**
   * JSON pointer into the props, e.g. `/glueJobProps/maxCapacity` (`""` for the props as a
   * whole); a pointer starting with `/options/` points into the options instead, e.g.
   * `/options/env/account` or `/options/tags/owner`.
   */
  path: string;
  /** What is wrong and what is accepted, for people (the error's `message` keeps the construct's words). */
  message: string;
  /**
   * A stable code, e.g. `type`, `enum`, `required`, `unknown-property`, `unsupported`,
   * `conflict`, `s3-url`, `arn`, `bucket-name`, `construct`, `input`.
   */
  code: string;
}

/**
 * What `synth`, `synthJson` and `synthYaml` throw for invalid props: an `Error` whose `message`
 * is the construct's message for the same input (the first problem the construct meets).
 */
export interface SynthError extends Error {
  readonly name: "SynthError";
  /** Every independent problem found, in one pass. */
  readonly diagnostics: Diagnostic[];
}

/** A JSON value as it appears in a template. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A CloudFormation template fragment: the elements the construct adds to its stack. */
export interface CfnFragment {
  Resources: { [logicalId: string]: CfnResource };
  Parameters?: { [logicalId: string]: { [key: string]: JsonValue } };
  Conditions?: { [logicalId: string]: { [key: string]: JsonValue } };
  Outputs?: { [logicalId: string]: { [key: string]: JsonValue } };
}

/** A resource of the fragment. */
export interface CfnResource {
  Type: string;
  Properties?: { [name: string]: JsonValue };
  DependsOn?: string | string[];
  Condition?: string;
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
  Metadata?: { [key: string]: JsonValue };
  [attribute: string]: JsonValue | undefined;
}

/** A string or a CloudFormation intrinsic standing for one (a reference into the fragment). */
export type CfnString = string | Intrinsic;

/**
 * The construct's public properties (`construct.kinesisStream`, `construct.glueJob`, ...) as
 * CloudFormation references or logical IDs.
 */
export interface PatternProperties {
  /** The stream the construct created or was given. */
  kinesisStream: { streamArn: CfnString; streamName: CfnString };
  /** The Glue job (`Ref`). */
  glueJob: CfnString;
  /** The ARN of the Glue job's role. */
  glueJobRole: CfnString;
  /** The Glue database (`Ref`). */
  database: CfnString;
  /** The Glue table (`Ref`). */
  table: CfnString;
  /**
   * This property is only set if the Glue Job is created by the construct. If an existing Glue Job
   * configuration is supplied, the construct does not create an S3 bucket and hence the outputBucket
   * property is undefined
   */
  outputBucket?: Array<{ bucketArn: CfnString; bucketName: CfnString }>;
  /** The alarms' logical IDs (`Ref`), when alarms are created. */
  cloudwatchAlarms?: CfnString[];
}

// ============================================================================================
// Values: intrinsics, durations, JSON
// ============================================================================================

/**
 * A CloudFormation intrinsic function, accepted wherever CDK takes a string (and wherever an L1
 * property accepts `IResolvable`). CDK token strings (`${Token[...]}`) pass through as strings.
 */
export type Intrinsic =
  | { readonly Ref: string }
  | { readonly "Fn::GetAtt": readonly [string, string | Intrinsic] | string }
  | { readonly "Fn::Join": readonly [string, ReadonlyArray<string | Intrinsic> | Intrinsic] }
  | {
      readonly "Fn::Sub":
        | string
        | readonly [string, { readonly [variable: string]: string | Intrinsic }];
    }
  | {
      readonly "Fn::Select": readonly [
        number | string | Intrinsic,
        ReadonlyArray<string | Intrinsic> | Intrinsic,
      ];
    }
  | { readonly "Fn::Split": readonly [string, string | Intrinsic] }
  | { readonly "Fn::ImportValue": string | Intrinsic }
  | { readonly "Fn::Base64": string | Intrinsic }
  | { readonly "Fn::GetAZs": string | Intrinsic }
  | { readonly "Fn::FindInMap": readonly [string | Intrinsic, string | Intrinsic, string | Intrinsic] }
  | { readonly "Fn::If": readonly [string, unknown, unknown] }
  | { readonly "Fn::Cidr": readonly [string | Intrinsic, number | string | Intrinsic, number | string | Intrinsic] }
  | { readonly "Fn::Length": ReadonlyArray<unknown> | Intrinsic }
  | { readonly "Fn::ToJsonString": { readonly [key: string]: unknown } | ReadonlyArray<unknown> | Intrinsic };

/** A free-form JSON object (or array) property, emitted as given. */
export type JsonObject = { readonly [key: string]: any } | ReadonlyArray<any>;

/** The units a `Duration` can be given in. */
export type DurationUnit = "days" | "hours" | "minutes" | "seconds" | "millis";

/** `{ <unit>: amount }` and no other unit. */
type DurationIn<U extends DurationUnit> = { readonly [K in U]: number } & {
  readonly [K in Exclude<DurationUnit, U>]?: never;
};

/**
 * A CDK `Duration`: exactly one unit, e.g. `{ hours: 24 }` for `Duration.hours(24)` or
 * `{ days: 30 }` for `Duration.days(30)`.
 */
export type Duration =
  | DurationIn<"days">
  | DurationIn<"hours">
  | DurationIn<"minutes">
  | DurationIn<"seconds">
  | DurationIn<"millis">;

// ============================================================================================
// Enums (their CDK string values)
// ============================================================================================

/**
 * What kind of server-side encryption to apply to a stream (`kinesis.StreamEncryption`).
 * `UNENCRYPTED` is the member name of the value `NONE`; both are accepted.
 */
export type StreamEncryption = "UNENCRYPTED" | "NONE" | "KMS" | "MANAGED";

/** Specifies the capacity mode to apply to a stream (`kinesis.StreamMode`). */
export type StreamMode = "PROVISIONED" | "ON_DEMAND";

/** Possible values for a resource's Removal Policy (`RemovalPolicy`). */
export type RemovalPolicy = "destroy" | "retain" | "snapshot" | "retain-on-update-or-delete";

/** Enhanced shard-level metrics (`kinesis.ShardLevelMetrics`). */
export type ShardLevelMetrics =
  | "IncomingBytes"
  | "IncomingRecords"
  | "IteratorAgeMilliseconds"
  | "OutgoingBytes"
  | "OutgoingRecords"
  | "ReadProvisionedThroughputExceeded"
  | "WriteProvisionedThroughputExceeded"
  | "ALL";

/** What kind of server-side encryption to apply to a bucket (`s3.BucketEncryption`, by member name). */
export type BucketEncryption =
  | "UNENCRYPTED"
  | "KMS_MANAGED"
  | "S3_MANAGED"
  | "KMS"
  | "DSSE_MANAGED"
  | "DSSE";

/** The ObjectOwnership of the bucket (`s3.ObjectOwnership`, by member name or value). */
export type ObjectOwnership =
  | "BUCKET_OWNER_ENFORCED"
  | "BUCKET_OWNER_PREFERRED"
  | "OBJECT_WRITER"
  | "BucketOwnerEnforced"
  | "BucketOwnerPreferred"
  | "ObjectWriter";

/** Storage class to move an object to (`s3.StorageClass`, by member name or value). */
export type StorageClass =
  | "INFREQUENT_ACCESS"
  | "ONE_ZONE_INFREQUENT_ACCESS"
  | "GLACIER"
  | "GLACIER_INSTANT_RETRIEVAL"
  | "DEEP_ARCHIVE"
  | "INTELLIGENT_TIERING"
  | "STANDARD_IA"
  | "ONEZONE_IA"
  | "GLACIER_IR";

/**
 * The block public access configuration of a bucket (`s3.BlockPublicAccess`): one of its
 * constants by name, or explicit options.
 */
export type BlockPublicAccess = "BLOCK_ALL" | "BLOCK_ACLS" | "BLOCK_ACLS_ONLY" | BlockPublicAccessOptions;

/**
 * Enumeration of data store types that could include S3, DynamoDB, DocumentDB, RDS or Redshift. Current
 * construct implementation only supports S3, but potential to add other output types in the future
 */
export type SinkStoreType = "S3";

// ============================================================================================
// References to existing CDK objects
// ============================================================================================

/** An existing `kinesis.Stream`, by its tokens. */
export interface StreamReference {
  /** `stream.streamArn`, e.g. `{ "Fn::GetAtt": ["MyStream5C050E93", "Arn"] }`. */
  readonly streamArn: string | Intrinsic;
  /** `stream.streamName`, e.g. `{ Ref: "MyStream5C050E93" }`. */
  readonly streamName: string | Intrinsic;
  /** `stream.encryptionKey?.keyArn`, when the stream is encrypted with a customer managed key. */
  readonly encryptionKeyArn?: string | Intrinsic;
}

/** An existing `glue.CfnJob`. */
export interface GlueJobReference {
  /** `job.ref`. */
  readonly ref: string | Intrinsic;
  /** `job.role`: the ARN of the job's role. */
  readonly role: string | Intrinsic;
}

/** An existing `glue.CfnDatabase`. */
export interface DatabaseReference {
  /** `database.ref`. */
  readonly ref: string | Intrinsic;
  /** `database.catalogId`. */
  readonly catalogId: string | Intrinsic;
}

/** An existing `glue.CfnTable`. */
export interface TableReference {
  /** `table.ref`. */
  readonly ref: string | Intrinsic;
}

/** An existing `s3.IBucket`, by its tokens. */
export interface BucketReference {
  /** `bucket.bucketArn`. */
  readonly bucketArn: string | Intrinsic;
  /** `bucket.bucketName`. */
  readonly bucketName: string | Intrinsic;
  /** `bucket.encryptionKey?.keyArn`, when the bucket is encrypted with a customer managed key. */
  readonly encryptionKeyArn?: string | Intrinsic;
  /**
   * For an `s3.Bucket` defined in the same stack (without a bucket policy yet): its construct
   * path below the stack (e.g. `"Logs"` or `"Storage/Logs"`), where the construct may add a bucket
   * policy.
   *
   * @default - the bucket is not in the stack; nothing is added to it
   */
  readonly constructPath?: string;
}

/** An `s3assets.Asset` holding the ETL script. */
export interface AssetReference {
  /** `asset.s3ObjectUrl`. */
  readonly s3ObjectUrl: string | Intrinsic;
  /** `asset.s3BucketName`. */
  readonly bucketName: string | Intrinsic;
  /** `asset.s3ObjectKey`. */
  readonly objectKey: string | Intrinsic;
  /** `asset.bucket.bucketArn`. */
  readonly bucketArn: string | Intrinsic;
}

/** Any `kms.IKey`, by its ARN. */
export interface KeyReference {
  /** `key.keyArn`. */
  readonly keyArn: string | Intrinsic;
}

// ============================================================================================
// The construct's props
// ============================================================================================

export interface KinesisstreamsToGluejobProps {
  /**
   * Existing instance of Kineses Data Stream. If not set, it will create an instance
   */
  readonly existingStreamObj?: StreamReference;
  /**
   * User provided props to override the default props for the Kinesis Stream.
   *
   * @default - Default props are used
   */
  readonly kinesisStreamProps?: StreamProps;
  /**
   * User provides props to override the default props for Glue ETL Jobs. Providing both this and
   * existingGlueJob will cause an error.
   *
   * This parameter is defined as `any` to not enforce passing the Glue Job role which is a mandatory parameter
   * for CfnJobProps. If a role is not passed, the construct creates one for you and attaches the appropriate
   * role policies
   *
   * The default props will set the Glue Version 2.0, with 2 Workers and WorkerType as G1.X. For details on
   * defining a Glue Job, please refer the following link for documentation - https://docs.aws.amazon.com/glue/latest/webapi/API_Job.html
   *
   * @default - None
   */
  readonly glueJobProps?: GlueJobProps;
  /**
   * Existing GlueJob configuration. If this property is provided, any properties provided through @glueJobProps is ignored.
   * The ETL script can be provided either under glue.CfnJob.JobCommandProperty or set as an Asset instance under
   * @KinesisstreamsToGluejobProps.etlCodeAsset.
   *
   * If an S3 location is know and exists, provide the S3 URL in the `scriptLocation` attribute in glue.CfnJob.JobCommandProperty as an
   * S3 format URL (example: `s3://bucketname/keyprefix.py`)
   *
   * If the ETL script exists as a local files or directories, create an instance of the Asset (aws-cdk-lib » aws_s3_assets) class
   * set the @KinesisstreamsToGluejobProps.etlCodeAsset.
   *
   * In case both (JobCommandProperty.scriptLocation and @KinesisstreamsToGluejobProps.etlCodeAsset) are set,
   * @KinesisstreamsToGluejobProps.etlCodeAsset will take higher precedence and override the JobCommandProperty.scriptLocation
   *
   */
  readonly existingGlueJob?: GlueJobReference;
  /**
   * Structure of the records in the Amazon Kinesis Data Streams. An example of such a  definition is as below.
   * Either @table or @fieldSchema is mandatory. If @table is provided then @fieldSchema is ignored
   *  "FieldSchema": [{
   *    "name": "id",
   *    "type": "int",
   *    "comment": "Identifier for the record"
   *  }, {
   *    "name": "name",
   *    "type": "string",
   *    "comment": "The name of the record"
   *  }, {
   *    "name": "type",
   *    "type": "string",
   *    "comment": "The type of the record"
   *  }, {
   *    "name": "numericvalue",
   *    "type": "int",
   *    "comment": "Some value associated with the record"
   *  },
   *
   * @default - None
   */
  readonly fieldSchema?: readonly CfnTable.ColumnProperty[];
  /**
   * Glue Table for this construct, If not provided the construct will create a new Table in the
   * database. This table should define the schema for the records in the Kinesis Data Streams.
   * One of @tableprops or @table or @fieldSchema is mandatory. If @tableprops is provided then
   * @table and @fieldSchema are ignored. If @table is provided, @fieldSchema is ignored
   */
  readonly existingTable?: TableReference;
  /**
   * The table properties for the construct to create the table. One of @tableprops or @table
   * or @fieldSchema is mandatory. If @tableprops is provided then @table and @fieldSchema
   * are ignored. If @table is provided, @fieldSchema is ignored
   */
  readonly tableProps?: CfnTableProps;
  /**
   * Glue Database for this construct. If not provided the construct will create a new Glue Database.
   * The database is where the schema for the data in Kinesis Data Streams is stored
   */
  readonly existingDatabase?: DatabaseReference;
  /**
   * The props for the Glue database that the construct should use to create. If @database is set
   * then this property is ignored. If none of @database and @databaseprops is provided, the
   * construct will define a GlueDatabase resource.
   *
   * The construct merges these props over its defaults (`catalogId`: the stack's account,
   * `databaseInput.description`), so none of them is required here.
   */
  readonly databaseProps?: DatabaseProps;
  /**
   * The output data stores where the transformed data should be written. Current supported data stores
   * include only S3, other potential stores may be added in the future.
   */
  readonly outputDataStore?: SinkDataStoreProps;
  /**
   * Whether to create recommended CloudWatch alarms
   *
   * @default - Alarms are created
   */
  readonly createCloudWatchAlarms?: boolean;
  /**
   * Provide Asset instance corresponding to the code in the local filesystem, responsible for
   * performing the Glue Job transformation. This property will override any S3 locations provided
   * under glue.CfnJob.JobCommandProperty
   *
   * As of CDK V2, all ETL scripts sourced from local code should explicitly create an asset and provide
   * that asset through this attribute.
   *
   * @default - None
   */
  readonly etlCodeAsset?: AssetReference;
}

/**
 * `glueJobProps`: `CfnJobProps` without the mandatory `role` (the construct creates a role when
 * none is given). `command` is required: the construct reads `command.scriptLocation`.
 */
export interface GlueJobProps extends Omit<CfnJobProps, "role"> {
  /**
   * The name or Amazon Resource Name (ARN) of the IAM role associated with this job.
   *
   * @default - the construct creates a role and attaches the policies the job needs
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-role
   */
  readonly role?: string | Intrinsic;
}

/**
 * `databaseProps`: `CfnDatabaseProps` whose properties the construct fills in from its defaults
 * when absent.
 */
export type DatabaseProps = Partial<CfnDatabaseProps>;

/**
 * Interface to define potential outputs to allow the construct define additional output destinations for ETL
 * transformation
 */
export interface SinkDataStoreProps {
  /**
   * Sink data store type
   *
   * Only `"S3"` makes the construct create (or use) an output bucket; the construct accepts any
   * other value, and its absence, without creating one.
   */
  readonly datastoreType?: SinkStoreType | (string & {});
  /**
   * The output S3 location where the data should be written. The provided S3 bucket will be used to pass
   * the output location to the etl script as an argument to the AWS Glue job.
   *
   * If no location is provided, it will check if @outputBucketProps are provided. If not it will create a new
   * bucket if the @datastoreType is S3.
   *
   * The argument key is `output_path`. The value of the argument can be retrieve in the python script
   * as follows:
   *  getResolvedOptions(sys.argv, ["JOB_NAME", "output_path", <other arguments that are passed> ])
   *  output_path = args["output_path"]
   */
  readonly existingS3OutputBucket?: BucketReference;
  /**
   * If @existingS3OutputBUcket is provided, this parameter is ignored. If this parameter is not provided,
   * the construct will create a new bucket if the @datastoreType is S3.
   */
  readonly outputBucketProps?: BucketProps;
}

// ============================================================================================
// aws-kinesis StreamProps
// ============================================================================================

/** Properties for a Kinesis Stream. */
export interface StreamProps {
  /**
   * Enforces a particular physical stream name.
   * @default <generated>
   */
  readonly streamName?: string | Intrinsic;
  /**
   * The number of hours for the data records that are stored in shards to remain accessible.
   * @default Duration.hours(24)
   */
  readonly retentionPeriod?: Duration;
  /**
   * The number of shards for the stream.
   *
   * Can only be provided if streamMode is Provisioned.
   *
   * @default 1
   */
  readonly shardCount?: number;
  /**
   * The kind of server-side encryption to apply to this stream.
   *
   * If you choose KMS, you can specify a KMS key via `encryptionKey`. If
   * encryption key is not specified, a key will automatically be created.
   *
   * @default - StreamEncryption.KMS if encrypted Streams are supported in the region
   *   or StreamEncryption.UNENCRYPTED otherwise.
   *   StreamEncryption.KMS if an encryption key is supplied through the encryptionKey property
   */
  readonly encryption?: StreamEncryption;
  /**
   * External KMS key to use for stream encryption.
   *
   * The 'encryption' property must be set to "Kms".
   *
   * @default - Kinesis Data Streams master key ('/alias/aws/kinesis').
   *   If encryption is set to StreamEncryption.KMS and this property is undefined, a new KMS key
   *   will be created and associated with this stream.
   */
  readonly encryptionKey?: KeyReference;
  /**
   * The capacity mode of this stream.
   *
   * @default StreamMode.PROVISIONED
   */
  readonly streamMode?: StreamMode;
  /**
   * Policy to apply when the stream is removed from the stack.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * A list of shard-level metrics in properties to enable enhanced monitoring mode.
   *
   * @see https://docs.aws.amazon.com/streams/latest/dev/monitoring-with-cloudwatch.html#kinesis-metrics-shard
   *
   * @default undefined - AWS Kinesis default is disabled
   */
  readonly shardLevelMetrics?: readonly ShardLevelMetrics[];
}

// ============================================================================================
// aws-s3 BucketProps (the supported subset)
// ============================================================================================

/**
 * Properties of the output bucket: the subset of `s3.BucketProps` the engine reproduces. The
 * other `BucketProps` (`cors`, `websiteIndexDocument`, `replicationRules`, ...) are rejected
 * rather than ignored.
 */
export interface BucketProps {
  /**
   * Whether this bucket should have versioning turned on or not.
   *
   * @default false (unless object lock is enabled, then true)
   */
  readonly versioned?: boolean;
  /**
   * The kind of server-side encryption to apply to this bucket.
   *
   * If you choose KMS, you can specify a KMS key via `encryptionKey`. If
   * encryption key is not specified, a key will automatically be created.
   *
   * @default - `KMS` if `encryptionKey` is specified, or `S3_MANAGED` otherwise.
   */
  readonly encryption?: BucketEncryption;
  /**
   * External KMS key to use for bucket encryption.
   *
   * The `encryption` property must be either not specified or set to `KMS` or `DSSE`.
   * An error will be emitted if `encryption` is set to `UNENCRYPTED` or `S3_MANAGED`.
   *
   * @default - If `encryption` is set to `KMS` and this property is undefined,
   * a new KMS key will be created and associated with this bucket.
   */
  readonly encryptionKey?: KeyReference;
  /**
   * Whether Amazon S3 should use its own intermediary key to generate data keys.
   *
   * Only relevant when using KMS for encryption.
   *
   * - If not enabled, every object GET and PUT will cause an API call to KMS (with the
   *   attendant cost implications of that).
   * - If enabled, S3 will use its own time-limited key instead.
   *
   * Only relevant, when Encryption is not set to `BucketEncryption.UNENCRYPTED`.
   *
   * @default - false
   */
  readonly bucketKeyEnabled?: boolean;
  /**
   * Policy to apply when the bucket is removed from this stack.
   *
   * @default - The bucket will be orphaned.
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Whether all objects should be automatically deleted when the bucket is
   * removed from the stack or when the stack is deleted.
   *
   * Requires the `removalPolicy` to be set to `RemovalPolicy.DESTROY`.
   *
   * **Warning** if you have deployed a bucket with `autoDeleteObjects: true`,
   * switching this to `false` in a CDK version *before* `1.126.0` will lead to
   * all objects in the bucket being deleted. Be sure to update your bucket resources
   * by deploying with CDK version `1.126.0` or later **before** switching this value to `false`.
   *
   * Setting `autoDeleteObjects` to true on a bucket will add `s3:PutBucketPolicy` to the
   * bucket policy. This is because during bucket deletion, the custom resource provider
   * needs to update the bucket policy by adding a deny policy for `s3:PutObject` to
   * prevent race conditions with external bucket writers.
   *
   * @default false
   */
  readonly autoDeleteObjects?: boolean;
  /**
   * Rules that define how Amazon S3 manages objects during their lifetime.
   *
   * @default - No lifecycle rules.
   */
  readonly lifecycleRules?: readonly LifecycleRule[];
  /**
   * Physical name of this bucket.
   *
   * @default - Assigned by CloudFormation (recommended).
   */
  readonly bucketName?: string | Intrinsic;
  /**
   * Enforces SSL for requests. S3.5 of the AWS Foundational Security Best Practices Regarding S3.
   * @see https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-ssl-requests-only.html
   *
   * @default false
   */
  readonly enforceSSL?: boolean;
  /**
   * Optional log file prefix to use for the bucket's access logs.
   * If defined without "serverAccessLogsBucket", enables access logs to current bucket with this prefix.
   * @default - No log file prefix
   */
  readonly serverAccessLogsPrefix?: string | Intrinsic;
  /**
   * Destination bucket for the server access logs.
   * @default - If "serverAccessLogsPrefix" undefined - access logs disabled, otherwise - log to current bucket.
   */
  readonly serverAccessLogsBucket?: BucketReference;
  /**
   * The objectOwnership of the bucket.
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/about-object-ownership.html
   *
   * @default - No ObjectOwnership configuration. By default, Amazon S3 sets Object Ownership to `Bucket owner enforced`.
   * This means ACLs are disabled and the bucket owner will own every object.
   */
  readonly objectOwnership?: ObjectOwnership;
  /**
   * Whether this bucket should send notifications to Amazon EventBridge or not.
   *
   * @default false
   */
  readonly eventBridgeEnabled?: boolean;
  /**
   * Whether this bucket should have transfer acceleration turned on or not.
   *
   * @default false
   */
  readonly transferAcceleration?: boolean;
  /**
   * Enforces minimum TLS version for requests.
   *
   * Requires `enforceSSL` to be enabled.
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#example-object-tls-version
   *
   * @default No minimum TLS version is enforced.
   */
  readonly minimumTLSVersion?: number;
  /**
   * The block public access configuration of this bucket.
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html
   *
   * @default - CloudFormation defaults will apply. New buckets and objects don't allow public access, but users can modify bucket policies or object permissions to allow public access
   */
  readonly blockPublicAccess?: BlockPublicAccess;
}

export interface BlockPublicAccessOptions {
  /**
   * Whether to block public ACLs
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
   */
  readonly blockPublicAcls?: boolean;
  /**
   * Whether to block public policy
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
   */
  readonly blockPublicPolicy?: boolean;
  /**
   * Whether to ignore public ACLs
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
   */
  readonly ignorePublicAcls?: boolean;
  /**
   * Whether to restrict public access
   *
   * @see https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-options
   */
  readonly restrictPublicBuckets?: boolean;
}

/** Declaration of a Life cycle rule (`expirationDate` is not supported). */
export interface LifecycleRule {
  /**
   * A unique identifier for this rule. The value cannot be more than 255 characters.
   */
  readonly id?: string | Intrinsic;
  /**
   * Whether this rule is enabled.
   *
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Specifies a lifecycle rule that aborts incomplete multipart uploads to an Amazon S3 bucket.
   *
   * The AbortIncompleteMultipartUpload property type creates a lifecycle
   * rule that aborts incomplete multipart uploads to an Amazon S3 bucket.
   * When Amazon S3 aborts a multipart upload, it deletes all parts
   * associated with the multipart upload.
   *
   * The underlying configuration is expressed in whole numbers of days. Providing a Duration that
   * does not represent a whole number of days will result in a runtime or deployment error.
   *
   * @default - Incomplete uploads are never aborted
   */
  readonly abortIncompleteMultipartUploadAfter?: Duration;
  /**
   * Indicates the number of days after creation when objects are deleted from Amazon S3 and Amazon Glacier.
   *
   * If you specify an expiration and transition time, you must use the same
   * time unit for both properties (either in days or by date). The
   * expiration time must also be later than the transition time.
   *
   * The underlying configuration is expressed in whole numbers of days. Providing a Duration that
   * does not represent a whole number of days will result in a runtime or deployment error.
   *
   * @default - No expiration timeout
   */
  readonly expiration?: Duration;
  /**
   * Time between when a new version of the object is uploaded to the bucket and when old versions of the object expire.
   *
   * For buckets with versioning enabled (or suspended), specifies the time,
   * in days, between when a new version of the object is uploaded to the
   * bucket and when old versions of the object expire. When object versions
   * expire, Amazon S3 permanently deletes them. If you specify a transition
   * and expiration time, the expiration time must be later than the
   * transition time.
   *
   * The underlying configuration is expressed in whole numbers of days. Providing a Duration that
   * does not represent a whole number of days will result in a runtime or deployment error.
   *
   * @default - No noncurrent version expiration
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * Indicates a maximum number of noncurrent versions to retain.
   *
   * If there are this many more noncurrent versions,
   * Amazon S3 permanently deletes them.
   *
   * @default - No noncurrent versions to retain
   */
  readonly noncurrentVersionsToRetain?: number;
  /**
   * One or more transition rules that specify when non-current objects transition to a specified storage class.
   *
   * Only for buckets with versioning enabled (or suspended).
   *
   * If you specify a transition and expiration time, the expiration time
   * must be later than the transition time.
   */
  readonly noncurrentVersionTransitions?: readonly NoncurrentVersionTransition[];
  /**
   * One or more transition rules that specify when an object transitions to a specified storage class.
   *
   * If you specify an expiration and transition time, you must use the same
   * time unit for both properties (either in days or by date). The
   * expiration time must also be later than the transition time.
   *
   * @default - No transition rules
   */
  readonly transitions?: readonly Transition[];
  /**
   * Object key prefix that identifies one or more objects to which this rule applies.
   *
   * @default - Rule applies to all objects
   */
  readonly prefix?: string | Intrinsic;
  /**
   * The TagFilter property type specifies tags to use to identify a subset of objects for an Amazon S3 bucket.
   *
   * @default - Rule applies to all objects
   */
  readonly tagFilters?: { readonly [tag: string]: string | Intrinsic };
  /**
   * Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions.
   * If set to true, the delete marker will be expired.
   *
   * @default false
   */
  readonly expiredObjectDeleteMarker?: boolean;
  /**
   * Specifies the maximum object size in bytes for this rule to apply to.
   * Objects must be smaller than this value in bytes.
   *
   * @default - No rule
   */
  readonly objectSizeLessThan?: number;
  /**
   * Specifies the minimum object size in bytes for this rule to apply to.
   * Objects must be larger than this value in bytes.
   *
   * @default - No rule
   */
  readonly objectSizeGreaterThan?: number;
}

/** Describes when an object transitions to a specified storage class (`transitionDate` is not supported). */
export interface Transition {
  /**
   * The storage class to which you want the object to transition.
   */
  readonly storageClass: StorageClass;
  /**
   * Indicates the number of days after creation when objects are transitioned to the specified storage class.
   *
   * @default - No transition count.
   */
  readonly transitionAfter?: Duration;
}

/** Describes when noncurrent versions transition to a specified storage class. */
export interface NoncurrentVersionTransition {
  /**
   * The storage class to which you want the object to transition.
   */
  readonly storageClass: StorageClass;
  /**
   * Indicates the number of days after creation when objects are transitioned to the specified storage class.
   *
   * @default - No transition count.
   */
  readonly transitionAfter: Duration;
  /**
   * Indicates the number of noncurrent version objects to be retained. Can be up to 100 noncurrent versions retained.
   *
   * @default - No noncurrent version retained.
   */
  readonly noncurrentVersionsToRetain?: number;
}

// ============================================================================================
// aws-glue L1 props, generated from the engine's schema
// ============================================================================================

// BEGIN GENERATED L1 TYPES (pkg-template/types/generate.js; do not edit by hand)

/**
 * Properties for defining a `CfnJob`
 *
 * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html
 */
export interface CfnJobProps {
  /**
   * This parameter is no longer supported. Use `MaxCapacity` instead.
   *
   * The number of capacity units that are allocated to this job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-allocatedcapacity
   */
  readonly allocatedCapacity?: number | Intrinsic;
  /**
   * The code that executes a job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-command
   */
  readonly command: CfnJob.JobCommandProperty | Intrinsic;
  /**
   * The connections used for this job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-connections
   */
  readonly connections?: CfnJob.ConnectionsListProperty | Intrinsic;
  /**
   * The default arguments for this job, specified as name-value pairs.
   *
   * You can specify arguments here that your own job-execution script consumes, in addition to arguments that AWS Glue itself consumes.
   *
   * For information about how to specify and consume your own job arguments, see [Calling AWS Glue APIs in Python](https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-python-calling.html) in the *AWS Glue Developer Guide* .
   *
   * For information about the key-value pairs that AWS Glue consumes to set up your job, see [Special Parameters Used by AWS Glue](https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html) in the *AWS Glue Developer Guide* .
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-defaultarguments
   */
  readonly defaultArguments?: JsonObject;
  /**
   * A description of the job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-description
   */
  readonly description?: string | Intrinsic;
  /**
   * Indicates whether the job is run with a standard or flexible execution class.
   *
   * The standard execution class is ideal for time-sensitive workloads that require fast job startup and dedicated resources.
   *
   * The flexible execution class is appropriate for time-insensitive jobs whose start and completion times may vary.
   *
   * Only jobs with AWS Glue version 3.0 and above and command type `glueetl` will be allowed to set `ExecutionClass` to `FLEX` . The flexible execution class is available for Spark jobs.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-executionclass
   */
  readonly executionClass?: string | Intrinsic;
  /**
   * The maximum number of concurrent runs that are allowed for this job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-executionproperty
   */
  readonly executionProperty?: CfnJob.ExecutionPropertyProperty | Intrinsic;
  /**
   * Glue version determines the versions of Apache Spark and Python that AWS Glue supports.
   *
   * The Python version indicates the version supported for jobs of type Spark.
   *
   * For more information about the available AWS Glue versions and corresponding Spark and Python versions, see [Glue version](https://docs.aws.amazon.com/glue/latest/dg/add-job.html) in the developer guide.
   *
   * Jobs that are created without specifying a Glue version default to the latest Glue version available.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-glueversion
   */
  readonly glueVersion?: string | Intrinsic;
  /**
   * A mode that describes how a job was created. Valid values are:.
   *
   * - `SCRIPT` - The job was created using the AWS Glue Studio script editor.
   * - `VISUAL` - The job was created using the AWS Glue Studio visual editor.
   * - `NOTEBOOK` - The job was created using an interactive sessions notebook.
   *
   * When the `JobMode` field is missing or null, `SCRIPT` is assigned as the default value.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-jobmode
   */
  readonly jobMode?: string | Intrinsic;
  /**
   * Specifies whether job run queuing is enabled for the job runs for this job.
   *
   * A value of true means job run queuing is enabled for the job runs. If false or not populated, the job runs will not be considered for queueing.
   *
   * If this field does not match the value set in the job run, then the value from the job run field will be used.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-jobrunqueuingenabled
   */
  readonly jobRunQueuingEnabled?: boolean | Intrinsic;
  /**
   * This field is reserved for future use.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-loguri
   */
  readonly logUri?: string | Intrinsic;
  /**
   * This field specifies a day of the week and hour for a maintenance window for streaming jobs.
   *
   * AWS Glue periodically performs maintenance activities. During these maintenance windows, AWS Glue will need to restart your streaming jobs.
   *
   * AWS Glue will restart the job within 3 hours of the specified maintenance window. For instance, if you set up the maintenance window for Monday at 10:00AM GMT, your jobs will be restarted between 10:00AM GMT to 1:00PM GMT.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-maintenancewindow
   */
  readonly maintenanceWindow?: string | Intrinsic;
  /**
   * The number of AWS Glue data processing units (DPUs) that can be allocated when this job runs.
   *
   * A DPU is a relative measure of processing power that consists of 4 vCPUs of compute capacity and 16 GB of memory.
   *
   * Do not set `Max Capacity` if using `WorkerType` and `NumberOfWorkers` .
   *
   * The value that can be allocated for `MaxCapacity` depends on whether you are running a Python shell job or an Apache Spark ETL job:
   *
   * - When you specify a Python shell job ( `JobCommand.Name` ="pythonshell"), you can allocate either 0.0625 or 1 DPU. The default is 0.0625 DPU.
   * - When you specify an Apache Spark ETL job ( `JobCommand.Name` ="glueetl"), you can allocate from 2 to 100 DPUs. The default is 10 DPUs. This job type cannot have a fractional DPU allocation.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-maxcapacity
   */
  readonly maxCapacity?: number | Intrinsic;
  /**
   * The maximum number of times to retry this job after a JobRun fails.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-maxretries
   */
  readonly maxRetries?: number | Intrinsic;
  /**
   * The name you assign to this job definition.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-name
   */
  readonly name?: string | Intrinsic;
  /**
   * Non-overridable arguments for this job, specified as name-value pairs.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-nonoverridablearguments
   */
  readonly nonOverridableArguments?: JsonObject;
  /**
   * Specifies configuration properties of a notification.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-notificationproperty
   */
  readonly notificationProperty?: CfnJob.NotificationPropertyProperty | Intrinsic;
  /**
   * The number of workers of a defined `workerType` that are allocated when a job runs.
   *
   * The maximum number of workers you can define are 299 for `G.1X` , and 149 for `G.2X` .
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-numberofworkers
   */
  readonly numberOfWorkers?: number | Intrinsic;
  /**
   * The name or Amazon Resource Name (ARN) of the IAM role associated with this job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-role
   */
  readonly role: string | Intrinsic;
  /**
   * The name of the `SecurityConfiguration` structure to be used with this job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-securityconfiguration
   */
  readonly securityConfiguration?: string | Intrinsic;
  /**
   * The tags to use with this job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-tags
   */
  readonly tags?: JsonObject;
  /**
   * The job timeout in minutes.
   *
   * This is the maximum time that a job run can consume resources before it is terminated and enters TIMEOUT status. The default is 2,880 minutes (48 hours).
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-timeout
   */
  readonly timeout?: number | Intrinsic;
  /**
   * The type of predefined worker that is allocated when a job runs.
   *
   * AWS Glue provides multiple worker types to accommodate different workload requirements:
   *
   * G Worker Types (General-purpose compute workers):
   *
   * - G.1X: 1 DPU (4 vCPUs, 16 GB memory, 94GB disk)
   * - G.2X: 2 DPU (8 vCPUs, 32 GB memory, 138GB disk)
   * - G.4X: 4 DPU (16 vCPUs, 64 GB memory, 256GB disk)
   * - G.8X: 8 DPU (32 vCPUs, 128 GB memory, 512GB disk)
   * - G.12X: 12 DPU (48 vCPUs, 192 GB memory, 768GB disk)
   * - G.16X: 16 DPU (64 vCPUs, 256 GB memory, 1024GB disk)
   *
   * R Worker Types (Memory-optimized workers):
   *
   * - R.1X: 1 M-DPU (4 vCPUs, 32 GB memory)
   * - R.2X: 2 M-DPU (8 vCPUs, 64 GB memory)
   * - R.4X: 4 M-DPU (16 vCPUs, 128 GB memory)
   * - R.8X: 8 M-DPU (32 vCPUs, 256 GB memory)
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-workertype
   */
  readonly workerType?: string | Intrinsic;
}

/**
 * Properties for defining a `CfnTable`
 *
 * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-table.html
 */
export interface CfnTableProps {
  /**
   * The ID of the Data Catalog in which to create the `Table` .
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-table.html#cfn-glue-table-catalogid
   */
  readonly catalogId: string | Intrinsic;
  /**
   * The name of the database where the table metadata resides.
   *
   * For Hive compatibility, this must be all lowercase.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-table.html#cfn-glue-table-databasename
   */
  readonly databaseName: string | Intrinsic;
  /**
   * The table name.
   *
   * For Hive compatibility, this is folded to lowercase when it is stored.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-table.html#cfn-glue-table-name
   */
  readonly name?: string | Intrinsic;
  /**
   * Specifies an `OpenTableFormatInput` structure when creating an open format table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-table.html#cfn-glue-table-opentableformatinput
   */
  readonly openTableFormatInput?: CfnTable.OpenTableFormatInputProperty | Intrinsic;
  /**
   * A structure used to define a table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-table.html#cfn-glue-table-tableinput
   */
  readonly tableInput?: CfnTable.TableInputProperty | Intrinsic;
}

/**
 * Properties for defining a `CfnDatabase`
 *
 * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-database.html
 */
export interface CfnDatabaseProps {
  /**
   * The AWS account ID for the account in which to create the catalog object.
   *
   * > To specify the account ID, you can use the `Ref` intrinsic function with the `AWS::AccountId` pseudo parameter. For example: `!Ref AWS::AccountId`
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-database.html#cfn-glue-database-catalogid
   */
  readonly catalogId: string | Intrinsic;
  /**
   * The metadata for the database.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-database.html#cfn-glue-database-databaseinput
   */
  readonly databaseInput: CfnDatabase.DatabaseInputProperty | Intrinsic;
  /**
   * The name of the catalog database.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-database.html#cfn-glue-database-databasename
   */
  readonly databaseName?: string | Intrinsic;
}

export declare namespace CfnJob {
  /**
   * Specifies code executed when a job is run.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-jobcommand.html
   */
  export interface JobCommandProperty {
    /**
     * The name of the job command.
     *
     * For an Apache Spark ETL job, this must be `glueetl` . For a Python shell job, it must be `pythonshell` . For an Apache Spark streaming ETL job, this must be `gluestreaming` . For a Ray job, this must be `glueray` .
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-jobcommand.html#cfn-glue-job-jobcommand-name
     */
    readonly name?: string | Intrinsic;
    /**
     * The Python version being used to execute a Python shell job.
     *
     * Allowed values are 3 or 3.9. Version 2 is deprecated.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-jobcommand.html#cfn-glue-job-jobcommand-pythonversion
     */
    readonly pythonVersion?: string | Intrinsic;
    /**
     * In Ray jobs, Runtime is used to specify the versions of Ray, Python and additional libraries available in your environment.
     *
     * This field is not used in other job types. For supported runtime environment values, see [Working with Ray jobs](https://docs.aws.amazon.com/glue/latest/dg/ray-jobs-section.html) in the AWS Glue Developer Guide.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-jobcommand.html#cfn-glue-job-jobcommand-runtime
     */
    readonly runtime?: string | Intrinsic;
    /**
     * Specifies the Amazon Simple Storage Service (Amazon S3) path to a script that executes a job (required).
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-jobcommand.html#cfn-glue-job-jobcommand-scriptlocation
     */
    readonly scriptLocation?: string | Intrinsic;
  }

  /**
   * Specifies the connections used by a job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-connectionslist.html
   */
  export interface ConnectionsListProperty {
    /**
     * A list of connections used by the job.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-connectionslist.html#cfn-glue-job-connectionslist-connections
     */
    readonly connections?: ReadonlyArray<string | Intrinsic> | Intrinsic;
  }

  /**
   * An execution property of a job.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-executionproperty.html
   */
  export interface ExecutionPropertyProperty {
    /**
     * The maximum number of concurrent runs allowed for the job.
     *
     * The default is 1. An error is returned when this threshold is reached. The maximum value you can specify is controlled by a service limit.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-executionproperty.html#cfn-glue-job-executionproperty-maxconcurrentruns
     */
    readonly maxConcurrentRuns?: number | Intrinsic;
  }

  /**
   * Specifies configuration properties of a notification.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-notificationproperty.html
   */
  export interface NotificationPropertyProperty {
    /**
     * After a job run starts, the number of minutes to wait before sending a job run delay notification.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-job-notificationproperty.html#cfn-glue-job-notificationproperty-notifydelayafter
     */
    readonly notifyDelayAfter?: number | Intrinsic;
  }
}

export declare namespace CfnTable {
  /**
   * Specifies an `OpenTableFormatInput` structure when creating an open format table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-opentableformatinput.html
   */
  export interface OpenTableFormatInputProperty {
    /**
     * Specifies an `IcebergInput` structure that defines an Apache Iceberg metadata table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-opentableformatinput.html#cfn-glue-table-opentableformatinput-iceberginput
     */
    readonly icebergInput?: CfnTable.IcebergInputProperty | Intrinsic;
  }

  /**
   * A structure used to define a table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html
   */
  export interface TableInputProperty {
    /**
     * A description of the table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-description
     */
    readonly description?: string | Intrinsic;
    /**
     * The table name.
     *
     * For Hive compatibility, this is folded to lowercase when it is stored.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-name
     */
    readonly name?: string | Intrinsic;
    /**
     * The table owner.
     *
     * Included for Apache Hive compatibility. Not used in the normal course of AWS Glue operations.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-owner
     */
    readonly owner?: string | Intrinsic;
    /**
     * These key-value pairs define properties associated with the table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-parameters
     */
    readonly parameters?: JsonObject;
    /**
     * A list of columns by which the table is partitioned. Only primitive types are supported as partition keys.
     *
     * When you create a table used by Amazon Athena, and you do not specify any `partitionKeys` , you must at least set the value of `partitionKeys` to an empty list. For example:
     *
     * `"PartitionKeys": []`
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-partitionkeys
     */
    readonly partitionKeys?: ReadonlyArray<CfnTable.ColumnProperty | Intrinsic> | Intrinsic;
    /**
     * The retention time for this table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-retention
     */
    readonly retention?: number | Intrinsic;
    /**
     * A storage descriptor containing information about the physical storage of this table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-storagedescriptor
     */
    readonly storageDescriptor?: CfnTable.StorageDescriptorProperty | Intrinsic;
    /**
     * The type of this table.
     *
     * AWS Glue will create tables with the `EXTERNAL_TABLE` type. Other services, such as Athena, may create tables with additional table types.
     *
     * AWS Glue related table types:
     *
     * - **EXTERNAL_TABLE** - Hive compatible attribute - indicates a non-Hive managed table.
     * - **GOVERNED** - Used by AWS Lake Formation . The AWS Glue Data Catalog understands `GOVERNED` .
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-tabletype
     */
    readonly tableType?: string | Intrinsic;
    /**
     * A `TableIdentifier` structure that describes a target table for resource linking.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-targettable
     */
    readonly targetTable?: CfnTable.TableIdentifierProperty | Intrinsic;
    /**
     * A structure that defines the view.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-viewdefinition
     */
    readonly viewDefinition?: CfnTable.ViewDefinitionProperty | Intrinsic;
    /**
     * Included for Apache Hive compatibility.
     *
     * Not used in the normal course of AWS Glue operations.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-viewexpandedtext
     */
    readonly viewExpandedText?: string | Intrinsic;
    /**
     * Included for Apache Hive compatibility.
     *
     * Not used in the normal course of AWS Glue operations. If the table is a `VIRTUAL_VIEW` , certain Athena configuration encoded in base64.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableinput.html#cfn-glue-table-tableinput-vieworiginaltext
     */
    readonly viewOriginalText?: string | Intrinsic;
  }

  /**
   * Specifies an input structure that defines an Apache Iceberg metadata table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-iceberginput.html
   */
  export interface IcebergInputProperty {
    /**
     * Specifies the Iceberg table configuration.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-iceberginput.html#cfn-glue-table-iceberginput-icebergtableinput
     */
    readonly icebergTableInput?: CfnTable.IcebergTableInputProperty | Intrinsic;
    /**
     * A required metadata operation.
     *
     * Can only be set to CREATE.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-iceberginput.html#cfn-glue-table-iceberginput-metadataoperation
     */
    readonly metadataOperation?: string | Intrinsic;
    /**
     * The table version for the Iceberg table.
     *
     * Defaults to 2.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-iceberginput.html#cfn-glue-table-iceberginput-version
     */
    readonly version?: string | Intrinsic;
  }

  /**
   * A column in a `Table` .
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-column.html
   */
  export interface ColumnProperty {
    /**
     * A free-form text comment.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-column.html#cfn-glue-table-column-comment
     */
    readonly comment?: string | Intrinsic;
    /**
     * The name of the `Column` .
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-column.html#cfn-glue-table-column-name
     */
    readonly name: string | Intrinsic;
    /**
     * The data type of the `Column` .
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-column.html#cfn-glue-table-column-type
     */
    readonly type?: string | Intrinsic;
  }

  /**
   * Describes the physical storage of table data.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html
   */
  export interface StorageDescriptorProperty {
    /**
     * A list of reducer grouping columns, clustering columns, and bucketing columns in the table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-bucketcolumns
     */
    readonly bucketColumns?: ReadonlyArray<string | Intrinsic> | Intrinsic;
    /**
     * A list of the `Columns` in the table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-columns
     */
    readonly columns?: ReadonlyArray<CfnTable.ColumnProperty | Intrinsic> | Intrinsic;
    /**
     * `True` if the data in the table is compressed, or `False` if not.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-compressed
     */
    readonly compressed?: boolean | Intrinsic;
    /**
     * The input format: `SequenceFileInputFormat` (binary), or `TextInputFormat` , or a custom format.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-inputformat
     */
    readonly inputFormat?: string | Intrinsic;
    /**
     * The physical location of the table.
     *
     * By default, this takes the form of the warehouse location, followed by the database location in the warehouse, followed by the table name.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-location
     */
    readonly location?: string | Intrinsic;
    /**
     * Must be specified if the table contains any dimension columns.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-numberofbuckets
     */
    readonly numberOfBuckets?: number | Intrinsic;
    /**
     * The output format: `SequenceFileOutputFormat` (binary), or `IgnoreKeyTextOutputFormat` , or a custom format.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-outputformat
     */
    readonly outputFormat?: string | Intrinsic;
    /**
     * The user-supplied properties in key-value form.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-parameters
     */
    readonly parameters?: JsonObject;
    /**
     * An object that references a schema stored in the AWS Glue Schema Registry.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-schemareference
     */
    readonly schemaReference?: CfnTable.SchemaReferenceProperty | Intrinsic;
    /**
     * The serialization/deserialization (SerDe) information.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-serdeinfo
     */
    readonly serdeInfo?: CfnTable.SerdeInfoProperty | Intrinsic;
    /**
     * The information about values that appear frequently in a column (skewed values).
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-skewedinfo
     */
    readonly skewedInfo?: CfnTable.SkewedInfoProperty | Intrinsic;
    /**
     * A list specifying the sort order of each bucket in the table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-sortcolumns
     */
    readonly sortColumns?: ReadonlyArray<CfnTable.OrderProperty | Intrinsic> | Intrinsic;
    /**
     * `True` if the table data is stored in subdirectories, or `False` if not.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-storagedescriptor.html#cfn-glue-table-storagedescriptor-storedassubdirectories
     */
    readonly storedAsSubDirectories?: boolean | Intrinsic;
  }

  /**
   * A structure that describes a target table for resource linking.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableidentifier.html
   */
  export interface TableIdentifierProperty {
    /**
     * The ID of the Data Catalog in which the table resides.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableidentifier.html#cfn-glue-table-tableidentifier-catalogid
     */
    readonly catalogId?: string | Intrinsic;
    /**
     * The name of the catalog database that contains the target table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableidentifier.html#cfn-glue-table-tableidentifier-databasename
     */
    readonly databaseName?: string | Intrinsic;
    /**
     * The name of the target table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableidentifier.html#cfn-glue-table-tableidentifier-name
     */
    readonly name?: string | Intrinsic;
    /**
     * The Region of the table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-tableidentifier.html#cfn-glue-table-tableidentifier-region
     */
    readonly region?: string | Intrinsic;
  }

  /**
   * A structure that defines the view.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewdefinition.html
   */
  export interface ViewDefinitionProperty {
    /**
     * The definer of the view.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewdefinition.html#cfn-glue-table-viewdefinition-definer
     */
    readonly definer?: string | Intrinsic;
    /**
     * Indicates whether the view is protected.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewdefinition.html#cfn-glue-table-viewdefinition-isprotected
     */
    readonly isProtected?: boolean | Intrinsic;
    /**
     * The representations of the view.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewdefinition.html#cfn-glue-table-viewdefinition-representations
     */
    readonly representations?: ReadonlyArray<CfnTable.ViewRepresentationProperty | Intrinsic> | Intrinsic;
    /**
     * The sub-objects of the view.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewdefinition.html#cfn-glue-table-viewdefinition-subobjects
     */
    readonly subObjects?: ReadonlyArray<string | Intrinsic> | Intrinsic;
  }

  /**
   * Specifies the Iceberg table configuration.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergtableinput.html
   */
  export interface IcebergTableInputProperty {
    /**
     * The location of the Iceberg table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergtableinput.html#cfn-glue-table-icebergtableinput-location
     */
    readonly location: string | Intrinsic;
    /**
     * The partition spec for an Iceberg table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergtableinput.html#cfn-glue-table-icebergtableinput-partitionspec
     */
    readonly partitionSpec?: CfnTable.IcebergPartitionSpecProperty | Intrinsic;
    /**
     * The properties for the Iceberg table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergtableinput.html#cfn-glue-table-icebergtableinput-properties
     */
    readonly properties?: { readonly [key: string]: string | Intrinsic } | Intrinsic;
    /**
     * The schema for an Iceberg table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergtableinput.html#cfn-glue-table-icebergtableinput-schema
     */
    readonly schema: CfnTable.IcebergSchemaProperty | Intrinsic;
    /**
     * The sort order for an Iceberg table.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergtableinput.html#cfn-glue-table-icebergtableinput-writeorder
     */
    readonly writeOrder?: CfnTable.IcebergSortOrderProperty | Intrinsic;
  }

  /**
   * An object that references a schema stored in the AWS Glue Schema Registry.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemareference.html
   */
  export interface SchemaReferenceProperty {
    /**
     * A structure that contains schema identity fields.
     *
     * Either this or the `SchemaVersionId` has to be
     * provided.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemareference.html#cfn-glue-table-schemareference-schemaid
     */
    readonly schemaId?: CfnTable.SchemaIdProperty | Intrinsic;
    /**
     * The unique ID assigned to a version of the schema.
     *
     * Either this or the `SchemaId` has to be provided.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemareference.html#cfn-glue-table-schemareference-schemaversionid
     */
    readonly schemaVersionId?: string | Intrinsic;
    /**
     * The version number of the schema.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemareference.html#cfn-glue-table-schemareference-schemaversionnumber
     */
    readonly schemaVersionNumber?: number | Intrinsic;
  }

  /**
   * Information about a serialization/deserialization program (SerDe) that serves as an extractor and loader.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-serdeinfo.html
   */
  export interface SerdeInfoProperty {
    /**
     * Name of the SerDe.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-serdeinfo.html#cfn-glue-table-serdeinfo-name
     */
    readonly name?: string | Intrinsic;
    /**
     * These key-value pairs define initialization parameters for the SerDe.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-serdeinfo.html#cfn-glue-table-serdeinfo-parameters
     */
    readonly parameters?: JsonObject;
    /**
     * Usually the class that implements the SerDe.
     *
     * An example is `org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe` .
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-serdeinfo.html#cfn-glue-table-serdeinfo-serializationlibrary
     */
    readonly serializationLibrary?: string | Intrinsic;
  }

  /**
   * Specifies skewed values in a table.
   *
   * Skewed values are those that occur with very high frequency.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-skewedinfo.html
   */
  export interface SkewedInfoProperty {
    /**
     * A list of names of columns that contain skewed values.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-skewedinfo.html#cfn-glue-table-skewedinfo-skewedcolumnnames
     */
    readonly skewedColumnNames?: ReadonlyArray<string | Intrinsic> | Intrinsic;
    /**
     * A mapping of skewed values to the columns that contain them.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-skewedinfo.html#cfn-glue-table-skewedinfo-skewedcolumnvaluelocationmaps
     */
    readonly skewedColumnValueLocationMaps?: JsonObject;
    /**
     * A list of values that appear so frequently as to be considered skewed.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-skewedinfo.html#cfn-glue-table-skewedinfo-skewedcolumnvalues
     */
    readonly skewedColumnValues?: ReadonlyArray<string | Intrinsic> | Intrinsic;
  }

  /**
   * Specifies the sort order of a sorted column.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-order.html
   */
  export interface OrderProperty {
    /**
     * The name of the column.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-order.html#cfn-glue-table-order-column
     */
    readonly column: string | Intrinsic;
    /**
     * Indicates that the column is sorted in ascending order ( `== 1` ), or in descending order ( `==0` ).
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-order.html#cfn-glue-table-order-sortorder
     */
    readonly sortOrder: number | Intrinsic;
  }

  /**
   * A structure that defines a view representation.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewrepresentation.html
   */
  export interface ViewRepresentationProperty {
    /**
     * The dialect of the view representation.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewrepresentation.html#cfn-glue-table-viewrepresentation-dialect
     */
    readonly dialect?: string | Intrinsic;
    /**
     * The version of the dialect.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewrepresentation.html#cfn-glue-table-viewrepresentation-dialectversion
     */
    readonly dialectVersion?: string | Intrinsic;
    /**
     * The connection used for validation.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewrepresentation.html#cfn-glue-table-viewrepresentation-validationconnection
     */
    readonly validationConnection?: string | Intrinsic;
    /**
     * The expanded text of the view.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewrepresentation.html#cfn-glue-table-viewrepresentation-viewexpandedtext
     */
    readonly viewExpandedText?: string | Intrinsic;
    /**
     * The original text of the view.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-viewrepresentation.html#cfn-glue-table-viewrepresentation-vieworiginaltext
     */
    readonly viewOriginalText?: string | Intrinsic;
  }

  /**
   * The partition spec for an Iceberg table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionspec.html
   */
  export interface IcebergPartitionSpecProperty {
    /**
     * The partition fields.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionspec.html#cfn-glue-table-icebergpartitionspec-fields
     */
    readonly fields: ReadonlyArray<CfnTable.IcebergPartitionFieldProperty | Intrinsic> | Intrinsic;
    /**
     * The spec ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionspec.html#cfn-glue-table-icebergpartitionspec-specid
     */
    readonly specId?: number | Intrinsic;
  }

  /**
   * The schema for an Iceberg table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergschema.html
   */
  export interface IcebergSchemaProperty {
    /**
     * The fields in the schema.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergschema.html#cfn-glue-table-icebergschema-fields
     */
    readonly fields: ReadonlyArray<CfnTable.IcebergStructFieldProperty | Intrinsic> | Intrinsic;
    /**
     * The identifier field IDs.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergschema.html#cfn-glue-table-icebergschema-identifierfieldids
     */
    readonly identifierFieldIds?: ReadonlyArray<number | Intrinsic> | Intrinsic;
    /**
     * The schema ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergschema.html#cfn-glue-table-icebergschema-schemaid
     */
    readonly schemaId?: number | Intrinsic;
    /**
     * The type of the schema.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergschema.html#cfn-glue-table-icebergschema-type
     */
    readonly type?: string | Intrinsic;
  }

  /**
   * The sort order for an Iceberg table.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortorder.html
   */
  export interface IcebergSortOrderProperty {
    /**
     * The sort fields.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortorder.html#cfn-glue-table-icebergsortorder-fields
     */
    readonly fields: ReadonlyArray<CfnTable.IcebergSortFieldProperty | Intrinsic> | Intrinsic;
    /**
     * The order ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortorder.html#cfn-glue-table-icebergsortorder-orderid
     */
    readonly orderId: number | Intrinsic;
  }

  /**
   * A structure that contains schema identity fields.
   *
   * Either this or the `SchemaVersionId` has to be
   * provided.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemaid.html
   */
  export interface SchemaIdProperty {
    /**
     * The name of the schema registry that contains the schema.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemaid.html#cfn-glue-table-schemaid-registryname
     */
    readonly registryName?: string | Intrinsic;
    /**
     * The Amazon Resource Name (ARN) of the schema.
     *
     * One of `SchemaArn` or `SchemaName` has to be
     * provided.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemaid.html#cfn-glue-table-schemaid-schemaarn
     */
    readonly schemaArn?: string | Intrinsic;
    /**
     * The name of the schema.
     *
     * One of `SchemaArn` or `SchemaName` has to be provided.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-schemaid.html#cfn-glue-table-schemaid-schemaname
     */
    readonly schemaName?: string | Intrinsic;
  }

  /**
   * A partition field in an Iceberg partition spec.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionfield.html
   */
  export interface IcebergPartitionFieldProperty {
    /**
     * The partition field ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionfield.html#cfn-glue-table-icebergpartitionfield-fieldid
     */
    readonly fieldId?: number | Intrinsic;
    /**
     * The partition field name.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionfield.html#cfn-glue-table-icebergpartitionfield-name
     */
    readonly name: string | Intrinsic;
    /**
     * The source field ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionfield.html#cfn-glue-table-icebergpartitionfield-sourceid
     */
    readonly sourceId: number | Intrinsic;
    /**
     * The transform to apply.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergpartitionfield.html#cfn-glue-table-icebergpartitionfield-transform
     */
    readonly transform: string | Intrinsic;
  }

  /**
   * A field in an Iceberg schema.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergstructfield.html
   */
  export interface IcebergStructFieldProperty {
    /**
     * Documentation for the field.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergstructfield.html#cfn-glue-table-icebergstructfield-doc
     */
    readonly doc?: string | Intrinsic;
    /**
     * The field ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergstructfield.html#cfn-glue-table-icebergstructfield-id
     */
    readonly id: number | Intrinsic;
    /**
     * The field name.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergstructfield.html#cfn-glue-table-icebergstructfield-name
     */
    readonly name: string | Intrinsic;
    /**
     * Whether the field is required.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergstructfield.html#cfn-glue-table-icebergstructfield-required
     */
    readonly required: boolean | Intrinsic;
    /**
     * The field type.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergstructfield.html#cfn-glue-table-icebergstructfield-type
     */
    readonly type: string | Intrinsic;
  }

  /**
   * A sort field in an Iceberg sort order.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortfield.html
   */
  export interface IcebergSortFieldProperty {
    /**
     * The sort direction.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortfield.html#cfn-glue-table-icebergsortfield-direction
     */
    readonly direction: string | Intrinsic;
    /**
     * The null ordering.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortfield.html#cfn-glue-table-icebergsortfield-nullorder
     */
    readonly nullOrder: string | Intrinsic;
    /**
     * The source field ID.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortfield.html#cfn-glue-table-icebergsortfield-sourceid
     */
    readonly sourceId: number | Intrinsic;
    /**
     * The transform to apply.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-table-icebergsortfield.html#cfn-glue-table-icebergsortfield-transform
     */
    readonly transform: string | Intrinsic;
  }
}

export declare namespace CfnDatabase {
  /**
   * The structure used to create or update a database.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html
   */
  export interface DatabaseInputProperty {
    /**
     * Creates a set of default permissions on the table for principals.
     *
     * Used by AWS Lake Formation . Not used in the normal course of AWS Glue operations.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-createtabledefaultpermissions
     */
    readonly createTableDefaultPermissions?: ReadonlyArray<CfnDatabase.PrincipalPrivilegesProperty | Intrinsic> | Intrinsic;
    /**
     * A description of the database.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-description
     */
    readonly description?: string | Intrinsic;
    /**
     * A `FederatedDatabase` structure that references an entity outside the AWS Glue Data Catalog .
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-federateddatabase
     */
    readonly federatedDatabase?: CfnDatabase.FederatedDatabaseProperty | Intrinsic;
    /**
     * The location of the database (for example, an HDFS path).
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-locationuri
     */
    readonly locationUri?: string | Intrinsic;
    /**
     * The name of the database.
     *
     * For Hive compatibility, this is folded to lowercase when it is stored.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-name
     */
    readonly name?: string | Intrinsic;
    /**
     * These key-value pairs define parameters and properties of the database.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-parameters
     */
    readonly parameters?: JsonObject;
    /**
     * A `DatabaseIdentifier` structure that describes a target database for resource linking.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseinput.html#cfn-glue-database-databaseinput-targetdatabase
     */
    readonly targetDatabase?: CfnDatabase.DatabaseIdentifierProperty | Intrinsic;
  }

  /**
   * the permissions granted to a principal.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-principalprivileges.html
   */
  export interface PrincipalPrivilegesProperty {
    /**
     * The permissions that are granted to the principal.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-principalprivileges.html#cfn-glue-database-principalprivileges-permissions
     */
    readonly permissions?: ReadonlyArray<string | Intrinsic> | Intrinsic;
    /**
     * The principal who is granted permissions.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-principalprivileges.html#cfn-glue-database-principalprivileges-principal
     */
    readonly principal?: CfnDatabase.DataLakePrincipalProperty | Intrinsic;
  }

  /**
   * A `FederatedDatabase` structure that references an entity outside the AWS Glue Data Catalog .
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-federateddatabase.html
   */
  export interface FederatedDatabaseProperty {
    /**
     * The name of the connection to the external metastore.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-federateddatabase.html#cfn-glue-database-federateddatabase-connectionname
     */
    readonly connectionName?: string | Intrinsic;
    /**
     * A unique identifier for the federated database.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-federateddatabase.html#cfn-glue-database-federateddatabase-identifier
     */
    readonly identifier?: string | Intrinsic;
  }

  /**
   * A structure that describes a target database for resource linking.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseidentifier.html
   */
  export interface DatabaseIdentifierProperty {
    /**
     * The ID of the Data Catalog in which the database resides.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseidentifier.html#cfn-glue-database-databaseidentifier-catalogid
     */
    readonly catalogId?: string | Intrinsic;
    /**
     * The name of the catalog database.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseidentifier.html#cfn-glue-database-databaseidentifier-databasename
     */
    readonly databaseName?: string | Intrinsic;
    /**
     * The Region of the database.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-databaseidentifier.html#cfn-glue-database-databaseidentifier-region
     */
    readonly region?: string | Intrinsic;
  }

  /**
   * The AWS Lake Formation principal.
   *
   * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-datalakeprincipal.html
   */
  export interface DataLakePrincipalProperty {
    /**
     * An identifier for the AWS Lake Formation principal.
     *
     * @see http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-database-datalakeprincipal.html#cfn-glue-database-datalakeprincipal-datalakeprincipalidentifier
     */
    readonly dataLakePrincipalIdentifier?: string | Intrinsic;
  }
}

// The property types also under their own names, as the construct's docs use them.
export type JobCommandProperty = CfnJob.JobCommandProperty;
export type ConnectionsListProperty = CfnJob.ConnectionsListProperty;
export type ExecutionPropertyProperty = CfnJob.ExecutionPropertyProperty;
export type NotificationPropertyProperty = CfnJob.NotificationPropertyProperty;
export type OpenTableFormatInputProperty = CfnTable.OpenTableFormatInputProperty;
export type TableInputProperty = CfnTable.TableInputProperty;
export type DatabaseInputProperty = CfnDatabase.DatabaseInputProperty;
export type IcebergInputProperty = CfnTable.IcebergInputProperty;
export type ColumnProperty = CfnTable.ColumnProperty;
export type StorageDescriptorProperty = CfnTable.StorageDescriptorProperty;
export type TableIdentifierProperty = CfnTable.TableIdentifierProperty;
export type ViewDefinitionProperty = CfnTable.ViewDefinitionProperty;
export type PrincipalPrivilegesProperty = CfnDatabase.PrincipalPrivilegesProperty;
export type FederatedDatabaseProperty = CfnDatabase.FederatedDatabaseProperty;
export type DatabaseIdentifierProperty = CfnDatabase.DatabaseIdentifierProperty;
export type IcebergTableInputProperty = CfnTable.IcebergTableInputProperty;
export type SchemaReferenceProperty = CfnTable.SchemaReferenceProperty;
export type SerdeInfoProperty = CfnTable.SerdeInfoProperty;
export type SkewedInfoProperty = CfnTable.SkewedInfoProperty;
export type OrderProperty = CfnTable.OrderProperty;
export type ViewRepresentationProperty = CfnTable.ViewRepresentationProperty;
export type DataLakePrincipalProperty = CfnDatabase.DataLakePrincipalProperty;
export type IcebergPartitionSpecProperty = CfnTable.IcebergPartitionSpecProperty;
export type IcebergSchemaProperty = CfnTable.IcebergSchemaProperty;
export type IcebergSortOrderProperty = CfnTable.IcebergSortOrderProperty;
export type SchemaIdProperty = CfnTable.SchemaIdProperty;
export type IcebergPartitionFieldProperty = CfnTable.IcebergPartitionFieldProperty;
export type IcebergStructFieldProperty = CfnTable.IcebergStructFieldProperty;
export type IcebergSortFieldProperty = CfnTable.IcebergSortFieldProperty;

// END GENERATED L1 TYPES
