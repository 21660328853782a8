'use strict';
// The adapter in whole CDK apps: each test builds the same app twice, with the official construct
// and with the adapter, and compares every stack's template (JSON text) and what else CDK records.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { cdk, Construct, core, official, adapter, newApp, capturePrinted, templateText, cleanup } = require('./apps.cjs');

const iam = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'aws-iam'));
const kinesis = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'aws-kinesis'));
const s3assets = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'aws-s3-assets'));

after(cleanup);

const SCRIPT = { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://example-scripts/etl.py' };
const FIELDS = [{ name: 'id', type: 'int', comment: 'id' }, { name: 'name', type: 'string', comment: 'name' }];
const minimal = (extra = {}) => ({ glueJobProps: { command: { ...SCRIPT } }, fieldSchema: FIELDS.map((f) => ({ ...f })), ...extra });

/**
 * Runs `build(app, Klass, lib)` for both constructs; returns the templates of every stack of each
 * app (in stages and nested stacks too) by construct path.
 */
function both(build, context) {
  const run = (Klass) => {
    const app = newApp(context);
    const { printed } = capturePrinted(() => build(app, Klass));
    const assembly = app.synth();
    const templates = {};
    for (const stack of app.node.findAll().filter((c) => cdk.Stack.isStack(c))) templates[stack.node.path] = templateText(stack);
    return { templates, printed, assembly };
  };
  return { want: run(official.KinesisstreamsToGluejob), got: run(adapter.KinesisstreamsToGluejob) };
}

/** Equal templates as JSON text (`keyOrder: false`: as parsed JSON, for property overrides). */
function assertSameTemplates({ want, got }, { keyOrder = true } = {}) {
  assert.ok(Object.keys(want.templates).length > 0, 'the app has stacks');
  assert.deepEqual(Object.keys(got.templates), Object.keys(want.templates), 'stacks');
  for (const name of Object.keys(want.templates)) {
    if (keyOrder) assert.equal(got.templates[name], want.templates[name], `template of ${name}`);
    else assert.deepEqual(JSON.parse(got.templates[name]), JSON.parse(want.templates[name]), `template of ${name}`);
  }
  assert.deepEqual(got.printed, want.printed, 'printed warnings');
}

test('two stacks in one app, each with its own construct', () => {
  assertSameTemplates(
    both((app, Klass) => {
      for (const name of ['Ingest', 'Replay']) {
        const stack = new cdk.Stack(app, name);
        core.SetConsistentFeatureFlags(stack);
        new Klass(stack, `${name}Pipeline`, minimal());
      }
    }),
  );
});

test('nested scopes inside a stage, role given by ARN (stack-safe policy name)', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stage = new cdk.Stage(app, 'Prod');
      const stack = new cdk.Stack(stage, 'Data');
      core.SetConsistentFeatureFlags(stack);
      const outer = new Construct(new Construct(stack, 'Platform'), 'Streaming');
      new Klass(outer, 'Etl', minimal({ glueJobProps: { command: { ...SCRIPT }, role: 'arn:aws:iam::123456789012:role/Etl' } }));
    }),
  );
});

// Over 128 characters, the stack-safe default policy name of a role given by ARN is made by
// Names.uniqueResourceName, which starts from the innermost stack whose stackName is literal.
test('long stack-safe policy names of a role given by ARN: named after the innermost stack with a literal name', () => {
  const role = 'arn:aws:iam::123456789012:role/Etl';
  const long = (word) => `${word}${'x'.repeat(70)}`;
  const stacks = {
    'nested stack': (app) => new cdk.NestedStack(new cdk.Stack(app, long('Parent')), long('Nested')),
    'stage': (app) => new cdk.Stack(new cdk.Stage(app, 'Prod'), long('Stack')),
    'explicit stackName': (app) => new cdk.Stack(app, long('Named'), { stackName: 'short-name' }),
    'nested stack in a stage': (app) => new cdk.NestedStack(new cdk.Stack(new cdk.Stage(app, 'Prod'), long('Data')), 'Inner'),
  };
  for (const [what, makeStack] of Object.entries(stacks)) {
    const built = both((app, Klass) => {
      const stack = makeStack(app);
      core.SetConsistentFeatureFlags(stack);
      new Klass(new Construct(stack, long('Platform')), 'Etl', minimal({ glueJobProps: { command: { ...SCRIPT }, role } }));
    });
    assert.ok(Object.values(built.want.templates).some((t) => /"PolicyName": "Policy[\w+=,.@-]{100,}"/.test(t)), `${what}: a long policy name`);
    assertSameTemplates(built);
  }
});

