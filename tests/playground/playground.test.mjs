// The playground as a person uses it: the built site (js/playground/dist) served on 127.0.0.1,
// driven in headless Chromium. Each state is saved as a screenshot in artifacts/.
//   make test-playground                      (UPDATE_SCREENSHOT=1: also rewrite js/playground/screenshot.png)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DIST = process.env.PLAYGROUND_DIST ?? here('../../js/playground/dist');
const ARTIFACTS = here('artifacts');
const README_SHOT = here('../../js/playground/screenshot.png');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

let server, url, browser, page;
const consoleErrors = [];

async function newPage(at) {
  const p = await browser.newPage({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  p.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && consoleErrors.push(`${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await p.goto(at);
  await p.waitForSelector('body[data-ready]', { timeout: 20_000 });
  await settle(p);
  return p;
}

/** Waits until the preview has caught up with every edit (the page counts rendered updates). */
async function settle(p = page) {
  let last = -1;
  for (let tries = 0; ; tries++) {
    if (tries > 200) throw new Error('the preview did not settle');
    const n = await p.evaluate(() => new Promise((r) => setTimeout(() => r(Number(document.body.dataset.updates ?? 0)), 60)));
    if (n === last && n > 0) return;
    last = n;
  }
}

const output = (p = page) => p.evaluate(() => playground.output.state.doc.toString());
const props = (p = page) => p.evaluate(() => playground.props.state.doc.toString());
const shot = (name, p = page) => p.screenshot({ path: `${ARTIFACTS}/${name}.png` });

/** Puts the cursor just after the first occurrence of `text` in the props editor. */
async function cursorAfter(text) {
  await page.evaluate((t) => {
    const view = playground.props;
    const at = view.state.doc.toString().indexOf(t);
    if (at < 0) throw new Error(`not in the props: ${t}`);
    view.dispatch({ selection: { anchor: at + t.length } });
    view.focus();
  }, text);
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ server, url } = await serve(DIST));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  page = await newPage(url);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the page loads with the minimal preset and no console errors', async () => {
  const text = await output();
  const fragment = JSON.parse(text);
  const count = Object.keys(fragment.Resources).length;
  assert.ok(count >= 10, `${count} resources`);
  assert.equal(await page.textContent('#resource-count'), `${count} resources`);
  assert.match(text, /^\{\n "Resources": \{\n  "KinesisToGlueKinesisStream[0-9A-F]{8}": \{/);
  assert.match(await page.textContent('#status'), /^Synthesized/);
  assert.match(await page.textContent('#version'), /^engine \d+\.\d+\.\d+/);
  // The official construct's defects the props trigger, each naming the fix that removes it.
  assert.equal(await page.textContent('#problem-count'), '2 warnings');
  assert.deepEqual(await page.$$eval('#problem-list .problem', (l) => l.map((li) => [li.dataset.code, li.dataset.path])), [
    ['defect', '/createCloudWatchAlarms'],
    ['defect', '/existingDatabase'],
  ]);
  assert.deepEqual(await page.$$eval('#fixes input', (l) => l.map((i) => [i.value, i.checked])), [
    ['alarmStreamDimension', false],
    ['streamKeyDecrypt', false],
    ['multipleInstances', false],
  ]);
  await shot('01-loaded');
  assert.deepEqual(consoleErrors, []);
});

test('editing a prop changes the template, and the edit -> preview time is shown', async () => {
  assert.match(await output(), /"ShardCount": 1,/);
  await cursorAfter('{');
  // Typed key by key, like a person: the preview follows every keystroke.
  await page.keyboard.press('Enter');
  await page.keyboard.type('"kinesisStreamProps": {"shardCount": 3', { delay: 15 });
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await settle();
  assert.match(await props(), /"kinesisStreamProps": \{"shardCount": 3\},/);
  const text = await output();
  assert.match(text, /"ShardCount": 3,/);
  assert.doesNotMatch(text, /"ShardCount": 1,/);
  assert.match(await page.textContent('#status'), /^Synthesized/);

  const timing = await page.$eval('#timing', (e) => ({ ...e.dataset, text: e.textContent }));
  assert.match(timing.text, /^edit → preview \d+\.\d ms/);
  assert.ok(Number(timing.samples) > 20, `${timing.samples} samples`);
  console.log(`edit -> preview: last ${timing.last} ms, median ${timing.median} ms over ${timing.samples} edits (engine ${timing.engine} ms)`);
  await shot('02-edited');
});

test('an invalid prop is underlined at its JSON pointer, with the message on hover and in the list', async () => {
  await cursorAfter('"shardCount": 3');
  await page.keyboard.type(', "streamMode": "SIDEWAYS"', { delay: 5 });
  await settle();
  const problem = page.locator('#problem-list .problem.error');
  assert.equal(await problem.count(), 1);
  assert.equal(await problem.getAttribute('data-path'), '/kinesisStreamProps/streamMode');
  const message = await problem.locator('.message').textContent();
  assert.match(message, /SIDEWAYS/);
  // The underline sits on the offending value.
  const mark = page.locator('#props-editor .cm-lintRange-error');
  assert.equal(await mark.count(), 1);
  assert.equal(await mark.textContent(), '"SIDEWAYS"');
  await mark.hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /\/kinesisStreamProps\/streamMode: .*SIDEWAYS/);
  // The template is kept but marked stale, with the reason.
  assert.match(await page.textContent('#status'), /^Not synthesized \(1 problem\)/);
  assert.ok(await page.$eval('#output', (e) => e.classList.contains('stale')));
  await shot('03-invalid-prop');

  // The invalid preset: a rule of the construct (glue 2.0 + maxCapacity).
  await page.selectOption('#preset', 'invalid');
  await settle();
  assert.equal(await problem.getAttribute('data-path'), '/glueJobProps/maxCapacity');
  assert.equal(await mark.textContent(), '2');
  assert.match(await problem.locator('.message').textContent(), /maxCapacity cannot be set with glueVersion 2\.0/);
  await page.mouse.move(0, 0);
  await shot('04-invalid-preset');

  // A JSON syntax error is located too.
  await page.selectOption('#preset', 'minimal');
  await settle();
  await cursorAfter('"gluestreaming"');
  await page.keyboard.press('Backspace');
  await settle();
  assert.equal(await problem.getAttribute('data-code'), 'json');
  assert.equal(await mark.count(), 1);
  await page.keyboard.type('"');
  await settle();
  // No error left; only the official construct's defects (warnings) remain.
  assert.equal(await page.locator('#problem-list .problem.error').count(), 0);
  assert.equal(await page.locator('#problem-list .problem:not([data-code="defect"])').count(), 0);
  assert.match(await page.textContent('#status'), /^Synthesized/);
});

test('presets with warnings list them; feature flag and scope change the template', async () => {
  await page.selectOption('#preset', 'bucket-props');
  await settle();
  assert.ok((await page.locator('#problem-list .problem.warning').count()) > 0);
  assert.equal(await page.locator('#problem-list .problem.error').count(), 0);
  assert.ok((await page.locator('#props-editor .cm-lintRange-warning').count()) > 0);

  await page.selectOption('#preset', 'minimal');
  await settle();
  const minimized = await output();
  await page.uncheck('#flag-minimize');
  await settle();
  const unminimized = await output();
  assert.notEqual(unminimized, minimized);
  await page.check('#flag-minimize');
  await settle();
  assert.equal(await output(), minimized);

  await page.fill('#scope', 'Nested');
  await settle();
  assert.match(await output(), /"NestedKinesisToGlueKinesisStream[0-9A-F]{8}"/);
  await page.fill('#scope', '');
  await settle();
  assert.equal(await output(), minimized);
});

test('the YAML toggle shows the same template as YAML', async () => {
  const json = JSON.parse(await output());
  await page.click('#format-yaml');
  await settle();
  const yaml = await output();
  assert.match(yaml, /^Resources:\n  KinesisToGlueKinesisStream[0-9A-F]{8}:\n    Type: AWS::Kinesis::Stream\n/);
  const yamlIds = [...yaml.matchAll(/^  (\S+):$/gm)].map((m) => m[1]);
  assert.deepEqual(yamlIds, Object.keys(json.Resources));
  assert.equal(await page.getAttribute('#format-yaml', 'aria-pressed'), 'true');
  await shot('05-yaml');
  // Copy and download give the text shown.
  await page.click('#copy');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), yaml);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'KinesisToGlue.template.yaml');
  assert.equal(readFileSync(await download.path(), 'utf8'), yaml);
  await page.click('#format-json');
  await settle();
  assert.deepEqual(JSON.parse(await output()), json);
});

test('the share link restores the whole state in a new page', async () => {
  await page.fill('#construct-id', 'Shared');
  await page.fill('#scope', 'App/Part');
  await page.uncheck('#flag-minimize');
  await page.click('#format-yaml');
  await cursorAfter('"name": "id');
  await page.keyboard.type('x', { delay: 5 });
  await settle();
  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share').textContent === 'Link copied');
  const link = page.url();
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  const before = { props: await props(), output: await output() };

  const other = await newPage(link);
  assert.equal(await other.inputValue('#construct-id'), 'Shared');
  assert.equal(await other.inputValue('#scope'), 'App/Part');
  assert.equal(await other.isChecked('#flag-minimize'), false);
  assert.equal(await other.getAttribute('#format-yaml', 'aria-pressed'), 'true');
  assert.equal(await props(other), before.props);
  assert.equal(await output(other), before.output);
  assert.match(before.output, /AppPartSharedKinesisStream/);
  await shot('06-shared', other);
  await other.close();
  assert.deepEqual(consoleErrors, []);
});

test('stack name, account, region, tags and the whole template give what aws-cdk-lib writes, and are shared', async () => {
  const name = 'tags-env-stack-name-output-bucket-many';
  const fixtures = here('../conformance/fixtures');
  const fixture = JSON.parse(readFileSync(`${fixtures}/${name}.json`, 'utf8'));
  const template = readFileSync(`${fixtures}/${fixture.expected.templateFile}`, 'utf8');
  const fragment = readFileSync(`${fixtures}/${fixture.expected.fragmentFile}`, 'utf8');
  await page.fill('#construct-id', fixture.id);
  await page.fill('#scope', '');
  await page.check('#flag-minimize');
  await page.click('#format-json');
  await page.evaluate((text) => {
    const view = playground.props;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, JSON.stringify(fixture.props, null, 2));
  await page.fill('#stack-name', fixture.options.stackName);
  await page.fill('#account', fixture.options.env.account);
  await page.fill('#region', fixture.options.env.region);
  await page.fill('#tags', Object.entries(fixture.options.tags).map(([k, v]) => `${k}=${v}`).join('\n'));
  await settle();
  assert.equal(await output(), fragment);
  await page.check('#whole-template');
  await settle();
  assert.equal(await output(), template);
  await shot('07-stack-options');

  // A refused stack name is a problem at its option path; a region CDK does not know, a warning.
  await page.fill('#stack-name', 'my_stack');
  await settle();
  assert.equal(await page.getAttribute('#problem-list .problem.error', 'data-path'), '/options/stackName');
  assert.match(await page.textContent('#status'), /^Not synthesized .*Stack name must match/);
  await page.fill('#stack-name', fixture.options.stackName);
  await page.fill('#region', 'mars-east-1');
  await settle();
  assert.equal(await page.locator('#problem-list .problem.warning[data-path="/options/env/region"]').count(), 1);
  await page.fill('#region', fixture.options.env.region);
  await settle();

  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share').textContent === 'Link copied');
  const other = await newPage(page.url());
  assert.equal(await other.inputValue('#stack-name'), fixture.options.stackName);
  assert.equal(await other.inputValue('#account'), fixture.options.env.account);
  assert.equal(await other.inputValue('#region'), fixture.options.env.region);
  assert.equal(await other.inputValue('#tags'), await page.inputValue('#tags'));
  assert.equal(await other.isChecked('#whole-template'), true);
  assert.equal(await output(other), template);
  await other.close();

  for (const field of ['#stack-name', '#account', '#region', '#tags']) await page.fill(field, '');
  await page.uncheck('#whole-template');
  await settle();
  assert.deepEqual(consoleErrors, []);
});

test('the diagram has one node per resource; clicking one scrolls the output to it', async () => {
  await page.fill('#construct-id', 'KinesisToGlue');
  await page.fill('#scope', '');
  await page.check('#flag-minimize');
  await page.click('#format-json');
  await page.selectOption('#preset', 'minimal');
  await settle();
  const fragment = JSON.parse(await output());
  const ids = Object.keys(fragment.Resources);
  const nodes = await page.$$eval('#diagram .node', (list) => list.map((n) => ({ id: n.dataset.id, type: n.dataset.type })));
  assert.deepEqual(nodes.map((n) => n.id).sort(), [...ids].sort());
  for (const n of nodes) assert.equal(n.type, fragment.Resources[n.id].Type);
  // An edge for each resource a resource references, e.g. the job -> its role.
  const job = ids.find((id) => fragment.Resources[id].Type === 'AWS::Glue::Job');
  const role = ids.find((id) => fragment.Resources[id].Type === 'AWS::IAM::Role');
  assert.equal(await page.locator(`#diagram .edge[data-from="${job}"][data-to="${role}"]`).count(), 1);
  assert.ok((await page.locator('#diagram .edge').count()) >= ids.length);

  // The last resource in the template is far below the fold; clicking its node brings it into view.
  const target = ids[ids.length - 1];
  await page.click(`#diagram .node[data-id="${target}"]`);
  await page.waitForFunction((id) => {
    const view = playground.output;
    const box = view.scrollDOM.getBoundingClientRect();
    return [...view.dom.querySelectorAll('.cm-flash')].some((line) => {
      const r = line.getBoundingClientRect();
      return line.textContent.includes(`"${id}"`) && r.top >= box.top && r.bottom <= box.bottom;
    });
  }, target);
  assert.equal(await page.getAttribute('#output', 'data-target'), target);
  await shot('08-diagram-click');

  // The picture in the README: a preset with warnings, the Glue job selected.
  await page.selectOption('#preset', 'bucket-props');
  await settle();
  const jobId = await page.$eval('#diagram .node[data-type="AWS::Glue::Job"]', (n) => n.dataset.id);
  await page.click(`#diagram .node[data-id="${jobId}"]`);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(100);
  await shot('09-readme');
  // The README's copy is rewritten only on request (its timing line differs on every run).
  if (process.env.UPDATE_SCREENSHOT === '1' || !existsSync(README_SHOT)) await page.screenshot({ path: README_SHOT });
  assert.deepEqual(consoleErrors, []);
});

test('fix checkboxes give the template aws-cdk-lib builds, draw alarm -> stream edges and go into the share link', async () => {
  const fixtures = here('../../tests/conformance/fixtures/');
  const fixture = JSON.parse(readFileSync(`${fixtures}fix-all-created-kms.json`, 'utf8'));
  const expected = readFileSync(`${fixtures}fix-all-created-kms.expected.json`, 'utf8');
  await page.fill('#construct-id', fixture.id);
  await page.fill('#scope', '');
  await page.check('#flag-minimize');
  await page.click('#format-json');
  await page.evaluate((text) => {
    const view = playground.props;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, JSON.stringify(fixture.props, null, 2));
  await settle();
  const defects = () => page.$$eval('#problem-list .problem[data-code="defect"]', (l) => l.map((li) => li.dataset.path));
  assert.deepEqual(await defects(), ['/createCloudWatchAlarms', '/kinesisStreamProps/encryption', '/existingDatabase']);
  const edgesToStream = async () => {
    const fragment = JSON.parse(await output());
    const ids = Object.keys(fragment.Resources);
    const stream = ids.find((id) => fragment.Resources[id].Type === 'AWS::Kinesis::Stream');
    const alarms = ids.filter((id) => fragment.Resources[id].Type === 'AWS::CloudWatch::Alarm');
    assert.equal(alarms.length, 2);
    let edges = 0;
    for (const alarm of alarms) edges += await page.locator(`#diagram .edge[data-from="${alarm}"][data-to="${stream}"]`).count();
    return edges;
  };
  assert.equal(await edgesToStream(), 0, 'the official alarms watch no stream');

  for (const fix of fixture.options.fixes) await page.check(`#fix-${fix}`);
  await settle();
  assert.equal(await output(), expected);
  assert.deepEqual(await defects(), []);
  assert.equal(await edgesToStream(), 2, 'each alarm references the stream');
  await shot('09-fixes');

  await page.uncheck('#fix-streamKeyDecrypt');
  await settle();
  assert.deepEqual(await defects(), ['/kinesisStreamProps/encryption']);
  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share').textContent === 'Link copied');
  const other = await newPage(page.url());
  assert.deepEqual(await other.$$eval('#fixes input', (l) => l.map((i) => [i.value, i.checked])), [
    ['alarmStreamDimension', true],
    ['streamKeyDecrypt', false],
    ['multipleInstances', true],
  ]);
  assert.equal(await output(other), await output());
  await other.close();
  for (const fix of fixture.options.fixes) await page.uncheck(`#fix-${fix}`);
  await settle();
  assert.deepEqual(consoleErrors, []);
});
