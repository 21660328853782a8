'use strict';
// What `cdk synth` of the example must produce: the pattern's resources with the construct's
// logical IDs and construct paths, the outputs, and the ETL script published as an asset.
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const template = JSON.parse(fs.readFileSync(path.join(out, 'ClickstreamEtl.template.json'), 'utf8'));
const resources = template.Resources;
const byType = {};
for (const r of Object.values(resources)) byType[r.Type] = (byType[r.Type] || 0) + 1;

assert.equal(byType['AWS::Kinesis::Stream'], 1);
assert.equal(byType['AWS::Glue::Job'], 1);
assert.equal(byType['AWS::Glue::Database'], 1);
assert.equal(byType['AWS::Glue::Table'], 1);
assert.equal(byType['AWS::Glue::SecurityConfiguration'], 1);
assert.equal(byType['AWS::S3::Bucket'], 2, 'output bucket and its access-log bucket');
assert.equal(byType['AWS::CloudWatch::Alarm'], 2);

const stream = resources.ClickstreamKinesisStream8BD4EBC4 || Object.values(resources).find((r) => r.Type === 'AWS::Kinesis::Stream');
assert.deepEqual(stream.Metadata['aws:cdk:path'], 'ClickstreamEtl/Clickstream/KinesisStream/Resource');
assert.equal(stream.Properties.ShardCount, 2);
assert.equal(stream.Properties.RetentionPeriodHours, 48);

const job = Object.values(resources).find((r) => r.Type === 'AWS::Glue::Job');
assert.equal(job.Properties.GlueVersion, '4.0');
assert.match(JSON.stringify(job.Properties.Command.ScriptLocation), /cdk-hnb659fds-assets/);

assert.deepEqual(Object.keys(template.Outputs).sort(), ['JobName', 'OutputBucket', 'StreamName']);
assert.deepEqual(template.Outputs.StreamName.Value, { Ref: Object.keys(resources).find((k) => resources[k] === stream) });

const assets = JSON.parse(fs.readFileSync(path.join(out, 'ClickstreamEtl.assets.json'), 'utf8'));
const staged = Object.values(assets.files).map((f) => f.source.path).filter((p) => !p.endsWith('.template.json'));
assert.equal(staged.length, 1, 'the ETL script');
assert.ok(fs.existsSync(path.join(out, staged[0])));

console.log(`example app: ${Object.keys(resources).length} resources, ${Object.keys(template.Outputs).length} outputs, ${staged.length} asset`);
