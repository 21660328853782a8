#!/usr/bin/env node
'use strict';
// Benchmark of the package against the performance targets, in one node process: the wasm
// `synthJson()` and `synth()` against the official construct (construct + `app.synth()`, with
// aws-cdk-lib's default template validation and without it) over the same conformance scenarios;
// the boundary crossed as JSON text and by serde-wasm-bindgen; the largest inputs; cold starts of
// a fresh `node`; the .wasm size. Ends with a table of figures against the targets.
//   make bench-js          (builds pkg/, the boundary build and the reference first)
//   node tests/bench-js/bench.cjs [--scenarios N] [--case-ms N] [--cold-runs N]
// PKG_DIR overrides ./pkg; BOUNDARY_DIR the build with the feature boundary-bench
// (target/bench-js/boundary; its section is left out when that build is missing).
// Prints figures only; nothing here asserts a timing.

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');

const ROOT = path.resolve(__dirname, '..', '..');
const PKG_DIR = path.resolve(process.env.PKG_DIR || path.join(ROOT, 'pkg'));
const BOUNDARY_DIR = path.resolve(process.env.BOUNDARY_DIR || path.join(ROOT, 'target', 'bench-js', 'boundary'));
const CONFORMANCE = path.join(ROOT, 'tests', 'conformance');
const FIXTURES = path.join(CONFORMANCE, 'fixtures');
const SCENARIOS = path.join(CONFORMANCE, 'scenarios');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const MAX_SCENARIOS = option('--scenarios', 100);
const CASE_MS = option('--case-ms', 15);
const COLD_RUNS = option('--cold-runs', 11);

// aws-cdk-lib reads CDK_VALIDATION at each synth; the runs below choose validation per App.
delete process.env.CDK_VALIDATION;

const requireRef = (name) => require(require.resolve(name, { paths: [CONFORMANCE] }));
const cdk = requireRef('aws-cdk-lib');
const { KinesisstreamsToGluejob } = requireRef('@aws-solutions-constructs/aws-kinesisstreams-gluejob');
const { prepareScenario, tagConstruct, constructProps, DEFAULT_ID } = require(path.join(CONFORMANCE, 'load-scenarios.js'));
const { constructWithFixes } = require(path.join(CONFORMANCE, 'fixes.js'));
const wasm = require(PKG_DIR);
const boundary = fs.existsSync(path.join(BOUNDARY_DIR, 'kinesisstreams_gluejob.js'))
  ? require(path.join(BOUNDARY_DIR, 'kinesisstreams_gluejob.js'))
  : null;

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error'];
const OUTDIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kinesisstreams-gluejob-bench-'));
let apps = 0;

// One synthesis with the official construct, as the fixture generator runs it: app, stack,
// construct, app.synth(). `validation` false is what CDK_VALIDATION=false does.
function officialSynth(sc, validation) {
  const app = new cdk.App({
    outdir: path.join(OUTDIR, String(apps++)),
    analyticsReporting: false,
    ...(validation ? {} : { builtinCloudFormationValidation: false }),
  });
  const { stack, built, parent } = prepareScenario(app, sc);
  // The construct's warnings and the validator's report are printed; both are part of the cost.
  const saved = CONSOLE_METHODS.map((m) => console[m]);
  for (const m of CONSOLE_METHODS) console[m] = () => {};
  try {
    const construct = constructWithFixes(KinesisstreamsToGluejob, parent, sc.id || DEFAULT_ID, constructProps(built), sc.fixes);
    tagConstruct(construct, sc);
    return app.synth().getStackArtifact(stack.artifactId).template;
  } finally {
    CONSOLE_METHODS.forEach((m, i) => (console[m] = saved[i]));
  }
}

