# The browser playground (js/playground/): props editor, template preview, resource diagram, all
# computed in the page by the engine's WebAssembly web build.
#   make playground         serve it on http://127.0.0.1:$(PLAYGROUND_PORT)/ (Vite, reloads on edit)
#   make playground-build   the static site in js/playground/dist/ (copy it to any static host)
#   make test-playground    build it, then drive it in headless Chromium (tests/playground/);
#                           screenshots of each state go to tests/playground/artifacts/;
#                           UPDATE_SCREENSHOT=1 also rewrites js/playground/screenshot.png

.PHONY: playground playground-build test-playground playground-setup-wasm

PLAYGROUND := js/playground
PLAYGROUND_TESTS := tests/playground
PLAYGROUND_PORT ?= 5173
PLAYGROUND_WASM := $(PLAYGROUND)/wasm/kinesisstreams_gluejob_bg.wasm
# The package's set-up (mk/pkg.mk) when there is one, else the same steps here.
PLAYGROUND_SETUP := $(shell grep -qs '^setup-wasm:' mk/pkg.mk && echo setup-wasm || echo playground-setup-wasm)
NPM_CI := npm ci --no-audit --no-fund --loglevel=error

playground-setup-wasm: setup-rust
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@[ "$$(wasm-pack --version 2>/dev/null)" = "wasm-pack 0.15.1" ] || cargo install wasm-pack --version 0.15.1 --locked
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen 0.2.130" ] || cargo install wasm-bindgen-cli --version 0.2.130
	@wasm-opt --version 2>/dev/null | grep -q "version 132 " || npm install -g --no-audit --no-fund binaryen@132.0.0
	@[ -x /usr/bin/chromium ] || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver; }

$(PLAYGROUND_WASM): $(shell find src -name '*.rs') Cargo.toml core/Cargo.toml Cargo.lock | $(PLAYGROUND_SETUP)
	wasm-pack --log-level warn build --release --target web --no-pack --no-typescript --out-dir $(PLAYGROUND)/wasm

$(PLAYGROUND)/node_modules/.package-lock.json: $(PLAYGROUND)/package.json $(PLAYGROUND)/package-lock.json
	cd $(PLAYGROUND) && $(NPM_CI)

$(PLAYGROUND_TESTS)/node_modules/.package-lock.json: $(PLAYGROUND_TESTS)/package.json $(PLAYGROUND_TESTS)/package-lock.json
	cd $(PLAYGROUND_TESTS) && $(NPM_CI)

playground: $(PLAYGROUND_WASM) $(PLAYGROUND)/node_modules/.package-lock.json
	cd $(PLAYGROUND) && npx --no-install vite --host 127.0.0.1 --port $(PLAYGROUND_PORT) --strictPort

playground-build: $(PLAYGROUND_WASM) $(PLAYGROUND)/node_modules/.package-lock.json
	cd $(PLAYGROUND) && npx --no-install vite build --logLevel warn

test-playground: playground-build $(PLAYGROUND_TESTS)/node_modules/.package-lock.json | $(PLAYGROUND_SETUP)
	node --test --test-reporter=spec $(PLAYGROUND_TESTS)/completions.test.mjs $(PLAYGROUND_TESTS)/playground.test.mjs

TEST_TARGETS += test-playground
