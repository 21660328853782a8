// How the package is used from TypeScript: these must type-check (and the marked misuses not).
import init, {
  diagnosticCodes,
  featureFlagNames,
  fixNames,
  initSync,
  synth,
  synthJson,
  synthYaml,
  synthTemplate,
  synthTemplateYaml,
  validate,
  version,
  type CfnFragment,
  type ColumnProperty,
  type Diagnostic,
  type DiagnosticCode,
  type FixName,
  type KinesisstreamsToGluejobProps,
  type PatternProperties,
  type SynthError,
  type SynthOptions,
  type SynthResult,
  type TableInputProperty,
} from "../../pkg-template/types/index";

const fieldSchema: ColumnProperty[] = [{ name: "id", type: "int", comment: "Identifier for the record" }];
const tableInput: TableInputProperty = { storageDescriptor: { columns: fieldSchema } };

const props: KinesisstreamsToGluejobProps = {
  kinesisStreamProps: { retentionPeriod: { hours: 48 }, encryption: "KMS", encryptionKey: { keyArn: { "Fn::ImportValue": "KeyArn" } } },
  glueJobProps: {
    command: { name: "gluestreaming", pythonVersion: "3", scriptLocation: "s3://bucket/script.py" },
    glueVersion: "2.0",
    workerType: "G.1X",
    numberOfWorkers: 2,
    defaultArguments: { "--job-bookmark-option": "job-bookmark-enable" },
  },
  tableProps: { catalogId: { Ref: "AWS::AccountId" }, databaseName: "db", tableInput },
  databaseProps: { databaseInput: { description: "mine" } },
  outputDataStore: {
    datastoreType: "S3",
    existingS3OutputBucket: { bucketArn: { "Fn::GetAtt": ["Out1234", "Arn"] }, bucketName: { Ref: "Out1234" }, constructPath: "Out" },
  },
  createCloudWatchAlarms: false,
};
const options: SynthOptions = {
  scope: ["Nested"],
  featureFlags: { "@aws-cdk/aws-iam:minimizePolicies": false },
  stackName: "MyStack",
  env: { account: "123456789012", region: "eu-west-1" },
  tags: { owner: "data-team", "cost center": 42, billable: true },
};
const fixed: SynthOptions = { fixes: ["alarmStreamDimension", "streamKeyDecrypt", "multipleInstances"] };
const allFixes: FixName[] = fixNames();
// @ts-expect-error a fix name the engine does not know
const misspelled: SynthOptions = { fixes: ["alarmDimension"] };

export async function usage(wasm: ArrayBuffer): Promise<string[]> {
  await init();
  initSync(wasm);
  initSync({ module: wasm });
  const result: SynthResult = synth("KinesisToGlue", props, options);
  const fragment: CfnFragment = result.fragment;
  const types: string[] = Object.values(fragment.Resources).map((r) => r.Type);
  const properties: PatternProperties = result.properties;
  const alarms: number = properties.cloudwatchAlarms?.length ?? 0;
  const warnings: Diagnostic[] = result.warnings;
  const text: string = synthJson("KinesisToGlue", props, fixed) + synthYaml("KinesisToGlue", props, options);
  const problems: Diagnostic[] = validate("KinesisToGlue", JSON.parse(text) as unknown);
  const codes: DiagnosticCode[] = diagnosticCodes();
  const unknownKeys = problems.filter((d) => d.code === "unknown-property").length + codes.length;
  // @ts-expect-error a code outside the registry
  const notACode: DiagnosticCode = "no-such-code";
  const flags: string[] = featureFlagNames();
  const template: string = synthTemplate("KinesisToGlue", props, options) + synthTemplateYaml("KinesisToGlue", props);
  try {
    synth("KinesisToGlue", {});
  } catch (e) {
    const error = e as SynthError;
    const name: "SynthError" = error.name;
    const paths: string[] = error.diagnostics.map((d) => `${d.path} ${d.code} ${d.message}`);
    const isError: Error = error;
    return [name, isError.message, ...paths];
  }
  // @ts-expect-error props are required by synth (validate takes anything)
  synth("KinesisToGlue");
  // @ts-expect-error env members are strings
  synthTemplate("KinesisToGlue", props, { env: { account: 123456789012 } });
  // @ts-expect-error synthJson returns the template text
  const notAnObject: CfnFragment = synthJson("KinesisToGlue", props);
  return [version(), ...types, String(alarms), String(warnings.length), String(problems.length), String(notAnObject), template, String(unknownKeys), notACode, ...flags, ...allFixes, String(misspelled.fixes)];
}