// The scenarios both sides synthesize: fixtures with a fragment the engine reproduces, from the
// scenario lists the official construct can run here (generated lists need the generator's runner).
function loadScenarios() {
  const gaps = new Set(
    fs.readFileSync(path.join(CONFORMANCE, 'known-gaps.txt'), 'utf8').split('\n').map((l) => l.trim()),
  );
  const all = [];
  for (const f of fs.readdirSync(SCENARIOS).filter((n) => n.endsWith('.js') && !n.startsWith('_')).sort()) {
    const list = require(path.join(SCENARIOS, f));
    if (!Array.isArray(list)) continue;
    for (const sc of list) {
      const file = path.join(FIXTURES, `${sc.name}.json`);
      if (gaps.has(sc.name) || !fs.existsSync(file)) continue;
      const fixture = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!fixture.expected.fragmentFile) continue;
      fixture.id = fixture.id || DEFAULT_ID;
      fixture.options = fixture.options || {};
      const expected = fs.readFileSync(path.join(FIXTURES, fixture.expected.fragmentFile), 'utf8');
      all.push({ sc, fixture, expected });
    }
  }
  // An even sample, so every group is represented.
  const picked =
    all.length <= MAX_SCENARIOS
      ? all
      : Array.from({ length: MAX_SCENARIOS }, (_, i) => all[Math.floor((i * all.length) / MAX_SCENARIOS)]);
  return { picked, available: all.length };
}

const median = (values) => quantile(values, 0.5);
// Median and p95 of per-scenario figures.
const summarize = (each) => ({ median: median(each), p95: quantile(each, 0.95) });
function quantile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round((s.length - 1) * p))];
}

