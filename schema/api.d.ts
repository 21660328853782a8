// The hand-written API surface of the package; schema/generate.js puts it first in index.d.ts.
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
 * `synth`, plus how the official construct builds the same resources with aws-cdk-lib: each
 * resource's construct path and the ordered aws-cdk-lib calls (what the CDK adapter replays).
 * Kept apart from `synth` because describing the construction costs as much as the synthesis.
 *
 * @throws {SynthError} as `synth` does.
 */
export function synthConstruction(
  id: string,
  props: KinesisstreamsToGluejobProps,
  options?: SynthOptions,
): ConstructionResult;

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

/** Every code a `Diagnostic` can carry, as `DiagnosticCode` lists them. */
export function diagnosticCodes(): DiagnosticCode[];

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
   * The aws-cdk-lib release whose output to reproduce, within the construct's peer range
   * (`^2.260.0`) up to the newest release the engine knows. This construct's output differs
   * among them only in the asset of the auto-delete-objects handler (changed in 2.276.0) and in
   * the layout of deprecation warnings (changed in 2.274.0). A release outside that span is an
   * error.
   *
   * @default "2.276.0"
   */
  readonly cdkVersion?: string;
  /**
   * The stack's construct path from the app when it is not directly in the app (`Stage/Stack`,
   * or a nested stack's path): CDK writes it into key descriptions and stack-safe policy names.
   *
   * @default stackName
   */
  readonly stackPath?: string;
  /**
   * The CloudFormation names of the stacks on `stackPath` whose names are literal (a nested
   * stack's is not), by construct path: CDK names a role's stack-safe default policy of over 128
   * characters after the innermost of them. The CDK adapter passes them.
   *
   * @default {} - the name aws-cdk-lib derives from `stackName` for a stack directly in the app
   */
  readonly stackNames?: { readonly [stackPath: string]: string };
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

/** What `synth` returns. */
export interface SynthResult {
  /** The CloudFormation the construct adds to its stack, keys in the order CDK writes them. */
  fragment: CfnFragment;
  /** The construct's public properties, as CloudFormation references. */
  properties: PatternProperties;
  /** What the construct would print while building (e.g. overridden defaults). */
  warnings: Diagnostic[];
}

/** What `synthConstruction` returns. */
export interface ConstructionResult extends SynthResult {
  /** Each resource's construct path below the stack (ids joined by `/`), keyed by logical ID. */
  constructPaths: { [logicalId: string]: string };
  /** The aws-cdk-lib calls that build the same resources, in order (what the CDK adapter replays). */
  construction: Construction;
}

/**
 * The official construct's aws-cdk-lib calls. Values are JSON with markers: `{"$user": pointer}`
 * (the caller's value at that JSON pointer into the props), `{"$construct": path}` (what an
 * earlier step made at that construct path below the stack), `{"$cdk": "BucketEncryption.S3_MANAGED"}`
 * (a named constant), `{"$duration": {"days": 90}}`, `{"$new": "iam.PolicyStatement", "args": [...]}`
 * (an object made on the spot); CloudFormation intrinsics stand for the tokens they resolve from.
 */
export interface Construction {
  steps: ConstructionStep[];
  /** Each pattern property (`kinesisStream`, `glueJob`, ..., arrays for `outputBucket` and `cloudwatchAlarms`) as a marker. */
  properties: { [name: string]: JsonValue };
}

/**
 * One aws-cdk-lib call; `at` is a construct path below the stack. `assign` is the construct
 * writing `target[key] = value` into an object of the caller's props (with `etlCodeAsset`, the
 * asset's URL into `glueJobProps.command.scriptLocation`).
 */
export type ConstructionStep =
  | { kind: "setContext"; at: string; key: string; value: JsonValue }
  | { kind: "new"; class: string; at: string; props: JsonValue }
  | { kind: "importRole"; at: string; arn: JsonValue }
  | { kind: "importBucket"; at: string; arn: JsonValue }
  | { kind: "call"; target: JsonValue; method: string; argument: JsonValue }
  | { kind: "suppressCfnNag"; target: JsonValue; rules: JsonValue }
  | { kind: "assign"; target: JsonValue; key: string; value: JsonValue };

/** One problem with the props. */
export interface Diagnostic {
  /**
   * JSON pointer into the props, e.g. `/glueJobProps/maxCapacity` (`""` for the props as a
   * whole); a pointer starting with `/options/` points into the options instead, e.g.
   * `/options/env/account` or `/options/tags/owner`.
   */
  path: string;
  /** What is wrong, in the construct's words where it has some. */
  message: string;
  /** A stable code (see `DiagnosticCode`). */
  code: DiagnosticCode;
}

/**
 * What `synth`, `synthJson` and `synthYaml` throw for invalid props: an `Error` whose `message`
 * is the construct's message for the same input.
 */
export interface SynthError extends Error {
  readonly name: "SynthError";
  /** Every problem found. */
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

/** `{ <unit>: amount }` and no other unit. */
type DurationIn<U extends DurationUnit> = { readonly [K in U]: number | Intrinsic } & {
  readonly [K in Exclude<DurationUnit, U>]?: never;
};

/**
 * A CDK `Duration`: exactly one unit, e.g. `{ hours: 24 }` for `Duration.hours(24)` or
 * `{ days: 30 }` for `Duration.days(30)`. The amount may be a token, as CDK allows:
 * `{ hours: { Ref: "Hours" } }` for `Duration.hours(hoursParameter.valueAsNumber)`.
 */
export type Duration =
  | DurationIn<"days">
  | DurationIn<"hours">
  | DurationIn<"minutes">
  | DurationIn<"seconds">
  | DurationIn<"millis">;
