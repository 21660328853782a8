// The replay checked against the engine's own fragment: every resource the replay added to the
// stack must be in the fragment with the same resolved template, and every fragment resource must
// have been added. A difference is an error naming it, never a silent one.

import * as cdk from 'aws-cdk-lib';
import { IConstruct, MetadataOptions, Node } from 'constructs';
import type { CfnResource as CfnResourceJson, ConstructionResult } from './engine';
import { EngineInput, holdsTokenText, isMinimalJoin, joinOf, pathInStack } from './references';

/** CDK's own handler for `autoDeleteObjects`: its code (and asset hash) follows the installed aws-cdk-lib. */
const MADE_BY_CDK = /^Custom::S3AutoDeleteObjectsCustomResourceProvider(\/|$)/;

/**
 * The stack's resources before the construct adds any. Kept as objects: resolving each one's
 * logical ID (a hash of its path) made the adapter's cost grow with the size of the stack it is
 * added to; only the resources the engine's fragment names without the replay adding them have
 * their IDs resolved, and only then.
 */
export function resourcesBefore(stack: cdk.Stack): Set<cdk.CfnResource> {
  return new Set(cfnResources(stack));
}

export function checkAgainstFragment(stack: cdk.Stack, before: Set<cdk.CfnResource>, result: ConstructionResult, input: EngineInput, where: string): void {
  withoutAnalyticsMetadata(() => check(stack, before, result, input, where));
}

/**
 * Resolving the replayed resources runs aws-cdk-lib methods that record their calls as construct
 * metadata under `@aws-cdk/core:enableAdditionalMetadataCollection` (a role's `dedupeString`, as
 * policy statements are merged), which CDKMetadata's analytics then carry. The official construct
 * resolves nothing while it is made, so the check records none.
 */
function withoutAnalyticsMetadata(run: () => void): void {
  const node = Node.prototype;
  const addMetadata = node.addMetadata;
  node.addMetadata = function (this: Node, type: string, data: unknown, options?: MetadataOptions) {
    if (!type.startsWith('aws:cdk:analytics:')) addMetadata.call(this, type, data, options);
  };
  try {
    run();
  } finally {
    node.addMetadata = addMetadata;
  }
}

function check(stack: cdk.Stack, before: Set<cdk.CfnResource>, result: ConstructionResult, input: EngineInput, where: string): void {
  const expected = result.fragment.Resources;
  const added = cfnResources(stack).filter((r) => !before.has(r) && synthesizes(r));
  const seen = new Set<string>();
  for (const resource of added) {
    // Rendering the resource resolves its logical ID too: CDK's handler alone is not rendered.
    const { logicalId, json: got } = MADE_BY_CDK.test(pathInStack(stack, resource))
      ? { logicalId: stack.resolve(resource.logicalId) as string, json: undefined }
      : rendered(stack, resource);
    seen.add(logicalId);
    const want = expected[logicalId];
    if (!want) throw mismatch(where, `${resource.node.path} (${logicalId}) is not in the engine's fragment`);
    if (got === undefined) continue;
    const official = normalized(stack, input, want);
    // Aspects run at synth, after this check: tags (Tags.of, and CDK's own such as the
    // auto-delete tag) and dependencies added by aspects are not there yet. What is there must
    // match; tags are then left to CDK, and extra dependencies may only come from the fragment.
    if (hasPendingAspects(resource)) {
      dropTags(official);
      dropTags(got);
      const gotDeps = (got.DependsOn as string[] | undefined) ?? [];
      const wantDeps = (official.DependsOn as string[] | undefined) ?? [];
      const missing = gotDeps.filter((d) => !wantDeps.includes(d));
      if (missing.length > 0) throw mismatch(where, `Resources/${logicalId}/DependsOn has ${JSON.stringify(missing)}, which the official construct does not write`);
      delete got.DependsOn;
      delete official.DependsOn;
    }
    const difference = firstDifference(official, got, `Resources/${logicalId}`);
    if (difference) throw injectorsIn(resource, where, difference) ?? mismatch(where, difference);
  }
  let idsBefore: Set<string> | undefined;
  for (const logicalId of Object.keys(expected)) {
    if (seen.has(logicalId)) continue;
    // A stack-wide resource an earlier construct made (a custom resource provider) is in the
    // fragment too.
    idsBefore ??= new Set([...before].map((r) => stack.resolve(r.logicalId) as string));
    if (!idsBefore.has(logicalId)) {
      throw mismatch(where, `the engine's ${logicalId} (${result.constructPaths[logicalId]}) was not built`);
    }
  }
}

