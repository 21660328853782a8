#!/usr/bin/env node
'use strict';
// Synthesizes every scenario with the real construct and writes fixtures/.
//   node generate.js            rewrite fixtures/
//   node generate.js --check    exit 1 when fixtures/ differs from a fresh generation
//   node generate.js --only RE  restrict to scenario names matching RE (no writes/deletes of others)
//   node generate.js --validate keep aws-cdk-lib's template validator on (slower; same output)

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const VALIDATE = args.includes('--validate');
const onlyIdx = args.indexOf('--only');
const ONLY = onlyIdx >= 0 ? new RegExp(args[onlyIdx + 1]) : null;

// The built-in validator only reports; it never changes the template, and costs ~5x the time.
if (!VALIDATE) process.env.CDK_VALIDATION = 'false';

const cdk = require('aws-cdk-lib');
const { KinesisstreamsToGluejob } = require('@aws-solutions-constructs/aws-kinesisstreams-gluejob');
const { loadScenarios, prepareScenario, tagConstruct, constructProps, DEFAULT_ID } = require('./load-scenarios');
const { constructWithFixes } = require('./fixes');

const HERE = __dirname;
const FIXTURES = path.join(HERE, 'fixtures');

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'kinglu-conformance-'));
let appCount = 0;

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error'];

