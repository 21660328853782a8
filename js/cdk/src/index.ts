// A drop-in for `KinesisstreamsToGluejob` of @aws-solutions-constructs/aws-kinesisstreams-gluejob:
// the props are converted to the engine's JSON, the wasm engine synthesizes the fragment, and its
// resources are added where the official construct would have added them.

import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct, DependencyGroup, IConstruct } from 'constructs';
import { EngineResult, engine } from './engine';
import { Importer, Placement } from './placement';
import { EngineInput } from './references';

/**
 * Warnings the engine adds of its own; the construct prints the others. Those that point at a
 * problem become CDK warnings (shown by `cdk synth`); the security notes are for the CLI and editors.
 */
const ENGINE_ONLY_WARNINGS = new Set(['insecure', 'limit', 'ignored-property']);
const ANNOTATED_WARNINGS = new Set(['limit', 'ignored-property']);

/** The sink types of @aws-solutions-constructs/core. */
export enum SinkStoreType {
  S3 = 'S3',
}

/** `SinkDataStoreProps` of @aws-solutions-constructs/core. */
export interface SinkDataStoreProps {
  readonly datastoreType: SinkStoreType;
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
  /** The stream: `existingStreamObj`, or the created stream (imported L2 over its `Resource`). */
  public readonly kinesisStream: kinesis.IStream;
  public readonly glueJob: cdk.CfnResource;
  public readonly glueJobRole: iam.IRole;
  public readonly database: cdk.CfnResource;
  public readonly table: cdk.CfnResource;
  public readonly outputBucket?: s3.IBucket[];
  public readonly cloudwatchAlarms?: cloudwatch.IAlarm[];

  constructor(scope: Construct, id: string, props: KinesisstreamsToGluejobProps) {
    super(scope, id);
    const stack = cdk.Stack.of(this);
    if (!cdk.Token.isUnresolved(stack.account) || !cdk.Token.isUnresolved(stack.region)) {
      // CDK writes a known account into some values (and compares it in grants): not modelled.
      throw new Error(`${stack.node.path}: stacks with an explicit env (account or region) are not supported by the kinesisstreams-gluejob-wasm adapter; use an environment-agnostic stack`);
    }
    const input = new EngineInput(stack);
    const result = engine.synth(id, input.props(props), {
      scope: pathBelow(stack, scope),
      featureFlags: Object.fromEntries(engine.featureFlagNames().map((f) => [f, cdk.FeatureFlags.of(this).isEnabled(f) ?? false])),
      siblings: scope.node.children.filter((c) => c !== this).map((c) => c.node.id),
      stackName: stack.node.path,
    });
    for (const warning of result.warnings) {
      // aws-cdk-lib's deprecation notices go to stderr with its own label, as aws-cdk-lib prints them.
      // eslint-disable-next-line no-console
      if (warning.code === 'deprecated') console.warn('[WARNING]', warning.message);
      else if (!ENGINE_ONLY_WARNINGS.has(warning.code)) printWarning(warning.message);
      if (ANNOTATED_WARNINGS.has(warning.code)) {
        cdk.Annotations.of(this).addWarningV2(`kinesisstreams-gluejob:${warning.code}`, `${warning.path}: ${warning.message}`);
      }
    }

    const self = [...pathBelow(stack, scope), id].join('/');
    const positions = new Positions(result);
    const importers = new Map<string, Importer>();
    const lazyAtt = (logicalId: string, attribute: string) =>
      cdk.Lazy.string({ produce: () => placement.resources.get(logicalId)?.getAtt(attribute).toString() });
    const lazyRef = (logicalId: string) => cdk.Lazy.string({ produce: () => placement.resources.get(logicalId)?.ref });
    const keyAt = (position: string) => {
      const key = positions.resourceAt(`${position}/Key/Resource`, 'AWS::KMS::Key');
      if (key) importers.set(`${position}/Key`, (s, i) => kms.Key.fromKeyArn(s, i, lazyAtt(key, 'Arn')));
    };

    const streamId = positions.createdBy(result.properties.kinesisStream.streamArn);
    const streamAt = streamId && positions.l2Of(streamId);
    if (streamId && streamAt) {
      importers.set(streamAt, (s, i) =>
        withName(kinesis.Stream.fromStreamAttributes(s, i, { streamArn: lazyAtt(streamId, 'Arn') }), 'streamName', lazyRef(streamId)),
      );
      keyAt(streamAt);
    }
    const roleId = positions.createdBy(result.properties.glueJobRole);
    const roleArn = roleId ? lazyAtt(roleId, 'Arn') : cdk.Token.asString(input.restore(result.properties.glueJobRole));
    const roleAt = `${self}/JobRole`;
    importers.set(roleAt, (s, i) => {
      const role = iam.Role.fromRoleArn(s, i, roleArn);
      return roleId ? withName(role, 'roleName', lazyRef(roleId)) : role;
    });
    const bucketsAt = (result.properties.outputBucket ?? []).map((b) => {
      const bucketId = positions.createdBy(b.bucketArn);
      const at = bucketId && positions.l2Of(bucketId);
      if (!bucketId || !at) return undefined;
      importers.set(at, (s, i) =>
        s3.Bucket.fromBucketAttributes(s, i, {
          bucketArn: lazyAtt(bucketId, 'Arn'),
          bucketName: lazyRef(bucketId),
        }),
      );
      keyAt(at);
      return at;
    });
    const alarmsAt = (result.properties.cloudwatchAlarms ?? []).map((a) => {
      const alarmId = positions.createdBy(a);
      const at = alarmId && positions.l2Of(alarmId);
      if (alarmId && at) importers.set(at, (s, i) => cloudwatch.Alarm.fromAlarmArn(s, i, lazyAtt(alarmId, 'Arn')));
      return at;
    });

    // The construct grants the job role read/write on the output bucket. Where that changes what
    // the caller made (its bucket's policy, its key's policy), CDK decides from the accounts
    // involved, so the adapter makes the same grant rather than copy the engine's preview.
    const existingOutput = bucketsAt.includes(undefined) ? props.outputDataStore?.existingS3OutputBucket : undefined;
    const placement = new Placement(stack, result, input, importers, existingOutput);
    placement.placeAll();
    const l2At = (position: string) => placement.imported.get(position) ?? placement.scopeAt(position.split('/'));
    const created = (reference: unknown) => {
      const logicalId = positions.createdBy(reference);
      return logicalId ? placement.resources.get(logicalId) : undefined;
    };

    this.kinesisStream = props.existingStreamObj ?? withKey(l2At(streamAt as string), placement.imported.get(`${streamAt}/Key`), props.kinesisStreamProps?.encryptionKey);
    this.glueJob = created(result.properties.glueJob) ?? (props.existingGlueJob as cdk.CfnResource);
    this.glueJobRole = l2At(roleAt) as iam.IRole;
    this.database = created(result.properties.database) ?? (props.existingDatabase as cdk.CfnResource);
    this.table = created(result.properties.table) ?? (props.existingTable as cdk.CfnResource);
    if (result.properties.outputBucket) {
      const store = props.outputDataStore;
      this.outputBucket = bucketsAt.map((at) =>
        at
          ? withKey(l2At(at), placement.imported.get(`${at}/Key`), store?.outputBucketProps?.encryptionKey)
          : (store?.existingS3OutputBucket as s3.IBucket),
      );
    }
    // The output bucket's grant, where only its resource policies can change: a caller's bucket and
    // a caller's key (a bucket made here is an import, and its policy is in the fragment).
    this.outputBucket?.[0].grantReadWrite(new RenderedPolicyGrantee(this.glueJobRole));
    if (result.properties.cloudwatchAlarms) this.cloudwatchAlarms = alarmsAt.map((at) => l2At(at as string) as cloudwatch.IAlarm);
  }
}

