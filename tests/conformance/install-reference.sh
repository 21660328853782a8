#!/usr/bin/env bash
# Installs the reference construct and core (2.105.0) and their pinned dependencies into
# ./node_modules. npm lacks these releases, so their npm tarballs are taken from the PyPI wheels,
# which embed them byte for byte (jsii-tarball.py), and checked against their sha256.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

VERSION=2.105.0
# tarball (in .cache/, as package.json names it), PyPI distribution, sha256 of the tarball
TARBALLS=(
  "aws-kinesisstreams-gluejob-${VERSION}.tgz aws-solutions-constructs.aws-kinesis-streams-gluejob bf01fe3ab9e5e1e9d33a8c42febe931d3dc7c85cbb3582b51c0f0f9c4f434471"
  "core-${VERSION}.tgz aws-solutions-constructs.core cc8b62f32e0c143b1fbbac6958a821a082eb7e06e3f1e90524d96d4b4bc3618c"
)
CACHE=.cache
STAMP=node_modules/.reference-installed

PYTHON=$(command -v python3 || command -v python)

inputs_hash() {
  "$PYTHON" - <<'PY'
import hashlib, os
h = hashlib.sha256()
for f in ("package.json", "package-lock.json"):
    if os.path.exists(f):
        h.update(open(f, "rb").read())
print(h.hexdigest())
PY
}

sha_ok() {
  [ -f "$1" ] && [ "$("$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$1")" = "$2" ]
}

mkdir -p "$CACHE"

for entry in "${TARBALLS[@]}"; do
  read -r file dist sha <<<"$entry"
  if ! sha_ok "$CACHE/$file" "$sha"; then
    "$PYTHON" jsii-tarball.py "$dist" "$VERSION" "$CACHE" "$CACHE/$file"
    if ! sha_ok "$CACHE/$file" "$sha"; then
      echo "install-reference: sha256 mismatch for $CACHE/$file" >&2
      rm -f "$CACHE/$file"
      exit 1
    fi
  fi
done

# Skip npm when the lockfile and tarball have not changed since the last install.
want=$(inputs_hash)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -d node_modules/@aws-solutions-constructs/aws-kinesisstreams-gluejob ]; then
  exit 0
fi

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi

want=$(inputs_hash)
echo "$want" > "$STAMP"
