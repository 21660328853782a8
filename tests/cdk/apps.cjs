'use strict';
// CDK apps for the adapter tests: the same scenario built once with the official construct and once
// with the adapter (kinesisstreams-gluejob-wasm/cdk from pkg/), both on the reference's aws-cdk-lib.

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const CONFORMANCE = path.join(__dirname, '..', 'conformance');
const cdk = require(path.join(CONFORMANCE, 'node_modules', 'aws-cdk-lib'));
const { Template } = require(path.join(CONFORMANCE, 'node_modules', 'aws-cdk-lib', 'assertions'));
const { Construct } = require(path.join(CONFORMANCE, 'node_modules', 'constructs'));
const core = require(path.join(CONFORMANCE, 'node_modules', '@aws-solutions-constructs', 'core'));
const official = require(path.join(CONFORMANCE, 'node_modules', '@aws-solutions-constructs', 'aws-kinesisstreams-gluejob'));
const adapter = require(path.join(__dirname, '..', '..', 'pkg', 'cdk'));
const { loadScenarios, prepareScenario, constructProps, DEFAULT_ID } = require(path.join(CONFORMANCE, 'load-scenarios'));

// Template.fromStack synthesizes into a temporary directory per app.
process.env.CDK_VALIDATION = 'false';
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'kinglu-cdk-'));
let apps = 0;

function newApp(context) {
  return new cdk.App({ outdir: path.join(TMP, String(apps++)), context });
}

/** What a construct prints (core's warnings) while `fn` runs. */
function capturePrinted(fn) {
  const printed = [];
  const saved = console.log;
  console.log = (...a) => printed.push(...util.format(...a).split('\n'));
  try {
    return { value: fn(), printed };
  } finally {
    console.log = saved;
  }
}

/** One scenario in one stack with `Klass`: the whole template as JSON text, or the error. */
function buildScenario(sc, Klass) {
  let prepared;
  try {
    prepared = prepareScenario(newApp(), sc);
  } catch (e) {
    // The stack itself is refused (its name or env): no construct is made.
    return { error: e.message, printed: [] };
  }
  const { stack, built, parent } = prepared;
  const { value, printed } = capturePrinted(() => {
    try {
      new Klass(parent, sc.id || DEFAULT_ID, constructProps(built));
      return { template: templateText(stack) };
    } catch (e) {
      return { error: errorText(e) };
    }
  });
  return { ...value, printed };
}

/** What a failed build threw, as the tests compare it. */
function errorText(e) {
  return e && e.message !== undefined ? e.message : String(e);
}

function templateText(stack) {
  return JSON.stringify(Template.fromStack(stack).toJSON(), null, 1);
}

const officialRuns = new WeakMap();
function runOfficial(sc) {
  if (!officialRuns.has(sc)) officialRuns.set(sc, buildScenario(sc, official.KinesisstreamsToGluejob));
  return officialRuns.get(sc);
}

function scenarios() {
  return loadScenarios(runOfficial);
}

function cleanup() {
  fs.rmSync(TMP, { recursive: true, force: true });
}

module.exports = {
  cdk,
  Construct,
  Template,
  core,
  official,
  adapter,
  newApp,
  capturePrinted,
  buildScenario,
  templateText,
  errorText,
  runOfficial,
  scenarios,
  cleanup,
};
