// CDK objects -> the engine's props JSON (its reference objects, intrinsics, durations, enum values),
// and back: intrinsics that came from CDK reference tokens are turned into those tokens again when
// the construction is replayed, so CDK resolves them itself (cross-stack references included).

import * as cdk from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class EngineInput {
  /** JSON text of a `Ref` / `Fn::GetAtt` -> the CDK token it was resolved from. */
  private readonly references = new Map<string, cdk.IResolvable>();
  /** Token text passed for a caller's number or object token -> that token. */
  private readonly passedAsText = new Map<string, unknown>();
  /**
   * The caller's `Fn::Join`s by JSON text: a token's -> that token as the caller gave it, a plain
   * object's -> `PLAIN`. CDK keeps either as it is and writes both alike in a template, but
   * `toJsonString` quotes a token's join as a string and writes a plain object as an object, so
   * the replay must hand CDK the same kind.
   */
  private readonly joins = new Map<string, unknown>();
  /**
   * The first error resolving a caller's token text (an object of another environment without a
   * physical name, say). The official construct keeps that text and fails on it only when the app
   * synthesizes, after its own checks; so the engine gets the text, and the error waits for it.
   */
  private unresolvable: { error: unknown } | undefined;

  constructor(private readonly stack: cdk.Stack) {}

  /** Throws the first error resolving a caller's token text, if there was one. */
  throwUnresolvable(): void {
    if (this.unresolvable) throw this.unresolvable.error;
  }

  /** The construct's props as engine JSON. Throws for values the engine cannot be given. */
  props(props: object): Json {
    return this.value(props, '');
  }

  /** The caller's token an intrinsic was resolved from, if it was. */
  tokenFor(value: object): cdk.IResolvable | undefined {
    return isReference(value) ? this.references.get(JSON.stringify(value)) : undefined;
  }

  /** The caller's own `Fn::Join` of this JSON: their token of it, `PLAIN`, or undefined. */
  callersJoin(join: object): unknown {
    // Most props hold no join: the engine's own joins (every ARN) are then not written as text.
    return this.joins.size === 0 ? undefined : this.joins.get(JSON.stringify(join));
  }

  /** The caller's number or object token that `text` was passed for, if it was. */
  passedFor(text: string): unknown {
    return this.passedAsText.get(text);
  }

  private value(v: unknown, path: string): Json {
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') {
      return cdk.Token.isUnresolved(v) ? this.token(v, path) : v;
    }
    if (typeof v !== 'object') throw unsupported(path, `a ${typeof v}`);
    if (cdk.Token.isUnresolved(v)) return this.token(v, path);
    if (Array.isArray(v)) return v.filter((x) => x !== undefined).map((x, i) => this.value(x, `${path}/${i}`));
    if (v instanceof Date) return v.toISOString();
    if (v instanceof cdk.Duration) return this.duration(v, path);
    if (cdk.CfnResource.isCfnResource(v)) return this.cfnResource(v, path);
    const shaped = this.shaped(v as { [key: string]: unknown }, path);
    if (shaped !== undefined) return shaped;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw unsupported(path, `a ${proto.constructor?.name ?? 'class instance'}`);
    const out: { [key: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) {
      if (x !== undefined) out[k] = this.value(x, `${path}/${k}`);
    }
    if (joinOf(out)) this.noteJoin(out, PLAIN, path);
    return out;
  }

  /** CDK objects recognised by what they expose (L2s may come from another copy of aws-cdk-lib). */
  private shaped(v: { [key: string]: unknown }, path: string): Json | undefined {
    if ('streamArn' in v && 'streamName' in v) {
      return this.withKey({ streamArn: this.value(v.streamArn, path), streamName: this.value(v.streamName, path) }, v, path);
    }
    if ('s3ObjectUrl' in v && 's3ObjectKey' in v) {
      const bucket = v.bucket as { bucketArn: unknown };
      return {
        s3ObjectUrl: this.value(v.s3ObjectUrl, path),
        bucketName: this.value(v.s3BucketName, path),
        objectKey: this.value(v.s3ObjectKey, path),
        bucketArn: this.value(bucket.bucketArn, path),
      };
    }
    if ('bucketArn' in v && 'bucketName' in v) {
      const json = this.withKey({ bucketArn: this.value(v.bucketArn, path), bucketName: this.value(v.bucketName, path) }, v, path);
      const constructPath = this.pathInStack(v as unknown as IConstruct);
      if (constructPath !== undefined) (json as { [key: string]: Json }).constructPath = constructPath;
      return json;
    }
    if ('keyArn' in v && 'keyId' in v) return { keyArn: this.value(v.keyArn, path) };
    if ('roleArn' in v && 'grantPrincipal' in v) return { roleArn: this.value(v.roleArn, `${path}/roleArn`) };
    // s3.StorageClass
    if (Object.keys(v).length === 1 && typeof v.value === 'string' && v.constructor?.name === 'StorageClass') return v.value;
    // Value classes of aws-s3, by their jsii type (a TargetObjectKeyFormat is an anonymous subclass).
    const fqn = (v.constructor as unknown as { [rtti: symbol]: { fqn?: string } | undefined } | undefined)?.[Symbol.for('jsii.rtti')]?.fqn;
    if (fqn === 'aws-cdk-lib.aws_s3.ObjectLockRetention') {
      return { mode: this.value(v.mode, `${path}/mode`), duration: this.value(v.duration, `${path}/duration`) };
    }
    // `{simplePrefix: {}}` or `{partitionedPrefix: {partitionDateSource?}}`, as CDK renders it.
    if (fqn === 'aws-cdk-lib.aws_s3.TargetObjectKeyFormat') return this.value((v as { _render(): unknown })._render(), path);
    // s3.BlockPublicAccess: its four settings, as set
    if (v.constructor?.name === 'BlockPublicAccess') {
      const out: { [key: string]: Json } = {};
      for (const k of ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets']) {
        if (v[k] !== undefined) out[k] = this.value(v[k], `${path}/${k}`);
      }
      return out;
    }
    return undefined;
  }

  private withKey(json: { [key: string]: Json }, v: { [key: string]: unknown }, path: string): Json {
    const key = v.encryptionKey as { keyArn: unknown } | undefined;
    if (key) json.encryptionKeyArn = this.value(key.keyArn, path);
    return json;
  }

  /** An in-stack L2 bucket: the construct may add a bucket policy under it. */
  private pathInStack(c: IConstruct): string | undefined {
    if (!c.node || !c.node.defaultChild || cdk.Stack.of(c) !== this.stack) return undefined;
    return pathInStack(this.stack, c);
  }

  private cfnResource(r: cdk.CfnResource, path: string): Json {
    const any = r as unknown as { [key: string]: unknown };
    switch (r.cfnResourceType) {
      case 'AWS::Glue::Job':
        return { ref: this.value(r.ref, path), role: this.value(any.role, `${path}/role`) };
      case 'AWS::Glue::Database':
        return { ref: this.value(r.ref, path), catalogId: this.value(any.catalogId, path) };
      case 'AWS::Glue::Table':
        return { ref: this.value(r.ref, path) };
      default:
        throw unsupported(path, `a ${r.cfnResourceType} resource`);
    }
  }

  private duration(d: cdk.Duration, path: string): Json {
    // Kept in its own unit: CDK's conversions (and their errors) depend on it.
    const { amount, unit } = d as unknown as { amount: unknown; unit: { label: string } };
    return { [unit.label]: this.value(amount, path) };
  }

  private token(v: unknown, path: string): Json {
    // A name CDK makes only if another environment needs it: known only when CDK writes the
    // template, so it cannot be resolved now; the engine and the replay pass it on as it is.
    if (v === cdk.PhysicalName.GENERATE_IF_NEEDED) return v;
    let resolved: Json;
    try {
      resolved = this.stack.resolve(v) as Json;
    } catch (error) {
      if (typeof v !== 'string') throw error;
      this.unresolvable ??= { error };
      return v;
    }
    const tokens = typeof v === 'string' ? cdk.Tokenization.reverseString(v).tokens : cdk.Tokenization.isResolvable(v) ? [v] : [];
    for (const token of tokens) {
      const json = this.stack.resolve(token);
      if (isReference(json)) this.references.set(JSON.stringify(json), token);
    }
    // Passed as its token text, as the official construct sees it, where the construct reads that
    // text: a value that resolves to no intrinsic (a `cdk.Lazy`), which its checks and override
    // warnings take as unresolved, and the two props it parses (the role ARN, by `Arn.split`, and
    // the script's S3 URL). The fragment then holds that text, which the stack resolves into what
    // CDK writes (check.ts).
    if (typeof v === 'string' && (!holdsIntrinsic(resolved) || PARSED_AS_TEXT.has(path))) return v;
    // A number that resolves to no intrinsic (a `cdk.Lazy`) and a token object that is not one
    // intrinsic (a `Lazy.any`) are passed as token text too: the construct keeps a token object
    // whole, never merging its defaults into it nor reading into it, and CDK checks and converts
    // what either resolves to. The replay hands CDK the caller's token back.
    const object = typeof v === 'object' && v !== null && !Array.isArray(v);
    if ((typeof v === 'number' && !holdsIntrinsic(resolved)) || (object && !isIntrinsic(resolved))) {
      const text = cdk.Token.asString(v);
      this.passedAsText.set(text, v);
      return text;
    }
    if (joinOf(resolved)) this.noteJoin(resolved, v, path);
    return resolved;
  }

  private noteJoin(join: Json, given: unknown, path: string): void {
    const text = JSON.stringify(join);
    const known = this.joins.get(text);
    if (known !== undefined && (known === PLAIN) !== (given === PLAIN)) {
      throw unsupported(path, 'an Fn::Join given both as a token and as a plain object (elsewhere in the props)');
    }
    this.joins.set(text, given);
  }
}

