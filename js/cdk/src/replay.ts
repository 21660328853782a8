// The engine's construction steps replayed with the real aws-cdk-lib classes: a table from each
// step kind and class name to the aws-cdk-lib call, and the markers of step values resolved to
// the caller's objects, earlier steps' objects, constants and tokens. No construct logic here.

import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, IConstruct } from 'constructs';
import type { ConstructionStep, JsonValue } from './engine';
import { EngineInput, isMinimalJoin, joinOf, pathInStack, PLAIN } from './references';

/* eslint-disable @typescript-eslint/no-explicit-any */
type ConstructClass = new (scope: Construct, id: string, props: any) => IConstruct;

/** `new <class>(scope, id, props)` of a `new` step. */
const CONSTRUCTS: { readonly [name: string]: ConstructClass } = {
  'kinesis.Stream': kinesis.Stream,
  's3.Bucket': s3.Bucket,
  'cloudwatch.Alarm': cloudwatch.Alarm,
  'iam.Role': iam.Role,
  'iam.Policy': iam.Policy,
  'glue.CfnDatabase': glue.CfnDatabase,
  'glue.CfnTable': glue.CfnTable,
  'glue.CfnSecurityConfiguration': glue.CfnSecurityConfiguration,
  'glue.CfnJob': glue.CfnJob,
};

/** `{"$new": class, "args": [...]}` values. */
const VALUES: { readonly [name: string]: new (...args: any[]) => unknown } = {
  'iam.ServicePrincipal': iam.ServicePrincipal,
  'iam.PolicyStatement': iam.PolicyStatement,
  'cloudwatch.Metric': cloudwatch.Metric,
};

/** `{"$cdk": name}` values. */
const CONSTANTS: { readonly [name: string]: unknown } = {
  'StreamEncryption.MANAGED': kinesis.StreamEncryption.MANAGED,
  'BucketEncryption.S3_MANAGED': s3.BucketEncryption.S3_MANAGED,
  'BlockPublicAccess.BLOCK_ALL': s3.BlockPublicAccess.BLOCK_ALL,
  'RemovalPolicy.RETAIN': cdk.RemovalPolicy.RETAIN,
  'StorageClass.GLACIER': s3.StorageClass.GLACIER,
};

/** `call` steps: the methods the construct calls on what it made or was given. */
const METHODS = new Set(['grantRead', 'grantReadWrite', 'grantDecrypt', 'attachToRole', 'attachInlinePolicy']);

/** Pseudo parameters as the construct writes them (`Aws.X`: never replaced by a known env). */
const PSEUDO: { readonly [name: string]: string } = {
  'AWS::AccountId': cdk.Aws.ACCOUNT_ID,
  'AWS::Partition': cdk.Aws.PARTITION,
  'AWS::Region': cdk.Aws.REGION,
  'AWS::StackId': cdk.Aws.STACK_ID,
  'AWS::StackName': cdk.Aws.STACK_NAME,
  'AWS::URLSuffix': cdk.Aws.URL_SUFFIX,
};

/** Intrinsics that stand for a list of strings. */
const LIST_INTRINSICS = new Set(['Fn::Split', 'Fn::GetAZs', 'Fn::Cidr']);

export class Replay {
  /** What the steps made, by construct path below the stack. */
  readonly made = new Map<string, IConstruct>();
  /** Resources the steps made, by logical ID: intrinsics naming them become their tokens. */
  private readonly resources = new Map<string, cdk.CfnElement>();

  /** The engine's logical IDs by construct path below the stack. */
  private readonly logicalIds = new Map<string, string>();

  constructor(
    private readonly stack: cdk.Stack,
    private readonly props: object,
    private readonly input: EngineInput,
    constructPaths: { readonly [logicalId: string]: string },
  ) {
    for (const [logicalId, path] of Object.entries(constructPaths)) this.logicalIds.set(path, logicalId);
  }

  run(step: ConstructionStep): void {
    switch (step.kind) {
      case 'setContext':
        this.at(step.at).node.setContext(step.key, step.value);
        return;
      case 'new': {
        const Class = CONSTRUCTS[step.class];
        if (!Class) throw new Error(`construction step: unknown class ${step.class}`);
        const [scope, id] = this.parentOf(step.at);
        this.register(step.at, new Class(scope, id, this.value(step.props)));
        return;
      }
      case 'importRole': {
        const [scope, id] = this.parentOf(step.at);
        this.register(step.at, iam.Role.fromRoleArn(scope, id, asString(this.value(step.arn))));
        return;
      }
      case 'importBucket': {
        const [scope, id] = this.parentOf(step.at);
        this.register(step.at, s3.Bucket.fromBucketArn(scope, id, asString(this.value(step.arn))));
        return;
      }
      case 'call': {
        if (!METHODS.has(step.method)) throw new Error(`construction step: unknown method ${step.method}`);
        const target = this.value(step.target) as { [method: string]: (argument: unknown) => unknown };
        target[step.method](this.value(step.argument));
        return;
      }
      case 'suppressCfnNag': {
        // core's addCfnSuppressRules: on the L2's resource, joining rules already there.
        let target = this.value(step.target) as IConstruct;
        if (target instanceof cdk.Resource) target = target.node.defaultChild as IConstruct;
        const resource = target as cdk.CfnResource;
        const existing = resource.cfnOptions.metadata?.cfn_nag?.rules_to_suppress;
        if (existing) existing.push(...(step.rules as JsonValue[]));
        else resource.addMetadata('cfn_nag', { rules_to_suppress: step.rules });
        return;
      }
      case 'assign': {
        // The construct writing into the caller's props: the caller's own object is changed.
        const target = this.value(step.target) as { [key: string]: unknown };
        target[step.key] = this.value(step.value);
        return;
      }
      default:
        throw new Error(`construction step: unknown kind ${(step as { kind: string }).kind}`);
    }
  }

