#!/usr/bin/env bash
# Runs the construct's own unit tests (test/kinesisstream-gluejob.test.js of
# @aws-solutions-constructs/aws-kinesisstreams-gluejob 2.105.0, as compiled and published in its
# package, which install-reference.sh takes from the PyPI wheel), unchanged, with `../lib` resolved
# to the adapter, plus pattern-kinds.test.ts, with jest.
#   run.sh            against the adapter (the packed package, tests/cdk/install-adapter.sh)
#   run.sh official   against the official construct (the tests' own baseline)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(cd ../../.. && pwd)
SIDE=${1:-adapter}
TGZ=$ROOT/tests/conformance/.cache/aws-kinesisstreams-gluejob-2.105.0.tgz
WORK=$ROOT/target/cdk-upstream/$SIDE

rm -rf "$WORK"
mkdir -p "$WORK/lib"
tar xzf "$TGZ" -C "$WORK" --strip-components=1 package/test/kinesisstream-gluejob.test.js package/test/fakefile.py
cp pattern-kinds.test.ts "$WORK/test/"
case "$SIDE" in
  adapter) target="$ROOT/target/cdk-adapter/node_modules/kinesisstreams-gluejob-wasm/cdk" ;;
  official) target="@aws-solutions-constructs/aws-kinesisstreams-gluejob" ;;
  *) echo "run.sh: adapter or official, not $SIDE" >&2; exit 2 ;;
esac
echo "module.exports = require('$target');" > "$WORK/lib/index.js"

NODE_PATH="$ROOT/tests/conformance/node_modules" \
  ../node_modules/.bin/jest --config "$PWD/jest.config.js" --rootDir "$WORK" --verbose
