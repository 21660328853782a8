'use strict';
// pkg-template/types/index.d.ts, written whole: the API surface (schema/api.d.ts), then the
// diagnostic codes, enums, reference objects and props interfaces of schema/construct.js, then
// the Glue L1 types read from aws-cdk-lib (docs from its glue.generated.d.ts).

const fs = require('fs');
const path = require('path');

const WIDTH = 100;

/** A doc comment: one line when it fits, else a block. */
function renderDoc(text, indent) {
  if (!text) return [];
  const lines = text.split('\n').map((l) => l.trimEnd());
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (!lines.length) return [];
  if (lines.length === 1 && indent.length + lines[0].length + 7 <= WIDTH) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

function banner(title) {
  const rule = `// ${'='.repeat(92)}`;
  return [rule, `// ${title}`, rule, ''];
}

/** `"a" | "b"` on one line when it fits, else one member a line. */
function union(name, members) {
  const one = `export type ${name} = ${members.join(' | ')};`;
  if (one.length <= WIDTH) return [one];
  return [`export type ${name} =`, ...members.map((m, i) => `  | ${m}${i === members.length - 1 ? ';' : ''}`)];
}

/** The strings an enum accepts, in the order the engine lists them. */
function accepted(e) {
  const out = [];
  for (const [name, value] of e.members) {
    const forms = e.accepts === 'value' ? [value] : e.accepts === 'name' ? [name] : [name, value];
    for (const f of forms) if (!out.includes(f)) out.push(f);
  }
  return out;
}

function renderInterface(name, doc, members, extendsText) {
  const out = [...renderDoc(doc, ''), `export interface ${name}${extendsText ? ` extends ${extendsText}` : ''} {`];
  for (const m of members) {
    out.push(...renderDoc(m.doc, '  '));
    out.push(`  readonly ${m.name}${m.required ? '' : '?'}: ${m.type || 'string | Intrinsic'};`);
  }
  out.push('}');
  return out;
}

// ---- the Glue L1 types ----------------------------------------------------------------------

/** Doc comments of glue.generated.d.ts by display name: { doc, props: { [name]: doc } }. */
function readL1Docs(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const docs = new Map();
  let namespace = null;
  let current = null;
  let pending = null;
  let comment = null;
  for (const line of lines) {
    const trimmed = line.trim();
    if (comment) {
      comment.push(trimmed);
      if (trimmed.endsWith('*/')) {
        pending = comment;
        comment = null;
      }
      continue;
    }
    if (trimmed.startsWith('/**')) {
      if (trimmed.endsWith('*/')) pending = [trimmed];
      else comment = [trimmed];
      continue;
    }
    let m;
    if ((m = /^export declare namespace (\w+) \{$/.exec(line))) {
      namespace = m[1];
    } else if (line === '}') {
      namespace = null;
      current = null;
    } else if ((m = /^export interface (\w+) \{$/.exec(line))) {
      current = { doc: pending, props: {} };
      docs.set(m[1], current);
    } else if (namespace && (m = /^ {4}interface (\w+) \{$/.exec(line))) {
      current = { doc: pending, props: {} };
      docs.set(`${namespace}.${m[1]}`, current);
    } else if (namespace && line === '    }') {
      current = null;
    } else if (current && (m = /^\s*readonly (\w+)\??:/.exec(line))) {
      current.props[m[1]] = pending;
    }
    if (trimmed !== '') pending = null;
  }
  return docs;
}

/** A jsii doc comment as text, without the tags that only matter to jsii. */
function l1DocText(doc) {
  if (!doc) return null;
  const body = doc
    .map((l) => l.replace(/^\/\*\*\s?/, '').replace(/\s*\*\/$/, '').replace(/^\*\s?/, ''))
    .filter((l) => !/^@(struct|stability|cloudformationResource)\b/.test(l));
  for (let i = body.length - 1; i > 0; i--) if (body[i] === '' && body[i - 1] === '') body.splice(i, 1);
  return body.join('\n');
}

function l1Type(kind, byFn) {
  switch (kind.tag) {
    case 'String':
      return 'string | Intrinsic';
    case 'Number':
      return 'number | Intrinsic';
    case 'Boolean':
      return 'boolean | Intrinsic';
    case 'Json':
      return 'JsonObject';
    case 'Struct':
      return `${byFn.get(kind.ref).display} | Intrinsic`;
    case 'List':
      return `ReadonlyArray<${l1Type(kind.element, byFn)}> | Intrinsic`;
    case 'Map':
      return `{ readonly [key: string]: ${l1Type(kind.element, byFn)} } | Intrinsic`;
    default:
      throw new Error(`unknown kind ${kind.tag}`);
  }
}

/** The L1 declarations: the types reachable from the props the package exposes. */
function l1Section(schema, docsFile, roots) {
  const docs = readL1Docs(docsFile);
  const byFn = new Map(schema.structs.map((s) => [s.fn, s]));
  const wanted = new Set();
  const visitKind = (k) => (k.tag === 'Struct' ? visit(k.ref) : k.element && visitKind(k.element));
  const visit = (fn) => {
    if (wanted.has(fn)) return;
    wanted.add(fn);
    byFn.get(fn).props.forEach((p) => visitKind(p.kind));
  };
  roots.forEach(visit);
  const types = schema.structs.filter((s) => wanted.has(s.fn));
  const render = (s, name, indent) => {
    const entry = docs.get(s.display);
    if (!entry) throw new Error(`aws-cdk-lib's glue.generated.d.ts has no ${s.display}`);
    const out = [...renderDoc(l1DocText(entry.doc), indent), `${indent}export interface ${name} {`];
    for (const p of s.props) {
      if (!(p.name in entry.props)) throw new Error(`aws-cdk-lib's ${s.display} has no documented ${p.name}`);
      out.push(...renderDoc(l1DocText(entry.props[p.name]), `${indent}  `));
      out.push(`${indent}  readonly ${p.name}${p.required ? '' : '?'}: ${l1Type(p.kind, byFn)};`);
    }
    out.push(`${indent}}`);
    return out;
  };
  const out = [];
  for (const s of types.filter((t) => !t.display.includes('.'))) out.push(...render(s, s.display, ''), '');
  const namespaces = [...new Set(types.filter((t) => t.display.includes('.')).map((t) => t.display.split('.')[0]))];
  for (const ns of namespaces) {
    out.push(`export declare namespace ${ns} {`);
    types
      .filter((t) => t.display.startsWith(`${ns}.`))
      .forEach((s, i) => {
        if (i) out.push('');
        out.push(...render(s, s.display.split('.')[1], '  '));
      });
    out.push('}', '');
  }
  out.push("// The property types also under their own names, as the construct's docs use them.");
  const count = new Map();
  for (const s of types) count.set(s.cdkName, (count.get(s.cdkName) || 0) + 1);
  for (const s of types.filter((t) => t.display.includes('.'))) {
    if (count.get(s.cdkName) === 1) out.push(`export type ${s.cdkName} = ${s.display};`);
  }
  return out;
}

// ---- the whole file ---------------------------------------------------------------------------

function indexDts({ api, construct, schema, l1DocsFile }) {
  const out = [
    '// Generated by schema/generate.js from schema/api.d.ts, schema/construct.js and aws-cdk-lib',
    `// ${schema.version}'s Glue L1 code (\`make schema\`; do not edit by hand).`,
    '',
    api.replace(/^\/\/ .*\n/, '').trimEnd(),
    '',
  ];

  out.push(...banner('Diagnostic codes'));
  const codeDoc = [
    'The stable `code` of a `Diagnostic`:',
    '',
    ...construct.diagnosticCodes.map((c) => `- \`${c.code}\`${c.warning ? ' (warnings)' : ''}: ${c.doc}`),
  ].join('\n');
  out.push(...renderDoc(codeDoc, ''));
  out.push(...union('DiagnosticCode', construct.diagnosticCodes.map((c) => JSON.stringify(c.code))), '');

  out.push(...banner('Enums (their CDK string values)'));
  for (const e of construct.enums) {
    out.push(...renderDoc(e.doc, ''), ...union(e.name, accepted(e).map((v) => JSON.stringify(v))), '');
  }

  out.push(...banner('References to existing CDK objects'));
  for (const r of construct.references) out.push(...renderInterface(r.name, r.doc, r.members), '');

  for (const item of construct.interfaces) {
    if (item.section) out.push(...banner(item.section));
    else if (item.alias) out.push(...renderDoc(item.doc, ''), `export type ${item.alias} = ${item.type};`, '');
    else out.push(...renderInterface(item.interface, item.doc, item.members, item.extends), '');
  }

  out.push(...banner(`aws-glue L1 props (aws-cdk-lib ${schema.version})`));
  out.push(...l1Section(schema, l1DocsFile, ['CfnJobProps', 'CfnTableProps', 'CfnDatabaseProps']));
  return `${out.join('\n')}\n`;
}

module.exports = { indexDts, accepted };

// ---- the package's entry points ---------------------------------------------------------------

const GENERATED = '// Generated by schema/generate.js from schema/api.js (`make schema`; do not edit by hand).';

/** Node (require): the module is compiled and instantiated on load; init is a no-op. */
function nodeCjs(functions) {
  return `'use strict';
${GENERATED}
// Node entry (require): the module is compiled and instantiated synchronously on load, so
// \`init\` and \`initSync\` are no-ops kept for code shared with browsers.
const wasm = require('./kinesisstreams_gluejob.js');

async function init() {}
function initSync() {}

module.exports = {
${functions.map((f) => `  ${f}: wasm.${f},`).join('\n')}
  init,
  initSync,
  default: init,
};
`;
}

function nodeMjs(functions) {
  return `${GENERATED}
// Node entry (import): the same instance as \`require\`, as ES module exports. The CommonJS entry
// is required, not imported: node's loader would first scan it for export names
// (cjs-module-lexer), about 1 ms of a cold start.
import { createRequire } from 'node:module';

const api = createRequire(import.meta.url)('./index.cjs');

export const { ${[...functions, 'init', 'initSync'].join(', ')} } = api;
export default init;
`;
}

function webJs(functions) {
  return `${GENERATED}
// Browser and bundler entry: call \`await init()\` (or \`initSync(bytes)\`) once, then the functions.
import wbgInit, { initSync as wbgInitSync } from './kinesisstreams_gluejob.js';

export { ${functions.join(', ')} } from './kinesisstreams_gluejob.js';

const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Loads the module: from \`input\` (URL, fetch response, bytes, compiled module) or the \`.wasm\` next to this file. */
export async function init(input) {
  await wbgInit(input === undefined || isPlainObject(input) ? input : { module_or_path: input });
}

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module) {
  wbgInitSync(isPlainObject(module) ? module : { module });
}

export default init;
`;
}

/** Every listed function is declared in api.d.ts, and no other. */
function checkDeclared(api, functions) {
  const declared = [...api.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => !['init', 'initSync'].includes(f));
  const missing = functions.filter((f) => !declared.includes(f));
  const extra = declared.filter((f) => !functions.includes(f));
  if (missing.length || extra.length) {
    throw new Error(`schema/api.d.ts and schema/api.js disagree (not declared: ${missing.join(', ') || '-'}; not listed: ${extra.join(', ') || '-'})`);
  }
}

module.exports.nodeCjs = nodeCjs;
module.exports.nodeMjs = nodeMjs;
module.exports.webJs = webJs;
module.exports.checkDeclared = checkDeclared;

/** js/cdk/src/codes.ts: the warning codes the CDK adapter prints as the official construct does. */
function adapterCodes(construct) {
  const byConstruct = construct.diagnosticCodes.filter((c) => c.printedBy === 'construct').map((c) => c.code);
  return `// Generated by schema/generate.js from schema/construct.js (\`make schema\`; do not edit by hand).

/**
 * The engine's warnings the official construct prints itself, which the adapter prints as it does
 * (aws-cdk-lib prints its own during the replay; the other warnings are the engine's).
 */
export const PRINTED_BY_THE_CONSTRUCT: ReadonlySet<string> = new Set(${JSON.stringify(byConstruct)});
`;
}

module.exports.adapterCodes = adapterCodes;
