'use strict';
// Group b: glueJobProps keys, capacity rules (#5), arguments (#6), command (#7, #8), role (#12).
const { minimal, withJob, command, simple } = require('./_common');

const capacity = [];
const shapes = [
  ['none', {}],
  ['max-capacity', { maxCapacity: 5 }],
  ['worker-type', { workerType: 'G.2X' }],
  ['workers', { numberOfWorkers: 7 }],
  ['both-workers', { workerType: 'G.1X', numberOfWorkers: 10 }],
];
for (const v of [undefined, '0.9', '1.0', '2.0', '3.0', '4.0', '5.0']) {
  for (const [sn, shape] of shapes) {
    if (v === '2.0' && shape.maxCapacity) continue; // error case, see e-errors
    const vn = v === undefined ? 'no-version' : `v${v.replace('.', '')}`;
    const job = { ...(v === undefined ? {} : { glueVersion: v }), ...shape };
    capacity.push(simple(`glue-capacity-${vn}-${sn}`, `glueJobProps capacity: glueVersion ${v || 'absent'} with ${sn} (#5)`, withJob(job)));
  }
}
capacity.push(
  simple('glue-capacity-v20-max-capacity-zero', 'glueVersion 2.0 with maxCapacity 0 (falsy, accepted; #5)', withJob({ glueVersion: '2.0', maxCapacity: 0 })),
  simple('glue-capacity-v10-max-capacity-fraction', 'glueVersion 1.0 with maxCapacity 0.0625', withJob({ glueVersion: '1.0', maxCapacity: 0.0625 })),
  // Numbers of 17 digits and beyond 64 bits, which the template must hold as the same doubles.
  simple('glue-capacity-v10-max-capacity-17-digits', 'glueVersion 1.0 with a maxCapacity of 17 digits', withJob({ glueVersion: '1.0', maxCapacity: 0.009729743003845215 })),
  simple('glue-timeout-beyond-64-bits', 'timeout beyond 64 bits and maxRetries of 17 digits', withJob({ timeout: 123456789012345680000, maxRetries: 4.1779613494873047e-13 })),
  simple('glue-capacity-v10-standard', 'glueVersion 1.0 with workerType Standard only', withJob({ glueVersion: '1.0', workerType: 'Standard' })),
  simple('glue-capacity-v30-zero-workers', 'glueVersion 3.0 with numberOfWorkers 0', withJob({ glueVersion: '3.0', numberOfWorkers: 0 })),
  simple('glue-capacity-max-capacity-zero-workers', 'maxCapacity 0 with workers (falsy maxCapacity skips both checks)', withJob({ maxCapacity: 0, workerType: 'G.1X', numberOfWorkers: 3 })),
);

const ROLE = 'arn:aws:iam::123456789012:role/MyGlueRole';
const other = [
  ['default-arguments', 'extra defaultArguments appended after the construct ones (#6)', { defaultArguments: { '--job-language': 'python', '--extra': 'value' } }],
  ['default-arguments-output-path', 'defaultArguments overriding --output_path; bucket still created and granted (#6)', { defaultArguments: { '--output_path': 's3a://elsewhere/out/' } }],
  ['default-arguments-database', 'defaultArguments overriding --database_name and --table_name (#6)', { defaultArguments: { '--database_name': 'otherdb', '--table_name': 'othertable' } }],
  ['default-arguments-metrics', 'defaultArguments overriding the boolean --enable-metrics with a string (#6)', { defaultArguments: { '--enable-metrics': 'false', '--enable-continuous-cloudwatch-log': 'false' } }],
  ['default-arguments-intrinsic', 'defaultArguments value as an intrinsic', { defaultArguments: { '--region': { Ref: 'AWS::Region' }, '--bucket': { 'Fn::Sub': 'b-${AWS::AccountId}' } } }],
  // Plain objects the caller wrote, which CDK writes as they are: a token of the same join would
  // be written another way (strings merged, a nested join of the same delimiter spliced, one part
  // bare).
  ['description-plain-join', 'description as a plain Fn::Join object of two literals', { description: { 'Fn::Join': ['', ['Streaming ', 'ETL job']] } }],
  ['default-arguments-plain-joins', 'defaultArguments values as plain Fn::Join objects: nested of one delimiter, of one part, of numbers', { defaultArguments: { '--nested': { 'Fn::Join': ['-', ['a', { 'Fn::Join': ['-', ['b', { Ref: 'AWS::Region' }]] }]] }, '--one': { 'Fn::Join': [',', ['only']] }, '--numbers': { 'Fn::Join': [':', [1, 2]] } } }],
  ['default-arguments-numeric-keys', 'defaultArguments with integer-like keys (JavaScript key order)', { defaultArguments: { '10': 'ten', '2': 'two', '--x': 'y' } }],
  ['default-arguments-empty', 'empty defaultArguments', { defaultArguments: {} }],
  ['security-configuration', 'securityConfiguration given: no GlueSecurityConfig resource (#14)', { securityConfiguration: 'my-security-config' }],
  ['security-configuration-intrinsic', 'securityConfiguration as Ref', { securityConfiguration: { Ref: 'AWS::StackName' } }],
  ['role-arn', 'role as a literal ARN: imported, JobRolePolicy for grants (#12)', { role: ROLE }],
  ['role-arn-path', 'role ARN with a path', { role: 'arn:aws:iam::123456789012:role/service-role/team/MyGlueRole' }],
  ['role-arn-partition', 'role ARN in aws-cn', { role: 'arn:aws-cn:iam::123456789012:role/CnRole' }],
  ['role-import-value', 'role ARN from Fn::ImportValue (Fn::Select/Fn::Split role name, #12)', { role: { 'Fn::ImportValue': 'GlueRoleArn' } }],
  ['role-join', 'role ARN built with Fn::Join', { role: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':role/JoinedRole']] } }],
  ['timeout', 'timeout 60', { timeout: 60 }],
  ['max-retries', 'maxRetries 2', { maxRetries: 2 }],
  ['max-retries-zero', 'maxRetries 0', { maxRetries: 0 }],
  ['description', 'description', { description: 'Streaming ETL job' }],
  ['name', 'job name literal', { name: 'my-streaming-job' }],
  ['name-intrinsic', 'job name as Fn::Sub', { name: { 'Fn::Sub': '${AWS::StackName}-etl' } }],
  ['tags', 'tags map', { tags: { team: 'data', env: 'test' } }],
  ['execution-property', 'executionProperty', { executionProperty: { maxConcurrentRuns: 2 } }],
  ['notification-property', 'notificationProperty', { notificationProperty: { notifyDelayAfter: 10 } }],
  ['connections', 'connections', { connections: { connections: ['conn-a', 'conn-b'] } }],
  ['non-overridable-arguments', 'nonOverridableArguments', { nonOverridableArguments: { '--locked': 'yes' } }],
  ['log-uri', 'logUri', { logUri: 's3://logs-bucket/glue/' }],
  ['allocated-capacity', 'allocatedCapacity', { allocatedCapacity: 3 }],
  ['execution-class', 'executionClass STANDARD', { executionClass: 'STANDARD' }],
  ['job-mode', 'jobMode SCRIPT', { jobMode: 'SCRIPT' }],
  ['job-run-queuing', 'jobRunQueuingEnabled', { jobRunQueuingEnabled: true }],
  ['maintenance-window', 'maintenanceWindow', { maintenanceWindow: 'Sun:1' }],
  ['everything', 'many glueJobProps keys at once', { glueVersion: '4.0', workerType: 'G.1X', numberOfWorkers: 4, timeout: 120, maxRetries: 1, description: 'all', name: 'all-keys', tags: { a: 'b' }, executionProperty: { maxConcurrentRuns: 1 }, defaultArguments: { '--k': 'v' }, securityConfiguration: 'sc', role: ROLE }],
];

