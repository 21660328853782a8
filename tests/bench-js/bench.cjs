#!/usr/bin/env node
'use strict';
// Benchmark: the package's wasm `synth` against the real construct (aws-cdk-lib), same process,
// same conformance scenarios; then cold starts of a fresh `node`; then the .wasm size.
//   make bench-js          (builds pkg/ and installs the reference first)
//   node tests/bench-js/bench.cjs [--scenarios N] [--cold-runs N]
// PKG_DIR overrides ./pkg. Prints figures only; nothing here asserts a timing.

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');

const ROOT = path.resolve(__dirname, '..', '..');
const PKG_DIR = path.resolve(process.env.PKG_DIR || path.join(ROOT, 'pkg'));
const CONFORMANCE = path.join(ROOT, 'tests', 'conformance');
const FIXTURES = path.join(CONFORMANCE, 'fixtures');
const SCENARIOS = path.join(CONFORMANCE, 'scenarios');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const MAX_SCENARIOS = option('--scenarios', 60);
const COLD_RUNS = option('--cold-runs', 5);

// Same setting as the fixture generator: the validator only reports, and is slow.
process.env.CDK_VALIDATION = 'false';

const requireRef = (name) => require(require.resolve(name, { paths: [CONFORMANCE] }));
const cdk = requireRef('aws-cdk-lib');
const { KinesisstreamsToGluejob } = requireRef('@aws-solutions-constructs/aws-kinesisstreams-gluejob');
const { prepareScenario, DEFAULT_ID } = require(path.join(CONFORMANCE, 'load-scenarios.js'));
const wasm = require(PKG_DIR);

const OUTDIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kinesisstreams-gluejob-bench-'));
let apps = 0;

// One synthesis with the real construct, as a CDK user runs it: app, stack, construct, synth.
function realSynth(sc) {
  const app = new cdk.App({ outdir: path.join(OUTDIR, String(apps++)) });
  const { built, parent } = prepareScenario(app, sc);
  const saved = console.log;
  console.log = () => {};
  try {
    new KinesisstreamsToGluejob(parent, sc.id || DEFAULT_ID, built.construct);
    return app.synth().getStackByName('Stack').template;
  } finally {
    console.log = saved;
  }
}

// The scenarios both sides synthesize: fixtures with a fragment the engine reproduces.
function loadScenarios() {
  const gaps = new Set(
    fs.readFileSync(path.join(CONFORMANCE, 'known-gaps.txt'), 'utf8').split('\n').map((l) => l.trim()),
  );
  const all = [];
  for (const f of fs.readdirSync(SCENARIOS).filter((n) => n.endsWith('.js') && !n.startsWith('_')).sort()) {
    const list = require(path.join(SCENARIOS, f));
    if (!Array.isArray(list)) continue; // generated lists need the generator's runner
    for (const sc of list) {
      const file = path.join(FIXTURES, `${sc.name}.json`);
      if (gaps.has(sc.name) || !fs.existsSync(file)) continue;
      const fixture = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!fixture.expected.fragmentFile) continue;
      all.push({ sc, fixture });
    }
  }
  // An even sample, so every group is represented.
  if (all.length <= MAX_SCENARIOS) return all;
  const step = all.length / MAX_SCENARIOS;
  return Array.from({ length: MAX_SCENARIOS }, (_, i) => all[Math.floor(i * step)]);
}

function fmt(ms) {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

function warm(scenarios) {
  // wasm: check once, warm up, then repeat each scenario until ~20 ms of calls.
  let wasmTotal = 0;
  let wasmCalls = 0;
  for (const { fixture } of scenarios) {
    const call = () => wasm.synth(fixture.id, fixture.props, fixture.options || {});
    const expected = fs.readFileSync(path.join(FIXTURES, fixture.expected.fragmentFile), 'utf8');
    if (JSON.stringify(call().fragment, null, 1) !== expected) throw new Error(`${fixture.name}: wasm output differs`);
    for (let i = 0; i < 20; i++) call();
    let n = 0;
    const t0 = performance.now();
    do {
      call();
      n++;
    } while (performance.now() - t0 < 20);
    wasmTotal += performance.now() - t0;
    wasmCalls += n;
  }
  // The real construct: one warm-up pass over all scenarios (module loading, JIT), then timed passes.
  for (const { sc } of scenarios) realSynth(sc);
  let realTotal = 0;
  let realCalls = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const { sc } of scenarios) {
      const t0 = performance.now();
      realSynth(sc);
      realTotal += performance.now() - t0;
      realCalls++;
    }
    fs.rmSync(OUTDIR, { recursive: true, force: true });
    fs.mkdirSync(OUTDIR);
  }
  return { wasm: wasmTotal / wasmCalls, wasmCalls, real: realTotal / realCalls, realCalls };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Runs a fresh node; the script prints `{ ms, resources }`, ms measured inside the process from
