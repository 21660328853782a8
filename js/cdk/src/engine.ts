// The wasm engine as the package's Node build exposes it; its types are the package's own.

import type { ConstructionResult, SynthOptions } from 'kinesisstreams-gluejob-wasm';

export type {
  CfnResource,
  Construction,
  ConstructionResult,
  ConstructionStep,
  Diagnostic,
  FixName,
  JsonValue,
  SynthOptions,
  SynthResult,
} from 'kinesisstreams-gluejob-wasm';

interface Engine {
  synthConstruction(id: string, props: unknown, options: SynthOptions): ConstructionResult;
  featureFlagNames(): string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const engine: Engine = require('../node/index.cjs');
