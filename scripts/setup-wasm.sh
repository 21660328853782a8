#!/usr/bin/env bash
# Installs what building and testing the npm package needs; each step is skipped when the right
# version is already there, so a repeat run takes about a second.
#   rustup target wasm32-unknown-unknown, wasm-pack, wasm-bindgen-cli (the exact version of the
#   wasm-bindgen crate in Cargo.lock), wasm-opt from npm binaryen, Chromium + chromedriver.
# Nothing is downloaded from GitHub: crates come from crates.io, binaryen from npm, Chromium from
# Debian (apt needs root; without root the script says what to install).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

WASM_PACK_VERSION=0.15.1
BINARYEN_VERSION=132.0.0

say() { echo "setup-wasm: $*"; }
need() { command -v "$1" >/dev/null 2>&1 || { say "$1 is required${2:+ ($2)}"; exit 1; }; }

need cargo "https://rustup.rs"
need rustup "https://rustup.rs"
need node "Node.js 20 or later"
need npm

# The wasm-bindgen CLI must equal the crate's version exactly, else wasm-pack tries GitHub.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { say "cannot find wasm-bindgen in Cargo.lock"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-pack --version 2>/dev/null || true)" != "wasm-pack ${WASM_PACK_VERSION}" ]; then
  say "installing wasm-pack ${WASM_PACK_VERSION}"
  cargo install wasm-pack --version "${WASM_PACK_VERSION}" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner ${WASM_BINDGEN_VERSION}" ]; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION}"
  # Not --locked: the CLI's own lockfile pins crates the registry may not serve.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force
fi

# Debian's binaryen is older and silently breaks the module; the npm build works.
if command -v dpkg-query >/dev/null 2>&1 && dpkg-query -W -f='${Status}' binaryen 2>/dev/null | grep -q "ok installed"; then
  if [ "$(id -u)" = 0 ]; then
    say "removing Debian's binaryen (its wasm-opt breaks the module)"
    apt-get remove -y binaryen
  else
    say "Debian's binaryen is installed and its wasm-opt breaks the module: apt-get remove binaryen"
    exit 1
  fi
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*} "; then
  say "installing wasm-opt (npm binaryen@${BINARYEN_VERSION})"
  npm install -g --no-audit --no-fund --loglevel=error "binaryen@${BINARYEN_VERSION}"
  hash -r
  wasm-opt --version | grep -q "version ${BINARYEN_VERSION%%.*} " ||
    { say "wasm-opt on PATH is not binaryen ${BINARYEN_VERSION} (npm prefix: $(npm prefix -g))"; exit 1; }
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    say "installing chromium and chromium-driver"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  else
    say "chromium and chromedriver are required: apt-get install chromium chromium-driver"
    exit 1
  fi
fi
