'use strict';
// The adapter against the official construct inside CDK apps: construct + synth of one stack,
// warm, for a few conformance scenarios (make bench-cdk).
const { adapter, official, buildScenario, scenarios, cleanup } = require('./apps.cjs');

const NAMES = ['minimal', 'output-bucket-default', 'existing-bucket', 'flags-merge-heavy'];
const ROUNDS = 30;

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const all = scenarios();
const picked = all.filter((s) => NAMES.includes(s.name));
for (const [label, Klass] of [['official', official.KinesisstreamsToGluejob], ['adapter', adapter.KinesisstreamsToGluejob]]) {
  for (const sc of picked) buildScenario(sc._orig, Klass); // warm-up
  const samples = [];
  for (let i = 0; i < ROUNDS; i++) for (const sc of picked) samples.push(time(() => buildScenario(sc._orig, Klass)));
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(9)} app with one stack (build + synth), median ${median.toFixed(1)} ms over ${samples.length}`);
}
cleanup();
