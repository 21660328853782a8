#!/usr/bin/env bash
# Instructions per native `synth_json`, counted by callgrind over the conformance scenarios that
# `make bench` times, with the system allocator and with the CLI's (mimalloc), how they split
# between the parts of a synthesis, and for scale what a copy of the finished template costs to
# make and drop: figures the machine's load cannot move, where times move 2-4x. Not part of
# `make test`.
#   bash scripts/bench-instructions.sh [ROUNDS]     (calls of each scenario per allocator; default 1)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v valgrind >/dev/null || { echo "valgrind is required (Debian: apt-get install valgrind)" >&2; exit 1; }
rounds=${1:-1}
bench=$(cargo bench --bench synth --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)
[ -x "$bench" ] || { echo "no benchmark executable from cargo bench --no-run" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One run for each allocator, counting only its measured functions and all they call.
for allocator in system cli; do
  BENCH_INSTRUCTIONS=$rounds valgrind --tool=callgrind --callgrind-out-file="$tmp/$allocator" --collect-atstart=no \
    --toggle-collect="*counted_with_${allocator}_allocator*" --toggle-collect="*copied_with_${allocator}_allocator*" \
    "$bench" --bench >"$tmp/stdout" 2>"$tmp/stderr" \
    || { cat "$tmp/stderr" >&2; exit 1; }
  callgrind_annotate --inclusive=yes "$tmp/$allocator" >"$tmp/$allocator.txt"
done
calls=$(sed -n 's/^calls per allocator: \([0-9]*\)$/\1/p' "$tmp/stdout")
[ -n "$calls" ] && [ "$calls" -gt 0 ] || { echo "the benchmark made no calls" >&2; exit 1; }

# The parts, by the engine's functions that make them (each with all it calls); what a compiler
# inlines away is left in "the rest".
awk -v calls="$calls" '
  BEGIN {
    n = split("counted_with_[a-z]*_allocator|read_props_partially|synth_parsed|json_layout::to_cdk_json|drop_in_place<kinesisstreams_gluejob::SynthResult>|copied_with_[a-z]*_allocator", fn, "|")
    split("whole call|reading the props|building the template|writing its text|dropping it|copying the template", label, "|")
  }
  FNR == 1 { file++ }
  {
    for (i = 1; i <= n; i++) {
      if ($0 ~ (fn[i] "( |$)") && !((file, i) in ir)) { v = $1; gsub(",", "", v); ir[file, i] = v }
    }
  }
  END {
    if (!((1, 1) in ir) || !((2, 1) in ir)) { print "callgrind counted neither measured function" > "/dev/stderr"; exit 1 }
    printf "native synth_json, mean instructions per call over %d calls of the corpus (callgrind):\n", calls
    printf "  %-26s %16s %24s\n", "", "system allocator", "CLI'"'"'s allocator (mimalloc)"
    for (i = 1; i < n; i++) {
      if (!((1, i) in ir)) continue
      row(label[i], ir[1, i], ir[2, i])
      if (i > 1) { parts1 += ir[1, i]; parts2 += ir[2, i] }
    }
    row("the rest", ir[1, 1] - parts1, ir[2, 1] - parts2)
    if ((1, n) in ir) {
      print "  for scale, apart from synth_json: the finished template copied and the copy dropped"
      row(label[n], ir[1, n], ir[2, n])
    }
  }
  function row(name, a, b) {
    printf "  %-26s %9.0f (%3.0f%%) %17.0f (%3.0f%%)\n", name, a / calls, 100 * a / ir[1, 1], b / calls, 100 * b / ir[2, 1]
  }' "$tmp/system.txt" "$tmp/cli.txt"
