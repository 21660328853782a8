'use strict';
// Stacks with an env, tags and a stack name through the built Node package and its CLI: every
// fixture with a whole-template expectation must come out of synthTemplate byte for byte, and
// option problems must carry their `/options/...` path.
//   node --test tests/packaging/stack-options.test.cjs     (PKG_DIR overrides ./pkg)

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');

const ROOT = path.resolve(__dirname, '..', '..');
const PKG_DIR = path.resolve(process.env.PKG_DIR || path.join(ROOT, 'pkg'));
const { FIXTURES, loadFixtures, assertSameText } = require('../conformance/fixtures.js');

const api = require(PKG_DIR);

const withTemplates = loadFixtures().filter((fixture) => fixture.expected.templateFile);

test('there are whole-template fixtures', () => {
  assert.ok(withTemplates.length >= 100, `only ${withTemplates.length}`);
});

test('synthTemplate equals the template aws-cdk-lib wrote', () => {
  for (const fixture of withTemplates) {
    const expected = fs.readFileSync(path.join(FIXTURES, fixture.expected.templateFile), 'utf8');
    assertSameText(api.synthTemplate(fixture.id, fixture.props, fixture.options), expected, fixture.name);
  }
});

test('synthTemplateYaml holds the same template', () => {
  const fixture = withTemplates.find((f) => f.name === 'tags-env-stack-name-output-bucket-many');
  const yaml = api.synthTemplateYaml(fixture.id, fixture.props, fixture.options);
  assert.match(yaml, /^Resources:\n/);
  assert.match(yaml, /\nParameters:\n  BootstrapVersion:\n/);
  assert.match(yaml, /\nRules:\n  CheckBootstrapVersion:\n/);
});

test('option problems carry their path', () => {
  const props = withTemplates[0].props;
  assert.throws(
    () => api.synth('Etl', props, { stackName: '1stack' }),
    (e) => e.name === 'SynthError' && e.diagnostics[0].path === '/options/stackName',
  );
  assert.throws(
    () => api.synthTemplate('Etl', props, { env: { account: 123 } }),
    (e) =>
      e.message === "Account id of stack environment must be a 'string' but received 'number'" &&
      e.diagnostics[0].path === '/options/env/account',
  );
  assert.deepEqual(api.validate('Etl', props, { env: { region: 5 } }).map((d) => d.path), ['/options/env/region']);
  const { warnings } = api.synth('Etl', props, { env: { account: '42', region: 'mars-1' }, tags: { 'aws:x': '1', n: 2 } });
  assert.deepEqual(
    warnings.filter((w) => w.code === 'deploy').map((w) => w.path),
    ['/options/env/account', '/options/env/region', '/options/tags/aws:x', '/options/tags/n'],
  );
});

test('the npm CLI takes the stack flags', () => {
  const fixture = withTemplates.find((f) => f.name === 'tags-env-stack-name-output-bucket-many');
  const { options } = fixture;
  const args = [path.join(PKG_DIR, 'cli', 'kinesisstreams-gluejob.js'), 'synth', '--id', fixture.id, '--template'];
  args.push('--stack-name', options.stackName, '--account', options.env.account, '--region', options.env.region);
  for (const [k, v] of Object.entries(options.tags)) args.push('--tag', `${k}=${v}`);
  const run = spawnSync(process.execPath, args, { input: JSON.stringify(fixture.props), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assertSameText(run.stdout, fs.readFileSync(path.join(FIXTURES, fixture.expected.templateFile), 'utf8') + '\n', 'CLI template');
});