test('an object of another environment: the construct\'s own checks come first, then CDK\'s error on the reference', () => {
  const run = (Klass, scriptLocation) => {
    const app = newApp();
    const producer = new cdk.Stack(app, 'Producer', { env: { account: '111111111111', region: 'eu-west-1' } });
    const stream = new kinesis.Stream(producer, 'Stream');
    const consumer = new cdk.Stack(app, 'Consumer');
    core.SetConsistentFeatureFlags(consumer);
    try {
      capturePrinted(() => new Klass(consumer, 'Etl', minimal({ existingStreamObj: stream, glueJobProps: { command: { ...SCRIPT, scriptLocation } } })));
      app.synth();
      return 'synthesized';
    } catch (e) {
      return e.message;
    }
  };
  const both = (scriptLocation) => [run(adapter.KinesisstreamsToGluejob, scriptLocation), run(official.KinesisstreamsToGluejob, scriptLocation)];
  const [invalid, invalidWant] = both('s3://no-key');
  assert.match(invalidWant, /^Invalid S3 URL for Glue script provided/);
  assert.equal(invalid, invalidWant);
  // CDK's message once, from the adapter's constructor; the official construct's at synthesis,
  // nested as deep as the reference sits in its template.
  const [got, want] = both(SCRIPT.scriptLocation);
  assert.match(want, /^(Resolution error: )+Cannot use resource 'Producer\/Stream' in a cross-environment fashion/);
  assert.equal(got, want.replace(/^(Resolution error: )+/, 'Resolution error: ').replace(/\.+$/, '.'));
});

// core's createGlueTable hands CDK the caller's tableProps, or fieldSchema array, as they are.
test('the caller\'s fieldSchema and tableProps are the table\'s own: changes after construction reach the template', () => {
  const cases = {
    fieldSchema: (props) => props.fieldSchema.push({ name: 'later', type: 'string', comment: 'added after construction' }),
    tableProps: (props) => { props.tableProps.tableInput.description = 'changed after construction'; },
  };
  for (const [what, change] of Object.entries(cases)) {
    const built = both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      const props = what === 'fieldSchema' ? minimal() : minimal({
        fieldSchema: undefined,
        tableProps: { catalogId: '123456789012', databaseName: 'db', tableInput: { name: 'events', description: 'as given' } },
      });
      new Klass(stack, 'Etl', props);
      change(props);
    });
    assert.match(built.want.templates.Stack, /added after construction|changed after construction/, `${what}: the official template has the change`);
    assertSameTemplates(built);
  }
});

test('feature flags come from the app context (cdk.json), not only the stack', () => {
  const context = {
    '@aws-cdk/aws-iam:minimizePolicies': false,
    '@aws-cdk/core:validateSnapshotRemovalPolicy': true,
    '@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName': false,
  };
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      new Klass(stack, 'Etl', minimal({ glueJobProps: { command: { ...SCRIPT }, role: 'arn:aws:iam::123456789012:role/Etl' } }));
    }, context),
  );
});

test('a plain app without any feature flag set', () => {
  assertSameTemplates(both((app, Klass) => new Klass(new cdk.Stack(app, 'Stack'), 'Etl', minimal())));
});

test('an existing stream from another stack: CDK exports and imports it', () => {
  const { want, got } = both((app, Klass) => {
    const shared = new cdk.Stack(app, 'Shared');
    const stream = new kinesis.Stream(shared, 'Stream');
    const stack = new cdk.Stack(app, 'Consumer');
    core.SetConsistentFeatureFlags(stack);
    new Klass(stack, 'Etl', minimal({ existingStreamObj: stream }));
  });
  assertSameTemplates({ want, got });
  assert.match(got.templates.Consumer, /Fn::ImportValue/);
  assert.match(got.templates.Shared, /"Outputs"/);
});

