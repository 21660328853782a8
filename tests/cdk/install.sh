#!/usr/bin/env bash
# Installs the CDK suites' tools (jest, ts-jest, TypeScript, cdk-nag) into tests/cdk/node_modules.
# aws-cdk-lib and constructs are not installed here (.npmrc: no peers): every suite uses one
# aws-cdk-lib, the reference's or the 2.260.0 install's, through NODE_PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

STAMP=node_modules/.installed
want=$(sha256sum package.json package-lock.json .npmrc | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$STAMP"
