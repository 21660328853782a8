#!/usr/bin/env bash
# Installs aws-cdk-lib 2.260.0 with the official construct (the reference's tarball, so
# tests/conformance/install-reference.sh runs first) into tests/cdk/cdk-2.260/node_modules.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

STAMP=node_modules/.installed
want=$(sha256sum package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$STAMP"
