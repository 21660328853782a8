#!/usr/bin/env bash
# Type-checks the package's declarations (pkg-template/types/index.d.ts) with tsc --strict:
#   - every conformance scenario's props and options type-check, except the listed ones,
#     which must fail to (fixtures-to-ts.js);
#   - api.ts and dom.ts use the API as documented; wrong-props.ts holds props that must fail.
# Needs aws-cdk-lib from tests/conformance (bash tests/conformance/install-reference.sh).
set -euo pipefail
cd "$(dirname "$0")"

wanted=$(node -p 'require("./package.json").devDependencies.typescript')
installed=$(node -p 'try { require("./node_modules/typescript/package.json").version } catch { "" }')
if [ "$installed" != "$wanted" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

node fixtures-to-ts.js
node_modules/.bin/tsc -p tsconfig.json
node_modules/.bin/tsc -p tsconfig.dom.json
echo "types: ok"
