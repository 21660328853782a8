'use strict';
// The one aws-cdk-lib every side of a comparison uses: resolved through NODE_PATH (the reference's
// node_modules, or the aws-cdk-lib 2.260.0 install), shared by the official construct, the adapter
// and cdk-nag, as in an app with a single node_modules.

const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');
// kinesisstreams-gluejob-wasm/cdk as installed from the packed package (tests/cdk/install-adapter.sh).
const ADAPTER_HOME = path.join(ROOT, 'target', 'cdk-adapter');

const cdk = require('aws-cdk-lib');
const lib = {
  cdk,
  cxapi: require('aws-cdk-lib/cx-api'),
  cloudwatch: require('aws-cdk-lib/aws-cloudwatch'),
  cwActions: require('aws-cdk-lib/aws-cloudwatch-actions'),
  glue: require('aws-cdk-lib/aws-glue'),
  iam: require('aws-cdk-lib/aws-iam'),
  kinesis: require('aws-cdk-lib/aws-kinesis'),
  kms: require('aws-cdk-lib/aws-kms'),
  lambda: require('aws-cdk-lib/aws-lambda'),
  eventSources: require('aws-cdk-lib/aws-lambda-event-sources'),
  s3: require('aws-cdk-lib/aws-s3'),
  s3assets: require('aws-cdk-lib/aws-s3-assets'),
  s3n: require('aws-cdk-lib/aws-s3-notifications'),
  sns: require('aws-cdk-lib/aws-sns'),
  sqs: require('aws-cdk-lib/aws-sqs'),
  Construct: require('constructs').Construct,
  core: require('@aws-solutions-constructs/core'),
  nag: require('cdk-nag'),
};

/** The two sides: the official construct (with core's SinkStoreType) and the adapter. */
const official = {
  name: 'official',
  Klass: require('@aws-solutions-constructs/aws-kinesisstreams-gluejob').KinesisstreamsToGluejob,
  SinkStoreType: lib.core.SinkStoreType,
};
// KINGLU_SELF_CHECK=1 puts the official construct on both sides: every case must then pass, which
// shows the comparison itself is deterministic (no temporary paths, no ordering noise).
const ADAPTER = process.env.KINGLU_SELF_CHECK === '1' ? null : require.resolve('kinesisstreams-gluejob-wasm/cdk', { paths: [ADAPTER_HOME] });
const adapterModule = ADAPTER && require(ADAPTER);
const adapter = adapterModule
  ? { name: 'adapter', Klass: adapterModule.KinesisstreamsToGluejob, SinkStoreType: adapterModule.SinkStoreType }
  : { ...official, name: 'official (self-check)' };

/** Where each user of aws-cdk-lib finds it: all must be one file. */
function cdkLibResolutions() {
  const from = (request) => path.dirname(require.resolve(request));
  return {
    tests: require.resolve('aws-cdk-lib'),
    official: require.resolve('aws-cdk-lib', { paths: [from('@aws-solutions-constructs/aws-kinesisstreams-gluejob')] }),
    core: require.resolve('aws-cdk-lib', { paths: [from('@aws-solutions-constructs/core')] }),
    ...(ADAPTER ? { adapter: require.resolve('aws-cdk-lib', { paths: [path.dirname(ADAPTER)] }) } : {}),
    'cdk-nag': require.resolve('aws-cdk-lib', { paths: [from('cdk-nag')] }),
  };
}

module.exports = { lib, official, adapter, cdkLibResolutions, ROOT };
