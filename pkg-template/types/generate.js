#!/usr/bin/env node
// Writes the AWS Glue L1 part of index.d.ts (CfnJobProps, CfnTableProps, CfnDatabaseProps and
// every property type they reach) from the engine's schema, src/model/l1_schema.rs, so the
// declarations accept exactly the shape the engine checks. Doc comments come from aws-cdk-lib's
// aws-glue/lib/glue.generated.d.ts (the version pinned by tests/conformance/package-lock.json).
//
//   node pkg-template/types/generate.js           rewrite the generated section of index.d.ts
//   node pkg-template/types/generate.js --check   exit 1 if that section is stale

"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMA = path.join(ROOT, "src", "model", "l1_schema.rs");
const TARGET = path.join(__dirname, "index.d.ts");
const CDK_GLUE = path.join(
  ROOT,
  "tests",
  "conformance",
  "node_modules",
  "aws-cdk-lib",
  "aws-glue",
  "lib",
  "glue.generated.d.ts",
);
const BEGIN = "// BEGIN GENERATED L1 TYPES (pkg-template/types/generate.js; do not edit by hand)";
const END = "// END GENERATED L1 TYPES";
const ROOTS = ["CFN_JOB_PROPS", "CFN_TABLE_PROPS", "CFN_DATABASE_PROPS"];

function fail(message) {
  console.error(`generate.js: ${message}`);
  process.exit(1);
}

// ---- l1_schema.rs -------------------------------------------------------------------------

/** Parses `Kind::...` expressions: String, Number, Boolean, Json, Struct(&X), List(&K), Map(&K). */
function parseKind(text) {
  const s = text.replace(/\s+/g, "");
  let i = 0;
  function kind() {
    const m = /^Kind::(String|Number|Boolean|Json|Struct|List|Map)/.exec(s.slice(i));
    if (!m) fail(`cannot read kind at "${s.slice(i)}"`);
    i += m[0].length;
    const tag = m[1];
    if (tag === "String" || tag === "Number" || tag === "Boolean" || tag === "Json") return { tag };
    if (s.slice(i, i + 2) !== "(&") fail(`expected "(&" in "${s}"`);
    i += 2;
    let inner;
    if (tag === "Struct") {
      const c = /^[A-Z0-9_]+/.exec(s.slice(i));
      if (!c) fail(`expected a struct constant in "${s}"`);
      i += c[0].length;
      inner = { tag, ref: c[0] };
    } else {
      inner = { tag, element: kind() };
    }
    if (s[i] !== ")") fail(`expected ")" in "${s}"`);
    i += 1;
    return inner;
  }
  const result = kind();
  if (i !== s.length) fail(`trailing text in kind "${s}"`);
  return result;
}

function readSchema() {
  const text = fs.readFileSync(SCHEMA, "utf8");
  const structs = new Map();
  const structRe = /pub static ([A-Z0-9_]+): StructType = StructType \{([\s\S]*?)\n\};/g;
  let m;
  while ((m = structRe.exec(text))) {
    const [, constant, body] = m;
    const display = /display: "([^"]+)"/.exec(body);
    const cdkName = /cdk_name: "([^"]+)"/.exec(body);
    if (!display || !cdkName) fail(`${constant}: display or cdk_name missing`);
    const props = [];
    const propRe =
      /Prop \{\s*name: "([^"]+)",\s*cfn: "([^"]+)",\s*kind: ([\s\S]*?),\s*required: (true|false),?\s*\}/g;
    let p;
    while ((p = propRe.exec(body))) {
      props.push({ name: p[1], cfn: p[2], kind: parseKind(p[3]), required: p[4] === "true" });
    }
    const declared = (body.match(/Prop \{/g) || []).length;
    if (declared !== props.length) fail(`${constant}: read ${props.length} of ${declared} props`);
    structs.set(constant, { constant, display: display[1], cdkName: cdkName[1], props });
  }
  const order = /pub static ALL_TYPES: &\[&StructType\] = &\[([\s\S]*?)\];/.exec(text);
  if (!order) fail("ALL_TYPES not found");
  const all = order[1].match(/[A-Z0-9_]+/g);
  for (const c of all) if (!structs.has(c)) fail(`ALL_TYPES names unknown ${c}`);
  return { structs, all };
}

function reachable(structs) {
  const seen = new Set();
  const visitKind = (kind) => {
    if (kind.tag === "Struct") visit(kind.ref);
    else if (kind.element) visitKind(kind.element);
  };
  const visit = (constant) => {
    if (seen.has(constant)) return;
    const s = structs.get(constant);
    if (!s) fail(`unknown struct ${constant}`);
    seen.add(constant);
    for (const p of s.props) visitKind(p.kind);
  };
  ROOTS.forEach(visit);
  return seen;
}

// ---- doc comments from aws-cdk-lib ----------------------------------------------------------

