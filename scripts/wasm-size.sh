#!/usr/bin/env bash
# What the package's .wasm holds: raw, gzip -9 and brotli sizes, code and data sections,
# wasm-opt --metrics, the code by part of the engine and dependency, and (when twiggy is
# installed: `cargo install twiggy`) the largest functions by name; the last two read from
# cargo's own output of the last `make pkg`, which keeps names.
#   bash scripts/wasm-size.sh [path/to/module.wasm] [rows]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

wasm=${1:-pkg/node/kinesisstreams_gluejob_bg.wasm}
rows=${2:-15}
[ -f "$wasm" ] || { echo "no $wasm: run make pkg first" >&2; exit 1; }

node - "$wasm" <<'JS'
const fs = require('fs');
const zlib = require('zlib');
const bytes = fs.readFileSync(process.argv[2]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${process.argv[2]}: ${kb(bytes.length)} raw, ${kb(gzip(bytes))} gzip -9, ${kb(brotli(bytes))} brotli`);
// Sections (id, LEB128 size), each with its own gzip size.
const names = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 5: 'memory', 7: 'export', 9: 'element', 10: 'code', 11: 'data' };
let p = 8;
const leb = () => { let r = 0, s = 0, x; do { x = bytes[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
while (p < bytes.length) {
  const id = bytes[p++];
  const size = leb();
  const body = bytes.subarray(p, p + size);
  if (size > 1024) console.log(`  ${(names[id] || `section ${id}`).padEnd(9)} ${kb(size).padStart(9)} raw ${kb(gzip(body)).padStart(9)} gzip`);
  p += size;
}
JS

echo "wasm-opt --metrics:"
wasm-opt -all --metrics "$wasm" -o /dev/null 2>&1 | grep -E '\[(funcs|memory-data|imports|exports)\]' || true

named=target/wasm32-unknown-unknown/release/kinesisstreams_gluejob.wasm
[ -f "$named" ] || { echo "(no $named: make pkg builds it, with the names the parts below need)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The same module as the package's (wasm-bindgen, then wasm-opt with the flags wasm-pack reads
# from Cargo.toml), with function names kept.
flags=$(sed -n '/^\[package.metadata.wasm-pack.profile.release\]/,/^\[/s/^wasm-opt = \[\(.*\)\]/\1/p' Cargo.toml | tr -d '",')
[ -n "$flags" ] || { echo "no wasm-opt flags in Cargo.toml" >&2; exit 1; }
wasm-bindgen --keep-debug --target nodejs --no-typescript --out-dir "$tmp" "$named"
# shellcheck disable=SC2086 # the flags are words
wasm-opt $flags -g "$tmp/kinesisstreams_gluejob_bg.wasm" -o "$tmp/named.wasm"

# The code by part of the engine and dependency, from the function names: raw bytes, and each
# part's bytes gzipped on their own (more than its share of the whole, whose parts gzip together).
node - "$tmp/named.wasm" <<'JS'
const zlib = require('zlib');
const bytes = require('fs').readFileSync(process.argv[2]);
let p = 8;
const leb = () => { let r = 0, s = 0, x; do { x = bytes[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
const skipName = () => { const n = leb(); p += n; };
let imported = 0;
const bodies = [];
const names = new Map();
while (p < bytes.length) {
  const id = bytes[p++];
  const end = leb() + p;
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
    if (bytes.subarray(p, p + nameLength).toString() === 'name') {
      p += nameLength;
      while (p < end) {
        const sub = bytes[p++];
        const subEnd = leb() + p;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(); const l = leb(); names.set(index, bytes.subarray(p, p + l).toString()); p += l; }
        p = subEnd;
      }
    }
  }
  p = end;
}
const part = (name) => {
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
  for (const [pattern, label] of [[/serde_json/, 'serde_json'], [/serde/, 'serde'], [/dlmalloc/, 'dlmalloc'], [/ryu/, 'ryu-js'],
    [/md5/, 'md-5'], [/hashbrown/, 'hashbrown'], [/wasm_bindgen|js_sys|externref|__wbindgen|__wbg/, 'wasm-bindgen, js-sys']]) {
    if (pattern.test(name)) return label;
  }
  return 'Rust std and generic helpers (iterators, vectors, strings, sorting, formatting)';
};
const parts = new Map();
bodies.forEach((body, i) => {
  const label = part(names.get(i + imported) || '');
  if (!parts.has(label)) parts.set(label, []);
  parts.get(label).push(body);
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('code by part (raw, gzip -9 of the part alone, functions):');
[...parts]
  .map(([label, list]) => { const all = Buffer.concat(list); return [label, all.length, zlib.gzipSync(all, { level: 9 }).length, list.length]; })
  .sort((a, b) => b[1] - a[1])
  .forEach(([label, raw, gzip, count]) => console.log(`  ${label.padEnd(82)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)} ${String(count).padStart(4)}`));
JS

if command -v twiggy >/dev/null; then
  echo "largest items (twiggy top; sizes include the name section the package leaves out):"
  twiggy top -n "$rows" "$tmp/named.wasm" | cut -c1-150
else
  echo "(cargo install twiggy, from crates.io, to list the largest functions by name)"
fi