/** What `callersJoin` gives for a join the caller wrote as a plain object. */
export const PLAIN = Symbol('a plain Fn::Join object');

/** The path of a construct of `stack` below it, as the engine names construct paths. */
export function pathInStack(stack: cdk.Stack, c: IConstruct): string {
  const prefix = stack.node.path;
  return prefix === '' ? c.node.path : c.node.path.slice(prefix.length + 1);
}

/** Props whose text the construct parses: role ARNs (`Role.fromRoleArn`) and the script's S3 URL. */
const PARSED_AS_TEXT = new Set([
  '/glueJobProps/role',
  '/glueJobProps/role/roleArn',
  '/existingGlueJob/role',
  '/glueJobProps/command/scriptLocation',
]);

/** Whether resolved JSON holds a CloudFormation intrinsic anywhere. */
function holdsIntrinsic(v: Json): boolean {
  if (isIntrinsic(v)) return true;
  if (v === null || typeof v !== 'object') return false;
  return (Array.isArray(v) ? v : Object.values(v)).some(holdsIntrinsic);
}

/** One CloudFormation intrinsic: an object of one key, `Ref` or `Fn::*`. */
function isIntrinsic(v: Json): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/**
 * Whether CDK writes `{"Fn::Join": [delimiter, parts]}` as it is when it resolves `Fn.join` of
 * those parts: more than one part, none a join of the same delimiter, no two literals (strings or
 * numbers that hold no token) side by side. The same tests as aws-cdk-lib's
 * `minimalCloudFormationJoin`, by hand, as what decides the template's bytes (the engine builds
 * its joins by them in `model::intrinsics::join`; this tests the joins the replay is handed).
 * Every join CDK makes is so; one that is not is a plain object the caller wrote, which CDK
 * writes unchanged.
 */