function fmt(ms) {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Median time of one call (ms): `call` repeated for `budget` ms (at least `min` times) after a warm-up.
function timeCalls(call, budget = CASE_MS, min = 5, per = 1) {
  for (let i = 0; i < 3; i++) call();
  const times = [];
  const start = performance.now();
  while (times.length < min || performance.now() - start < budget) {
    const t0 = performance.now();
    call();
    times.push((performance.now() - t0) / per);
  }
  return median(times);
}

// Per-scenario medians of each call, then their median and p95 over the scenarios.
function overScenarios(scenarios, makeCall, opts) {
  return summarize(scenarios.map((s) => timeCalls(makeCall(s), ...(opts || []))));
}

function checkOutputs(scenarios) {
  for (const { fixture, expected } of scenarios) {
    const json = wasm.synthJson(fixture.id, fixture.props, fixture.options);
    const fragment = JSON.stringify(wasm.synth(fixture.id, fixture.props, fixture.options).fragment, null, 1);
    if (json !== expected || fragment !== expected) throw new Error(`${fixture.name}: wasm output differs from the fixture`);
  }
}

// `synthJson()` and `synth()` are timed one after the other for each scenario, so a change in the
// machine's load falls on both alike; so is V8's own work on the same fragment, for scale: writing
// it as CDK does (`JSON.stringify(fragment, null, 1)`) and reading that text (`JSON.parse`).
function warmWasm(scenarios) {
  const json = [];
  const full = [];
  const stringify = [];
  const parse = [];
  for (const { fixture: f, expected } of scenarios) {
    json.push(timeCalls(() => wasm.synthJson(f.id, f.props, f.options)));
    full.push(timeCalls(() => wasm.synth(f.id, f.props, f.options)));
    const fragment = JSON.parse(expected);
    stringify.push(timeCalls(() => JSON.stringify(fragment, null, 1)));
    parse.push(timeCalls(() => JSON.parse(expected)));
  }
  return { synthJson: summarize(json), synth: summarize(full), stringify: summarize(stringify), parse: summarize(parse) };
}

// The official construct, both ways interleaved per scenario: a warm-up pass (module loading, JIT),
// then `passes` timed passes; each scenario's figure is the median of its passes.
function warmOfficial(scenarios, passes = 3) {
  const times = scenarios.map(() => ({ on: [], off: [] }));
  for (let pass = -1; pass < passes; pass++) {
    scenarios.forEach(({ sc }, i) => {
      const order = (pass + i) % 2 === 0 ? [true, false] : [false, true];
      for (const validation of order) {
        const t0 = performance.now();
        officialSynth(sc, validation);
        const ms = performance.now() - t0;
        if (pass >= 0) times[i][validation ? 'on' : 'off'].push(ms);
      }
    });
    fs.rmSync(OUTDIR, { recursive: true, force: true });
    fs.mkdirSync(OUTDIR);
  }
  const over = (key) => summarize(times.map((t) => median(t[key])));
  return { validation: over('on'), noValidation: over('off'), calls: scenarios.length * passes * 2 };
}

// JSON text against serde-wasm-bindgen, each direction alone and the whole `synth()`; outputs compared.
function measureBoundary(scenarios) {
  const same = { synth: 0, synthJson: 0 };
  for (const { fixture: f, expected } of scenarios) {
    const shipped = JSON.stringify(wasm.synth(f.id, f.props, f.options));
    const viaText = JSON.stringify(boundary.synthVia(f.id, f.props, f.options, 'text', 'text'));
    const viaSwb = JSON.stringify(boundary.synthVia(f.id, f.props, f.options, 'swb', 'swb'));
    if (shipped === viaText && viaText === viaSwb) same.synth++;
    if (boundary.synthJsonVia(f.id, f.props, f.options, 'swb') === expected) same.synthJson++;
  }
  const rounds = 10;
  const inOf = (way) =>
    overScenarios(scenarios, ({ fixture: f }) => () => boundary.boundaryIn(f.props, f.options, way, rounds), [CASE_MS, 5, rounds]);
  const outOf = (way) => {
    const each = scenarios.map(({ fixture: f }) => {
      boundary.boundaryPrepare(f.id, f.props, f.options);
      return timeCalls(() => boundary.boundaryOut(way, rounds), CASE_MS, 5, rounds);
    });
    return summarize(each);
  };
  const synthOf = (way) =>
    overScenarios(scenarios, ({ fixture: f }) => () => boundary.synthVia(f.id, f.props, f.options, way, way));
  return {
    same,
    in: { text: inOf('text'), swb: inOf('swb') },
    out: { text: outOf('text'), swb: outOf('swb') },
    synth: { text: synthOf('text'), swb: synthOf('swb') },
  };
}

// The largest inputs, built as the native benchmark builds them.
function propsWithColumns(columns) {
  return {
    glueJobProps: { command: { name: 'gluestreaming', pythonVersion: '3', scriptLocation: 's3://bucket/script.py' } },
    fieldSchema: columns,
  };
}
const wideSchema = (n) =>
  propsWithColumns(Array.from({ length: n }, (_, i) => ({ name: `column${i}`, type: 'string', comment: `column ${i}` })));
function nestedSchema(depth) {
  let type = 'int';
  for (let level = 0; level < depth; level++) type = `struct<level${level}:${type},n${level}:string>`;
  return propsWithColumns([{ name: 'deep', type }]);
}

function large() {
  const run = (label, size, props, options) => {
    wasm.synthJson('KinesisToGlue', props, options); // throws if the engine refuses the input
    return { label, size, ms: timeCalls(() => wasm.synthJson('KinesisToGlue', props, options), 400, 5) };
  };
  const columns = [100, 1000, 10000].map((n) => run(`${n} columns`, n, wideSchema(n)));
  const nesting = [8, 16, 32].map((n) => run(`struct nested ${n} levels`, n, nestedSchema(n)));
  // The constructs already in the construct's scope, as the CDK adapter passes a crowded stack's.
  const siblings = [100, 1000, 10000].map((n) =>
    run(`${n} siblings`, n, wideSchema(1), { siblings: Array.from({ length: n }, (_, i) => `Other${i}`) }),
  );
  const growth = (series) => series.at(-1).ms / series.at(-1).size / (series[0].ms / series[0].size);
  return {
    columns,
    nesting,
    siblings,
    columnGrowth: growth(columns),
    nestingGrowth: growth(nesting),
    siblingGrowth: growth(siblings),
  };
}

// A fresh node; whole-process wall time, measured from here.
function timeProcess(args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CDK_VALIDATION: 'false' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

// Bare `node -e 1`, the package (import or require + one synth) and aws-cdk-lib (without
// validation), interleaved run by run so the machine's load touches all alike. The timed runs of
// the package print nothing: writing to stdout and `performance` load parts of node that `node -e 1`
// never does (about 3 ms), so they report a wrong resource count by their exit code alone. Separate
// runs, not timed, time the import and the first synth() inside the process.
function cold() {
  const props = fs.readFileSync(path.join(ROOT, 'examples', 'minimal.json'), 'utf8');
  const mjs = require('url').pathToFileURL(path.join(PKG_DIR, 'node', 'index.mjs')).href;
  const cjs = path.join(PKG_DIR, 'node', 'index.cjs');
  // Stack tags, as most real apps have: their keys are ordered as JavaScript's localeCompare does.
  const tags = JSON.stringify({ tags: { Project: 'analytics', Owner: 'data-team', Environment: 'prod' } });
  const cdkDir = fs.mkdtempSync(path.join(OUTDIR, 'cold-'));
  const cdkScript = `const cdk = require('aws-cdk-lib');
const core = require('@aws-solutions-constructs/core');
const { KinesisstreamsToGluejob } = require('@aws-solutions-constructs/aws-kinesisstreams-gluejob');
const app = new cdk.App({ outdir: ${JSON.stringify(cdkDir)} });
const stack = new cdk.Stack(app, 'Stack');
core.SetConsistentFeatureFlags(stack);
new KinesisstreamsToGluejob(stack, 'KinesisGlue', ${props});
process.stdout.write(String(Object.keys(app.synth().getStackByName('Stack').template.Resources).length));`;
  const resources = Number(timeProcess(['-e', cdkScript], CONFORMANCE).out);
  const check = (synthCall) =>
    `if (Object.keys(${synthCall}.fragment.Resources).length !== ${resources}) process.exitCode = 3;`;
  const imported = (options) => [
    '--input-type=module',
    '-e',
    `const { synth } = await import(${JSON.stringify(mjs)});\n${check(`synth('KinesisGlue', ${props}, ${options})`)}`,
  ];
  const required = ['-e', `const { synth } = require(${JSON.stringify(cjs)});\n${check(`synth('KinesisGlue', ${props}, {})`)}`];
  const inside = ['--input-type=module', '-e', `const t0 = performance.now();
const { synth } = await import(${JSON.stringify(mjs)});
const t1 = performance.now();
synth('KinesisGlue', ${props}, {});
process.stdout.write(JSON.stringify({ importMs: t1 - t0, synthMs: performance.now() - t1 }));`];
  // What node itself takes to import an ES module file, whatever it holds.
  const emptyModule = path.join(OUTDIR, 'empty.mjs');
  fs.writeFileSync(emptyModule, 'export default 1;\n');
  const emptyImport = ['--input-type=module', '-e', `await import(${JSON.stringify(require('url').pathToFileURL(emptyModule).href)});`];
  const runs = { bare: [], emptyImport: [], wasm: [], wasmRequire: [], wasmTags: [], cdk: [], importMs: [], synthMs: [] };
  for (let i = 0; i < COLD_RUNS; i++) {
    runs.bare.push(timeProcess(['-e', '1'], ROOT).ms);
    runs.emptyImport.push(timeProcess(emptyImport, ROOT).ms);
    runs.wasm.push(timeProcess(imported('{}'), ROOT).ms);
    runs.wasmRequire.push(timeProcess(required, ROOT).ms);
    runs.wasmTags.push(timeProcess(imported(tags), ROOT).ms);
    const timed = JSON.parse(timeProcess(inside, ROOT).out);
    runs.importMs.push(timed.importMs);
    runs.synthMs.push(timed.synthMs);
    if (i < Math.min(COLD_RUNS, 5)) runs.cdk.push(timeProcess(['-e', cdkScript], CONFORMANCE).ms);
  }
  const medians = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]));
  return { ...medians, cdkRuns: runs.cdk.length, compiled: firstSynthCompiles(inside) };
}

