'use strict';
// The adapter against the official construct inside CDK apps: construct + synth of one stack,
// warm, for a few conformance scenarios (make bench-cdk).
const { adapter, official, buildScenario, scenarios, cleanup } = require('./apps.cjs');

const NAMES = ['minimal', 'existing-bucket', 'flags-merge-heavy'];
const ROUNDS = 30;

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

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
  const sorted = samples[label].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${label.padEnd(9)} app with one stack (build + synth), median ${median.toFixed(1)} ms over ${sorted.length}`);
}
cleanup();
