'use strict';
// Builds one real-app case on one side (official construct or adapter) and reads back everything
// the app produced: every file of the cloud assembly, what was printed, the error if one was
// thrown, and what the case observed about the objects (kinds, counts).

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { lib } = require('./lib.cjs');

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'kinglu-real-apps-'));
// Both sides write into the same directory in turn, so paths CDK prints (validation reports) agree.
const OUTDIR = path.join(TMP, 'cdk.out');

// The context the cdk CLI gives an app on `cdk synth` (path and asset metadata on, bundling for all
// stacks; it sets no stack-trace keys, so aws-cdk-lib records creation stacks and annotation
// traces), with version reporting off as with --no-version-reporting (one case turns it on).
const CLI_CONTEXT = {
  'aws:cdk:enable-path-metadata': true,
  'aws:cdk:enable-asset-metadata': true,
  'aws:cdk:bundling-stacks': ['**'],
};

/** An app as `cdk synth` runs it, writing into the case's output directory. */
function newApp(props = {}) {
  return new lib.cdk.App({ ...props, context: { ...CLI_CONTEXT, ...props.context }, outdir: OUTDIR });
}

/** Runs `fn` collecting what it prints (console and the process streams). */
function capturePrinted(fn) {
  const printed = [];
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  const savedOut = process.stdout.write;
  const savedErr = process.stderr.write;
  const keep = (stream) => (...a) => printed.push(`${stream}: ${util.format(...a)}`);
  console.log = keep('log');
  console.info = keep('info');
  console.warn = keep('warn');
  console.error = keep('error');
  process.stdout.write = (chunk) => (printed.push(`stdout: ${chunk}`), true);
  process.stderr.write = (chunk) => (printed.push(`stderr: ${chunk}`), true);
  try {
    return { value: fn(), printed };
  } finally {
    Object.assign(console, saved);
    process.stdout.write = savedOut;
    process.stderr.write = savedErr;
  }
}

function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), `${rel}/`));
    else out.push(rel);
  }
  return out;
}

/** Every file of the assembly by relative path; tree.json without the pattern's own class name. */
function readAssembly(dir, patternPaths) {
  const files = {};
  for (const rel of listFiles(dir)) {
    let text = fs.readFileSync(path.join(dir, rel), 'utf8');
    if (path.basename(rel) === 'tree.json') text = neutralTree(text, patternPaths);
    if (rel.endsWith('.metadata.json') || path.basename(rel) === 'manifest.json') text = neutralCreationStacks(text);
    if (path.basename(rel) === 'validation-report.json') text = neutralReportTraces(text);
    files[rel] = text;
  }
  return files;
}

// tree.json names each construct's class (fqn, version): the pattern's own node names its package,
// which is the one thing allowed to differ. Its children and everything else are compared as written.
function neutralTree(text, patternPaths) {
  const tree = JSON.parse(text);
  const visit = (node) => {
    if (patternPaths.has(node.path) && node.constructInfo) node.constructInfo = '<the pattern construct>';
    for (const child of Object.values(node.children || {})) visit(child);
  };
  visit(tree.tree);
  return JSON.stringify(tree, null, 2);
}

// Creation stacks (aws:cdk:creationStack metadata, recorded for every resource: the cdk CLI sets
// neither aws:cdk:disable-creation-stack-traces nor CDK_DEBUG by default) are call stacks in which
// aws-cdk-lib folds each run of library frames into one line "...pkg, pkg, fn in pkg...". The one
// thing allowed to differ is the pattern's own part of such a run: the official construct's
// packages (the pattern and @aws-solutions-constructs/core) or the adapter's package, and the
// library frames between them. That part becomes one marker; the library frames before it (the
// aws-cdk-lib call that created the resource), every app frame and the rest are compared as written.
// Traces are taken at full depth (see runSide), so how deep the pattern calls cannot cut app frames.
const PATTERN_PACKAGES = new Set([
  '@aws-solutions-constructs/aws-kinesisstreams-gluejob',
  '@aws-solutions-constructs/core',
  'kinesisstreams-gluejob-wasm',
]);
const PATTERN_MARKER = '<the pattern>';

function neutralFrameRun(line) {
  const run = /^(\s*)\.\.\.(.*)\.\.\.$/.exec(line);
  if (!run) return line;
  const entries = run[2].split(', ');
  const isPattern = (entry) => PATTERN_PACKAGES.has(entry.replace(/^.* in /, ''));
  const first = entries.findIndex(isPattern);
  if (first < 0) return line;
  const last = entries.length - 1 - [...entries].reverse().findIndex(isPattern);
  return `${run[1]}...${[...entries.slice(0, first), PATTERN_MARKER, ...entries.slice(last + 1)].join(', ')}...`;
}

function neutralCreationStacks(text) {
  const json = JSON.parse(text);
  const visit = (x) => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!x || typeof x !== 'object') return;
    if (x.type === 'aws:cdk:creationStack' && Array.isArray(x.data)) {
      x.data = x.data.map((line) => (typeof line === 'string' ? neutralFrameRun(line) : line));
    }
    // Other entries made during construction keep the same kind of trace (an acknowledged
    // template-validation rule, for one).
    if (Array.isArray(x.trace)) x.trace = x.trace.map((line) => (typeof line === 'string' ? neutralFrameRun(line) : line));
    Object.values(x).forEach(visit);
  };
  visit(json);
  return JSON.stringify(json, null, 2);
}