test('pattern properties work as CDK objects (grants, names, escape hatches, outputs)', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      const etl = new Klass(stack, 'Etl', minimal({ outputDataStore: { datastoreType: 'S3' } }));
      const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
      etl.kinesisStream.grantRead(reader);
      etl.outputBucket[0].grantRead(reader);
      etl.glueJob.addPropertyOverride('MaxRetries', 3);
      etl.kinesisStream.node.defaultChild.addPropertyOverride('ShardCount', 2);
      new cdk.CfnOutput(stack, 'StreamName', { value: etl.kinesisStream.streamName });
      new cdk.CfnOutput(stack, 'StreamArn', { value: etl.kinesisStream.streamArn });
      new cdk.CfnOutput(stack, 'RoleArn', { value: etl.glueJobRole.roleArn });
      new cdk.CfnOutput(stack, 'RoleName', { value: etl.glueJobRole.roleName });
      new cdk.CfnOutput(stack, 'Bucket', { value: etl.outputBucket[0].bucketName });
      new cdk.CfnOutput(stack, 'Job', { value: etl.glueJob.ref });
      new cdk.CfnOutput(stack, 'Table', { value: etl.table.ref });
      new cdk.CfnOutput(stack, 'Database', { value: etl.database.ref });
      new cdk.CfnOutput(stack, 'Alarm', { value: etl.cloudwatchAlarms[0].alarmArn });
      new cdk.CfnOutput(stack, 'Metric', { value: etl.kinesisStream.metricGetRecordsSuccess().metricName });
    }),
  );
});

test('a later logical ID override of an existing object reaches the fragment', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      const stream = new kinesis.Stream(stack, 'Existing');
      new Klass(stack, 'Etl', minimal({ existingStreamObj: stream }));
      stream.node.defaultChild.overrideLogicalId('RenamedStream');
    }),
  );
});

test('plain Fn::Join objects the caller wrote are written as they are, tokens among their parts resolved', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      const stream = new kinesis.Stream(stack, 'Other');
      const lazy = cdk.Lazy.string({ produce: () => 'late' });
      new Klass(stack, 'Etl', minimal({
        glueJobProps: {
          command: { ...SCRIPT },
          // Literals side by side, one of them a token that resolves to a literal.
          description: { 'Fn::Join': ['', ['Streaming ', 'ETL ', lazy]] },
          defaultArguments: {
            // A reference token among the parts, and a nested join of the same delimiter.
            '--stream': { 'Fn::Join': ['/', ['streams', 'in', stream.streamName]] },
            '--nested': { 'Fn::Join': ['-', ['a', { 'Fn::Join': ['-', [lazy, cdk.Aws.REGION]] }]] },
            // One that CDK's own Fn.join writes the same way: passed as a token of it.
            '--minimal': { 'Fn::Join': ['-', ['a', cdk.Aws.REGION]] },
          },
        },
      }));
    }),
  );
});

test('the caller\'s joins reach CDK as the caller gave them, tokens or plain objects: toJsonString quotes only the tokens', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      const etl = new Klass(stack, 'Etl', minimal({
        glueJobProps: {
          command: { ...SCRIPT },
          defaultArguments: {
            // One part, and a nested join of the same delimiter: joins CDK's Fn.join would not make.
            '--one': cdk.Token.asString({ 'Fn::Join': [',', ['only']] }),
            '--nested': cdk.Token.asAny({ 'Fn::Join': ['-', ['a', { 'Fn::Join': ['-', ['b', cdk.Aws.REGION]] }]] }),
            // A join as CDK's Fn.join makes it, as a token and as a plain object.
            '--token': cdk.Token.asString({ 'Fn::Join': ['-', ['c', cdk.Aws.REGION]] }),
            '--plain': { 'Fn::Join': ['-', ['d', cdk.Aws.REGION]] },
            '--plain-one': { 'Fn::Join': [';', ['only']] },
          },
        },
      }));
      new cdk.CfnOutput(stack, 'Arguments', { value: stack.toJsonString(etl.glueJob.defaultArguments) });
    }),
  );
});

