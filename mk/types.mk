# TypeScript declarations of the npm package (pkg-template/types/index.d.ts).
# make test-types: tsc --strict over the conformance scenarios' props, props that must be
#   rejected, and a check that the generated Glue L1 types match src/model/l1_schema.rs.
# make types-generate: rewrite the generated Glue L1 section after the schema changes.

.PHONY: test-types types-generate

test-types: setup-reference
	bash tests/types/run.sh

types-generate: setup-reference
	node pkg-template/types/generate.js

TEST_TARGETS += test-types
