import { EditorView, basicSetup } from 'codemirror';
import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration } from '@codemirror/view';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { setDiagnostics } from '@codemirror/lint';
import init, { fixNames, synth, synthJson, synthTemplate, synthTemplateYaml, synthYaml, validate, version } from 'engine';
import { JsonSyntaxError, locatePointers, rangeForPointer } from './pointer.js';
import { completeProps } from './completions.js';
import { renderDiagram } from './diagram.js';
import { decodeState, encodeState } from './share.js';
import { PRESETS } from './presets.js';
import './style.css';

const MINIMIZE = '@aws-cdk/aws-iam:minimizePolicies';
// What each fix changes, for its checkbox's tooltip (the names come from the engine).
const FIX_TITLES = {
  alarmStreamDimension: 'The CloudWatch alarms get the StreamName dimension, so they watch the stream',
  streamKeyDecrypt: "The Glue job role may kms:Decrypt with the stream's customer-managed key",
  multipleInstances: 'GlueDatabase, GlueTable and <id>GlueJobPolicy inside the construct: several constructs fit in one scope (logical IDs change)',
};
const DEFAULT_ID = 'KinesisToGlue';
const $ = (id) => document.getElementById(id);

const ui = {
  id: $('construct-id'),
  scope: $('scope'),
  stackName: $('stack-name'),
  account: $('account'),
  region: $('region'),
  tags: $('tags'),
  wholeTemplate: $('whole-template'),
  minimize: $('flag-minimize'),
  fixes: $('fixes'),
  preset: $('preset'),
  share: $('share'),
  problems: $('problem-list'),
  problemCount: $('problem-count'),
  formatJson: $('format-json'),
  formatYaml: $('format-yaml'),
  copy: $('copy'),
  download: $('download'),
  count: $('resource-count'),
  timing: $('timing'),
  status: $('status'),
  output: $('output'),
  diagram: $('diagram'),
  version: $('version'),
};

let format = 'json';
let lastGood = null; // { text, fragment, format }
let lastHash = null;

// ---------------------------------------------------------------- editors

const flash = StateEffect.define();
const flashField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(flash)) deco = e.value === null ? Decoration.none : Decoration.set([Decoration.line({ class: 'cm-flash' }).range(e.value)]);
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

let pendingSince = null; // when the first edit not yet shown happened
let keyTime = null;
let scheduled = false;
const schedule = (since = performance.now()) => {
  pendingSince = pendingSince === null ? since : Math.min(pendingSince, since);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    const since0 = pendingSince;
    pendingSince = null;
    update(since0);
  });
};

const propsView = new EditorView({
  parent: $('props-editor'),
  state: EditorState.create({
    doc: '',
    extensions: [
      basicSetup,
      json(),
      jsonLanguage.data.of({ autocomplete: completeProps }),
      EditorView.domEventHandlers({
        keydown: (event) => {
          keyTime = event.timeStamp;
        },
      }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        const since = keyTime !== null && performance.now() - keyTime < 200 ? keyTime : performance.now();
        keyTime = null;
        schedule(since);
      }),
      EditorView.contentAttributes.of({ 'aria-label': 'Props (JSON)' }),
    ],
  }),
});

const outputLanguage = new Compartment();
const outputView = new EditorView({
  parent: ui.output,
  state: EditorState.create({
    doc: '',
    extensions: [
      basicSetup,
      outputLanguage.of(json()),
      EditorState.readOnly.of(true),
      flashField,
      EditorView.contentAttributes.of({ 'aria-label': 'CloudFormation template' }),
    ],
  }),
});

