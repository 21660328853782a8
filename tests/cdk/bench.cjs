'use strict';
// The adapter against the official construct inside CDK apps (make bench-cdk), warm: construct +
// synth of one stack for a few conformance scenarios; then the construct alone in a stack that
// already holds other resources, as real apps' stacks do, whose number the adapter's cost must not
// follow.
const path = require('path');
const { adapter, official, buildScenario, scenarios, newApp, capturePrinted, cleanup } = require('./apps.cjs');
const { prepareScenario, constructProps, DEFAULT_ID } = require(path.join(__dirname, '..', 'conformance', 'load-scenarios'));
const sns = require(path.join(__dirname, '..', 'conformance', 'node_modules', 'aws-cdk-lib', 'aws-sns'));

const NAMES = ['minimal', 'existing-bucket', 'flags-merge-heavy'];
const ROUNDS = 30;
const OTHER_RESOURCES = [0, 1000];
const CONSTRUCT_ROUNDS = 15;

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const all = scenarios();
const picked = all.filter((s) => NAMES.includes(s.name));
const sides = [['official', official.KinesisstreamsToGluejob], ['adapter', adapter.KinesisstreamsToGluejob]];
const samples = { official: [], adapter: [] };
for (const [, Klass] of sides) for (const sc of picked) buildScenario(sc._orig, Klass); // warm-up
// Interleaved, so both sides see the same machine load and JIT state.
for (let i = 0; i < ROUNDS; i++) {
  for (const sc of picked) for (const [label, Klass] of sides) samples[label].push(time(() => buildScenario(sc._orig, Klass)));
}
for (const [label] of sides) {
  console.log(`${label.padEnd(9)} app with one stack (build + synth), median ${median(samples[label]).toFixed(1)} ms over ${samples[label].length}`);
}

/** The construct alone (no synth), in the minimal scenario's stack after `others` SNS topics. */
function constructAfter(others, Klass) {
  const sc = picked.find((s) => s.name === 'minimal')._orig;
  const { stack, built, parent } = prepareScenario(newApp(), sc);
  for (let i = 0; i < others; i++) new sns.Topic(stack, `Other${i}`);
  return time(() => capturePrinted(() => new Klass(parent, sc.id || DEFAULT_ID, constructProps(built))));
}
for (const others of OTHER_RESOURCES) {
  const times = { official: [], adapter: [] };
  for (let i = 0; i < CONSTRUCT_ROUNDS + 2; i++) {
    for (const [label, Klass] of sides) {
      const t = constructAfter(others, Klass);
      if (i >= 2) times[label].push(t);
    }
  }
  console.log(
    `construct only, in a stack holding ${others} other resources: official ${median(times.official).toFixed(1)} ms, ` +
      `adapter ${median(times.adapter).toFixed(1)} ms (median over ${CONSTRUCT_ROUNDS})`,
  );
}
cleanup();
