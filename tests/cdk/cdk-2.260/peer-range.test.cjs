'use strict';
// The aws-cdk-lib on NODE_PATH (2.260.0 here) is inside the peer range of the official construct
// and of the packed package, so npm installs the adapter beside it without complaint.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const semver = require('semver');

const installed = require('aws-cdk-lib/package.json').version;
const peerRange = (pkgJson) => require(pkgJson).peerDependencies['aws-cdk-lib'];

test(`the official construct accepts aws-cdk-lib ${installed}`, () => {
  const range = peerRange('@aws-solutions-constructs/aws-kinesisstreams-gluejob/package.json');
  assert.ok(semver.satisfies(installed, range), `${installed} is outside ${range}`);
});

test(`kinesisstreams-gluejob-wasm accepts aws-cdk-lib ${installed} (peer range of the official construct)`, () => {
  const installedPackage = path.join(__dirname, '..', '..', '..', 'target', 'cdk-adapter', 'node_modules', 'kinesisstreams-gluejob-wasm', 'package.json');
  const range = peerRange(installedPackage);
  assert.ok(semver.satisfies(installed, range), `${installed} is outside the package's peer range ${range}`);
});
