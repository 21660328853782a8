// The wasm engine, as the package's Node build exposes it (only what the adapter uses).

export interface Diagnostic {
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

export interface EngineResult {
  readonly fragment: { readonly Resources: { readonly [logicalId: string]: CfnResourceJson } };
  readonly properties: {
    readonly kinesisStream: { readonly streamArn: unknown; readonly streamName: unknown };
    readonly glueJob: unknown;
    readonly glueJobRole: unknown;
    readonly database: unknown;
    readonly table: unknown;
    readonly outputBucket?: ReadonlyArray<{ readonly bucketArn: unknown; readonly bucketName: unknown }>;
    readonly cloudwatchAlarms?: ReadonlyArray<unknown>;
  };
  readonly warnings: ReadonlyArray<Diagnostic>;
  readonly constructPaths: { readonly [logicalId: string]: string };
}

export interface CfnResourceJson {
  readonly Type: string;
  readonly Properties?: { [key: string]: unknown };
  readonly DependsOn?: string[];
  readonly UpdateReplacePolicy?: string;
  readonly DeletionPolicy?: string;
  readonly Metadata?: { [key: string]: unknown };
  readonly Condition?: string;
}

export interface SynthOptions {
  scope: string[];
  featureFlags: { [flag: string]: boolean };
  siblings: string[];
  stackName: string;
}

interface Engine {
  synth(id: string, props: unknown, options: SynthOptions): EngineResult;
  featureFlagNames(): string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const engine: Engine = require('../node/index.cjs');