test('autoDeleteObjects: the handler code is a CDK asset, as with the official construct', () => {
  const { want, got } = both((app, Klass) => {
    const stack = new cdk.Stack(app, 'Stack');
    core.SetConsistentFeatureFlags(stack);
    new Klass(stack, 'Etl', minimal({
      outputDataStore: { datastoreType: 'S3', outputBucketProps: { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY } },
    }));
  });
  assertSameTemplates({ want, got });
  const assets = (r) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(r.assembly.directory, 'Stack.assets.json'), 'utf8'));
    return Object.values(manifest.files).map((f) => f.source.path).sort();
  };
  assert.equal(assets(want).length, 2, 'the template and the handler code');
  assert.deepEqual(assets(got), assets(want));
  for (const asset of assets(got)) assert.ok(fs.existsSync(path.join(got.assembly.directory, asset)), asset);
});

test('two constructs in one stack share its auto-delete provider, made by the first', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      const sink = { datastoreType: 'S3', outputBucketProps: { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY } };
      for (const scope of ['Ingest', 'Replay']) new Klass(new Construct(stack, scope), 'Etl', minimal({ outputDataStore: sink }));
    }),
  );
});

test('with etlCodeAsset the construct writes the asset URL into the caller\'s command: the same props fail a second construct, as with the official construct', () => {
  const run = (Klass) => {
    const stack = new cdk.Stack(newApp(), 'Stack');
    core.SetConsistentFeatureFlags(stack);
    const script = path.join(__dirname, '..', 'conformance', 'assets', 'transform.py');
    const props = {
      glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3' } },
      fieldSchema: FIELDS.map((f) => ({ ...f })),
      etlCodeAsset: new s3assets.Asset(stack, 'Script', { path: script }),
    };
    const { value } = capturePrinted(() => {
      new Klass(new Construct(stack, 'Ingest'), 'Etl', props);
      const written = stack.resolve(props.glueJobProps.command.scriptLocation);
      try {
        new Klass(new Construct(stack, 'Replay'), 'Etl', props);
        return { written, second: 'built' };
      } catch (e) {
        return { written, second: e.message };
      }
    });
    return value;
  };
  const want = run(official.KinesisstreamsToGluejob);
  assert.ok(want.written, 'the official construct writes the URL');
  assert.deepEqual(run(adapter.KinesisstreamsToGluejob), want);
});

test('path metadata (as the cdk CLI turns on) names the same construct paths', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      core.SetConsistentFeatureFlags(stack);
      new Klass(stack, 'Etl', minimal({ outputDataStore: { datastoreType: 'S3' } }));
    }, { 'aws:cdk:enable-path-metadata': true }),
  );
});

test('invalid props: the official message, thrown from the constructor', () => {
  const stack = new cdk.Stack(newApp(), 'Stack');
  assert.throws(
    () => new adapter.KinesisstreamsToGluejob(stack, 'Etl', { glueJobProps: { command: { ...SCRIPT } }, existingGlueJob: {} }),
    (e) => e instanceof Error && e.message.length > 0,
  );
  const wantMessage = (() => {
    try {
      new official.KinesisstreamsToGluejob(new cdk.Stack(newApp(), 'Stack'), 'Etl', { kinesisStreamProps: { shardCount: 1 }, existingStreamObj: new kinesis.Stream(new cdk.Stack(newApp(), 'S'), 'S') });
    } catch (e) {
      return e.message;
    }
    return undefined;
  })();
  assert.ok(wantMessage);
  const other = new cdk.Stack(newApp(), 'S');
  assert.throws(
    () => new adapter.KinesisstreamsToGluejob(new cdk.Stack(newApp(), 'Stack'), 'Etl', { kinesisStreamProps: { shardCount: 1 }, existingStreamObj: new kinesis.Stream(other, 'S') }),
    { message: wantMessage },
  );
});

test('values CDK cannot hand to the engine are refused with their path', () => {
  const stack = new cdk.Stack(newApp(), 'Stack');
  assert.throws(
    () => new adapter.KinesisstreamsToGluejob(stack, 'Etl', { ...minimal(), databaseProps: { databaseInput: { name: new Map() } } }),
    { message: '/databaseProps/databaseInput/name: a Map cannot be passed to the engine' },
  );
  // The replay could not tell which of the two CDK was given where (toJsonString writes them apart).
  const join = { 'Fn::Join': [',', ['only']] };
  const args = { '--token': cdk.Token.asString(join), '--plain': { ...join } };
  assert.throws(
    () => new adapter.KinesisstreamsToGluejob(stack, 'Twice', minimal({ glueJobProps: { command: { ...SCRIPT }, defaultArguments: args } })),
    { message: '/glueJobProps/defaultArguments/--plain: an Fn::Join given both as a token and as a plain object (elsewhere in the props) cannot be passed to the engine' },
  );
});