/** Doc comments by display name: { doc, props: { [name]: doc } }. */
function readDocs() {
  if (!fs.existsSync(CDK_GLUE)) {
    fail("aws-cdk-lib is not installed; run `bash tests/conformance/install-reference.sh` first");
  }
  const lines = fs.readFileSync(CDK_GLUE, "utf8").split("\n");
  const docs = new Map();
  let namespace = null;
  let current = null;
  let pending = null;
  let comment = null;
  for (const line of lines) {
    const trimmed = line.trim();
    if (comment) {
      comment.push(trimmed);
      if (trimmed.endsWith("*/")) {
        pending = comment;
        comment = null;
      }
      continue;
    }
    if (trimmed.startsWith("/**")) {
      if (trimmed.endsWith("*/")) pending = [trimmed];
      else comment = [trimmed];
      continue;
    }
    let m;
    if ((m = /^export declare namespace (\w+) \{$/.exec(line))) {
      namespace = m[1];
    } else if (line === "}") {
      namespace = null;
      current = null;
    } else if ((m = /^export interface (\w+) \{$/.exec(line))) {
      current = { doc: pending, props: {} };
      docs.set(m[1], current);
    } else if (namespace && (m = /^ {4}interface (\w+) \{$/.exec(line))) {
      current = { doc: pending, props: {} };
      docs.set(`${namespace}.${m[1]}`, current);
    } else if (namespace && line === "    }") {
      current = null;
    } else if (current && (m = /^\s*readonly (\w+)\??:/.exec(line))) {
      current.props[m[1]] = pending;
    }
    if (trimmed !== "") pending = null;
  }
  return docs;
}

/** A doc comment re-indented, without the tags that only matter to jsii. */
function renderDoc(doc, indent) {
  if (!doc) return [];
  const body = doc
    .map((l) => l.replace(/^\/\*\*\s?/, "").replace(/\s*\*\/$/, "").replace(/^\*\s?/, ""))
    .filter((l) => !/^@(struct|stability|cloudformationResource)\b/.test(l));
  while (body.length && body[0] === "") body.shift();
  while (body.length && body[body.length - 1] === "") body.pop();
  for (let i = body.length - 1; i > 0; i--) if (body[i] === "" && body[i - 1] === "") body.splice(i, 1);
  if (!body.length) return [];
  return [`${indent}/**`, ...body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`];
}

// ---- rendering ----------------------------------------------------------------------------

function tsType(kind, structs) {
  switch (kind.tag) {
    case "String":
      return "string | Intrinsic";
    case "Number":
      return "number | Intrinsic";
    case "Boolean":
      return "boolean | Intrinsic";
    case "Json":
      return "JsonObject";
    case "Struct":
      return `${structs.get(kind.ref).display} | Intrinsic`;
    case "List":
      return `ReadonlyArray<${tsType(kind.element, structs)}> | Intrinsic`;
    case "Map":
      return `{ readonly [key: string]: ${tsType(kind.element, structs)} } | Intrinsic`;
    default:
      return fail(`unknown kind ${kind.tag}`);
  }
}

function renderStruct(s, name, indent, structs, docs) {
  const entry = docs.get(s.display);
  if (!entry) fail(`aws-cdk-lib has no ${s.display}`);
  const out = [...renderDoc(entry.doc, indent), `${indent}export interface ${name} {`];
  for (const p of s.props) {
    if (!(p.name in entry.props)) fail(`aws-cdk-lib's ${s.display} has no ${p.name}`);
    out.push(...renderDoc(entry.props[p.name], `${indent}  `));
    out.push(`${indent}  readonly ${p.name}${p.required ? "" : "?"}: ${tsType(p.kind, structs)};`);
  }
  out.push(`${indent}}`);
  return out;
}

function generate() {
  const { structs, all } = readSchema();
  const docs = readDocs();
  const wanted = reachable(structs);
  const types = all.filter((c) => wanted.has(c)).map((c) => structs.get(c));
  const out = [BEGIN, ""];
  for (const s of types.filter((t) => !t.display.includes("."))) {
    out.push(...renderStruct(s, s.display, "", structs, docs), "");
  }
  const namespaces = [...new Set(types.filter((t) => t.display.includes(".")).map((t) => t.display.split(".")[0]))];
  for (const ns of namespaces) {
    out.push(`export declare namespace ${ns} {`);
    const members = types.filter((t) => t.display.startsWith(`${ns}.`));
    members.forEach((s, i) => {
      if (i) out.push("");
      out.push(...renderStruct(s, s.display.split(".")[1], "  ", structs, docs));
    });
    out.push("}", "");
  }
  out.push("// The property types also under their own names, as the construct's docs use them.");
  const seen = new Map();
  for (const s of types.filter((t) => t.display.includes("."))) {
    seen.set(s.cdkName, (seen.get(s.cdkName) || 0) + 1);
  }
  for (const s of types.filter((t) => t.display.includes("."))) {
    if (seen.get(s.cdkName) === 1) out.push(`export type ${s.cdkName} = ${s.display};`);
  }
  out.push("", END);
  return out.join("\n");
}

function splice(current, section) {
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < begin) fail(`index.d.ts lacks the "${BEGIN}" ... "${END}" markers`);
  return current.slice(0, begin) + section + current.slice(end + END.length);
}

function main() {
  const check = process.argv.includes("--check");
  const current = fs.readFileSync(TARGET, "utf8");
  const next = splice(current, generate());
  if (check) {
    if (next !== current) {
      console.error("generate.js: the generated L1 types in index.d.ts are stale; run `node pkg-template/types/generate.js`");
      process.exit(1);
    }
    console.log("generate.js: L1 types are current");
    return;
  }
  if (next !== current) fs.writeFileSync(TARGET, next);
  console.log(`generate.js: wrote ${path.relative(ROOT, TARGET)}`);
}

main();