// before the first import to after the synthesis.
function timeProcess(args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CDK_VALIDATION: 'false' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  return { ms, ...(r.stdout ? JSON.parse(r.stdout) : {}) };
}

function cold() {
  const props = fs.readFileSync(path.join(ROOT, 'examples', 'minimal.json'), 'utf8');
  const entry = require('url').pathToFileURL(path.join(PKG_DIR, 'node', 'index.mjs')).href;
  const wasmScript = `const t0 = performance.now();
const { synth } = await import(${JSON.stringify(entry)});
const { fragment } = synth('KinesisGlue', ${props});
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ inProcess: ms, resources: Object.keys(fragment.Resources).length }));`;
  const cdkDir = fs.mkdtempSync(path.join(OUTDIR, 'cold-'));
  const cdkScript = `const t0 = performance.now();
const cdk = require('aws-cdk-lib');
const core = require('@aws-solutions-constructs/core');
const { KinesisstreamsToGluejob } = require('@aws-solutions-constructs/aws-kinesisstreams-gluejob');
const app = new cdk.App({ outdir: ${JSON.stringify(cdkDir)} });
const stack = new cdk.Stack(app, 'Stack');
core.SetConsistentFeatureFlags(stack);
new KinesisstreamsToGluejob(stack, 'KinesisGlue', ${props});
const t = app.synth().getStackByName('Stack').template;
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ inProcess: ms, resources: Object.keys(t.Resources).length }));`;
  const runs = { wasm: [], cdk: [] };
  for (let i = 0; i < COLD_RUNS; i++) {
    runs.wasm.push(timeProcess(['--input-type=module', '-e', wasmScript], ROOT));
    runs.cdk.push(timeProcess(['-e', cdkScript], CONFORMANCE));
  }
  const [w, c] = [runs.wasm.at(-1), runs.cdk.at(-1)];
  if (w.resources !== c.resources) throw new Error(`cold runs disagree: ${w.resources} vs ${c.resources} resources`);
  const pick = (list, key) => median(list.map((r) => r[key]));
  return {
    wasm: pick(runs.wasm, 'ms'),
    cdk: pick(runs.cdk, 'ms'),
    wasmIn: pick(runs.wasm, 'inProcess'),
    cdkIn: pick(runs.cdk, 'inProcess'),
    node: median(Array.from({ length: COLD_RUNS }, () => timeProcess(['-e', ''], ROOT).ms)),
  };
}

function size() {
  const file = path.join(PKG_DIR, 'node', 'kinesisstreams_gluejob_bg.wasm');
  const bytes = fs.readFileSync(file);
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes).length,
  };
}

function main() {
  const scenarios = loadScenarios();
  console.log(`kinesisstreams-gluejob-wasm ${wasm.version()} vs @aws-solutions-constructs/aws-kinesisstreams-gluejob ` +
    `(aws-cdk-lib ${requireRef('aws-cdk-lib/package.json').version}), node ${process.version}`);
  console.log(`\nwarm, per call, mean over ${scenarios.length} conformance scenarios (same process)`);
  const w = warm(scenarios);
  console.log(`  wasm synth           ${fmt(w.wasm).padStart(10)}   (${w.wasmCalls} calls)`);
  console.log(`  real construct       ${fmt(w.real).padStart(10)}   (${w.realCalls} calls: app, stack, construct, app.synth())`);
  console.log(`  ratio                ${Math.round(w.real / w.wasm).toString().padStart(7)} x   (target >= 500 x)`);

  console.log(`\ncold: fresh node process, import + synthesize the minimal example (median of ${COLD_RUNS})`);
  const c = cold();
  console.log('                       whole process   import + synth (inside the process)');
  console.log(`  wasm package         ${fmt(c.wasm).padStart(10)}      ${fmt(c.wasmIn).padStart(10)}`);
  console.log(`  aws-cdk-lib          ${fmt(c.cdk).padStart(10)}      ${fmt(c.cdkIn).padStart(10)}`);
  console.log(`  ratio                ${(c.cdk / c.wasm).toFixed(1).padStart(8)} x      ${(c.cdkIn / c.wasmIn).toFixed(1).padStart(8)} x   (target >= 20 x)`);
  console.log(`  (an empty node process: ${fmt(c.node)})`);

  const s = size();
  console.log('\n.wasm size');
  console.log(`  raw                  ${(s.raw / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`  gzip -9              ${(s.gzip / 1024).toFixed(1).padStart(7)} KB   (target <= 100 KB)`);
  console.log(`  brotli               ${(s.brotli / 1024).toFixed(1).padStart(7)} KB`);
}

try {
  main();
} finally {
  fs.rmSync(OUTDIR, { recursive: true, force: true });
}
