#!/usr/bin/env bash
# Installs the packed package (npm pack pkg) into target/cdk-adapter/node_modules, as an app would
# install kinesisstreams-gluejob-wasm: the suites load kinesisstreams-gluejob-wasm/cdk from there.
# Its aws-cdk-lib peer is not installed beside it: it resolves through NODE_PATH like the rest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(cd ../.. && pwd)
DIR=$ROOT/target/cdk-adapter

rm -rf "$DIR"
mkdir -p "$DIR"
npm pack --silent --pack-destination "$DIR" "$ROOT/pkg" >/dev/null
echo '{ "private": true }' > "$DIR/package.json"
cd "$DIR"
npm install --no-save --no-package-lock --legacy-peer-deps --no-audit --no-fund --loglevel=error ./kinesisstreams-gluejob-wasm-*.tgz
