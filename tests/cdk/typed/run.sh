#!/usr/bin/env bash
# tsc --strict of app.ts twice: with the official imports, and with only its import block replaced
# by the adapter's, installed from the packed package (tests/cdk/install-adapter.sh). Types resolve as in an app
# with one node_modules: aws-cdk-lib, constructs and the official packages from the reference.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(cd ../../.. && pwd)
WORK=$ROOT/target/cdk-typed
REFERENCE=$ROOT/tests/conformance/node_modules
TOOLS=$ROOT/tests/cdk/node_modules

ADAPTER_HOME=$ROOT/target/cdk-adapter

rm -rf "$WORK"
mkdir -p "$WORK/official" "$WORK/adapter"

cp app.ts "$WORK/official/app.ts"
node -e '
  const fs = require("fs");
  const [from, to] = process.argv.slice(1);
  const text = fs.readFileSync(from, "utf8");
  const block = /\/\/ construct imports: begin\n[\s\S]*?\/\/ construct imports: end\n/;
  if (!block.test(text)) throw new Error("app.ts: no construct import block");
  const adapterImport = "// construct imports: begin\nimport { KinesisstreamsToGluejob, KinesisstreamsToGluejobProps, SinkDataStoreProps, SinkStoreType } from \"kinesisstreams-gluejob-wasm/cdk\";\n// construct imports: end\n";
  fs.writeFileSync(to, text.replace(block, adapterImport));
' app.ts "$WORK/adapter/app.ts"

status=0
for side in official adapter; do
  cat > "$WORK/$side/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "node16",
    "moduleResolution": "node16",
    "lib": ["ES2022"],
    "strict": true,
    "noEmit": true,
    "skipLibCheck": true,
    "typeRoots": ["$TOOLS/@types"],
    "types": ["node"],
    "baseUrl": ".",
    "paths": { "*": ["$REFERENCE/*", "$ADAPTER_HOME/node_modules/*"] }
  },
  "files": ["app.ts"]
}
JSON
  if "$TOOLS/.bin/tsc" -p "$WORK/$side/tsconfig.json"; then
    echo "typed app ($side import): tsc --strict ok"
  else
    echo "typed app ($side import): tsc --strict FAILED (errors above)"
    status=1
  fi
done
exit $status
