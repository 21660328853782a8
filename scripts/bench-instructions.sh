#!/usr/bin/env bash
# Instructions per native `synth_json`, counted by callgrind over the conformance scenarios that
# `make bench` times, with the system allocator and with the CLI's (mimalloc): a figure the
# machine's load cannot move, where times can move 2-4x. Not part of `make test`.
#   bash scripts/bench-instructions.sh [ROUNDS]     (calls of each scenario per allocator; default 1)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v valgrind >/dev/null || { echo "valgrind is required (Debian: apt-get install valgrind)" >&2; exit 1; }
rounds=${1:-1}
bench=$(cargo bench --bench synth --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)
[ -x "$bench" ] || { echo "no benchmark executable from cargo bench --no-run" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Only the two measured functions are counted, each with all it calls.
BENCH_INSTRUCTIONS=$rounds valgrind --tool=callgrind --callgrind-out-file="$tmp/out" --collect-atstart=no \
  --toggle-collect='*counted_with_system_allocator*' --toggle-collect='*counted_with_cli_allocator*' \
  "$bench" --bench >"$tmp/stdout" 2>"$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
# Each scenario is called `rounds` times with each allocator.
calls=$(sed -n 's/^calls per allocator: \([0-9]*\)$/\1/p' "$tmp/stdout")
[ -n "$calls" ] && [ "$calls" -gt 0 ] || { echo "the benchmark made no calls" >&2; exit 1; }
callgrind_annotate --inclusive=yes "$tmp/out" | awk -v calls="$calls" '
  /counted_with_system_allocator/ && !own { gsub(",", "", $1); own = $1 }
  /counted_with_cli_allocator/ && !cli { gsub(",", "", $1); cli = $1 }
  END {
    if (!own || !cli) { print "callgrind counted neither measured function" > "/dev/stderr"; exit 1 }
    printf "native synth_json, mean instructions per call over %d calls of the corpus (callgrind):\n", calls
    printf "  %-38s %9.0f\n", "with the system allocator", own / calls
    printf "  %-38s %9.0f\n", "with the CLI'"'"'s allocator (mimalloc)", cli / calls
  }'
