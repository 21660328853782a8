// The engine's fragment -> CDK constructs: every resource at its construct path, with the engine's
// logical ID, so the stack's template holds what the official construct would have added.

import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { AUTO_DELETE_PROVIDER_ID, autoDeleteObjectsProvider } from './auto-delete';
import { CfnResourceJson, EngineResult } from './engine';
import { EngineInput } from './references';

/** Makes the construct at a position (e.g. an imported L2 standing where the official L2 stood). */
export type Importer = (scope: Construct, id: string) => IConstruct;

interface BucketLike extends IConstruct {
  addToResourcePolicy(statement: iam.PolicyStatement): unknown;
}

export class Placement {
  /** The resources this placement created, by logical ID. */
  readonly resources = new Map<string, cdk.CfnResource>();
  /** What the importers made, by construct path below the stack. */
  readonly imported = new Map<string, IConstruct>();
  private readonly created = new Set<IConstruct>();
  private stackResources?: Map<string, cdk.CfnResource>;

  constructor(
    private readonly stack: cdk.Stack,
    private readonly result: EngineResult,
    private readonly input: EngineInput,
    private readonly importers: Map<string, Importer>,
    /** A caller's bucket whose policy comes from a CDK grant, not from the fragment. */
    private readonly grantedBucket?: IConstruct,
  ) {}

  /** Adds every resource of the fragment, in template order, then their dependencies. */
  placeAll(): void {
    const resources = Object.entries(this.result.fragment.Resources);
    for (const [logicalId, json] of resources) this.place(logicalId, json);
    for (const [logicalId, json] of resources) {
      const resource = this.resources.get(logicalId);
      for (const target of json.DependsOn ?? []) resource?.addResourceDependency(this.find(target));
    }
  }

  /** The construct at `ids` below the stack, made (plain, or by its importer) where missing. */
  scopeAt(ids: string[]): Construct {
    let node: Construct = this.stack;
    ids.forEach((id, i) => {
      let child = node.node.tryFindChild(id) as Construct | undefined;
      if (!child) {
        const position = ids.slice(0, i + 1).join('/');
        const importer = this.importers.get(position);
        child = (importer ? importer(node, id) : new Construct(node, id)) as Construct;
        if (importer) this.imported.set(position, child);
        this.created.add(child);
      }
      node = child;
    });
    return node;
  }

  private place(logicalId: string, json: CfnResourceJson): void {
    const ids = this.result.constructPaths[logicalId].split('/');
    if (ids[0] === AUTO_DELETE_PROVIDER_ID) {
      const description = json.Type === 'AWS::Lambda::Function' ? json.Properties?.Description : undefined;
      if (description !== undefined) autoDeleteObjectsProvider(this.stack, cdk.Token.asString(this.input.restore(description)));
      return;
    }
    if (json.Type === 'AWS::S3::BucketPolicy' && this.addToExistingBucket(ids, json)) return;
    const parent = this.scopeAt(ids.slice(0, -1));
    const resource = new cdk.CfnResource(parent, ids[ids.length - 1], {
      type: json.Type,
      properties: this.input.restore(json.Properties) as { [key: string]: unknown } | undefined,
    });
    if (this.stack.resolve(resource.logicalId) !== logicalId) resource.overrideLogicalId(logicalId);
    if (json.UpdateReplacePolicy) resource.cfnOptions.updateReplacePolicy = json.UpdateReplacePolicy as cdk.CfnDeletionPolicy;
    if (json.DeletionPolicy) resource.cfnOptions.deletionPolicy = json.DeletionPolicy as cdk.CfnDeletionPolicy;
    for (const [key, value] of Object.entries(json.Metadata ?? {})) resource.addMetadata(key, value);
    if (json.Condition) resource.addOverride('Condition', json.Condition);
    this.created.add(resource);
    this.resources.set(logicalId, resource);
  }

  /**
   * A policy on a bucket the caller made: given to the bucket, as the official construct does, so
   * it joins (or starts) that bucket's own policy.
   */
  private addToExistingBucket(ids: string[], json: CfnResourceJson): boolean {
    if (ids.length < 3 || ids[ids.length - 2] !== 'Policy') return false;
    let owner: IConstruct | undefined = this.stack;
    for (const id of ids.slice(0, -2)) owner = owner?.node.tryFindChild(id);
    if (!owner || this.created.has(owner) || typeof (owner as BucketLike).addToResourcePolicy !== 'function') return false;
    if (owner === this.grantedBucket) return true;
    const document = json.Properties?.PolicyDocument as { Statement?: unknown[] } | undefined;
    for (const statement of document?.Statement ?? []) {
      (owner as BucketLike).addToResourcePolicy(iam.PolicyStatement.fromJson(asTokenStrings(this.input.restore(statement))));
    }
    return true;
  }

  private find(logicalId: string): cdk.CfnResource {
    const own = this.resources.get(logicalId);
    if (own) return own;
    if (!this.stackResources) {
      this.stackResources = new Map();
      for (const c of this.stack.node.findAll()) {
        if (cdk.CfnResource.isCfnResource(c)) this.stackResources.set(this.stack.resolve(c.logicalId), c);
      }
    }
    const found = this.stackResources.get(logicalId);
    if (!found) throw new Error(`DependsOn target ${logicalId} is not in the stack`);
    return found;
  }
}

/** `PolicyStatement.fromJson` takes strings where CloudFormation takes intrinsics: tokens stand in. */
function asTokenStrings(value: unknown): unknown {
  if (cdk.Tokenization.isResolvable(value)) return cdk.Token.asString(value);
  if (Array.isArray(value)) return value.map(asTokenStrings);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) return cdk.Token.asString(value);
  const out: { [key: string]: unknown } = {};
  for (const [k, v] of Object.entries(value)) out[k] = asTokenStrings(v);
  return out;
}
