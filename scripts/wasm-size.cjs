// What a .wasm holds, for scripts/wasm-size.sh:
//   node scripts/wasm-size.cjs sections MODULE   sizes: whole, and each section raw and gzipped
//   node scripts/wasm-size.cjs parts MODULE      the code by part of the engine and dependency,
//                                                from the function names (a module that keeps them)
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const [command, file] = process.argv.slice(2);
const bytes = fs.readFileSync(file);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// A reader of the module's bytes from `p` on: LEB128 numbers and sections (id, size).
let p = 8;
const leb = () => { let r = 0, s = 0, x; do { x = bytes[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
function eachSection(visit) {
  while (p < bytes.length) {
    const id = bytes[p++];
    const end = leb() + p;
    visit(id, end);
    p = end;
  }
}

function sections() {
  console.log(`${file}: ${kb(bytes.length)} raw, ${kb(gzip(bytes))} gzip -9, ${kb(brotli(bytes))} brotli`);
  const names = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 5: 'memory', 7: 'export', 9: 'element', 10: 'code', 11: 'data' };
  eachSection((id, end) => {
    const body = bytes.subarray(p, end);
    if (body.length > 1024) console.log(`  ${(names[id] || `section ${id}`).padEnd(9)} ${kb(body.length).padStart(9)} raw ${kb(gzip(body)).padStart(9)} gzip`);
  });
}

// The part of the engine or the dependency a function belongs to, from its name.
function part(name) {
  // The engine's modules in a name: its lowercase path, without hashes and closures; the last
  // segment is the function's own name unless a type follows.
  const own = name.replace(/::h[0-9a-f]{16}|::\{\{closure\}\}/g, '').match(/kinesisstreams_gluejob(_core)?((?:::[a-z0-9_]+)+)(::)?/);
  if (own) {
    const segments = own[2].split('::').slice(1);
    const [first, second] = own[3] ? segments : segments.slice(0, -1);
    if (own[1]) return `engine core: ${first}${first === 'model' ? `::${second}` : ''}`;
    if (first === 'pattern') return second ? `engine: pattern::${second}` : "engine: pattern (the construct's body)";
    return first === 'props' || first === 'model' ? `engine: ${first}` : 'engine: boundary, render, lib';
  }
  for (const [pattern, label] of [[/serde_json/, 'serde_json'], [/serde/, 'serde'], [/talc/, 'talc'], [/ryu/, 'ryu-js'],
    [/md5/, 'md-5'], [/hashbrown/, 'hashbrown'], [/wasm_bindgen|js_sys|externref|__wbindgen|__wbg/, 'wasm-bindgen, js-sys']]) {
    if (pattern.test(name)) return label;
  }
  return 'Rust std and generic helpers (iterators, vectors, strings, sorting, formatting)';
}

function parts() {
  const skipName = () => { const n = leb(); p += n; };
  let imported = 0;
  const bodies = [];
  const names = new Map();
  eachSection((id, end) => {
    if (id === 2) {
      // Imported functions come first in the function index space.
      for (let n = leb(); n > 0; n--) {
        skipName(); skipName();
        const kind = bytes[p++];
        if (kind === 0) { leb(); imported++; }
        else if (kind === 1) { p++; const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 3) p += 2;
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const size = leb(); bodies.push(bytes.subarray(p, p + size)); p += size; }
    } else if (id === 0) {
      const nameLength = leb();
      if (bytes.subarray(p, p + nameLength).toString() !== 'name') return;
      p += nameLength;
      while (p < end) {
        const sub = bytes[p++];
        const subEnd = leb() + p;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(); const l = leb(); names.set(index, bytes.subarray(p, p + l).toString()); p += l; }
        p = subEnd;
      }
    }
  });
  const byPart = new Map();
  bodies.forEach((body, i) => {
    const label = part(names.get(i + imported) || '');
    if (!byPart.has(label)) byPart.set(label, []);
    byPart.get(label).push(body);
  });
  console.log('code by part (raw, gzip -9 of the part alone, functions):');
  [...byPart]
    .map(([label, list]) => { const all = Buffer.concat(list); return [label, all.length, gzip(all), list.length]; })
    .sort((a, b) => b[1] - a[1])
    .forEach(([label, raw, gzipped, count]) => console.log(`  ${label.padEnd(82)} ${kb(raw).padStart(9)} ${kb(gzipped).padStart(9)} ${String(count).padStart(4)}`));
}

({ sections, parts })[command]();
