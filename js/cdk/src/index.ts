// A drop-in for `KinesisstreamsToGluejob` of @aws-solutions-constructs/aws-kinesisstreams-gluejob:
// the props are converted to the engine's JSON, the wasm engine synthesizes the fragment and
// describes the aws-cdk-lib calls that build it, the adapter replays those calls with the real
// classes (so every object is what the official construct makes) and checks the result against
// the fragment.

import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct, IConstruct } from 'constructs';
import { checkAgainstFragment, resourcesBefore } from './check';
import { PRINTED_BY_THE_CONSTRUCT } from './codes';
import { ConstructionStep, engine, FixName } from './engine';
import { EngineInput } from './references';
import { Replay } from './replay';

/**
 * Of the engine's own warnings, those that point at a problem become CDK warnings (shown by
 * `cdk synth`); the others (security notes, ...) are for the CLI and editors.
 */
const ANNOTATED_WARNINGS = new Set(['limit', 'ignored-property']);

/** The sink types of @aws-solutions-constructs/core. */
export enum SinkStoreType {
  S3 = 'S3',
}

/** `SinkDataStoreProps` of @aws-solutions-constructs/core (its `SinkStoreType` is accepted too). */
export interface SinkDataStoreProps {
  readonly datastoreType: SinkStoreType | `${SinkStoreType}`;
  readonly existingS3OutputBucket?: s3.Bucket;
  readonly outputBucketProps?: s3.BucketProps;
}

/** The official construct's props, unchanged. */
export interface KinesisstreamsToGluejobProps {
  readonly existingStreamObj?: kinesis.Stream;
  readonly kinesisStreamProps?: kinesis.StreamProps;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly glueJobProps?: glue.CfnJobProps | any;
  readonly existingGlueJob?: glue.CfnJob;
  readonly fieldSchema?: glue.CfnTable.ColumnProperty[];
  readonly existingTable?: glue.CfnTable;
  readonly tableProps?: glue.CfnTableProps;
  readonly existingDatabase?: glue.CfnDatabase;
  readonly databaseProps?: glue.CfnDatabaseProps;
  readonly outputDataStore?: SinkDataStoreProps;
  readonly createCloudWatchAlarms?: boolean;
  readonly etlCodeAsset?: s3assets.Asset;
}

export class KinesisstreamsToGluejob extends Construct {
  public readonly kinesisStream: kinesis.Stream;
  public readonly glueJob: glue.CfnJob;
  public readonly glueJobRole: iam.IRole;
  public readonly database: glue.CfnDatabase;
  public readonly table: glue.CfnTable;
  /**
   * This property is only set if the Glue Job is created by the construct. If an existing Glue Job
   * configuration is supplied, the construct does not create an S3 bucket and hence the @outputBucket
   * property is undefined
   */
  public readonly outputBucket?: s3.Bucket[];
  public readonly cloudwatchAlarms?: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: KinesisstreamsToGluejobProps) {
    super(scope, id);
    const stack = cdk.Stack.of(this);
    const input = new EngineInput(stack);
    const fixes = fixesFromContext(this);
    const result = engine.synthConstruction(id, input.props(props), {
      ...(fixes.length > 0 ? { fixes: fixes as FixName[] } : {}),
      scope: pathBelow(stack, scope),
      featureFlags: Object.fromEntries(featureFlagNames().map((f) => [f, cdk.FeatureFlags.of(this).isEnabled(f) ?? false])),
      siblings: scope.node.children.filter((c) => c !== this).map((c) => c.node.id),
      stackName: stack.node.id,
      stackPath: stack.node.path,
      stackNames: Object.fromEntries(
        stack.node.scopes
          .filter((s): s is cdk.Stack => cdk.Stack.isStack(s) && !cdk.Token.isUnresolved(s.stackName))
          .map((s) => [s.node.path, s.stackName]),
      ),
      // Tags are not passed: Tags.of reaches the replayed resources by itself.
      env: {
        ...(cdk.Token.isUnresolved(stack.account) ? {} : { account: stack.account }),
        ...(cdk.Token.isUnresolved(stack.region) ? {} : { region: stack.region }),
      },
    });
    for (const warning of result.warnings) {
      if (PRINTED_BY_THE_CONSTRUCT.has(warning.code)) printWarning(warning.message);
      if (ANNOTATED_WARNINGS.has(warning.code)) {
        cdk.Annotations.of(this).addWarningV2(`kinesisstreams-gluejob:${warning.code}`, `${warning.path}: ${warning.message}`);
      }
    }

    input.throwUnresolvable();
    refuseCustomizedRoles(this, result.construction.steps);
    const before = resourcesBefore(stack);
    const replay = new Replay(stack, props, input, result.constructPaths);
    for (const step of result.construction.steps) replay.run(step);
    checkAgainstFragment(stack, before, result, input, this.node.path);

    const made = result.construction.properties;
    this.kinesisStream = replay.value(made.kinesisStream);
    this.glueJob = replay.value(made.glueJob);
    this.glueJobRole = replay.value(made.glueJobRole);
    this.database = replay.value(made.database);
    this.table = replay.value(made.table);
    if (made.outputBucket !== undefined) this.outputBucket = replay.value(made.outputBucket);
    if (made.cloudwatchAlarms !== undefined) this.cloudwatchAlarms = replay.value(made.cloudwatchAlarms);
  }
}

