#!/usr/bin/env bash
# cfn-lint over the engine's output for every valid conformance fixture, in one cfn-lint process.
# Installs the pinned cfn-lint into tests/lint/.venv on first use (needs python3 with venv and
# access to PyPI). Exit status 1 when cfn-lint reports an error that is not listed in summarize.py.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
cargo="${CARGO:-cargo}"

if ! cmp -s "$here/requirements.txt" "$venv/requirements.installed" 2>/dev/null; then
  echo "cfn-lint: installing $(grep '^cfn-lint==' "$here/requirements.txt") into tests/lint/.venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/requirements.installed"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$root" && LINT_TEMPLATES_DIR="$out/templates" "$cargo" test --quiet --test lint -- --nocapture) \
  | grep -E 'templates in|templates of two|skipped' | sed "s|$out/templates|a temporary directory|" || true
# cfn-lint exits non-zero whenever it finds anything; summarize.py decides.
"$venv/bin/cfn-lint" --format json -- "$out"/templates/*.json > "$out/report.json" || true
"$venv/bin/python" "$here/summarize.py" "$out/report.json"
