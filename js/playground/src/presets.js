// Presets: the props of conformance scenarios, each checked against the real construct.
import minimal from '../../../tests/conformance/fixtures/minimal.json';
import existingStream from '../../../tests/conformance/fixtures/existing-stream.json';
import existingJob from '../../../tests/conformance/fixtures/existing-job-role-arn.json';
import codeAsset from '../../../tests/conformance/fixtures/existing-asset.json';
import bucketProps from '../../../tests/conformance/fixtures/output-bucket-many.json';
import invalid from '../../../tests/conformance/fixtures/error-max-capacity-v20.json';

export const PRESETS = [
  { key: 'minimal', label: 'Minimal', fixture: minimal },
  { key: 'existing-stream', label: 'Existing stream', fixture: existingStream },
  { key: 'existing-job', label: 'Existing Glue job', fixture: existingJob },
  { key: 'code-asset', label: 'ETL code asset', fixture: codeAsset },
  { key: 'bucket-props', label: 'Custom output bucket props', fixture: bucketProps },
  { key: 'invalid', label: 'Invalid: maxCapacity with Glue 2.0', fixture: invalid },
].map(({ key, label, fixture }) => ({ key, label, description: fixture.description, props: fixture.props }));
