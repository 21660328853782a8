#!/usr/bin/env bash
# The random scenario groups (random, random-stacks, random-fixes, random-flags, random-buckets)
# drawn again with another seed: the real construct synthesizes them in a scratch copy of the
# conformance harness, then the engine is checked against every fixture it wrote, and each scenario
# of the draw is built as a CDK app with the official construct and with the CDK adapter (from
# pkg/), whose templates must be the same, as must those of 200 draws of changes after construction.
# Not part of `make test` (new draws, new expectations); a seed that finds a difference reproduces
# it.
#   bash scripts/conformance-explore.sh [SEED]     (default: the current time)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seed=${1:-$(date +%s)}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The harness without its fixtures; the reference's node_modules shared.
tar -C tests/conformance --exclude=./fixtures --exclude=./node_modules -cf - . | tar -C "$scratch" -xf -
ln -s "$PWD/tests/conformance/node_modules" "$scratch/node_modules"
(cd "$scratch" && CONFORMANCE_SEED=$seed node generate.js --only '^random-' | tail -1)
CONFORMANCE_FIXTURES="$scratch/fixtures" cargo test -q --test conformance engine_matches_the_real_construct -- --nocapture
CONFORMANCE_SEED=$seed NODE_PATH="$PWD/tests/conformance/node_modules" \
  node --test --test-name-pattern='^random-' --test-reporter=dot tests/cdk/scenarios.test.cjs
CONFORMANCE_SEED=$seed KINGLU_AFTER_CONSTRUCTION_DRAWS=200 NODE_PATH="$PWD/tests/conformance/node_modules" \
  node --test --test-reporter=dot tests/cdk/after-construction.test.cjs
echo "conformance-explore: seed $seed reproduced (rerun with: bash scripts/conformance-explore.sh $seed)"
