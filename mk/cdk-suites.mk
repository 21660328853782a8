# The adapter against the official construct where apps use it (tests/cdk/real-apps, upstream,
# typed, cdk-2.260):
#   make test-cdk-apps2      real-app cases: whole cloud assemblies, printed output, errors and the
#                            objects' kinds, official construct vs adapter, one aws-cdk-lib
#   make test-cdk-nag        cdk-nag AwsSolutionsChecks: the same findings on both
#   make test-cdk-upstream   the construct's own unit tests (from its published package) with
#                            `../lib` resolved to the adapter, and instanceof checks (jest)
#   make test-cdk-typed      tsc --strict of a typed app with the official import and with the
#                            packed package's kinesisstreams-gluejob-wasm/cdk
#   make test-cdk-2260       cases on aws-cdk-lib 2.260.0 (lower end of the peer range)
#   make test-cdk-suites     all of the above (each runs even if another fails)

.PHONY: setup-cdk-tests setup-cdk-adapter test-cdk-apps2 test-cdk-nag test-cdk-upstream test-cdk-typed test-cdk-2260 test-cdk-suites

setup-cdk-tests: setup-reference
	bash tests/cdk/install.sh

# The suites load the adapter as apps do: kinesisstreams-gluejob-wasm/cdk from the packed package.
setup-cdk-adapter: pkg
	bash tests/cdk/install-adapter.sh

# Each suite runs whole; a failing case is reported by name and the target fails at the end.
CDK_REFERENCE := $(CURDIR)/tests/conformance/node_modules

test-cdk-apps2: setup-cdk-adapter setup-cdk-tests
	NODE_PATH=$(CDK_REFERENCE) node --test --test-reporter=spec tests/cdk/real-apps/apps.test.cjs

test-cdk-nag: setup-cdk-adapter setup-cdk-tests
	NODE_PATH=$(CDK_REFERENCE) node --test --test-reporter=spec tests/cdk/real-apps/nag.test.cjs

test-cdk-upstream: setup-cdk-adapter setup-cdk-tests
	bash tests/cdk/upstream/run.sh adapter

test-cdk-typed: setup-cdk-adapter setup-cdk-tests
	bash tests/cdk/typed/run.sh

test-cdk-2260: setup-cdk-adapter setup-cdk-tests
	bash tests/cdk/cdk-2.260/install.sh
	NODE_PATH=$(CURDIR)/tests/cdk/cdk-2.260/node_modules KINGLU_CASES=v2260 \
		node --test --test-reporter=spec tests/cdk/cdk-2.260/peer-range.test.cjs tests/cdk/real-apps/apps.test.cjs

# Every suite runs even when an earlier one fails (-k); the target fails if any did.
test-cdk-suites:
	$(MAKE) --no-print-directory -k test-cdk-apps2 test-cdk-nag test-cdk-upstream test-cdk-typed test-cdk-2260

TEST_TARGETS += test-cdk-suites
