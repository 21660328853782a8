# One schema, generated outward (schema/generate.js): the Glue L1 tables from the aws-cdk-lib the
# conformance harness installs, and the construct's own tables (schema/construct.js), written into
# the engine's Rust tables, the package's declarations and entry points, and the playground's and
# fuzzers' vocabularies.
#   make schema         rewrite the generated files after a table or aws-cdk-lib changes
#   make schema-check   fail when a committed generated file is not what the generator writes
# make upstream-check: how many conformance scenarios change with the newest construct/core and
#   with aws-cdk-lib at both ends of the construct's peer range (downloads; not part of make test).

.PHONY: schema schema-check upstream-check

schema: setup-reference
	node schema/generate.js

schema-check: setup-reference
	node schema/generate.js --check

upstream-check: setup-rust setup-reference
	CARGO="$(CARGO)" node scripts/upstream-check.js

TEST_TARGETS += schema-check