/** Replaces the output text, changing only the part that differs (keeps the scroll position). */
function setOutput(text) {
  const old = outputView.state.doc.toString();
  if (old === text) return;
  let start = 0;
  const max = Math.min(old.length, text.length);
  while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let endOld = old.length, endNew = text.length;
  while (endOld > start && endNew > start && old.charCodeAt(endOld - 1) === text.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  outputView.dispatch({ changes: { from: start, to: endOld, insert: text.slice(start, endNew) }, effects: flash.of(null) });
}

// ---------------------------------------------------------------- synthesis

/** `key=value` lines (split at the first `=`), in order; blank lines are skipped. */
const readTags = () => {
  const tags = {};
  for (const line of ui.tags.value.split('\n')) {
    if (!line.trim()) continue;
    const at = line.indexOf('=');
    tags[at < 0 ? line : line.slice(0, at)] = at < 0 ? '' : line.slice(at + 1);
  }
  return tags;
};

const readOptions = () => {
  const scope = ui.scope.value.split('/').map((s) => s.trim()).filter(Boolean);
  const options = { scope, featureFlags: { [MINIMIZE]: ui.minimize.checked }, tags: readTags(), fixes: readFixes() };
  if (ui.stackName.value !== '') options.stackName = ui.stackName.value;
  const env = {};
  if (ui.account.value.trim() !== '') env.account = ui.account.value.trim();
  if (ui.region.value.trim() !== '') env.region = ui.region.value.trim();
  if (Object.keys(env).length) options.env = env;
  return options;
};
const fixBoxes = () => [...ui.fixes.querySelectorAll('input[type=checkbox]')];
const readFixes = () => fixBoxes().filter((box) => box.checked).map((box) => box.value);
const readId = () => ui.id.value;

/** Diagnostics of the props text: a JSON syntax error, or the engine's problems and warnings. */
function analyse(text, id, options) {
  let props;
  try {
    props = JSON.parse(text);
  } catch (error) {
    let pos = 0;
    try {
      locatePointers(text);
    } catch (located) {
      if (located instanceof JsonSyntaxError) pos = located.pos;
    }
    // Mark one character; at a line end or the end of the text, the one before it.
    const from = pos > 0 && (pos >= text.length || text[pos] === '\n') ? pos - 1 : pos;
    const to = Math.min(from + 1, text.length);
    return { problems: [{ path: '', code: 'json', message: `Not valid JSON: ${error.message}`, from, to, severity: 'error' }] };
  }
  const spans = locatePointers(text);
  const problems = validate(id, props, options).map((d) => ({ ...d, severity: 'error' }));
  let result = null, templateText = null, engineError = null;
  if (!problems.length) {
    try {
      result = synth(id, props, options);
      const render = ui.wholeTemplate.checked
        ? format === 'yaml' ? synthTemplateYaml : synthTemplate
        : format === 'yaml' ? synthYaml : synthJson;
      templateText = render(id, props, options);
      for (const w of result.warnings) problems.push({ ...w, severity: 'warning' });
    } catch (error) {
      engineError = error;
      for (const d of error.diagnostics ?? [{ path: '', code: 'error', message: error.message }]) problems.push({ ...d, severity: 'error' });
    }
  }
  for (const p of problems) Object.assign(p, rangeForPointer(spans, text, p.path));
  return { problems, result, templateText, engineError };
}

const timings = [];
function update(since) {
  const text = propsView.state.doc.toString();
  const id = readId();
  const options = readOptions();
  const t0 = performance.now();
  const { problems, result, templateText, engineError } = analyse(text, id, options);
  const engineMs = performance.now() - t0;

  showProblems(text, problems);
  const errors = problems.filter((p) => p.severity === 'error');
  if (result) {
    lastGood = { text: templateText, fragment: result.fragment, format };
    setOutput(templateText);
    ui.output.classList.remove('stale');
    const count = Object.keys(result.fragment.Resources ?? {}).length;
    ui.count.textContent = `${count} resource${count === 1 ? '' : 's'}`;
    ui.count.dataset.count = count;
    ui.diagram.replaceChildren(renderDiagram(result.fragment, scrollToResource, { prefix: [...options.scope, id].join('').replace(/[^A-Za-z0-9]/g, '') }));
    setStatus('ok', problems.length ? `Synthesized with ${problems.length} warning${problems.length === 1 ? '' : 's'}` : 'Synthesized');
  } else {
    ui.output.classList.add('stale');
    ui.diagram.classList.add('stale');
    const first = engineError?.message ?? errors[0]?.message ?? 'invalid props';
    setStatus('error', `Not synthesized (${errors.length} problem${errors.length === 1 ? '' : 's'}): ${first.split('\n')[0]}`);
  }
  if (result) ui.diagram.classList.remove('stale');
  ui.copy.disabled = ui.download.disabled = !lastGood;

  // Edit -> preview on screen: after the next frame is painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const ms = performance.now() - since;
      timings.push(ms);
      if (timings.length > 50) timings.shift();
      const sorted = [...timings].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      ui.timing.textContent = `edit → preview ${ms.toFixed(1)} ms (engine ${engineMs.toFixed(1)} ms, median ${median.toFixed(1)} ms over ${timings.length})`;
      ui.timing.dataset.last = ms.toFixed(2);
      ui.timing.dataset.engine = engineMs.toFixed(2);
      ui.timing.dataset.median = median.toFixed(2);
      ui.timing.dataset.samples = timings.length;
      document.body.dataset.updates = String(Number(document.body.dataset.updates ?? 0) + 1);
    }, 0),
  );
  saveHash();
}

