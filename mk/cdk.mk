# The CDK adapter (kinesisstreams-gluejob-wasm/cdk, from js/cdk), built into pkg/ by `make pkg`.
#   make test-cdk   every conformance scenario as a CDK app built with the adapter and with the
#                   official construct (whole templates equal), the package's synth().properties
#                   against the official construct's, the adapter in multi-stack apps, seeded
#                   random changes after construction, and examples/cdk-app synthesized by the cdk
#                   CLI from the packed package

.PHONY: test-cdk test-cdk-apps test-cdk-example

# The tests and the adapter share the reference's aws-cdk-lib (one copy, as in an app).
CDK_TEST_NODE := NODE_PATH=$(CURDIR)/tests/conformance/node_modules node

test-cdk-apps: pkg setup-reference
	$(CDK_TEST_NODE) --test --test-reporter=dot tests/cdk/scenarios.test.cjs tests/cdk/adapter.test.cjs \
		tests/cdk/properties.test.cjs tests/cdk/after-construction.test.cjs tests/cdk/app-flags.test.cjs

test-cdk-example: pkg
	bash examples/cdk-app/synth.sh

test-cdk: test-cdk-apps test-cdk-example

TEST_TARGETS += test-cdk

# Whole-app cost with the adapter vs the official construct (make bench-cdk).
.PHONY: bench-cdk
bench-cdk: pkg setup-reference
	$(CDK_TEST_NODE) tests/cdk/bench.cjs
