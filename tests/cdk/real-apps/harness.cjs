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

// The context the cdk CLI gives an app on `cdk synth` (path and asset metadata on, no stack traces
// unless --debug), with version reporting off as with --no-version-reporting (one case turns it on).
const CLI_CONTEXT = {
  'aws:cdk:enable-path-metadata': true,
  'aws:cdk:enable-asset-metadata': true,
  'aws:cdk:disable-stack-trace': true,
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

// Creation stacks (aws:cdk:creationStack metadata) are call stacks cut at a fixed depth, summarizing
// library frames by package: which app frames they reach depends on how deep the library calls, and
// the construct's own frames name its package. Their presence is compared, not their frames (the
// location CDK reports for a finding is compared in the cdk-nag validation case).
function neutralCreationStacks(text) {
  const json = JSON.parse(text);
  const visit = (x) => {
    if (Array.isArray(x)) return x.forEach(visit);
    if (!x || typeof x !== 'object') return;
    if (x.type === 'aws:cdk:creationStack' && Array.isArray(x.data)) {
      x.data = '<creation stack>';
    }
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
  const { value, printed } = capturePrinted(() => {
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
  });
  return { ...value, printed };
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
