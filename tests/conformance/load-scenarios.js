'use strict';
// The conformance scenarios, as the fixture generator and the CDK adapter comparison both run them.
// `run(scenario)` synthesizes one scenario with the real construct: random.js draws scenarios and
// keeps those whose outcome (fragment or error) is the one it wants.

const fs = require('fs');
const path = require('path');

const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const core = require('@aws-solutions-constructs/core');
const { makeLib } = require('./convert');

const SCENARIOS = path.join(__dirname, 'scenarios');

// The construct id of scenarios that do not name one (the upstream tests' id).
const DEFAULT_ID = 'test-kinesisstreams-lambda';

function loadScenarios(run) {
  const files = fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.js') && !f.startsWith('_')).sort();
  const all = [];
  for (const f of files) {
    const mod = require(path.join(SCENARIOS, f));
    const list = typeof mod.produce === 'function' ? mod.produce(run) : mod;
    for (const sc of list) all.push({ ...sc, group: sc.group || path.basename(f, '.js'), _orig: sc });
  }
  const seen = new Set();
  for (const sc of all) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(sc.name)) throw new Error(`scenario name not kebab-case: ${sc.name}`);
    if (seen.has(sc.name)) throw new Error(`duplicate scenario name: ${sc.name}`);
    seen.add(sc.name);
  }
  return all;
}

/**
 * A scenario's stack in `app`, before the construct: stack `sc.stackName` (default `Stack`) with
 * `sc.env`, core's consistent flags (unless `consistentFlags` is false: then the app's) and the
 * scenario's, its existing objects (`built` = { engine, construct } props), and the scope the
 * construct goes into.
 */
function prepareScenario(app, sc, { consistentFlags = true } = {}) {
  const stack = new cdk.Stack(app, sc.stackName !== undefined ? sc.stackName : 'Stack', sc.env ? { env: sc.env } : undefined);
  if (consistentFlags) core.SetConsistentFeatureFlags(stack);
  for (const [flag, value] of Object.entries(sc.featureFlags || {})) stack.node.setContext(flag, value);
  const built = sc.build(stack, makeLib(stack));
  let parent = stack;
  for (const name of sc.scope || []) parent = new Construct(parent, name);
  return { stack, built, parent };
}

// `Tags.of(construct).add(key, value)` for each of the scenario's tags, in order, right after the
// construct is created.
function tagConstruct(construct, sc) {
  for (const [key, value] of Object.entries(sc.tags || {})) cdk.Tags.of(construct).add(key, value);
}

/**
 * The construct's props of a built scenario. Props that aws-cdk-lib refuses while the app makes
 * them (an `ObjectLockRetention` out of range) come as a function, called where the construct is
 * made, so that error is the scenario's.
 */
function constructProps(built) {
  return typeof built.construct === 'function' ? built.construct() : built.construct;
}

module.exports = { loadScenarios, prepareScenario, tagConstruct, constructProps, DEFAULT_ID };