// The validation report gives each finding's construct trace as "stackTraces", and an acknowledged
// rule's as "acknowledgedStackTrace": strings of lines taken from the same creation stacks; only
// their pattern runs are folded, as above.
function neutralReportTraces(text) {
  const json = JSON.parse(text);
  const visit = (x) => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!x || typeof x !== 'object') return;
    const neutralTrace = (t) => (typeof t === 'string' ? t.split('\n').map(neutralFrameRun).join('\n') : t);
    if (Array.isArray(x.stackTraces)) x.stackTraces = x.stackTraces.map(neutralTrace);
    if (typeof x.acknowledgedStackTrace === 'string') x.acknowledgedStackTrace = neutralTrace(x.acknowledgedStackTrace);
    Object.values(x).forEach(visit);
  };
  visit(json);
  return JSON.stringify(json, null, 2);
}

/**
 * Builds `kase` with `side` ({ Klass, SinkStoreType }): the case returns { root, observe } where
 * root is the App or Stage to synthesize and observe() reports facts about the built objects.
 */
function runSide(kase, side) {
  fs.rmSync(OUTDIR, { recursive: true, force: true });
  // Staged assets are cached per process by source hash; each side stages into a fresh cdk.out.
  lib.cdk.AssetStaging.clearAssetHashCache();
  // Full-depth stack traces (node --stack-trace-limit, as CDK's own hint says): with the default
  // ten frames, the pattern's depth would decide how many app frames a creation stack keeps.
  const savedLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  try {
    const { value, printed } = capturePrinted(() => buildAndSynth(kase, side));
    return { ...value, printed };
  } finally {
    Error.stackTraceLimit = savedLimit;
  }
}

function buildAndSynth(kase, side) {
  let built;
  try {
    built = kase.build(side.Klass, side.SinkStoreType);
  } catch (e) {
    return { error: messageOf(e), phase: 'construction' };
  }
  const observed = built.observe ? attempt(built.observe) : undefined;
  const root = built.root;
  const patternPaths = new Set(root.node.findAll().filter((c) => c instanceof side.Klass).map((c) => c.node.path));
  let assembly;
  try {
    assembly = root.synth();
  } catch (e) {
    return { error: messageOf(e), phase: 'synthesis', observed };
  }
  const after = built.afterSynth ? attempt(() => built.afterSynth(assembly)) : undefined;
  return { files: readAssembly(assembly.directory, patternPaths), observed, after };
}

/** What `fn` returns, or the error it throws as a value to compare. */
function attempt(fn) {
  try {
    return fn();
  } catch (e) {
    return { threw: messageOf(e) };
  }
}

function messageOf(e) {
  return e && e.message !== undefined ? e.message : String(e);
}

/** The first line where two texts differ, with a little context. */
function firstDifference(want, got) {
  const a = want.split('\n');
  const b = got.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 3);
  const show = (lines) => lines.slice(from, i + 3).map((l, k) => `  ${from + k + 1}: ${l.length > 200 ? `${l.slice(0, 200)}...` : l}`).join('\n');
  return `line ${i + 1}\n official:\n${show(a)}\n adapter:\n${show(b)}`;
}

/** Every difference between the two sides' results, as readable lines (empty when identical). */
function differences(want, got) {
  const out = [];
  if (want.error !== undefined || got.error !== undefined) {
    if (want.error === undefined) out.push(`the adapter threw during ${got.phase}, the official construct did not: ${got.error}`);
    else if (got.error === undefined) out.push(`the official construct threw during ${want.phase}, the adapter did not: ${want.error}`);
    else if (want.error !== got.error) out.push(`error message differs: ${firstDifference(want.error, got.error)}`);
  } else {
    const wantNames = Object.keys(want.files);
    const gotNames = Object.keys(got.files);
    const missing = wantNames.filter((n) => !(n in got.files));
    const extra = gotNames.filter((n) => !(n in want.files));
    if (missing.length) out.push(`assembly files missing: ${missing.join(', ')}`);
    if (extra.length) out.push(`assembly files not in the official assembly: ${extra.join(', ')}`);
    for (const name of wantNames) {
      if (name in got.files && got.files[name] !== want.files[name]) out.push(`${name} differs at ${firstDifference(want.files[name], got.files[name])}`);
    }
  }
  const wantPrinted = want.printed.join('\n');
  const gotPrinted = got.printed.join('\n');
  if (wantPrinted !== gotPrinted) out.push(`printed output differs at ${firstDifference(wantPrinted, gotPrinted)}`);
  for (const key of ['observed', 'after']) {
    const w = JSON.stringify(want[key], null, 1) ?? '';
    const g = JSON.stringify(got[key], null, 1) ?? '';
    if (w !== g) out.push(`${key} differs at ${firstDifference(w, g)}`);
  }
  return out;
}

function cleanup() {
  fs.rmSync(TMP, { recursive: true, force: true });
}

module.exports = { newApp, runSide, differences, capturePrinted, cleanup, TMP };
