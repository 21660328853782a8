# make demo: install what is needed, then synthesize the embedded example.
# make test: install what is needed, then run every test.
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: demo test test-rust setup-rust setup-reference conformance-check conformance-explore bench bench-instructions fmt

setup-rust:
	@command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)"; exit 1; }
	@rustup component list --installed 2>/dev/null | grep -q clippy || rustup component add clippy rustfmt

setup-reference:
	bash tests/conformance/install-reference.sh

demo: setup-rust
	$(CARGO) run --quiet --release -- synth --id KinesisToGlue examples/minimal.json

conformance-check: setup-reference
	node tests/conformance/generate.js --check

# The random scenario groups drawn with another seed (SEED=N; default the time), checked against
# the engine and, as CDK apps, against the CDK adapter: new draws no one wrote down, so not part
# of `make test`.
conformance-explore: setup-rust setup-reference pkg
	bash scripts/conformance-explore.sh $(SEED)

test-rust: setup-rust conformance-check
	$(CARGO) fmt --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) test --workspace --lib --bins --tests

bench: setup-rust
	$(CARGO) bench --bench synth

# What `make bench` times, counted in instructions by callgrind (needs valgrind): unmoved by load.
bench-instructions: setup-rust
	bash scripts/bench-instructions.sh

fmt:
	$(CARGO) fmt

# Each further part of the project adds its targets (and what `test` depends on) in mk/.
TEST_TARGETS := test-rust
-include mk/*.mk

test: $(TEST_TARGETS)
	@echo "make test: $(words $(TEST_TARGETS)) passed, 0 failed"
