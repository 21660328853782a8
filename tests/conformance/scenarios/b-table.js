'use strict';
// Group b: fieldSchema, tableProps, databaseProps.
const { minimal, command, simple, FIELD_SCHEMA } = require('./_common');

const many = Array.from({ length: 24 }, (_, i) => ({ name: `col${i}`, type: ['int', 'string', 'double', 'boolean', 'timestamp', 'bigint'][i % 6] }));

const TABLE_PROPS = {
  catalogId: { Ref: 'AWS::AccountId' },
  databaseName: 'custom_db',
  tableInput: {
    name: 'custom_table',
    parameters: { classification: 'json' },
    storageDescriptor: {
      columns: [{ name: 'a', type: 'string' }, { name: 'b', type: 'int' }],
      location: 'custom-stream',
      inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
      outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
      serdeInfo: { serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
    },
    tableType: 'EXTERNAL_TABLE',
  },
};

module.exports = [
  simple('table-field-schema-no-comments', 'fieldSchema columns without comments', minimal({ fieldSchema: FIELD_SCHEMA.map(({ name, type }) => ({ name, type })) })),
  simple('table-field-schema-one-column', 'fieldSchema with one column', minimal({ fieldSchema: [{ name: 'payload', type: 'string' }] })),
  simple('table-field-schema-many', 'fieldSchema with 24 columns', minimal({ fieldSchema: many })),
  simple('table-field-schema-complex-types', 'fieldSchema with complex Hive types and mixed comments', minimal({ fieldSchema: [{ name: 'tags', type: 'array<string>', comment: 'list' }, { name: 'meta', type: 'struct<a:int,b:string>' }, { name: 'm', type: 'map<string,int>', comment: '' }] })),
  simple('table-field-schema-empty', 'fieldSchema as an empty array (passes the check)', minimal({ fieldSchema: [] })),
  simple('table-field-schema-intrinsic-comment', 'fieldSchema comment given as an intrinsic', minimal({ fieldSchema: [{ name: 'id', type: 'int', comment: { 'Fn::Sub': 'id in ${AWS::Region}' } }] })),
  simple('table-props', 'tableProps given: fieldSchema absent, table built from tableProps as-is', { glueJobProps: { command: command() }, tableProps: TABLE_PROPS }),
  simple('table-props-and-field-schema', 'tableProps and fieldSchema: fieldSchema ignored', minimal({ tableProps: TABLE_PROPS })),
  simple('table-props-minimal', 'tableProps with only catalogId, databaseName and tableInput.name', { glueJobProps: { command: command() }, tableProps: { catalogId: '123456789012', databaseName: 'db', tableInput: { name: 't' } } }),
  simple('database-props-description', 'databaseProps with a description (merged over defaults)', minimal({ databaseProps: { databaseInput: { description: 'My streaming database' } } })),
  simple('database-props-name', 'databaseProps with a database name', minimal({ databaseProps: { databaseInput: { name: 'mydatabase' } } })),
  simple('database-props-catalog', 'databaseProps overriding catalogId and name', minimal({ databaseProps: { catalogId: '123456789012', databaseInput: { name: 'cat_db', description: 'd' } } })),
  simple('database-props-location', 'databaseProps with locationUri and parameters', minimal({ databaseProps: { databaseInput: { locationUri: 's3://db-location/', parameters: { owner: 'team' } } } })),
  simple('database-props-empty', 'empty databaseProps', minimal({ databaseProps: {} })),
  simple('database-and-table-props', 'databaseProps and tableProps together', { glueJobProps: { command: command() }, databaseProps: { databaseInput: { name: 'both_db' } }, tableProps: TABLE_PROPS }),
];