function hasPendingAspects(resource: IConstruct): boolean {
  return resource.node.scopes.some((scope) => cdk.Aspects.of(scope).all.length > 0);
}

/** Drops `Properties.Tags`; the properties are copied, as they may be the fragment's own. */
function dropTags(json: { [key: string]: unknown }): void {
  const properties = json.Properties as { [key: string]: unknown } | undefined;
  if (!properties) return;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { Tags, ...rest } = properties;
  if (Object.keys(rest).length === 0) delete json.Properties;
  else json.Properties = rest;
}

function mismatch(where: string, what: string): Error {
  return new Error(
    `${where}: kinesisstreams-gluejob-wasm could not reproduce the official construct here: ${what}. ` +
      'Please report this with the props used.',
  );
}

/**
 * The error for a difference where property injectors are in scope: they change an L2's props
 * inside its aws-cdk-lib constructor, after the construct has set them, and the engine cannot run
 * them. Only looked up once a difference is found (`PropertyInjectors.of` attaches a registry).
 */
function injectorsIn(resource: IConstruct, where: string, difference: string): Error | undefined {
  const classes = new Set(resource.node.scopes.flatMap((scope) => cdk.PropertyInjectors.of(scope).supportedClasses()));
  if (classes.size === 0) return undefined;
  return new Error(
    `${where}: kinesisstreams-gluejob-wasm cannot reproduce the official construct with the property injectors in scope ` +
      `(for ${[...classes].join(', ')}): they change props inside aws-cdk-lib's constructors, which the engine does not run ` +
      `(${difference} without them).`,
  );
}

/**
 * Whether CDK will write the resource: an `iam.Policy` attached to nothing (the construct's
 * policy on an immutable role of another account) stays in the tree but is left out of the
 * template, as with the official construct.
 */
function synthesizes(resource: cdk.CfnResource): boolean {
  return (resource as unknown as { shouldSynthesize(): boolean }).shouldSynthesize();
}

function cfnResources(stack: cdk.Stack): cdk.CfnResource[] {
  // In the order of a walk of the tree (`findAll`, four times faster than visiting each node's
  // children here); another stack's resources, a nested one's, are not this template's.
  return stack.node
    .findAll()
    .filter((c): c is cdk.CfnResource => cdk.CfnResource.isCfnResource(c) && cdk.Stack.of(c) === stack);
}

/**
 * The resource as the template will hold it, `DependsOn` included (CDK adds construct
 * dependencies at synth), and its logical ID.
 */
function rendered(stack: cdk.Stack, resource: cdk.CfnResource): { logicalId: string; json: { [key: string]: unknown } } {
  const template = stack.resolve((resource as unknown as { _toCloudFormation(): object })._toCloudFormation()) as {
    Resources: { [id: string]: { [key: string]: unknown } };
  };
  const [logicalId, written] = Object.entries(template.Resources)[0];
  // As the template file holds it: `undefined` members dropped.
  const json = JSON.parse(JSON.stringify(written)) as { [key: string]: unknown };
  const dependsOn = new Set<string>((json.DependsOn as string[] | undefined) ?? []);
  for (const target of constructDependencies(resource)) {
    if (cdk.Stack.of(target) === stack) dependsOn.add(stack.resolve(target.logicalId));
  }
  delete json.DependsOn;
  const metadata = json.Metadata as { [key: string]: unknown } | undefined;
  if (metadata) {
    delete metadata['aws:cdk:path'];
    if (Object.keys(metadata).length === 0) delete json.Metadata;
  }
  if (dependsOn.size > 0) json.DependsOn = [...dependsOn].sort();
  return { logicalId, json };
}

