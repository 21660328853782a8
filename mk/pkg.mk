# The npm package kinesisstreams-gluejob-wasm (pkg/): build, tests, benchmark.
#   make setup-wasm   install the wasm toolchain and Chromium (skips what is already there)
#   make pkg          build pkg/ (Node + web builds, types, CLI)
#   make test-pkg     wasm tests (wasm-pack test --node, --headless --chrome), conformance through the Node
#                     package, packaging tests (npm pack -> CJS, ESM, TypeScript, Vite + Chromium, npx)
#   make bench-js     wasm vs the real construct, warm and cold, the boundary both ways, the .wasm size

.PHONY: setup-wasm pkg test-wasm test-pkg-conformance test-pkg-packaging test-pkg bench-js bench-js-boundary

setup-wasm: setup-rust
	bash scripts/setup-wasm.sh

pkg: setup-wasm
	bash scripts/build-pkg.sh

# The wasm tests as a wasm-pack user types them: tests/node.rs runs in Node, tests/web.rs
# (run_in_browser) in headless Chrome; each command skips the other file.
test-wasm: setup-wasm
	wasm-pack test --node
	wasm-pack test --headless --chrome

test-pkg-conformance: pkg
	node --test --test-reporter=dot tests/packaging/conformance.test.cjs tests/packaging/stack-options.test.cjs

test-pkg-packaging: pkg
	node --test --test-reporter=spec tests/packaging/packaging.test.mjs

test-pkg: test-wasm test-pkg-conformance test-pkg-packaging

# The wasm with extra exports crossing the boundary both ways (JSON text, serde-wasm-bindgen), for
# bench-js only: built into target/ with its own cargo target dir, never into pkg/.
bench-js-boundary: setup-wasm
	CARGO_TARGET_DIR=target/bench-js/cargo wasm-pack --log-level warn build --release --target nodejs \
	  --no-pack --no-typescript --out-dir target/bench-js/boundary -- --features boundary-bench

bench-js: pkg setup-reference bench-js-boundary
	node tests/bench-js/bench.cjs

TEST_TARGETS += test-pkg