// Runs one scenario; memoized so random.js can probe scenarios without doubling the work.
const results = new WeakMap();
function run(sc) {
  if (results.has(sc)) return results.get(sc);
  const outdir = path.join(TMP, String(appCount++));
  const app = new cdk.App({ outdir, analyticsReporting: false });
  let prepared;
  try {
    prepared = prepareScenario(app, sc);
  } catch (e) {
    // The stack itself is refused (its name): the props are those the scenario builds in a plain stack.
    const { built } = prepareScenario(new cdk.App({ analyticsReporting: false }), { ...sc, stackName: undefined, env: undefined });
    const result = { engine: JSON.parse(JSON.stringify(built.engine)), siblings: [], error: e.message, printed: [] };
    results.set(sc, result);
    return result;
  }
  const { stack, built, parent } = prepared;
  // Serialized before the construct runs: it mutates some caller objects.
  const engine = JSON.parse(JSON.stringify(built.engine));

  // What already sits in the construct's scope: its names can collide with the construct's.
  const siblings = parent.node.children.map((c) => c.node.id);

  const before = new Set(
    stack.node.findAll().filter((c) => cdk.CfnElement.isCfnElement(c)).map((el) => stack.resolve(el.logicalId)),
  );

  const printed = [];
  const saved = {};
  for (const m of CONSOLE_METHODS) {
    saved[m] = console[m];
    console[m] = (...a) => printed.push(...util.format(...a).split('\n'));
  }
  let result;
  try {
    const construct = constructWithFixes(KinesisstreamsToGluejob, parent, sc.id || DEFAULT_ID, constructProps(built), sc.fixes);
    tagConstruct(construct, sc);
    const artifact = app.synth().getStackArtifact(stack.artifactId);
    const template = artifact.template;
    result = { engine, siblings, fragment: fragmentOf(template, before), printed };
    // The whole template as written, for stacks that hold nothing but the construct.
    if (before.size === 0) result.templateText = fs.readFileSync(path.join(outdir, artifact.templateFile), 'utf8');
  } catch (e) {
    result = { engine, siblings, error: e && e.message !== undefined ? e.message : String(e), printed };
  } finally {
    for (const m of CONSOLE_METHODS) console[m] = saved[m];
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  results.set(sc, result);
  return result;
}

// Scenarios that describe the stack (its name, env or tags) also expect the whole template.
function hasStackOptions(sc) {
  return sc.stackName !== undefined || sc.env !== undefined || (sc.tags && Object.keys(sc.tags).length > 0) || sc.template;
}

const SECTIONS = ['Resources', 'Parameters', 'Conditions', 'Outputs', 'Mappings', 'Rules'];

function fragmentOf(template, before) {
  const out = {};
  for (const [section, body] of Object.entries(template)) {
    if (!SECTIONS.includes(section)) {
      out[section] = body;
      continue;
    }
    const kept = {};
    for (const [key, value] of Object.entries(body)) {
      if (before.has(key)) continue;
      if (section === 'Parameters' && key === 'BootstrapVersion') continue;
      if (section === 'Rules' && key === 'CheckBootstrapVersion') continue;
      kept[key] = value;
    }
    if (Object.keys(kept).length > 0) out[section] = kept;
  }
  // The package's contract: a fragment always has `Resources`, empty when the construct adds none.
  if (!('Resources' in out)) out.Resources = {};
  return out;
}

function fixtureFiles(sc, result) {
  const options = {};
  if (sc.scope && sc.scope.length) options.scope = sc.scope;
  if (sc.featureFlags && Object.keys(sc.featureFlags).length) options.featureFlags = sc.featureFlags;
  if (result.siblings.length) options.siblings = result.siblings;
  if (sc.stackName !== undefined) options.stackName = sc.stackName;
  if (sc.env !== undefined) options.env = sc.env;
  if (sc.tags && Object.keys(sc.tags).length) options.tags = sc.tags;
  if (sc.fixes && sc.fixes.length) options.fixes = sc.fixes;
  const doc = { name: sc.name, description: sc.description, id: sc.id || DEFAULT_ID };
  if (Object.keys(options).length) doc.options = options;
  doc.props = result.engine;
  const files = {};
  if (result.error !== undefined) {
    doc.expected = { error: result.error };
  } else {
    doc.expected = { fragmentFile: `${sc.name}.expected.json` };
    files[`${sc.name}.expected.json`] = JSON.stringify(result.fragment, null, 1);
    if (result.templateText !== undefined && hasStackOptions(sc)) {
      doc.expected.templateFile = `${sc.name}.template.expected.json`;
      files[doc.expected.templateFile] = result.templateText;
    }
  }
  doc.printed = result.printed;
  files[`${sc.name}.json`] = JSON.stringify(doc, null, 2) + '\n';
  return files;
}

// `{ partition: [region, ...] }` from the installed aws-cdk-lib's region-info facts.
function regionTable() {
  const { RegionInfo } = require('aws-cdk-lib/region-info');
  const table = {};
  for (const region of RegionInfo.regions) (table[region.partition] = table[region.partition] || []).push(region.name);
  return JSON.stringify(table, null, 2) + '\n';
}

function main() {
  const started = Date.now();
  let scenarios = loadScenarios(run);
  if (ONLY) scenarios = scenarios.filter((s) => ONLY.test(s.name));
  const want = {};
  const problems = [];
  const groups = {};
  for (const sc of scenarios) {
    const result = run(sc._orig);
    if (sc.expect === 'error' && result.error === undefined) problems.push(`${sc.name}: expected an error, got a fragment`);
    if (sc.expect === 'ok' && result.error !== undefined) problems.push(`${sc.name}: expected a fragment, got: ${result.error}`);
    const g = (groups[sc.group] = groups[sc.group] || { valid: 0, error: 0 });
    g[result.error !== undefined ? 'error' : 'valid'] += 1;
    Object.assign(want, fixtureFiles(sc, result));
  }
  fs.rmSync(TMP, { recursive: true, force: true });

  // aws-cdk-lib's region table, which the engine's partition table must equal.
  want['../regions.json'] = regionTable();
  const inScope = (f) => !ONLY || ONLY.test(f.replace(/(\.template)?(\.expected)?\.json$/, ''));
  const have = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && inScope(f)) : [];

  if (CHECK) {
    const diffs = [];
    for (const [f, text] of Object.entries(want)) {
      const p = path.join(FIXTURES, f);
      if (!fs.existsSync(p)) diffs.push(`missing: fixtures/${f}`);
      else if (fs.readFileSync(p, 'utf8') !== text) diffs.push(`differs: fixtures/${f}`);
    }
    for (const f of have) if (!(f in want)) diffs.push(`extra:   fixtures/${f}`);
    for (const p of problems) diffs.push(`scenario: ${p}`);
    if (diffs.length) {
      console.error(`fixtures are not current (${diffs.length}):\n  ${diffs.join('\n  ')}`);
      console.error('run: node generate.js');
      process.exit(1);
    }
    console.log(`fixtures current: ${scenarios.length} scenarios (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return;
  }

  fs.mkdirSync(FIXTURES, { recursive: true });
  for (const f of have) if (!(f in want)) fs.rmSync(path.join(FIXTURES, f));
  for (const [f, text] of Object.entries(want)) {
    const p = path.join(FIXTURES, f);
    if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) fs.writeFileSync(p, text);
  }
  for (const [g, c] of Object.entries(groups)) console.log(`${g.padEnd(16)} ${c.valid} valid, ${c.error} error`);
  console.log(`${scenarios.length} scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (problems.length) {
    console.error(`unexpected outcomes:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

main();
