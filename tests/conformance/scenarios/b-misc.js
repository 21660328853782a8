'use strict';
// Group b: createCloudWatchAlarms (#1) and etlCodeAsset (#9).
const { minimal, simple, command } = require('./_common');

function withAsset(name, description, job, extra = {}) {
  return {
    name,
    description,
    expect: 'ok',
    build(stack, lib) {
      const asset = new lib.s3assets.Asset(stack, 'EtlAsset', { path: lib.assetPath('transform.py') });
      const engine = minimal({ glueJobProps: job, ...extra, etlCodeAsset: lib.ref.asset(asset) });
      return { engine, construct: lib.convert(engine) };
    },
  };
}

module.exports = [
  simple('alarms-true', 'createCloudWatchAlarms true (#1)', minimal({ createCloudWatchAlarms: true })),
  simple('alarms-false', 'createCloudWatchAlarms false: no alarms (#1)', minimal({ createCloudWatchAlarms: false })),
  simple('alarms-false-kms-stream', 'no alarms with a KMS stream', minimal({ createCloudWatchAlarms: false, kinesisStreamProps: { encryption: 'KMS' } })),
  withAsset('asset-no-script-location', 'etlCodeAsset without scriptLocation: asset read grant, asset URL as script (#9)', { command: { name: 'gluestreaming', pythonVersion: '3' } }),
  withAsset('asset-with-script-location', 'etlCodeAsset with scriptLocation: validated then replaced by the asset URL (#9)', { command: command() }),
  withAsset('asset-no-python-version', 'etlCodeAsset with command lacking pythonVersion: no warning (asset path)', { command: { name: 'gluestreaming' } }),
  withAsset('asset-role-arn', 'etlCodeAsset with an imported role: grant goes to the JobRolePolicy', { command: { name: 'gluestreaming', pythonVersion: '3' }, role: 'arn:aws:iam::123456789012:role/AssetRole' }),
  withAsset('asset-alarms-false-output', 'etlCodeAsset with output bucket props and no alarms', { command: { name: 'glueetl', pythonVersion: '3' }, glueVersion: '3.0' }, { createCloudWatchAlarms: false, outputDataStore: { datastoreType: 'S3', outputBucketProps: { versioned: false } } }),
];
