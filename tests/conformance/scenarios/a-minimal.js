'use strict';
// Group a: the upstream integ "no arguments" case under various ids and scopes.
const { minimal, simple } = require('./_common');

const ids = [
  ['default-id', 'test-kinesisstreams-lambda'],
  ['plain-id', 'KinesisGlue'],
  ['single-char-id', 'x'],
  ['id-default', 'Default'],
  ['id-resource', 'Resource'],
  ['id-punctuation', 'my_job.v2-etl'],
  ['id-spaces', 'job with spaces'],
  ['id-digits-first', '123abc'],
  ['id-unicode', 'Jöb-ünïcode'],
  ['id-long', 'L'.repeat(230)],
  ['id-very-long', 'VeryLongConstructId'.repeat(16)],
];

const scopes = [
  ['scope-nested', ['Nested']],
  ['scope-two-levels', ['A', 'B']],
  ['scope-default', ['Default']],
  ['scope-default-inner', ['Outer', 'Default']],
  ['scope-punctuation', ['my-app.v1', 'Inner_Scope']],
  ['scope-resource', ['Resource']],
  ['scope-deep', ['L1', 'L2', 'L3', 'L4']],
];

module.exports = [
  simple('minimal', 'upstream integ no-arguments case: generated stream, database, table, job, role, output+log buckets, alarms', minimal(), { id: 'test-kinesisstreams-lambda' }),
  ...ids.map(([n, id]) => simple(`minimal-${n}`, `minimal props with construct id ${JSON.stringify(id.length > 40 ? id.slice(0, 20) + '...' : id)} (logical id rules)`, minimal(), { id })),
  ...scopes.map(([n, scope]) => simple(`minimal-${n}`, `minimal props under scope ${scope.join('/')}: GlueDatabase/GlueTable/<id>GlueJobPolicy in the parent scope (#2)`, minimal(), { scope })),
  simple('minimal-scope-nested-id-default', 'minimal props with id Default under scope Nested', minimal(), { id: 'Default', scope: ['Nested'] }),
  simple('minimal-scope-id-punctuation', 'minimal props with punctuated id under two scopes', minimal(), { id: 'etl.job-1', scope: ['App-1', 'Stage_2'] }),
];