/** What CDK's `prepareApp` turns into `DependsOn`: dependencies of the resource and its ancestors. */
function constructDependencies(resource: cdk.CfnResource): cdk.CfnResource[] {
  const out: cdk.CfnResource[] = [];
  for (const scope of resource.node.scopes) {
    for (const target of scope.node.dependencies) {
      for (const c of target.node.findAll()) if (cdk.CfnResource.isCfnResource(c) && c !== resource) out.push(c);
    }
  }
  return out;
}

/**
 * What the engine passed through for CDK to write, or to leave out, as the official construct
 * does: the caller's token objects (a `Lazy.any`, which the replay handed CDK) and names CDK
 * makes only if needed. Whatever CDK writes there matches, and so does nothing.
 */
const WRITTEN_BY_CDK = '\u0000written by CDK';

/**
 * The fragment's resource as CDK writes it: token text the caller gave (a `cdk.Lazy`) resolved,
 * and what is CDK's to write marked.
 */
function normalized(stack: cdk.Stack, input: EngineInput, want: CfnResourceJson): { [key: string]: unknown } {
  // Without a token's text the fragment's resource is what CDK writes: resolving would not change
  // it, and most constructs are given no token that resolves to a literal. Its top level is copied.
  const written = holdsTokenText(want)
    ? (JSON.parse(JSON.stringify(stack.resolve(asCdkWritesIt(want, input)))) as { [key: string]: unknown })
    : want;
  const { DependsOn: dependsOn, ...json } = written;
  if (dependsOn !== undefined) json.DependsOn = (Array.isArray(dependsOn) ? [...dependsOn] : [dependsOn]).sort();
  return json;
}

/**
 * The fragment before resolving, in one walk: its `Fn::Join`s as `Fn.join` calls (token text
 * among their parts resolves to intrinsics, and CDK then writes the join as it would have: nested
 * joins of the same delimiter flattened, literals merged), but for a join the caller wrote as a
 * plain object, which CDK writes as it is; and what is CDK's to write marked.
 */
function asCdkWritesIt(v: unknown, input: EngineInput): unknown {
  if (typeof v === 'string') {
    return typeof input.passedFor(v) === 'object' || v === cdk.PhysicalName.GENERATE_IF_NEEDED ? WRITTEN_BY_CDK : v;
  }
  if (Array.isArray(v)) return v.map((x) => asCdkWritesIt(x, input));
  if (!isObject(v)) return v;
  const join = joinOf(v);
  if (join && isMinimalJoin(...join)) {
    return cdk.Fn.join(join[0], join[1].map((part) => asCdkWritesIt(part, input) as string));
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asCdkWritesIt(x, input)]));
}

/** The first place two JSON values differ (key order included), or undefined. */
function firstDifference(want: unknown, got: unknown, path: string): string | undefined {
  if (want === WRITTEN_BY_CDK) return undefined;
  if (Array.isArray(want) && Array.isArray(got)) {
    if (want.length !== got.length) return `${path} has ${got.length} entries, the official construct writes ${want.length}`;
    for (let i = 0; i < want.length; i++) {
      const d = firstDifference(want[i], got[i], `${path}/${i}`);
      if (d) return d;
    }
    return undefined;
  }
  if (isObject(want) && isObject(got)) {
    const wantKeys = Object.keys(want).filter((key) => want[key] !== WRITTEN_BY_CDK || key in got);
    const gotKeys = Object.keys(got);
    if (wantKeys.join('\u0000') !== gotKeys.join('\u0000')) {
      return `${path} has keys ${JSON.stringify(gotKeys)}, the official construct writes ${JSON.stringify(wantKeys)}`;
    }
    for (const key of wantKeys) {
      const d = firstDifference(want[key], got[key], `${path}/${key}`);
      if (d) return d;
    }
    return undefined;
  }
  return want === got ? undefined : `${path} is ${JSON.stringify(got)}, the official construct writes ${JSON.stringify(want)}`;
}

function isObject(v: unknown): v is { [key: string]: unknown } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
