// The packed package used the way its README shows, from throwaway consumer projects:
// Node CommonJS, Node ES modules + TypeScript, a Vite production build in headless Chromium,
// and the npx CLI. Every README example marked `<!-- example: NAME (FILE) -->` runs here.
//   node --test tests/packaging/packaging.test.mjs      (PKG_DIR overrides ./pkg)
// Needs network access to the npm registry (or a warm npm cache) for vite, playwright-core and
// typescript, and Chromium at CHROMIUM (default /usr/bin/chromium).

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The package's export list, written once (schema/api.js).
const { functions: EXPORTED } = createRequire(import.meta.url)('../../schema/api.js');
const ROOT = path.resolve(HERE, '..', '..');
const PKG_DIR = path.resolve(process.env.PKG_DIR || path.join(ROOT, 'pkg'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const VERSIONS = { vite: '8.3.8', 'playwright-core': '1.65.1', typescript: '5.9.3' };
const PKG_NAME = 'kinesisstreams-gluejob-wasm';

const MINIMAL_PROPS = fs.readFileSync(path.join(ROOT, 'examples', 'minimal.json'), 'utf8');
const MINIMAL_EXPECTED = fs.readFileSync(
  path.join(ROOT, 'tests', 'conformance', 'fixtures', 'minimal-plain-id.expected.json'),
  'utf8',
);

// README examples: `<!-- example: NAME (FILE) -->` followed by a fenced block.
function readmeExamples() {
  const readme = fs.readFileSync(path.join(PKG_DIR, 'README.md'), 'utf8');
  const examples = {};
  for (const m of readme.matchAll(/<!-- example: (\S+) \((\S+)\) -->\n```\w*\n([\s\S]*?)```/g)) {
    examples[m[1]] = { file: m[2], code: m[3] };
  }
  return examples;
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.error) throw r.error;
  return r;
}

function ok(cmd, args, opts) {
  const r = sh(cmd, args, opts);
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function consumer(root, name, packageJson, deps = []) {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, ...packageJson }, null, 2));
  ok('npm', ['install', '--loglevel=error', '--no-save', ...deps], { cwd: dir, env: npmEnv });
  return dir;
}

function write(dir, file, text) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

let tmp;
let tarball;
const examples = readmeExamples();

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinesisstreams-gluejob-pkg-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp, PKG_DIR], {
    encoding: 'utf8',
    env: npmEnv,
  });
  const [info] = JSON.parse(out);
  tarball = path.join(tmp, info.filename);
  const files = info.files.map((f) => f.path).sort();
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'types/index.d.ts',
    'cli/kinesisstreams-gluejob.js',
    'node/index.cjs',
    'node/index.mjs',
    'node/kinesisstreams_gluejob_bg.wasm',
    'web/index.js',
    'web/kinesisstreams_gluejob_bg.wasm',
  ]) {
    assert.ok(files.includes(f), `the tarball lacks ${f}: ${files.join(', ')}`);
  }
});

after(() => {
  if (tmp && !process.env.KEEP_PACKAGING_TMP) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the README has every example this suite runs', () => {
  assert.deepEqual(Object.keys(examples).sort(), ['browser', 'browser-sync', 'cli', 'node-cjs', 'node-esm', 'typescript']);
});