  /** A step value: markers resolved, intrinsics turned into the tokens they stand for. */
  value(v: JsonValue): any {
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (typeof v === 'string') return this.input.passedFor(v) ?? v;
    if (v === null || typeof v !== 'object') return v;
    if ('$user' in v) return this.user(v.$user as string);
    if ('$construct' in v) return this.at(v.$construct as string);
    if ('$cdk' in v) {
      const name = v.$cdk as string;
      if (!(name in CONSTANTS)) throw new Error(`construction step: unknown constant ${name}`);
      return CONSTANTS[name];
    }
    if ('$duration' in v) {
      const [unit, amount] = Object.entries(v.$duration as { [unit: string]: number })[0];
      const make = (cdk.Duration as unknown as { [unit: string]: (n: number) => cdk.Duration })[unit];
      if (typeof make !== 'function') throw new Error(`construction step: unknown duration unit ${unit}`);
      return make(amount);
    }
    if ('$new' in v) {
      const Class = VALUES[v.$new as string];
      if (!Class) throw new Error(`construction step: unknown value class ${String(v.$new)}`);
      return new Class(...(v.args as JsonValue[]).map((a) => this.value(a)));
    }
    const token = this.intrinsic(v);
    if (token !== undefined) return token;
    const out: { [key: string]: unknown } = {};
    for (const [k, x] of Object.entries(v)) out[k] = this.value(x);
    return out;
  }

  /** The token an intrinsic stands for, where it names something the adapter knows. */
  private intrinsic(v: { [key: string]: JsonValue }): unknown {
    const restored = this.input.tokenFor(v);
    if (restored !== undefined) return asString(restored);
    const keys = Object.keys(v);
    if (keys.length !== 1) return undefined;
    const body = v[keys[0]];
    if (keys[0] === 'Ref' && typeof body === 'string') {
      if (body in PSEUDO) return PSEUDO[body];
      const resource = this.resources.get(body);
      return resource instanceof cdk.CfnResource ? resource.ref : undefined;
    }
    if (keys[0] === 'Fn::GetAtt' && Array.isArray(body) && typeof body[0] === 'string' && typeof body[1] === 'string') {
      const resource = this.resources.get(body[0]);
      return resource instanceof cdk.CfnResource ? resource.getAtt(body[1]).toString() : undefined;
    }
    const join = joinOf(v);
    if (join) {
      const [delimiter, joined] = join as [string, JsonValue[]];
      // The caller's own join: their token of it, or their plain object, which CDK gets as such
      // (so is one CDK would write another way, which only a caller writes).
      const callers = this.input.callersJoin(v);
      if (callers !== undefined && callers !== PLAIN) return callers;
      if (callers === PLAIN || !isMinimalJoin(delimiter, joined)) {
        return { 'Fn::Join': [delimiter, joined.map((p) => this.value(p))] };
      }
      // The construct writes these as template strings: the same string with the same tokens.
      const parts = joined.map((p) => asString(this.value(p)));
      return delimiter === '' ? parts.join('') : cdk.Fn.join(delimiter, parts);
    }
    if (keys[0] === 'Ref' || keys[0].startsWith('Fn::')) {
      // Any other intrinsic: a token of it (L1 validators take tokens, not plain objects).
      const resolvable = { [keys[0]]: this.value(body) };
      return LIST_INTRINSICS.has(keys[0]) ? cdk.Token.asList(resolvable) : cdk.Token.asString(resolvable);
    }
    return undefined;
  }

  /** The caller's value at a JSON pointer into the props. */
  private user(pointer: string): unknown {
    let node: unknown = this.props;
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = node === null || node === undefined ? undefined : (node as { [key: string]: unknown })[key];
    }
    if (node === undefined) throw new Error(`construction step: nothing at ${pointer} in the props`);
    return node;
  }

  /** What a step made at `path` (or a construct already there, such as the scope). */
  at(path: string): IConstruct {
    const made = this.made.get(path);
    if (made) return made;
    let node: IConstruct = this.stack;
    for (const id of path.split('/')) {
      const child = node.node.tryFindChild(id);
      if (!child) throw new Error(`construction step: no construct at ${path}`);
      node = child;
    }
    return node;
  }

  private parentOf(path: string): [Construct, string] {
    const i = path.lastIndexOf('/');
    const parent = i < 0 ? this.stack : this.at(path.slice(0, i));
    return [parent as Construct, path.slice(i + 1)];
  }

  private register(path: string, made: IConstruct): void {
    this.made.set(path, made);
    for (const c of made.node.findAll()) {
      if (!(c instanceof cdk.CfnElement)) continue;
      // Known by the engine's logical ID, which step values name: resolving CDK's costs a hash of
      // the path. Should CDK's differ, the check after the replay reports the resource.
      const logicalId = this.logicalIds.get(pathInStack(this.stack, c)) ?? this.stack.resolve(c.logicalId);
      this.resources.set(logicalId, c);
    }
  }
}

function asString(v: unknown): string {
  return typeof v === 'string' ? v : cdk.Token.asString(v);
}
