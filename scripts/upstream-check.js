#!/usr/bin/env node
'use strict';
// make upstream-check: how many conformance scenarios change with newer upstream releases.
//
// For each set of versions (the pinned reference; the newest construct and core; aws-cdk-lib at
// both ends of the construct's peer range), installs it into .cache/upstream/<set>/, synthesizes
// every scenario with it (tests/conformance/generate.js, run from a shadow copy of the harness
// whose node_modules is that set), and compares with the committed fixtures. The engine is then
// run against the fixtures of each set with that set's aws-cdk-lib version, so a difference the
// engine already models (the auto-delete handler's asset hash) is told apart from a new one.
// Downloads from npm and PyPI; not part of `make test`.

const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const HARNESS = path.join(ROOT, 'tests', 'conformance');
const CACHE = path.join(ROOT, '.cache', 'upstream');
const CONSTRUCT = '@aws-solutions-constructs/aws-kinesisstreams-gluejob';
const CORE = '@aws-solutions-constructs/core';
const PYPI = {
  [CONSTRUCT]: 'aws-solutions-constructs.aws-kinesis-streams-gluejob',
  [CORE]: 'aws-solutions-constructs.core',
};
// Everything of the harness but what each set brings itself (its packages, its fixtures).
const NOT_SHARED = ['node_modules', 'fixtures', 'regions.json', '.cache', 'package.json', 'package-lock.json'];

const log = (...a) => console.error('upstream-check:', ...a);
const run = (cmd, args, opts = {}) => (execFileSync(cmd, args, { encoding: 'utf8', ...opts }) || '').trim();

function cmpVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

function npmNewest(name) {
  return run('npm', ['view', name, 'version']);
}

function pypiNewest(dist) {
  const out = run('python3', ['-m', 'pip', 'index', 'versions', dist], { stdio: ['ignore', 'pipe', 'ignore'] });
  const m = /\(([0-9.]+)\)/.exec(out);
  if (!m) throw new Error(`cannot read the versions of ${dist} from pip`);
  return m[1];
}

/** The pinned reference, as tests/conformance/package.json names it. */
function reference() {
  const deps = JSON.parse(fs.readFileSync(path.join(HARNESS, 'package.json'), 'utf8')).dependencies;
  const version = (spec) => (/(\d+\.\d+\.\d+)/.exec(spec) || [])[1];
  return {
    construct: version(deps[CONSTRUCT]),
    core: version(deps[CORE]),
    cdk: deps['aws-cdk-lib'],
    constructs: deps.constructs,
  };
}

/** A package spec for npm: the registry's version when it has it, else the PyPI wheel's tarball. */
function spec(name, version, dir) {
  const onNpm = spawnSync('npm', ['view', `${name}@${version}`, 'version'], { encoding: 'utf8' }).stdout.trim();
  if (onNpm === version) return version;
  const tgz = path.join(dir, `${name.split('/')[1]}-${version}.tgz`);
  if (!fs.existsSync(tgz)) {
    run('python3', [path.join(HARNESS, 'jsii-tarball.py'), PYPI[name], version, path.join(CACHE, 'wheels'), tgz]);
  }
  return `file:${path.basename(tgz)}`;
}

function install(label, versions) {
  const dir = path.join(CACHE, label);
  fs.mkdirSync(dir, { recursive: true });
  const pkg = {
    name: `upstream-${label}`,
    private: true,
    dependencies: {
      [CONSTRUCT]: spec(CONSTRUCT, versions.construct, dir),
      [CORE]: spec(CORE, versions.core, dir),
      'aws-cdk-lib': versions.cdk,
      constructs: versions.constructs,
    },
  };
  const text = JSON.stringify(pkg, null, 2) + '\n';
  const stamp = path.join(dir, 'node_modules', '.installed');
  if (!(fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === text)) {
    fs.writeFileSync(path.join(dir, 'package.json'), text);
    log(`installing ${label}`);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'], { cwd: dir, stdio: 'inherit' });
    fs.writeFileSync(stamp, text);
  }
  for (const f of fs.readdirSync(HARNESS).filter((name) => !NOT_SHARED.includes(name))) {
    const link = path.join(dir, f);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(HARNESS, f), link);
  }
  return dir;
}