describe('Node CommonJS consumer', () => {
  let dir;
  before(() => {
    dir = consumer(tmp, 'consumer-cjs', {}, [tarball]);
  });

  test('require resolves to the Node build', () => {
    const require = createRequire(path.join(dir, 'index.js'));
    assert.equal(
      require.resolve(PKG_NAME),
      path.join(dir, 'node_modules', PKG_NAME, 'node', 'index.cjs'),
    );
  });

  test('the README example runs', () => {
    const { file, code } = examples['node-cjs'];
    write(dir, file, code);
    const out = ok('node', [file], { cwd: dir });
    assert.match(out, /^\d+ resources; job: \{ Ref: 'KinesisGlue\w+' \}$/m);
    assert.match(out, /^\d{4,} bytes of template$/m);
    assert.match(out, /^SynthError \[ '\/fieldSchema' \]$/m);
    assert.match(out, /^0 problems$/m);
  });

  test('synthJson equals the real construct', () => {
    write(dir, 'check.cjs', `
      const m = require('${PKG_NAME}');
      const props = JSON.parse(require('fs').readFileSync(0, 'utf8'));
      process.stdout.write(m.synthJson('KinesisGlue', props));
    `);
    assert.equal(ok('node', ['check.cjs'], { cwd: dir, input: MINIMAL_PROPS }), MINIMAL_EXPECTED);
  });

  describe('npx CLI', () => {
    before(() => write(dir, 'props.json', MINIMAL_PROPS));
    // npm's own notices ("npm warn ...") are not the CLI's output.
    const npx = (args, opts = {}) => {
      const r = sh('npx', ['--no-install', 'kinesisstreams-gluejob', ...args], { cwd: dir, env: npmEnv, ...opts });
      return { ...r, stderr: r.stderr.replace(/^npm (warn|notice) .*\n/gm, '') };
    };

    test('synth from a file prints the CDK JSON', () => {
      const r = npx(['synth', '--id', 'KinesisGlue', 'props.json']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `${MINIMAL_EXPECTED}\n`);
    });

    test('synth from stdin with --yaml and --scope', () => {
      const r = npx(['synth', '--id', 'KinesisGlue', '--scope', 'Ingest/Etl', '--yaml', '-'], { input: MINIMAL_PROPS });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Resources:\n/);
      assert.match(r.stdout, /Type: AWS::Glue::Job/);
      assert.match(r.stdout, /IngestEtlKinesisGlue/);
      assert.ok(r.stdout.endsWith('\n') && !r.stdout.endsWith('\n\n'));
    });

    test('invalid props: diagnostics on stderr, exit 2', () => {
      const r = npx(['synth', '--id', 'X', '-'], { input: '{"fieldSchema": "x", "bogus": 1}' });
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^ {2}\/fieldSchema \[type\]: /m);
      assert.match(r.stderr, /^ {2}\/bogus \[unknown-property\]: /m);
    });

    test('usage errors exit 2', () => {
      for (const [args, message] of [
        [[], /^usage: kinesisstreams-gluejob synth/],
        [['synth', 'props.json'], /^--id is required/],
        [['synth', '--id'], /^--id needs a value/],
        [['synth', '--id', 'X', '--json'], /^unknown flag --json/],
        [['build'], /^unknown command build/],
        [['synth', '--id', 'X', 'a.json', 'b.json'], /^only one props file may be given/],
        [['synth', '--id', 'X', 'missing.json'], /^cannot read missing\.json: /],
      ]) {
        const r = npx(args, { input: '' });
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message, args.join(' '));
      }
      const r = npx(['synth', '--id', 'X', '-'], { input: '{not json' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^props are not valid JSON: /);
    });

    test('the README commands run', () => {
      const { file, code } = examples.cli;
      write(dir, file, `set -euo pipefail\n${code}`);
      const r = sh('bash', [file], { cwd: dir, env: npmEnv });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(fs.readFileSync(path.join(dir, 'fragment.json'), 'utf8'), `${MINIMAL_EXPECTED}\n`);
      assert.match(r.stdout, /^Resources:\n/);
    });
  });
});

describe('Node ES module + TypeScript consumer', () => {
  let dir;
  before(() => {
    dir = consumer(tmp, 'consumer-esm', { type: 'module' }, [tarball, `typescript@${VERSIONS.typescript}`]);
  });

  test('import resolves to the Node build and shares its instance', () => {
    write(dir, 'resolve.js', `
      import * as m from '${PKG_NAME}';
      import { createRequire } from 'node:module';
      const cjs = createRequire(import.meta.url)('${PKG_NAME}');
      console.log(import.meta.resolve('${PKG_NAME}'));
      console.log(m.synth === cjs.synth, typeof m.default, Object.keys(m).sort().join(','));
    `);
    const [resolved, line] = ok('node', ['resolve.js'], { cwd: dir }).trim().split('\n');
    assert.ok(resolved.endsWith(`/node_modules/${PKG_NAME}/node/index.mjs`), resolved);
    assert.equal(line, `true function ${['default', 'init', 'initSync', ...EXPORTED].sort().join(',')}`);
  });

  test('the README example runs', () => {
    const { file, code } = examples['node-esm'];
    write(dir, file, code);
    assert.equal(ok('node', [file], { cwd: dir }), 'Resources:\n');
    const fragment = JSON.parse(fs.readFileSync(path.join(dir, 'fragment.json'), 'utf8'));
    const stream = Object.values(fragment.Resources).find((r) => r.Type === 'AWS::Kinesis::Stream');
    assert.equal(stream.Properties.ShardCount, 2);
    assert.equal(stream.Properties.RetentionPeriodHours, 48);
  });

  test('the README TypeScript example compiles with --strict and runs', () => {
    const { file, code } = examples.typescript;
    write(dir, file, code);
    ok(path.join(dir, 'node_modules', '.bin', 'tsc'), [
      '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
      '--skipLibCheck', 'false', '--outDir', 'out', file,
    ], { cwd: dir });
    assert.equal(ok('node', [path.join('out', file.replace(/\.ts$/, '.js'))], { cwd: dir }), 'true 0\n');
  });
});