function setStatus(kind, message) {
  ui.status.className = `status ${kind}`;
  ui.status.textContent = message;
}

function showProblems(text, problems) {
  propsView.dispatch(
    setDiagnostics(
      propsView.state,
      problems.map((p) => ({
        from: p.from,
        to: p.to,
        severity: p.severity,
        source: p.code,
        message: p.path ? `${p.path}: ${p.message}` : p.message,
      })),
    ),
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  ui.problemCount.textContent = problems.length ? [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ') : 'none';
  ui.problems.replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      li.className = `problem ${p.severity}`;
      li.dataset.path = p.path;
      li.dataset.code = p.code;
      li.tabIndex = 0;
      const path = document.createElement('code');
      path.className = 'path';
      path.textContent = p.path || '/';
      const code = document.createElement('span');
      code.className = 'code';
      code.textContent = p.code;
      const message = document.createElement('span');
      message.className = 'message';
      message.textContent = p.message;
      li.append(path, code, message);
      const reveal = () => {
        propsView.dispatch({ selection: { anchor: p.from, head: p.to }, scrollIntoView: true });
        propsView.focus();
      };
      li.addEventListener('click', reveal);
      li.addEventListener('keydown', (e) => e.key === 'Enter' && reveal());
      return li;
    }),
  );
}

/** Scrolls the output to a resource's logical ID and highlights its line. */
function scrollToResource(id) {
  const text = outputView.state.doc.toString();
  const needle = format === 'yaml' ? `\n  ${id}:\n` : `\n  ${JSON.stringify(id)}: {`;
  const at = text.indexOf(needle);
  if (at < 0) return;
  const line = outputView.state.doc.lineAt(at + 1);
  outputView.dispatch({
    selection: { anchor: line.from + line.text.indexOf(format === 'yaml' ? id : '"' + id) },
    effects: [flash.of(line.from), EditorView.scrollIntoView(line.from, { y: 'start', yMargin: 6 })],
  });
  ui.output.dataset.target = id;
}

// ---------------------------------------------------------------- state, share, presets

const currentState = () => ({
  v: 1,
  id: readId(),
  scope: ui.scope.value,
  stackName: ui.stackName.value,
  account: ui.account.value,
  region: ui.region.value,
  tags: ui.tags.value,
  wholeTemplate: ui.wholeTemplate.checked,
  featureFlags: { [MINIMIZE]: ui.minimize.checked },
  fixes: readFixes(),
  format,
  props: propsView.state.doc.toString(),
});

let hashTimer = null;
/** Keeps the URL hash in step with the page (a moment after the last edit). */
function saveHash() {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(async () => {
    const hash = await encodeState(currentState());
    lastHash = '#' + hash;
    if (location.hash !== lastHash) history.replaceState(null, '', lastHash);
  }, 250);
}