// What V8 compiles for the import and the first synth(): it compiles a WebAssembly function whole
// (with its baseline compiler, Liftoff) the first time it runs, and that compilation is most of a
// first synth()'s time. Counted from V8's own trace, so the same build gives the same figure
// whatever the machine's load.
function firstSynthCompiles(inside) {
  const r = spawnSync(process.execPath, ['--trace-wasm-compilation-times', ...inside], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`traced run failed: ${r.stderr}`);
  const functions = [...r.stdout.matchAll(/^Compiled function .* using (\w+),.* bodysize (\d+)/gm)];
  const baseline = functions.filter((m) => m[1] === 'Liftoff');
  return {
    functions: baseline.length,
    bytes: baseline.reduce((sum, m) => sum + Number(m[2]), 0),
    optimized: functions.length - baseline.length,
  };
}

const WASM_FILE = path.join(PKG_DIR, 'node', 'kinesisstreams_gluejob_bg.wasm');

function size() {
  const bytes = fs.readFileSync(WASM_FILE);
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function main() {
  const { picked: scenarios, available } = loadScenarios();
  console.log(
    `kinesisstreams-gluejob-wasm ${wasm.version()} vs @aws-solutions-constructs/aws-kinesisstreams-gluejob ` +
      `(aws-cdk-lib ${requireRef('aws-cdk-lib/package.json').version}), node ${process.version}, ${os.cpus().length} CPUs`,
  );
  checkOutputs(scenarios);
  console.log(
    `\nwarm, same process: ${scenarios.length} conformance scenarios (an even sample of the ${available} with a ` +
      `fragment the engine reproduces; outputs checked), median call per scenario, then median and p95 over them`,
  );
  const w = warmWasm(scenarios);
  const o = warmOfficial(scenarios);
  const line = (label, t, note = '') =>
    console.log(`  ${label.padEnd(34)} median ${fmt(t.median).padStart(9)}   p95 ${fmt(t.p95).padStart(9)}${note}`);
  line('wasm synthJson()', w.synthJson);
  line('wasm synth()', w.synth);
  line('V8 JSON.stringify(fragment,null,1)', w.stringify, '   (for scale: the fragment written by V8 itself)');
  line('V8 JSON.parse(fragment text)', w.parse);
  line('official, default validation', o.validation, `   (${o.calls} calls in all: app, stack, construct, app.synth())`);
  line('official, no validation', o.noValidation, '   (builtinCloudFormationValidation: false, as CDK_VALIDATION=false)');

  let b = null;
  if (boundary) {
    console.log('\nboundary, per call over the same scenarios: JSON text vs serde-wasm-bindgen (build with feature boundary-bench)');
    b = measureBoundary(scenarios);
    line('in  (props, options) JSON text', b.in.text);
    line('in  (props, options) swb', b.in.swb);
    line('out (synth() result) JSON text', b.out.text);
    line('out (synth() result) swb', b.out.swb);
    line('synth(), both ways JSON text', b.synth.text);
    line('synth(), both ways swb', b.synth.swb);
    console.log(
      `  same output: synth() ${b.same.synth}/${scenarios.length} (shipped = text = swb), ` +
        `synthJson() with swb input ${b.same.synthJson}/${scenarios.length} equal to the fixture`,
    );
  } else {
    console.log(`\nboundary: no build with feature boundary-bench in ${BOUNDARY_DIR} (make bench-js builds it); left out`);
  }

  console.log('\nlargest inputs through wasm (synthJson(), median call)');
  const l = large();
  for (const [series, unit] of [[l.columns, 'column'], [l.nesting, 'level'], [l.siblings, 'sibling']]) {
    for (const x of series) console.log(`  ${x.label.padEnd(26)} ${fmt(x.ms).padStart(9)}   ${fmt(x.ms / x.size).padStart(9)} per ${unit}`);
  }
  console.log(
    `  cost per column at 10,000 / at 100: ${l.columnGrowth.toFixed(2)}; per level at 32 / at 8: ${l.nestingGrowth.toFixed(2)}; ` +
      `per sibling at 10,000 / at 100: ${l.siblingGrowth.toFixed(2)} (<= 1 when linear)`,
  );

  console.log(`\ncold: a fresh node process, whole wall time, median of ${COLD_RUNS} interleaved runs`);
  const c = cold();
  console.log(`  node -e 1                          ${fmt(c.bare).padStart(9)}`);
  console.log(`  import the package + one synth()   ${fmt(c.wasm).padStart(9)}   (+${fmt(c.wasm - c.bare)})`);
  console.log(`  require the package + one synth()  ${fmt(c.wasmRequire).padStart(9)}   (+${fmt(c.wasmRequire - c.bare)})`);
  console.log(`  import an empty ES module file     ${fmt(c.emptyImport).padStart(9)}   (+${fmt(c.emptyImport - c.bare)}: node's own cost of an import)`);
  console.log(`    inside the process: import ${fmt(c.importMs)}, first synth() ${fmt(c.synthMs)}`);
  console.log(
    `    compiled by V8 meanwhile: ${c.compiled.functions} functions, ${kb(c.compiled.bytes)} of code ` +
      `(the module's code section is below), ${c.compiled.optimized} by the optimizing compiler`,
  );
  console.log(`  the same, with three stack tags    ${fmt(c.wasmTags).padStart(9)}   (+${fmt(c.wasmTags - c.bare)})`);
  console.log(`  aws-cdk-lib + construct + synth    ${fmt(c.cdk).padStart(9)}   (median of ${c.cdkRuns}, no validation)`);

  const s = size();
  console.log(`\n.wasm: raw ${kb(s.raw)}, gzip -9 ${kb(s.gzip)}, brotli ${kb(s.brotli)}`);
  // What the .wasm holds (sections, wasm-opt --metrics, and twiggy's largest items when installed).
  const profile = spawnSync('bash', [path.join(ROOT, 'scripts', 'wasm-size.sh'), WASM_FILE, '12'], { encoding: 'utf8' });
  if (profile.status === 0) console.log(profile.stdout.replace(/^/gm, '  ').trimEnd());

  const met = (ok) => (ok ? 'yes' : 'no');
  const ratioJson = o.validation.median / w.synthJson.median;
  const ratioSynth = o.validation.median / w.synth.median;
  const rows = [
    [`wasm synthJson(), median over ${scenarios.length} scenarios`, fmt(w.synthJson.median), '<= 40 µs', met(w.synthJson.median <= 0.04)],
    ['wasm synth(), median', fmt(w.synth.median), '<= 100 µs', met(w.synth.median <= 0.1)],
    ['for scale, V8 on the same fragments: JSON.stringify(fragment, null, 1); JSON.parse', `${fmt(w.stringify.median)}; ${fmt(w.parse.median)}`, '-', '-'],
    ['official construct, default validation, median', fmt(o.validation.median), '-', '-'],
    ['official construct, no validation, median', fmt(o.noValidation.median), '-', '-'],
    ['official (default validation) / synthJson()', `${Math.round(ratioJson)} x`, '>= 500 x', met(ratioJson >= 500)],
    ['official (default validation) / synth()', `${Math.round(ratioSynth)} x`, '>= 250 x', met(ratioSynth >= 250)],
    ['cold: import + synth vs node -e 1', `+${fmt(c.wasm - c.bare)} (${fmt(c.wasm)} vs ${fmt(c.bare)})`, '<= +15 ms', met(c.wasm - c.bare <= 15)],
    ['cold: require + synth vs node -e 1', `+${fmt(c.wasmRequire - c.bare)}`, '-', '-'],
    ['cold: import of an empty ES module file vs node -e 1', `+${fmt(c.emptyImport - c.bare)}`, '-', '-'],
    ['cold, inside the process: import, first synth()', `${fmt(c.importMs)}, ${fmt(c.synthMs)}`, '-', '-'],
    ['cold: code V8 compiles for the import and the first synth()', `${kb(c.compiled.bytes)} in ${c.compiled.functions} functions`, '-', '-'],
    ['cold, with three stack tags', `+${fmt(c.wasmTags - c.bare)}`, '-', '-'],
    ['.wasm gzip -9 (raw, brotli)', `${kb(s.gzip)} (${kb(s.raw)}, ${kb(s.brotli)})`, '<= 100 KB', met(s.gzip <= 100 * 1024)],
    ['10,000 columns via wasm: per call, per column', `${fmt(l.columns[2].ms)}, ${fmt(l.columns[2].ms / 10000)}`, 'linear', `${met(l.columnGrowth <= 2)} (growth ${l.columnGrowth.toFixed(2)})`],
    ['32-level nested struct via wasm', fmt(l.nesting[2].ms), 'linear', `${met(l.nestingGrowth <= 2)} (growth ${l.nestingGrowth.toFixed(2)})`],
    ['10,000 siblings via wasm: per call, per sibling', `${fmt(l.siblings[2].ms)}, ${fmt(l.siblings[2].ms / 10000)}`, 'linear', `${met(l.siblingGrowth <= 2)} (growth ${l.siblingGrowth.toFixed(2)})`],
  ];
  if (b) {
    const kept = (dir) => (b[dir].text.median <= b[dir].swb.median ? 'JSON text' : 'swb');
    rows.push(['boundary in: JSON text vs swb, median', `${fmt(b.in.text.median)} vs ${fmt(b.in.swb.median)}`, 'the faster shipped', `${kept('in')} faster`]);
    rows.push(['boundary out: JSON text vs swb, median', `${fmt(b.out.text.median)} vs ${fmt(b.out.swb.median)}`, 'the faster shipped', `${kept('out')} faster`]);
  }
  console.log('\n| figure | measured | target | met? |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log('(linear: the cost per column, level or sibling of the largest input is at most 2x the smallest input\'s)');
}

try {
  main();
} finally {
  fs.rmSync(OUTDIR, { recursive: true, force: true });
}