export function isMinimalJoin(delimiter: string, parts: readonly unknown[]): boolean {
  if (parts.length < 2) return false;
  return parts.every((part, i) => joinOf(part)?.[0] !== delimiter && !(i > 0 && isLiteral(parts[i - 1]) && isLiteral(part)));
}

/** The delimiter and parts of `{"Fn::Join": [delimiter, parts]}`, or undefined for any other value. */
export function joinOf(v: unknown): [string, unknown[]] | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const keys = Object.keys(v);
  const args = (v as { [key: string]: unknown })['Fn::Join'];
  if (keys.length !== 1 || keys[0] !== 'Fn::Join' || !Array.isArray(args)) return undefined;
  return typeof args[0] === 'string' && Array.isArray(args[1]) ? [args[0], args[1]] : undefined;
}

function isLiteral(v: unknown): boolean {
  return (typeof v === 'string' || typeof v === 'number') && !cdk.Token.isUnresolved(v);
}

/** Whether a JSON value holds a token's text anywhere (a caller's value passed as its token). */
export function holdsTokenText(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'number') return cdk.Token.isUnresolved(v);
  if (v === null || typeof v !== 'object') return false;
  return (Array.isArray(v) ? v : Object.values(v)).some(holdsTokenText);
}

/** `{"Ref": resource}` or `{"Fn::GetAtt": [...]}`: what a CDK reference token resolves to. */
function isReference(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  if (keys.length !== 1) return false;
  const body = (v as { [key: string]: unknown })[keys[0]];
  if (keys[0] === 'Ref') return typeof body === 'string' && !body.startsWith('AWS::');
  return keys[0] === 'Fn::GetAtt' && Array.isArray(body);
}

function unsupported(path: string, what: string): Error {
  return new Error(`${path || 'props'}: ${what} cannot be passed to the engine`);
}