/**
 * The job role as a grantee whose own policy is already in the fragment: a grant through it changes
 * only resource policies (a bucket's, a key's), exactly where CDK would change them.
 */
class RenderedPolicyGrantee implements iam.IGrantable {
  readonly grantPrincipal: iam.IPrincipal;

  constructor(role: iam.IRole) {
    const rendered = (): iam.AddToPrincipalPolicyResult => ({ statementAdded: true, policyDependable: new DependencyGroup() });
    this.grantPrincipal = new Proxy(role, {
      get: (target, property, receiver) =>
        property === 'addToPrincipalPolicy' || property === 'addToPolicy' ? rendered : Reflect.get(target, property, receiver),
    });
  }
}

/** Logical IDs and construct paths of the fragment's resources. */
class Positions {
  constructor(private readonly result: EngineResult) {}

  /** The fragment resource a `Ref` / `Fn::GetAtt` points at, if the fragment has it. */
  createdBy(reference: unknown): string | undefined {
    if (reference === null || typeof reference !== 'object') return undefined;
    const r = reference as { Ref?: unknown; 'Fn::GetAtt'?: unknown[] };
    const logicalId = r.Ref ?? (Array.isArray(r['Fn::GetAtt']) ? r['Fn::GetAtt'][0] : undefined);
    return typeof logicalId === 'string' && logicalId in this.result.fragment.Resources ? logicalId : undefined;
  }

  /** Where the L2 owning a resource stands: the parent of its `Resource`. */
  l2Of(logicalId: string): string | undefined {
    const path = this.result.constructPaths[logicalId];
    return path.endsWith('/Resource') ? path.slice(0, -'/Resource'.length) : undefined;
  }

  resourceAt(path: string, type: string): string | undefined {
    return Object.keys(this.result.constructPaths).find(
      (id) => this.result.constructPaths[id] === path && this.result.fragment.Resources[id].Type === type,
    );
  }
}

/** An imported stream or bucket whose key the construct made (or the caller gave). */
function withKey<T>(l2: IConstruct, key: IConstruct | undefined, given: kms.IKey | undefined): T {
  const encryptionKey = key ?? given;
  if (encryptionKey) Object.defineProperty(l2, 'encryptionKey', { value: encryptionKey, configurable: true });
  return l2 as T;
}

/** An import whose name is parsed from its ARN: the official L2 gives `Ref` instead. */
function withName<T extends IConstruct>(l2: T, property: string, name: string): T {
  Object.defineProperty(l2, property, { value: name, configurable: true });
  return l2;
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
