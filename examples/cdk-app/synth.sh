#!/usr/bin/env bash
# Synthesizes the example app with the cdk CLI, the adapter installed from the packed package,
# then checks what the cloud assembly holds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

PACK=../../target/cdk-example
rm -rf "$PACK" build cdk.out
mkdir -p "$PACK"
npm pack --silent --pack-destination "$PACK" ../../pkg >/dev/null
npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error "$PACK"/kinesisstreams-gluejob-wasm-*.tgz
npx --no-install tsc -p .
CDK_DISABLE_VERSION_CHECK=1 npx --no-install cdk synth --quiet --no-notices
node check-assembly.js cdk.out