const commands = [
  ['command-glueetl', 'command name glueetl', command({ name: 'glueetl' })],
  ['command-no-python-version', 'command without pythonVersion: prints a warning, no script read grant (#7)', { name: 'gluestreaming', scriptLocation: 's3://fakelocation/fakefile.py' }],
  ['command-no-name', 'command without name: prints a warning, no script read grant (#7)', { pythonVersion: '3', scriptLocation: 's3://fakelocation/fakefile.py' }],
  ['command-python-39', 'pythonVersion 3.9', command({ pythonVersion: '3.9' })],
  ['command-runtime', 'command with runtime', command({ runtime: 'Ray2.4' })],
  ['script-deep-key', 'scriptLocation with a deep key (#8)', command({ scriptLocation: 's3://my-scripts/path/to/etl/job.py' })],
  ['script-dotted-bucket', 'scriptLocation bucket name with dots (#8)', command({ scriptLocation: 's3://my.dotted.bucket/job.py' })],
  ['script-trailing-slash', 'scriptLocation ending with a slash (#8)', command({ scriptLocation: 's3://scripts-bucket/folder/' })],
  ['script-bucket-uppercase', 'scriptLocation bucket with uppercase and underscore: accepted by the bucket name check (#8)', command({ scriptLocation: 's3://My_Bucket/x.py' })],
  ['script-long-bucket', 'scriptLocation with a 63-char bucket name', command({ scriptLocation: `s3://${'b'.repeat(63)}/x.py` })],
];

module.exports = [
  ...capacity,
  ...other.map(([n, d, job]) => simple(`glue-${n}`, `glueJobProps: ${d}`, withJob(job))),
  ...commands.map(([n, d, cmd]) => simple(`glue-${n}`, `glueJobProps.command: ${d}`, minimal({ glueJobProps: { command: cmd } }))),
  {
    name: 'glue-role-token-same-stack',
    description: 'glueJobProps.role = roleArn token of an iam.Role in the same stack: still imported by ARN (#12)',
    expect: 'ok',
    build(stack, lib) {
      const role = new lib.iam.Role(stack, 'ExistingRole', { assumedBy: new lib.iam.ServicePrincipal('glue.amazonaws.com') });
      const engine = withJob({ role: lib.resolve(role.roleArn) });
      const construct = lib.convert(engine);
      construct.glueJobProps.role = role.roleArn;
      return { engine, construct };
    },
  },
  ...[
    ['same-stack', 'an iam.Role of the stack', (stack, lib) => new lib.iam.Role(stack, 'ExistingRole', { assumedBy: new lib.iam.ServicePrincipal('glue.amazonaws.com') })],
    ['imported', 'Role.fromRoleArn', (stack, lib) => lib.iam.Role.fromRoleArn(stack, 'ImportedRole', ROLE)],
  ].map(([n, d, make]) => ({
    name: `glue-role-object-${n}`,
    description: `glueJobProps.role = a role object (${d}): imported by its roleArn, the job keeps the object`,
    expect: 'ok',
    build(stack, lib) {
      const role = make(stack, lib);
      const engine = withJob({ role: { roleArn: lib.resolve(role.roleArn) } });
      const construct = lib.convert(withJob({}));
      construct.glueJobProps.role = role;
      return { engine, construct };
    },
  })),
  simple('error-glue-role-object-without-arn', 'error: glueJobProps.role = an object without roleArn: the construct fails importing it', withJob({ role: { roleRef: { roleArn: ROLE } } }), { expect: 'error' }),
];
