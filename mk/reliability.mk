# Reliability: fuzzing (no panic, located diagnostics), invalid inputs, cfn-lint on the output.
#
# make test-reliability   bounded fuzz run (2 x FUZZ_CASES generated inputs, fixed seed), the
#                         invalid-input suite, and cfn-lint over the output of every valid
#                         conformance fixture (installs the pinned cfn-lint into tests/lint/.venv).
# make fuzz-long          the long run: FUZZ_LONG_CASES inputs (default 1,000,000, half arbitrary
#                         JSON, half mutated fixtures) on every core, stable toolchain, seed from the
#                         clock (printed; rerun one with FUZZ_SEED=...):
#                           FUZZ_CASES=1000000 cargo test --release --test fuzz_props -- --ignored --nocapture
# make fuzz-libfuzzer     the same generators and property under libFuzzer (cargo-fuzz, nightly):
#                           cargo +nightly fuzz run props_json      -O -s none -- -runs=1000000
#                           cargo +nightly fuzz run mutate_fixtures -O -s none -- -runs=1000000
#                         (run from fuzz/; crashes are saved in fuzz/artifacts/<target>/ and
#                         replayed with `cargo +nightly fuzz run <target> <file>`).

FUZZ_CASES ?= 3000
FUZZ_LONG_CASES ?= 1000000
FUZZ_RUNS ?= 1000000

.PHONY: test-reliability test-fuzz-short test-bad-inputs test-cfn-lint fuzz-long fuzz-libfuzzer

test-fuzz-short: setup-rust
	FUZZ_CASES=$(FUZZ_CASES) $(CARGO) test --test fuzz_props -- --nocapture

test-bad-inputs: setup-rust
	$(CARGO) test --test bad_inputs

test-cfn-lint: setup-rust
	CARGO="$(CARGO)" bash tests/lint/run.sh

test-reliability: test-fuzz-short test-bad-inputs test-cfn-lint

fuzz-long: setup-rust
	FUZZ_CASES=$(FUZZ_LONG_CASES) $(CARGO) test --release --test fuzz_props -- --ignored --nocapture

fuzz-libfuzzer:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && cargo +nightly fuzz run props_json -O -s none -- -runs=$(FUZZ_RUNS)
	cd fuzz && cargo +nightly fuzz run mutate_fixtures -O -s none -- -runs=$(FUZZ_RUNS)

TEST_TARGETS += test-reliability
