# The npm package kinesisstreams-gluejob-wasm (pkg/): build, tests, benchmark.
#   make setup-wasm   install the wasm toolchain and Chromium (skips what is already there)
#   make pkg          build pkg/ (Node + web builds, types, CLI)
#   make test-pkg     wasm-bindgen tests (Node, headless Chrome), conformance through the Node
#                     package, packaging tests (npm pack -> CJS, ESM, TypeScript, Vite + Chromium, npx)
#   make bench-js     wasm vs the real construct, warm and cold, and the .wasm size

.PHONY: setup-wasm pkg test-wasm test-pkg-conformance test-pkg-packaging test-pkg bench-js

# The runner wasm-pack uses, called through cargo so only the boundary's tests are built for wasm32.
WASM_TEST := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	$(CARGO) test --target wasm32-unknown-unknown --lib

setup-wasm: setup-rust
	bash scripts/setup-wasm.sh

pkg: setup-wasm
	bash scripts/build-pkg.sh

test-wasm: setup-wasm
	WASM_BINDGEN_TEST_ONLY_NODE=1 $(WASM_TEST)
	WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_ONLY_WEB=1 CHROMEDRIVER="$$(command -v chromedriver)" $(WASM_TEST)

test-pkg-conformance: pkg
	node --test --test-reporter=dot tests/packaging/conformance.test.cjs tests/packaging/stack-options.test.cjs

test-pkg-packaging: pkg
	node --test --test-reporter=spec tests/packaging/packaging.test.mjs

test-pkg: test-wasm test-pkg-conformance test-pkg-packaging

bench-js: pkg setup-reference
	node tests/bench-js/bench.cjs

TEST_TARGETS += test-pkg
