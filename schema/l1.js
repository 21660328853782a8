'use strict';
// Reads aws-cdk-lib's generated AWS Glue L1 code (aws-glue/lib/glue.generated.js): for every
// props struct and property type reachable from the roots, its properties in the order of the
// generated converter, with their CloudFormation names, validators and requiredness.

const fs = require('fs');

/** The L1 structs the engine converts, as `Cfn<Resource>Props`. */
const ROOTS = ['CfnJobProps', 'CfnTableProps', 'CfnDatabaseProps', 'CfnSecurityConfigurationProps'];

function fail(message) {
  throw new Error(`schema/l1.js: ${message}`);
}

/** Parses a validator expression into a kind: String, Number, Boolean, Json, Struct, List, Map. */
function parseKind(text, fns) {
  let i = 0;
  function kind() {
    const rest = text.slice(i);
    let m;
    if ((m = /^cdk\(\)\.validate(String|Number|Boolean|Object)/.exec(rest))) {
      i += m[0].length;
      return { tag: m[1] === 'Object' ? 'Json' : m[1] };
    }
    if ((m = /^cdk\(\)\.(list|hash)Validator\(/.exec(rest))) {
      i += m[0].length;
      const element = kind();
      if (text[i] !== ')') fail(`expected ")" in ${text}`);
      i += 1;
      return { tag: m[1] === 'list' ? 'List' : 'Map', element };
    }
    if ((m = /^(Cfn\w+)Validator/.exec(rest))) {
      i += m[0].length;
      if (!fns.has(m[1])) fail(`unknown validator ${m[1]}Validator`);
      return { tag: 'Struct', ref: m[1] };
    }
    return fail(`unsupported validator "${rest}" (teach schema/l1.js and src/model/l1.rs this kind)`);
  }
  const k = kind();
  if (i !== text.length) fail(`trailing text in validator ${text}`);
  return k;
}

/**
 * Every validated struct of the file: name (as the generated functions spell it, e.g.
 * `CfnTableColumnProperty`) -> { display, cdkName, props: [{ name, cfn, validator, required }] }.
 */
function readStructs(source) {
  // Property-type functions follow their resource class, so the class seen last names the namespace.
  const marks = [];
  const classRe = /class (Cfn\w+) extends cdk\(\)\.CfnResource\{/g;
  let m;
  while ((m = classRe.exec(source))) marks.push({ at: m.index, cls: m[1] });
  const classAt = (at) => {
    let cls = null;
    for (const mark of marks) if (mark.at < at) cls = mark.cls;
    return cls;
  };
  const fns = new Map();
  const validatorRe =
    /function (Cfn\w+?)Validator\(properties\)\{(.*?)errors\.wrap\('supplied properties not correct for "(\w+)"'\)\}/g;
  while ((m = validatorRe.exec(source))) {
    const [, fn, body, cdkName] = m;
    const cls = classAt(m.index);
    if (!cls) fail(`${fn}Validator precedes every resource class`);
    const display = fn === `${cls}Props` ? fn : `${cls}.${fn.slice(cls.length)}`;
    if (display !== fn && !fn.startsWith(cls)) fail(`${fn} is not a property type of ${cls}`);
    const validators = new Map();
    const required = new Set();
    const propRe = /propertyValidator\("(\w+)",(.*?)\)\(properties\.\1\)/g;
    let p;
    while ((p = propRe.exec(body))) {
      if (p[2] === 'cdk().requiredValidator') required.add(p[1]);
      else validators.set(p[1], p[2]);
    }
    fns.set(fn, { fn, display, cdkName, validators, required, body });
  }
  for (const s of fns.values()) {
    const conv = new RegExp(`function convert${s.fn}ToCloudFormation\\(properties\\)\\{return cdk\\(\\)\\.canInspect\\(properties\\)\\?\\(${s.fn}Validator\\(properties\\)\\.assertSuccess\\(\\),\\{(.*?)\\}\\):properties\\}`).exec(source);
    if (!conv) fail(`convert${s.fn}ToCloudFormation not found`);
    const props = [];
    const entryRe = /(\w+):.*?\(properties\.(\w+)\)(?:,|$)/g;
    let e;
    while ((e = entryRe.exec(conv[1]))) {
      const [, cfn, name] = e;
      if (!s.validators.has(name)) fail(`${s.fn}.${name} has no validator`);
      props.push({ name, cfn, validator: s.validators.get(name), required: s.required.has(name) });
    }
    if (props.length !== s.validators.size) fail(`${s.fn}: converter has ${props.length} of ${s.validators.size} props`);
    s.props = props;
  }
  return fns;
}

/** The structs reachable from ROOTS, breadth first (roots, then what they reach, level by level). */
function readSchema(file) {
  const source = fs.readFileSync(file, 'utf8');
  const versionMatch = /fqn:"aws-cdk-lib\.aws_glue\.CfnJob",version:"([^"]+)"/.exec(source);
  if (!versionMatch) fail(`no CfnJob in ${file}`);
  const fns = readStructs(source);
  const order = [];
  const queue = [];
  const enqueue = (fn) => {
    if (order.includes(fn)) return;
    if (!fns.has(fn)) fail(`aws-cdk-lib has no ${fn}`);
    order.push(fn);
    queue.push(fn);
  };
  ROOTS.forEach(enqueue);
  const structs = [];
  while (queue.length) {
    const s = fns.get(queue.shift());
    const props = s.props.map((p) => ({ ...p, kind: parseKind(p.validator, fns) }));
    const visit = (k) => (k.tag === 'Struct' ? enqueue(k.ref) : k.element && visit(k.element));
    props.forEach((p) => visit(p.kind));
    structs.push({ fn: s.fn, display: s.display, cdkName: s.cdkName, props });
  }
  return { version: versionMatch[1], structs };
}

module.exports = { readSchema, ROOTS };
