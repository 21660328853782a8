// The stack-wide Lambda behind `autoDeleteObjects`, made by CDK itself (as aws-s3 makes it) so its
// code is staged and published as an asset; the engine's copy of its resources is only a preview.

import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';

export const AUTO_DELETE_PROVIDER_ID = 'Custom::S3AutoDeleteObjectsCustomResourceProvider';

class AutoDeleteObjectsProvider extends cdk.CustomResourceProviderBase {
  constructor(scope: Construct, id: string, description: string) {
    super(scope, id, {
      codeDirectory: handlerDirectory(),
      runtimeName: cdk.determineLatestNodeRuntimeName(scope),
      useCfnResponseWrapper: false,
      description,
    });
    this.node.addMetadata('aws:cdk:is-custom-resource-handler-customResourceProvider', true);
  }
}

/** The stack's provider, made on first use; `description` is the engine's (it names the first bucket). */
export function autoDeleteObjectsProvider(stack: cdk.Stack, description: string): Construct {
  const existing = stack.node.tryFindChild(AUTO_DELETE_PROVIDER_ID);
  return (existing as Construct | undefined) ?? new AutoDeleteObjectsProvider(stack, AUTO_DELETE_PROVIDER_ID, description);
}

function handlerDirectory(): string {
  const root = path.dirname(require.resolve('aws-cdk-lib/package.json'));
  return path.join(root, 'custom-resource-handlers', 'dist', 'aws-s3', 'auto-delete-objects-handler');
}