describe('Vite production build in headless Chromium', () => {
  let dir;
  let server;
  let browser;
  before(async () => {
    dir = consumer(tmp, 'consumer-vite', { type: 'module', scripts: { build: 'vite build' } }, [
      tarball,
      `vite@${VERSIONS.vite}`,
      `playwright-core@${VERSIONS['playwright-core']}`,
    ]);
  });
  after(async () => {
    if (browser) await browser.close();
    if (server) server.close();
  });

  test('the README example builds and runs in the page', async () => {
    const { file, code } = examples.browser;
    write(dir, file, code);
    write(dir, 'index.html', `<!doctype html>
<html><head><meta charset="utf-8"><title>consumer</title></head>
<body><pre id="template"></pre><pre id="problems"></pre>
<script type="module" src="/${file}"></script></body></html>
`);
    // A second page: initSync with bytes fetched from the package's exported .wasm URL.
    write(dir, 'sync.html', `<!doctype html>
<html><head><meta charset="utf-8"><title>initSync</title></head>
<body><pre id="template"></pre><pre id="problems"></pre>
<script type="module" src="/${examples['browser-sync'].file}"></script></body></html>
`);
    const sync = examples['browser-sync'];
    write(dir, sync.file, `${sync.code}
document.querySelector('#template').textContent = synthJson('KinesisGlue', ${MINIMAL_PROPS.trim()});
document.querySelector('#problems').textContent = '[]';
`);
    write(dir, 'vite.config.js', `export default {
  build: { rollupOptions: { input: { main: 'index.html', sync: 'sync.html' } } },
};
`);
    ok('npm', ['run', 'build', '--silent'], { cwd: dir, env: { ...npmEnv, NODE_ENV: 'production' } });
    const dist = path.join(dir, 'dist');
    const built = fs.readdirSync(path.join(dist, 'assets'));
    assert.ok(built.some((f) => f.endsWith('.wasm')), `no .wasm in the build: ${built.join(', ')}`);

    const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
    server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const file = path.join(dist, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
      if (!file.startsWith(dist) || !fs.existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();

    const { chromium } = createRequire(path.join(dir, 'package.json'))('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('#problems').textContent !== '', null, { timeout: 20000 });
    const template = await page.textContent('#template');
    const diagnostics = JSON.parse(await page.textContent('#problems'));
    assert.deepEqual(problems, []);

    // The same props through the Node build of the same package.
    const propsSource = code.match(/const props = (\{[\s\S]*?\n\});/)[1];
    write(dir, 'node-check.cjs', `
      const { synthJson } = require('${PKG_NAME}');
      const props = ${propsSource};
      process.stdout.write(synthJson('KinesisGlue', props));
    `);
    assert.equal(template, ok('node', ['node-check.cjs'], { cwd: dir }));
    assert.match(template, /"Type": "AWS::Glue::Job"/);
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.path !== undefined && d.code), JSON.stringify(diagnostics));

    await page.goto(`http://127.0.0.1:${port}/sync.html`);
    await page.waitForFunction(() => document.querySelector('#problems').textContent !== '', null, { timeout: 20000 });
    assert.equal(await page.textContent('#template'), MINIMAL_EXPECTED);
    assert.deepEqual(problems, []);
  });
});