function setFormat(next) {
  format = next;
  ui.formatJson.setAttribute('aria-pressed', String(format === 'json'));
  ui.formatYaml.setAttribute('aria-pressed', String(format === 'yaml'));
  outputView.dispatch({ effects: outputLanguage.reconfigure(format === 'yaml' ? yaml() : json()) });
  schedule();
}

function setProps(text) {
  propsView.dispatch({ changes: { from: 0, to: propsView.state.doc.length, insert: text } });
}

function applyState(state) {
  ui.id.value = typeof state.id === 'string' ? state.id : DEFAULT_ID;
  ui.scope.value = typeof state.scope === 'string' ? state.scope : '';
  for (const key of ['stackName', 'account', 'region', 'tags']) ui[key].value = typeof state[key] === 'string' ? state[key] : '';
  ui.wholeTemplate.checked = state.wholeTemplate === true;
  ui.minimize.checked = state.featureFlags?.[MINIMIZE] !== false;
  const fixes = Array.isArray(state.fixes) ? state.fixes : [];
  for (const box of fixBoxes()) box.checked = fixes.includes(box.value);
  format = state.format === 'yaml' ? 'yaml' : 'json';
  setFormat(format);
  ui.preset.value = '';
  setProps(typeof state.props === 'string' ? state.props : '{}');
}

function loadPreset(key) {
  const preset = PRESETS.find((p) => p.key === key);
  if (!preset) return;
  ui.preset.value = key;
  ui.preset.title = preset.description;
  setProps(JSON.stringify(preset.props, null, 2) + '\n');
}

async function copyText(text, button, done) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  const label = button.textContent;
  button.textContent = done;
  setTimeout(() => (button.textContent = label), 1200);
}

// ---------------------------------------------------------------- wiring

for (const p of PRESETS) ui.preset.append(new Option(p.label, p.key));
ui.preset.append(new Option('(edited)', ''));
ui.preset.addEventListener('change', () => loadPreset(ui.preset.value));
for (const input of [ui.id, ui.scope, ui.stackName, ui.account, ui.region, ui.tags]) input.addEventListener('input', (e) => schedule(e.timeStamp));
for (const box of [ui.minimize, ui.wholeTemplate]) box.addEventListener('change', (e) => schedule(e.timeStamp));
ui.formatJson.addEventListener('click', () => setFormat('json'));
ui.formatYaml.addEventListener('click', () => setFormat('yaml'));
ui.copy.addEventListener('click', () => lastGood && copyText(lastGood.text, ui.copy, 'Copied'));
ui.download.addEventListener('click', () => {
  if (!lastGood) return;
  const blob = new Blob([lastGood.text], { type: lastGood.format === 'yaml' ? 'application/yaml' : 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${readId() || 'construct'}.template.${lastGood.format === 'yaml' ? 'yaml' : 'json'}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
ui.share.addEventListener('click', async () => {
  lastHash = '#' + (await encodeState(currentState()));
  history.replaceState(null, '', lastHash);
  copyText(location.href, ui.share, 'Link copied');
});
propsView.dom.addEventListener('input', () => (ui.preset.value = ''), true);
addEventListener('hashchange', async () => {
  if (location.hash === lastHash) return;
  const state = await decodeState(location.hash);
  if (state) applyState(state);
});

await init();
for (const name of fixNames()) {
  const label = document.createElement('label');
  label.className = 'check';
  label.title = FIX_TITLES[name] ?? name;
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: name, id: `fix-${name}` });
  box.addEventListener('change', (e) => schedule(e.timeStamp));
  const code = document.createElement('code');
  code.textContent = name;
  label.append(box, ' ', code);
  ui.fixes.append(label);
}
ui.version.textContent = `engine ${version()}`;
const restored = await decodeState(location.hash);
if (restored) applyState(restored);
else loadPreset('minimal');
// The two editors, for the browser console (and the page tests).
globalThis.playground = { props: propsView, output: outputView };
document.body.dataset.ready = 'true';