let flagNames: string[] | undefined;

/** The feature flags the engine reads: the same for every construct, asked of it once. */
function featureFlagNames(): string[] {
  return (flagNames ??= engine.featureFlagNames());
}

/** The CDK context key naming the engine's opt-in fixes (`options.fixes`), e.g. in cdk.json. */
export const FIXES_CONTEXT_KEY = 'kinesisstreams-gluejob-wasm:fixes';

function fixesFromContext(scope: Construct): string[] {
  const value: unknown = scope.node.tryGetContext(FIXES_CONTEXT_KEY);
  if (value === undefined) return [];
  // The cdk CLI passes `-c key=value` context as a string: a JSON array, or one name.
  const parsed = typeof value === 'string' && value.startsWith('[') ? safeJson(value) : typeof value === 'string' ? [value] : value;
  if (!Array.isArray(parsed) || parsed.some((f) => typeof f !== 'string')) {
    throw new Error(`${scope.node.path}: context ${FIXES_CONTEXT_KEY} must be an array of fix names, got ${JSON.stringify(value)}`);
  }
  return parsed as string[];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** aws-cdk-lib's context key of `iam.Role.customizeRoles`. */
const CUSTOMIZE_ROLES_CONTEXT_KEY = '@aws-cdk/iam:customizeRoles';

/**
 * Under `iam.Role.customizeRoles` a new `iam.Role` is imported by a precreated name, or named in a
 * policy report instead of by its logical ID, and an imported role keeps its policies in the
 * report unless only reporting: the engine models neither, so such a construction is refused up
 * front.
 */
function refuseCustomizedRoles(construct: Construct, steps: readonly ConstructionStep[]): void {
  const customized: unknown = construct.node.tryGetContext(CUSTOMIZE_ROLES_CONTEXT_KEY);
  if (customized === undefined) return;
  const preventSynthesis = (customized as { preventSynthesis?: unknown }).preventSynthesis !== false;
  const affected = steps.some(
    (step) => (step.kind === 'new' && step.class === 'iam.Role') || (step.kind === 'importRole' && preventSynthesis),
  );
  if (!affected) return;
  throw new Error(
    `${construct.node.path}: kinesisstreams-gluejob-wasm cannot reproduce the official construct under ` +
      `iam.Role.customizeRoles (context ${CUSTOMIZE_ROLES_CONTEXT_KEY}): the job role would be precreated, ` +
      'or its policies kept in a policy report, which the engine does not model. Use the official construct ' +
      'for this stack, or customizeRoles with preventSynthesis: false and the role given as glueJobProps.role.',
  );
}

/** Construct ids from below the stack down to `scope`. */
function pathBelow(stack: cdk.Stack, scope: IConstruct): string[] {
  const scopes = scope.node.scopes;
  return scopes.slice(scopes.indexOf(stack) + 1).map((c) => c.node.id);
}

/** What @aws-solutions-constructs/core prints for an overridden default. */
function printWarning(message: string): void {
  const WARNING = '\u001b[103;30m';
  const LABEL = '\u001b[31;1m';
  const RESET = '\u001b[22;49;39m';
  // eslint-disable-next-line no-console
  console.log(`${WARNING}WARN${RESET}${LABEL} AWS_SOLUTIONS_CONSTRUCTS_WARNING:${RESET}  ${message}`);
}
