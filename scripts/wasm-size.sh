#!/usr/bin/env bash
# What the package's .wasm holds: raw, gzip -9 and brotli sizes, code and data sections,
# wasm-opt --metrics, and (when twiggy is installed: `cargo install twiggy`) the largest
# functions by name, read from cargo's own output of the last `make pkg`, which keeps names.
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
if command -v twiggy >/dev/null && [ -f "$named" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # The same module as the package's (wasm-bindgen, then wasm-opt with the flags wasm-pack reads
  # from Cargo.toml), with function names kept.
  flags=$(sed -n '/^\[package.metadata.wasm-pack.profile.release\]/,/^\[/s/^wasm-opt = \[\(.*\)\]/\1/p' Cargo.toml | tr -d '",')
  [ -n "$flags" ] || { echo "no wasm-opt flags in Cargo.toml" >&2; exit 1; }
  wasm-bindgen --keep-debug --target nodejs --no-typescript --out-dir "$tmp" "$named"
  # shellcheck disable=SC2086 # the flags are words
  wasm-opt $flags -g "$tmp/kinesisstreams_gluejob_bg.wasm" -o "$tmp/named.wasm"
  echo "largest items (twiggy top; sizes include the name section the package leaves out):"
  twiggy top -n "$rows" "$tmp/named.wasm" | cut -c1-150
else
  echo "(cargo install twiggy, from crates.io, to list the largest functions by name)"
fi