/** Synthesizes every scenario with the set installed in `dir`; returns the names that differ. */
function differing(dir) {
  const fixtures = path.join(dir, 'fixtures');
  fs.rmSync(fixtures, { recursive: true, force: true });
  // --preserve-symlinks: the harness files resolve aws-cdk-lib & co. from this set's node_modules.
  const r = spawnSync(
    process.execPath,
    ['--preserve-symlinks', '--preserve-symlinks-main', path.join(dir, 'generate.js')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (!fs.existsSync(fixtures)) throw new Error(`generate.js failed in ${dir}:\n${r.stderr}`);
  const committed = path.join(HARNESS, 'fixtures');
  const names = new Set();
  const all = new Set([...fs.readdirSync(fixtures), ...fs.readdirSync(committed)]);
  for (const f of all) {
    if (!f.endsWith('.json')) continue;
    const a = path.join(fixtures, f);
    const b = path.join(committed, f);
    if (!fs.existsSync(a) || !fs.existsSync(b) || fs.readFileSync(a, 'utf8') !== fs.readFileSync(b, 'utf8')) {
      names.add(f.replace(/(\.template)?(\.expected)?\.json$/, ''));
    }
  }
  return { names: [...names].sort(), total: fs.readdirSync(fixtures).filter((f) => !f.endsWith('.expected.json')).length };
}

/** Runs the engine's conformance test on `dir`'s fixtures with aws-cdk-lib `cdk`: failing names. */
function engineFailures(dir, cdk) {
  const r = spawnSync(process.env.CARGO || 'cargo', ['test', '--quiet', '--test', 'conformance', '--', '--nocapture'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONFORMANCE_FIXTURES: path.join(dir, 'fixtures'), CONFORMANCE_CDK_VERSION: cdk },
  });
  const out = `${r.stdout}\n${r.stderr}`;
  const m = /conformance: (\d+) byte-identical, \d+ known gaps, (\d+) total/.exec(out);
  if (!m) throw new Error(`cannot read the conformance result:\n${out.slice(-2000)}`);
  return Number(m[2]) - Number(m[1]);
}

function main() {
  const ref = reference();
  const peer = JSON.parse(
    fs.readFileSync(path.join(HARNESS, 'node_modules', CONSTRUCT, 'package.json'), 'utf8'),
  ).peerDependencies['aws-cdk-lib'];
  const low = /(\d+\.\d+\.\d+)/.exec(peer)[1];
  const newestConstruct = pypiNewest(PYPI[CONSTRUCT]);
  const newestCore = [npmNewest(CORE), pypiNewest(PYPI[CORE])].sort(cmpVersions).pop();
  const newestCdk = npmNewest('aws-cdk-lib');

  const sets = [
    { label: 'reference', what: 'the pinned reference', ...ref },
    { label: 'construct-newest', what: 'newest construct and core', ...ref, construct: newestConstruct, core: newestCore },
    { label: 'cdk-low', what: `aws-cdk-lib, low end of ${peer}`, ...ref, cdk: low },
    { label: 'cdk-newest', what: 'aws-cdk-lib, newest', ...ref, cdk: newestCdk },
  ];
  const rows = [];
  for (const set of sets) {
    const key = (x) => [x.construct, x.core, x.cdk, x.constructs].join(' ');
    const same = rows.find((r) => key(r) === key(set));
    if (same) {
      rows.push({ ...same, what: `${set.what} (= ${same.label})`, label: set.label });
      continue;
    }
    const dir = install(set.label, set);
    log(`synthesizing every scenario with ${set.label}`);
    const { names, total } = differing(dir);
    log(`running the engine on ${set.label}'s fixtures`);
    const failures = engineFailures(dir, set.cdk);
    rows.push({ ...set, names, total, failures });
  }

  const lines = [
    '| versions | construct | core | aws-cdk-lib | scenarios | differ from the committed fixtures | engine misses (with that aws-cdk-lib) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const which = r.names.length ? ` (${r.names.slice(0, 4).join(', ')}${r.names.length > 4 ? ', ...' : ''})` : '';
    lines.push(`| ${r.what} | ${r.construct} | ${r.core} | ${r.cdk} | ${r.total} | ${r.names.length}${which} | ${r.failures} |`);
  }
  console.log(lines.join('\n'));
}

main();
