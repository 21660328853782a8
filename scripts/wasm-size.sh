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

node scripts/wasm-size.cjs sections "$wasm"

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
node scripts/wasm-size.cjs parts "$tmp/named.wasm"

if command -v twiggy >/dev/null; then
  echo "largest items (twiggy top; sizes include the name section the package leaves out):"
  twiggy top -n "$rows" "$tmp/named.wasm" | cut -c1-150
else
  echo "(cargo install twiggy, from crates.io, to list the largest functions by name)"
fi
