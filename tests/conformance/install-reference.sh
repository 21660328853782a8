#!/usr/bin/env bash
# Installs the reference construct (2.104.0) and its pinned dependencies into ./node_modules.
# npm only has an old release of the construct, so its npm tarball is taken from the PyPI wheel,
# which embeds it byte for byte.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

VERSION=2.104.0
WHEEL_REQ="aws-solutions-constructs.aws-kinesis-streams-gluejob==${VERSION}"
MEMBER="aws_solutions_constructs/aws_kinesis_streams_gluejob/_jsii/aws-kinesisstreams-gluejob@${VERSION}.jsii.tgz"
SHA256=e7d9da2650defa3660d0c4a262aba1f7252f3e17bf33e8da77ee633f2f4c8044
CACHE=.cache
TGZ="${CACHE}/aws-kinesisstreams-gluejob-${VERSION}.tgz"
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
  [ -f "$1" ] && [ "$("$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$1")" = "$SHA256" ]
}

mkdir -p "$CACHE"

if ! sha_ok "$TGZ"; then
  rm -f "$TGZ"
  if ! ls "$CACHE"/aws_solutions_constructs_aws_kinesis_streams_gluejob-"${VERSION}"-*.whl >/dev/null 2>&1; then
    "$PYTHON" -m pip download --quiet --no-deps --only-binary=:all: --dest "$CACHE" "$WHEEL_REQ"
  fi
  WHEEL=$(ls "$CACHE"/aws_solutions_constructs_aws_kinesis_streams_gluejob-"${VERSION}"-*.whl | head -n 1)
  "$PYTHON" - "$WHEEL" "$MEMBER" "$TGZ" <<'PY'
import sys, zipfile
wheel, member, out = sys.argv[1:]
with zipfile.ZipFile(wheel) as z, open(out, "wb") as f:
    f.write(z.read(member))
PY
  if ! sha_ok "$TGZ"; then
    echo "install-reference: sha256 mismatch for $TGZ" >&2
    rm -f "$TGZ"
    exit 1
  fi
fi

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
