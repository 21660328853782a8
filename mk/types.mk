# TypeScript declarations of the npm package (pkg-template/types/index.d.ts, written whole by
# schema/generate.js; `make schema` rewrites it, mk/schema.mk checks it is current).
# make test-types: tsc --strict over the conformance scenarios' props, props that must be
#   rejected, and the API as documented.

.PHONY: test-types

test-types: setup-reference
	bash tests/types/run.sh

TEST_TARGETS += test-types
