// ES module entry of the CDK adapter: aws-cdk-lib is CommonJS, so is the adapter; same objects.
import adapter from './index.js';

export const { KinesisstreamsToGluejob, SinkStoreType } = adapter;
