'use strict';
// Every conformance fixture through the built Node package: synthJson and JSON.stringify(synth())
// must equal the real construct's template byte for byte, and invalid props must throw a
// SynthError with the construct's message. Fixtures in known-gaps.txt are skipped.
//   node --test tests/packaging/conformance.test.cjs     (PKG_DIR overrides ./pkg)

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');

const ROOT = path.resolve(__dirname, '..', '..');
const PKG_DIR = path.resolve(process.env.PKG_DIR || path.join(ROOT, 'pkg'));
const { loadFixtures, knownGaps: readKnownGaps, assertSameText } = require('../conformance/fixtures.js');

const api = require(PKG_DIR);

const knownGaps = readKnownGaps();
const fixtures = loadFixtures();

test('the fixtures are there', () => {
  assert.ok(fixtures.length >= 100, `only ${fixtures.length} fixtures found`);
  for (const gap of knownGaps) assert.ok(fixtures.some((f) => f.name === gap), `known gap ${gap} has no fixture`);
});

for (const fixture of fixtures) {
  const run = knownGaps.has(fixture.name) ? test.skip : test;
  run(fixture.name, () => {
    const options = fixture.options || {};
    if (fixture.expected.fragmentFile) {
      const expected = fixture.expectedText;
      assertSameText(api.synthJson(fixture.id, fixture.props, options), expected, 'synthJson');
      const result = api.synth(fixture.id, fixture.props, options);
      assertSameText(JSON.stringify(result.fragment, null, 1), expected, 'synth().fragment');
      assert.deepEqual(api.validate(fixture.id, fixture.props, options), []);
    } else {
      assert.throws(
        () => api.synth(fixture.id, fixture.props, options),
        (e) => {
          assert.ok(e instanceof Error, 'an Error');
          assert.equal(e.name, 'SynthError');
          assert.equal(e.message, fixture.expected.error);
          assert.ok(Array.isArray(e.diagnostics) && e.diagnostics.length > 0, 'diagnostics');
          return true;
        },
      );
      assert.ok(api.validate(fixture.id, fixture.props, options).length > 0, 'validate reports it');
    }
  });
}

// The fix names live in the engine; the declarations name the same ones.
test('fixNames() lists the fixes, as FixName declares them', () => {
  const dts = fs.readFileSync(path.join(PKG_DIR, 'types', 'index.d.ts'), 'utf8');
  const declared = /export type FixName = ([^;]+);/.exec(dts);
  assert.ok(declared, 'FixName is declared');
  const names = declared[1].split('|').map((s) => JSON.parse(s.trim()));
  assert.deepEqual(api.fixNames(), names);
  assert.deepEqual(names, ['alarmStreamDimension', 'streamKeyDecrypt', 'multipleInstances']);
  assert.throws(
    () => api.synth('Etl', fixtures[0].props, { fixes: ['alarmStreamDimensions'] }),
    (e) => e.name === 'SynthError' && e.diagnostics[0].path === '/options/fixes/0' && /known fixes: alarmStreamDimension, streamKeyDecrypt, multipleInstances/.test(e.message),
  );
});
