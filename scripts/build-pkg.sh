#!/usr/bin/env bash
# Builds the npm package kinesisstreams-gluejob-wasm into pkg/:
#   node/  wasm-pack --target nodejs (CommonJS) + index.cjs / index.mjs entry points
#   web/   wasm-pack --target web (ES module, init()/initSync()) + index.js entry point
#   types/ the TypeScript declarations, cli/ the npm CLI, package.json, README.md, LICENSE
#   cdk/   the CDK adapter (js/cdk, TypeScript compiled to CommonJS + declarations, ESM entry)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=pkg
BUILD=target/wasm-pack

for target in nodejs web; do
  dir=$BUILD/${target/nodejs/node}
  rm -rf "$dir"
  wasm-pack --log-level warn build --release --target "$target" --no-pack --no-typescript --out-dir "$dir"
done

rm -rf "$OUT"
mkdir -p "$OUT/node" "$OUT/web" "$OUT/types" "$OUT/cli"
cp "$BUILD/node/kinesisstreams_gluejob.js" "$BUILD/node/kinesisstreams_gluejob_bg.wasm" "$OUT/node/"
cp "$BUILD/web/kinesisstreams_gluejob.js" "$BUILD/web/kinesisstreams_gluejob_bg.wasm" "$OUT/web/"
cp pkg-template/entries/node/* "$OUT/node/"
cp pkg-template/entries/web/* "$OUT/web/"
cp pkg-template/types/index.d.ts "$OUT/types/"
cp js/cli/*.js "$OUT/cli/"
cp pkg-template/README.md pkg-template/LICENSE "$OUT/"

# The adapter's build dependencies (aws-cdk-lib, TypeScript) live in js/cdk; tsc writes pkg/cdk.
(cd js/cdk && { [ -d node_modules/aws-cdk-lib ] || npm ci --no-audit --no-fund --loglevel=error; } && npx --no-install tsc -p .)
cp js/cdk/esm/index.mjs "$OUT/cdk/"

# package.json: the template with the crate's version.
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
node -e '
  const fs = require("fs");
  const [template, out, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(template, "utf8"));
  pkg.version = version;
  fs.writeFileSync(out, JSON.stringify(pkg, null, 2) + "\n");
' pkg-template/package.json "$OUT/package.json" "$version"

wasm=$OUT/node/kinesisstreams_gluejob_bg.wasm
echo "pkg: $(node -p 'require("./'"$OUT"'/package.json").name')@${version}," \
  "wasm $(wc -c <"$wasm") bytes, $(gzip -9c "$wasm" | wc -c) bytes gzip"
