'use strict';
// The conformance fixtures for JavaScript tests, read one way (the Rust side: test-support's
// fixtures.rs): every scenario of fixtures/ sorted by name, with its expected fragment text.

const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

const FIXTURES = path.join(__dirname, 'fixtures');

/** Every scenario: the fixture JSON plus `expectedText` (the fragment, or undefined for errors). */
function loadFixtures(dir = FIXTURES) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const fixture = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const file = fixture.expected && fixture.expected.fragmentFile;
      return { ...fixture, expectedText: file ? fs.readFileSync(path.join(dir, file), 'utf8') : undefined };
    });
}

/** The scenarios listed in known-gaps.txt (the engine does not reproduce them yet). */
function knownGaps() {
  return new Set(
    fs
      .readFileSync(path.join(__dirname, 'known-gaps.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}

/** Byte equality of a synthesized text with a fixture's, reported as the first differing line. */
function assertSameText(actual, expected, what) {
  if (actual === expected) return;
  const a = String(actual).split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  assert.fail(`${what} differs at line ${i + 1}: expected ${JSON.stringify(e[i])}, got ${JSON.stringify(a[i])}`);
}

module.exports = { FIXTURES, loadFixtures, knownGaps, assertSameText };