test('a stack with an explicit env (account and region) gives the official template', () => {
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
      core.SetConsistentFeatureFlags(stack);
      new Klass(stack, 'Etl', minimal({ outputDataStore: { datastoreType: 'S3' } }));
    }),
  );
});

test('a replay that differs from the engine\'s fragment is an error naming the difference', () => {
  const { resourcesBefore, checkAgainstFragment } = require(path.join(__dirname, '..', '..', 'pkg', 'cdk', 'check.js'));
  const { EngineInput } = require(path.join(__dirname, '..', '..', 'pkg', 'cdk', 'references.js'));
  const stack = new cdk.Stack(newApp(), 'Stack');
  const before = resourcesBefore(stack);
  const input = new EngineInput(stack);
  new kinesis.CfnStream(stack, 'S', { shardCount: 2 });
  const engineSaid = (resources) => ({ fragment: { Resources: resources }, constructPaths: { S: 'S' } });
  const says = (what) => `Stack/Etl: kinesisstreams-gluejob-wasm could not reproduce the official construct here: ${what}. Please report this with the props used.`;
  assert.throws(
    () => checkAgainstFragment(stack, before, engineSaid({ S: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } } }), input, 'Stack/Etl'),
    { message: says('Resources/S/Properties/ShardCount is 2, the official construct writes 1') },
  );
  assert.throws(() => checkAgainstFragment(stack, before, engineSaid({}), input, 'Stack/Etl'), { message: says("Stack/S (S) is not in the engine's fragment") });
  checkAgainstFragment(stack, before, engineSaid({ S: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 2 } } }), input, 'Stack/Etl');
});

test('where the engine passed a caller\'s token object through, the check takes what CDK writes of it', () => {
  const { resourcesBefore, checkAgainstFragment } = require(path.join(__dirname, '..', '..', 'pkg', 'cdk', 'check.js'));
  const { EngineInput } = require(path.join(__dirname, '..', '..', 'pkg', 'cdk', 'references.js'));
  const stack = new cdk.Stack(newApp(), 'Stack');
  const before = resourcesBefore(stack);
  const input = new EngineInput(stack);
  const mode = cdk.Lazy.any({ produce: () => ({ streamMode: 'ON_DEMAND' }) });
  const { streamModeDetails } = input.props({ streamModeDetails: mode });
  assert.equal(typeof streamModeDetails, 'string');
  new kinesis.CfnStream(stack, 'S', { streamModeDetails: mode });
  const engineSaid = (properties) => ({ fragment: { Resources: { S: { Type: 'AWS::Kinesis::Stream', Properties: properties } } }, constructPaths: { S: 'S' } });
  // CDK converts what the token resolves to: { StreamMode: 'ON_DEMAND' }.
  checkAgainstFragment(stack, before, engineSaid({ StreamModeDetails: streamModeDetails }), input, 'Stack/Etl');
  assert.throws(() => checkAgainstFragment(stack, before, engineSaid({ StreamModeDetails: { streamMode: 'ON_DEMAND' } }), input, 'Stack/Etl'), /StreamModeDetails/);
});

test('inventories, which the engine refuses naming addInventory: the method after construction gives the official template', () => {
  const s3 = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'aws-s3'));
  const inventory = (stack) => ({ destination: { bucket: s3.Bucket.fromBucketName(stack, 'Inventory', 'inventory-reports') }, prefix: 'raw/' });
  const stack = new cdk.Stack(newApp(), 'Stack');
  assert.throws(() => new adapter.KinesisstreamsToGluejob(stack, 'Etl', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { inventories: [inventory(stack)] } } })), {
    message: /^\/outputDataStore\/outputBucketProps\/inventories: .*with the CDK adapter, outputBucket\[0\]\.addInventory\(\) adds each after construction, with the same result$/m,
  });
  // The official construct takes them as props.
  assertSameTemplates(
    both((app, Klass) => {
      const stack = new cdk.Stack(app, 'Stack');
      if (Klass === official.KinesisstreamsToGluejob) {
        new Klass(stack, 'Etl', minimal({ outputDataStore: { datastoreType: 'S3', outputBucketProps: { inventories: [inventory(stack)] } } }));
        return;
      }
      const etl = new Klass(stack, 'Etl', minimal({ outputDataStore: { datastoreType: 'S3' } }));
      etl.outputBucket[0].addInventory(inventory(stack));
    }),
  );
});

test('property injectors that change the props of what the construct makes are named in the error', () => {
  class StreamRetention {
    constructor(hours) {
      this.constructUniqueId = kinesis.Stream.PROPERTY_INJECTION_ID;
      this.hours = hours;
    }
    inject(props) {
      return this.hours === undefined ? props : { ...props, retentionPeriod: cdk.Duration.hours(this.hours) };
    }
  }
  const build = (injector) => {
    const app = newApp();
    cdk.PropertyInjectors.of(app).add(injector);
    new adapter.KinesisstreamsToGluejob(new cdk.Stack(app, 'Stack'), 'Etl', minimal());
  };
  // One that leaves the props as they are changes nothing.
  build(new StreamRetention(undefined));
  assert.throws(() => build(new StreamRetention(48)), {
    message: /^Stack\/Etl: kinesisstreams-gluejob-wasm cannot reproduce the official construct with the property injectors in scope \(for aws-cdk-lib\.aws-kinesis\.Stream\): .*RetentionPeriodHours is 48, the official construct writes 24 without them\)\.$/,
  });
});

test('under iam.Role.customizeRoles, a job role the construct creates, or imports while synthesis is prevented, is refused by name', () => {
  const build = (Klass, options, role) => {
    const app = newApp();
    const stack = new cdk.Stack(app, 'Stack');
    iam.Role.customizeRoles(stack, options);
    const given = role && iam.Role.fromRoleName(stack, 'Given', role);
    capturePrinted(() => new Klass(stack, 'Etl', minimal(given ? { glueJobProps: { command: { ...SCRIPT }, role: given } } : {})));
    return app;
  };
  const refused = /^Stack\/Etl: kinesisstreams-gluejob-wasm cannot reproduce the official construct under iam\.Role\.customizeRoles \(context @aws-cdk\/iam:customizeRoles\): /;
  for (const [options, role] of [
    [{ usePrecreatedRoles: { 'Stack/Etl/JobRole': 'etl-job-role' } }, undefined],
    [{ preventSynthesis: false }, undefined],
    [{}, 'etl-job-role'],
  ]) {
    // The official construct builds each of these (precreated: no AWS::IAM::Role at all).
    const templates = build(official.KinesisstreamsToGluejob, options, role).synth().stacks.map((s) => s.template);
    assert.equal(templates.length, 1);
    assert.throws(() => build(adapter.KinesisstreamsToGluejob, options, role), { message: refused }, JSON.stringify(options));
  }
});

test('fixes from the CDK context (kinesisstreams-gluejob-wasm:fixes) are built by the replay', () => {
  const app = newApp({ 'kinesisstreams-gluejob-wasm:fixes': ['alarmStreamDimension', 'streamKeyDecrypt', 'multipleInstances'] });
  const stack = new cdk.Stack(app, 'Stack');
  core.SetConsistentFeatureFlags(stack);
  const props = () => minimal({ kinesisStreamProps: { encryption: kinesis.StreamEncryption.KMS } });
  capturePrinted(() => {
    new adapter.KinesisstreamsToGluejob(stack, 'A', props());
    new adapter.KinesisstreamsToGluejob(stack, 'B', props());
  });
  const template = app.synth().getStackByName('Stack').template;
  const alarms = Object.values(template.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
  assert.equal(alarms.length, 4);
  for (const alarm of alarms) assert.equal(alarm.Properties.Dimensions[0].Name, 'StreamName');
  const policies = JSON.stringify(Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy'));
  assert.match(policies, /kms:Decrypt/);
  const bad = newApp({ 'kinesisstreams-gluejob-wasm:fixes': { alarmStreamDimension: true } });
  assert.throws(
    () => new adapter.KinesisstreamsToGluejob(new cdk.Stack(bad, 'Stack'), 'Etl', minimal()),
    { message: 'Stack/Etl: context kinesisstreams-gluejob-wasm:fixes must be an array of fix names, got {"alarmStreamDimension":true}' },
  );
});
