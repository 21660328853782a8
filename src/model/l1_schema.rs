//! Mirrors aws-cdk-lib 2.276.0's aws-glue L1 types (generated once from aws-glue/lib/glue.generated.js).
//!
//! Every type reachable from `CfnJob`, `CfnTable`, `CfnDatabase` and `CfnSecurityConfiguration`:
//! properties in the order of the generated `convertCfnXxxToCloudFormation` functions (which is
//! also the order of the generated validators), with their CloudFormation names and kinds.

/// What a property holds, as the generated validator checks it.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// `cdk.validateString`
    String,
    /// `cdk.validateNumber`
    Number,
    /// `cdk.validateBoolean`
    Boolean,
    /// `cdk.validateObject` (a free-form `any`/`Json` value, emitted verbatim)
    Json,
    /// A nested property type (`CfnXxxYyyPropertyValidator`)
    Struct(&'static StructType),
    /// `cdk.listValidator(element)`
    List(&'static Kind),
    /// `cdk.hashValidator(element)`
    Map(&'static Kind),
}

/// One property of an L1 props struct or property type.
#[derive(Debug)]
pub struct Prop {
    /// camelCase name in the TypeScript props.
    pub name: &'static str,
    /// CloudFormation name written to the template.
    pub cfn: &'static str,
    pub kind: Kind,
    /// Checked by `cdk.requiredValidator` (and, at the top level, by the constructor).
    pub required: bool,
}

/// An L1 props struct (`CfnJobProps`) or property type (`CfnTable.ColumnProperty`).
#[derive(Debug)]
pub struct StructType {
    /// The TypeScript name, e.g. `CfnTable.ColumnProperty` or `CfnJobProps`.
    pub display: &'static str,
    /// The name CDK's validator uses in "supplied properties not correct for ..." messages.
    pub cdk_name: &'static str,
    pub props: &'static [Prop],
}

pub static CFN_JOB_PROPS: StructType = StructType {
    display: "CfnJobProps",
    cdk_name: "CfnJobProps",
    props: &[
        Prop { name: "allocatedCapacity", cfn: "AllocatedCapacity", kind: Kind::Number, required: false },
        Prop { name: "command", cfn: "Command", kind: Kind::Struct(&CFN_JOB_JOB_COMMAND_PROPERTY), required: true },
        Prop {
            name: "connections",
            cfn: "Connections",
            kind: Kind::Struct(&CFN_JOB_CONNECTIONS_LIST_PROPERTY),
            required: false,
        },
        Prop { name: "defaultArguments", cfn: "DefaultArguments", kind: Kind::Json, required: false },
        Prop { name: "description", cfn: "Description", kind: Kind::String, required: false },
        Prop { name: "executionClass", cfn: "ExecutionClass", kind: Kind::String, required: false },
        Prop {
            name: "executionProperty",
            cfn: "ExecutionProperty",
            kind: Kind::Struct(&CFN_JOB_EXECUTION_PROPERTY_PROPERTY),
            required: false,
        },
        Prop { name: "glueVersion", cfn: "GlueVersion", kind: Kind::String, required: false },
        Prop { name: "jobMode", cfn: "JobMode", kind: Kind::String, required: false },
        Prop { name: "jobRunQueuingEnabled", cfn: "JobRunQueuingEnabled", kind: Kind::Boolean, required: false },
        Prop { name: "logUri", cfn: "LogUri", kind: Kind::String, required: false },
        Prop { name: "maintenanceWindow", cfn: "MaintenanceWindow", kind: Kind::String, required: false },
        Prop { name: "maxCapacity", cfn: "MaxCapacity", kind: Kind::Number, required: false },
        Prop { name: "maxRetries", cfn: "MaxRetries", kind: Kind::Number, required: false },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop { name: "nonOverridableArguments", cfn: "NonOverridableArguments", kind: Kind::Json, required: false },
        Prop {
            name: "notificationProperty",
            cfn: "NotificationProperty",
            kind: Kind::Struct(&CFN_JOB_NOTIFICATION_PROPERTY_PROPERTY),
            required: false,
        },
        Prop { name: "numberOfWorkers", cfn: "NumberOfWorkers", kind: Kind::Number, required: false },
        Prop { name: "role", cfn: "Role", kind: Kind::String, required: true },
        Prop { name: "securityConfiguration", cfn: "SecurityConfiguration", kind: Kind::String, required: false },
        Prop { name: "tags", cfn: "Tags", kind: Kind::Json, required: false },
        Prop { name: "timeout", cfn: "Timeout", kind: Kind::Number, required: false },
        Prop { name: "workerType", cfn: "WorkerType", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_PROPS: StructType = StructType {
    display: "CfnTableProps",
    cdk_name: "CfnTableProps",
    props: &[
        Prop { name: "catalogId", cfn: "CatalogId", kind: Kind::String, required: true },
        Prop { name: "databaseName", cfn: "DatabaseName", kind: Kind::String, required: true },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop {
            name: "openTableFormatInput",
            cfn: "OpenTableFormatInput",
            kind: Kind::Struct(&CFN_TABLE_OPEN_TABLE_FORMAT_INPUT_PROPERTY),
            required: false,
        },
        Prop {
            name: "tableInput",
            cfn: "TableInput",
            kind: Kind::Struct(&CFN_TABLE_TABLE_INPUT_PROPERTY),
            required: false,
        },
    ],
};

pub static CFN_DATABASE_PROPS: StructType = StructType {
    display: "CfnDatabaseProps",
    cdk_name: "CfnDatabaseProps",
    props: &[
        Prop { name: "catalogId", cfn: "CatalogId", kind: Kind::String, required: true },
        Prop {
            name: "databaseInput",
            cfn: "DatabaseInput",
            kind: Kind::Struct(&CFN_DATABASE_DATABASE_INPUT_PROPERTY),
            required: true,
        },
        Prop { name: "databaseName", cfn: "DatabaseName", kind: Kind::String, required: false },
    ],
};

pub static CFN_SECURITY_CONFIGURATION_PROPS: StructType = StructType {
    display: "CfnSecurityConfigurationProps",
    cdk_name: "CfnSecurityConfigurationProps",
    props: &[
        Prop {
            name: "encryptionConfiguration",
            cfn: "EncryptionConfiguration",
            kind: Kind::Struct(&CFN_SECURITY_CONFIGURATION_ENCRYPTION_CONFIGURATION_PROPERTY),
            required: true,
        },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: true },
    ],
};

pub static CFN_JOB_JOB_COMMAND_PROPERTY: StructType = StructType {
    display: "CfnJob.JobCommandProperty",
    cdk_name: "JobCommandProperty",
    props: &[
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop { name: "pythonVersion", cfn: "PythonVersion", kind: Kind::String, required: false },
        Prop { name: "runtime", cfn: "Runtime", kind: Kind::String, required: false },
        Prop { name: "scriptLocation", cfn: "ScriptLocation", kind: Kind::String, required: false },
    ],
};

pub static CFN_JOB_CONNECTIONS_LIST_PROPERTY: StructType = StructType {
    display: "CfnJob.ConnectionsListProperty",
    cdk_name: "ConnectionsListProperty",
    props: &[Prop { name: "connections", cfn: "Connections", kind: Kind::List(&Kind::String), required: false }],
};

pub static CFN_JOB_EXECUTION_PROPERTY_PROPERTY: StructType = StructType {
    display: "CfnJob.ExecutionPropertyProperty",
    cdk_name: "ExecutionPropertyProperty",
    props: &[Prop { name: "maxConcurrentRuns", cfn: "MaxConcurrentRuns", kind: Kind::Number, required: false }],
};

pub static CFN_JOB_NOTIFICATION_PROPERTY_PROPERTY: StructType = StructType {
    display: "CfnJob.NotificationPropertyProperty",
    cdk_name: "NotificationPropertyProperty",
    props: &[Prop { name: "notifyDelayAfter", cfn: "NotifyDelayAfter", kind: Kind::Number, required: false }],
};

pub static CFN_TABLE_OPEN_TABLE_FORMAT_INPUT_PROPERTY: StructType = StructType {
    display: "CfnTable.OpenTableFormatInputProperty",
    cdk_name: "OpenTableFormatInputProperty",
    props: &[Prop {
        name: "icebergInput",
        cfn: "IcebergInput",
        kind: Kind::Struct(&CFN_TABLE_ICEBERG_INPUT_PROPERTY),
        required: false,
    }],
};

pub static CFN_TABLE_TABLE_INPUT_PROPERTY: StructType = StructType {
    display: "CfnTable.TableInputProperty",
    cdk_name: "TableInputProperty",
    props: &[
        Prop { name: "description", cfn: "Description", kind: Kind::String, required: false },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop { name: "owner", cfn: "Owner", kind: Kind::String, required: false },
        Prop { name: "parameters", cfn: "Parameters", kind: Kind::Json, required: false },
        Prop {
            name: "partitionKeys",
            cfn: "PartitionKeys",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_COLUMN_PROPERTY)),
            required: false,
        },
        Prop { name: "retention", cfn: "Retention", kind: Kind::Number, required: false },
        Prop {
            name: "storageDescriptor",
            cfn: "StorageDescriptor",
            kind: Kind::Struct(&CFN_TABLE_STORAGE_DESCRIPTOR_PROPERTY),
            required: false,
        },
        Prop { name: "tableType", cfn: "TableType", kind: Kind::String, required: false },
        Prop {
            name: "targetTable",
            cfn: "TargetTable",
            kind: Kind::Struct(&CFN_TABLE_TABLE_IDENTIFIER_PROPERTY),
            required: false,
        },
        Prop {
            name: "viewDefinition",
            cfn: "ViewDefinition",
            kind: Kind::Struct(&CFN_TABLE_VIEW_DEFINITION_PROPERTY),
            required: false,
        },
        Prop { name: "viewExpandedText", cfn: "ViewExpandedText", kind: Kind::String, required: false },
        Prop { name: "viewOriginalText", cfn: "ViewOriginalText", kind: Kind::String, required: false },
    ],
};

pub static CFN_DATABASE_DATABASE_INPUT_PROPERTY: StructType = StructType {
    display: "CfnDatabase.DatabaseInputProperty",
    cdk_name: "DatabaseInputProperty",
    props: &[
        Prop {
            name: "createTableDefaultPermissions",
            cfn: "CreateTableDefaultPermissions",
            kind: Kind::List(&Kind::Struct(&CFN_DATABASE_PRINCIPAL_PRIVILEGES_PROPERTY)),
            required: false,
        },
        Prop { name: "description", cfn: "Description", kind: Kind::String, required: false },
        Prop {
            name: "federatedDatabase",
            cfn: "FederatedDatabase",
            kind: Kind::Struct(&CFN_DATABASE_FEDERATED_DATABASE_PROPERTY),
            required: false,
        },
        Prop { name: "locationUri", cfn: "LocationUri", kind: Kind::String, required: false },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop { name: "parameters", cfn: "Parameters", kind: Kind::Json, required: false },
        Prop {
            name: "targetDatabase",
            cfn: "TargetDatabase",
            kind: Kind::Struct(&CFN_DATABASE_DATABASE_IDENTIFIER_PROPERTY),
            required: false,
        },
    ],
};

pub static CFN_SECURITY_CONFIGURATION_ENCRYPTION_CONFIGURATION_PROPERTY: StructType = StructType {
    display: "CfnSecurityConfiguration.EncryptionConfigurationProperty",
    cdk_name: "EncryptionConfigurationProperty",
    props: &[
        Prop {
            name: "cloudWatchEncryption",
            cfn: "CloudWatchEncryption",
            kind: Kind::Struct(&CFN_SECURITY_CONFIGURATION_CLOUD_WATCH_ENCRYPTION_PROPERTY),
            required: false,
        },
        Prop {
            name: "jobBookmarksEncryption",
            cfn: "JobBookmarksEncryption",
            kind: Kind::Struct(&CFN_SECURITY_CONFIGURATION_JOB_BOOKMARKS_ENCRYPTION_PROPERTY),
            required: false,
        },
        Prop {
            name: "s3Encryptions",
            cfn: "S3Encryptions",
            kind: Kind::List(&Kind::Struct(&CFN_SECURITY_CONFIGURATION_S3_ENCRYPTION_PROPERTY)),
            required: false,
        },
    ],
};

pub static CFN_TABLE_ICEBERG_INPUT_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergInputProperty",
    cdk_name: "IcebergInputProperty",
    props: &[
        Prop {
            name: "icebergTableInput",
            cfn: "IcebergTableInput",
            kind: Kind::Struct(&CFN_TABLE_ICEBERG_TABLE_INPUT_PROPERTY),
            required: false,
        },
        Prop { name: "metadataOperation", cfn: "MetadataOperation", kind: Kind::String, required: false },
        Prop { name: "version", cfn: "Version", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_COLUMN_PROPERTY: StructType = StructType {
    display: "CfnTable.ColumnProperty",
    cdk_name: "ColumnProperty",
    props: &[
        Prop { name: "comment", cfn: "Comment", kind: Kind::String, required: false },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: true },
        Prop { name: "type", cfn: "Type", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_STORAGE_DESCRIPTOR_PROPERTY: StructType = StructType {
    display: "CfnTable.StorageDescriptorProperty",
    cdk_name: "StorageDescriptorProperty",
    props: &[
        Prop { name: "bucketColumns", cfn: "BucketColumns", kind: Kind::List(&Kind::String), required: false },
        Prop {
            name: "columns",
            cfn: "Columns",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_COLUMN_PROPERTY)),
            required: false,
        },
        Prop { name: "compressed", cfn: "Compressed", kind: Kind::Boolean, required: false },
        Prop { name: "inputFormat", cfn: "InputFormat", kind: Kind::String, required: false },
        Prop { name: "location", cfn: "Location", kind: Kind::String, required: false },
        Prop { name: "numberOfBuckets", cfn: "NumberOfBuckets", kind: Kind::Number, required: false },
        Prop { name: "outputFormat", cfn: "OutputFormat", kind: Kind::String, required: false },
        Prop { name: "parameters", cfn: "Parameters", kind: Kind::Json, required: false },
        Prop {
            name: "schemaReference",
            cfn: "SchemaReference",
            kind: Kind::Struct(&CFN_TABLE_SCHEMA_REFERENCE_PROPERTY),
            required: false,
        },
        Prop {
            name: "serdeInfo",
            cfn: "SerdeInfo",
            kind: Kind::Struct(&CFN_TABLE_SERDE_INFO_PROPERTY),
            required: false,
        },
        Prop {
            name: "skewedInfo",
            cfn: "SkewedInfo",
            kind: Kind::Struct(&CFN_TABLE_SKEWED_INFO_PROPERTY),
            required: false,
        },
        Prop {
            name: "sortColumns",
            cfn: "SortColumns",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_ORDER_PROPERTY)),
            required: false,
        },
        Prop { name: "storedAsSubDirectories", cfn: "StoredAsSubDirectories", kind: Kind::Boolean, required: false },
    ],
};

pub static CFN_TABLE_TABLE_IDENTIFIER_PROPERTY: StructType = StructType {
    display: "CfnTable.TableIdentifierProperty",
    cdk_name: "TableIdentifierProperty",
    props: &[
        Prop { name: "catalogId", cfn: "CatalogId", kind: Kind::String, required: false },
        Prop { name: "databaseName", cfn: "DatabaseName", kind: Kind::String, required: false },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop { name: "region", cfn: "Region", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_VIEW_DEFINITION_PROPERTY: StructType = StructType {
    display: "CfnTable.ViewDefinitionProperty",
    cdk_name: "ViewDefinitionProperty",
    props: &[
        Prop { name: "definer", cfn: "Definer", kind: Kind::String, required: false },
        Prop { name: "isProtected", cfn: "IsProtected", kind: Kind::Boolean, required: false },
        Prop {
            name: "representations",
            cfn: "Representations",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_VIEW_REPRESENTATION_PROPERTY)),
            required: false,
        },
        Prop { name: "subObjects", cfn: "SubObjects", kind: Kind::List(&Kind::String), required: false },
    ],
};

pub static CFN_DATABASE_PRINCIPAL_PRIVILEGES_PROPERTY: StructType = StructType {
    display: "CfnDatabase.PrincipalPrivilegesProperty",
    cdk_name: "PrincipalPrivilegesProperty",
    props: &[
        Prop { name: "permissions", cfn: "Permissions", kind: Kind::List(&Kind::String), required: false },
        Prop {
            name: "principal",
            cfn: "Principal",
            kind: Kind::Struct(&CFN_DATABASE_DATA_LAKE_PRINCIPAL_PROPERTY),
            required: false,
        },
    ],
};

pub static CFN_DATABASE_FEDERATED_DATABASE_PROPERTY: StructType = StructType {
    display: "CfnDatabase.FederatedDatabaseProperty",
    cdk_name: "FederatedDatabaseProperty",
    props: &[
        Prop { name: "connectionName", cfn: "ConnectionName", kind: Kind::String, required: false },
        Prop { name: "identifier", cfn: "Identifier", kind: Kind::String, required: false },
    ],
};

pub static CFN_DATABASE_DATABASE_IDENTIFIER_PROPERTY: StructType = StructType {
    display: "CfnDatabase.DatabaseIdentifierProperty",
    cdk_name: "DatabaseIdentifierProperty",
    props: &[
        Prop { name: "catalogId", cfn: "CatalogId", kind: Kind::String, required: false },
        Prop { name: "databaseName", cfn: "DatabaseName", kind: Kind::String, required: false },
        Prop { name: "region", cfn: "Region", kind: Kind::String, required: false },
    ],
};

pub static CFN_SECURITY_CONFIGURATION_CLOUD_WATCH_ENCRYPTION_PROPERTY: StructType = StructType {
    display: "CfnSecurityConfiguration.CloudWatchEncryptionProperty",
    cdk_name: "CloudWatchEncryptionProperty",
    props: &[
        Prop { name: "cloudWatchEncryptionMode", cfn: "CloudWatchEncryptionMode", kind: Kind::String, required: false },
        Prop { name: "kmsKeyArn", cfn: "KmsKeyArn", kind: Kind::String, required: false },
    ],
};

pub static CFN_SECURITY_CONFIGURATION_JOB_BOOKMARKS_ENCRYPTION_PROPERTY: StructType = StructType {
    display: "CfnSecurityConfiguration.JobBookmarksEncryptionProperty",
    cdk_name: "JobBookmarksEncryptionProperty",
    props: &[
        Prop {
            name: "jobBookmarksEncryptionMode",
            cfn: "JobBookmarksEncryptionMode",
            kind: Kind::String,
            required: false,
        },
        Prop { name: "kmsKeyArn", cfn: "KmsKeyArn", kind: Kind::String, required: false },
    ],
};

pub static CFN_SECURITY_CONFIGURATION_S3_ENCRYPTION_PROPERTY: StructType = StructType {
    display: "CfnSecurityConfiguration.S3EncryptionProperty",
    cdk_name: "S3EncryptionProperty",
    props: &[
        Prop { name: "kmsKeyArn", cfn: "KmsKeyArn", kind: Kind::String, required: false },
        Prop { name: "s3EncryptionMode", cfn: "S3EncryptionMode", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_ICEBERG_TABLE_INPUT_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergTableInputProperty",
    cdk_name: "IcebergTableInputProperty",
    props: &[
        Prop { name: "location", cfn: "Location", kind: Kind::String, required: true },
        Prop {
            name: "partitionSpec",
            cfn: "PartitionSpec",
            kind: Kind::Struct(&CFN_TABLE_ICEBERG_PARTITION_SPEC_PROPERTY),
            required: false,
        },
        Prop { name: "properties", cfn: "Properties", kind: Kind::Map(&Kind::String), required: false },
        Prop { name: "schema", cfn: "Schema", kind: Kind::Struct(&CFN_TABLE_ICEBERG_SCHEMA_PROPERTY), required: true },
        Prop {
            name: "writeOrder",
            cfn: "WriteOrder",
            kind: Kind::Struct(&CFN_TABLE_ICEBERG_SORT_ORDER_PROPERTY),
            required: false,
        },
    ],
};

pub static CFN_TABLE_SCHEMA_REFERENCE_PROPERTY: StructType = StructType {
    display: "CfnTable.SchemaReferenceProperty",
    cdk_name: "SchemaReferenceProperty",
    props: &[
        Prop { name: "schemaId", cfn: "SchemaId", kind: Kind::Struct(&CFN_TABLE_SCHEMA_ID_PROPERTY), required: false },
        Prop { name: "schemaVersionId", cfn: "SchemaVersionId", kind: Kind::String, required: false },
        Prop { name: "schemaVersionNumber", cfn: "SchemaVersionNumber", kind: Kind::Number, required: false },
    ],
};

pub static CFN_TABLE_SERDE_INFO_PROPERTY: StructType = StructType {
    display: "CfnTable.SerdeInfoProperty",
    cdk_name: "SerdeInfoProperty",
    props: &[
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: false },
        Prop { name: "parameters", cfn: "Parameters", kind: Kind::Json, required: false },
        Prop { name: "serializationLibrary", cfn: "SerializationLibrary", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_SKEWED_INFO_PROPERTY: StructType = StructType {
    display: "CfnTable.SkewedInfoProperty",
    cdk_name: "SkewedInfoProperty",
    props: &[
        Prop { name: "skewedColumnNames", cfn: "SkewedColumnNames", kind: Kind::List(&Kind::String), required: false },
        Prop {
            name: "skewedColumnValueLocationMaps",
            cfn: "SkewedColumnValueLocationMaps",
            kind: Kind::Json,
            required: false,
        },
        Prop {
            name: "skewedColumnValues",
            cfn: "SkewedColumnValues",
            kind: Kind::List(&Kind::String),
            required: false,
        },
    ],
};

pub static CFN_TABLE_ORDER_PROPERTY: StructType = StructType {
    display: "CfnTable.OrderProperty",
    cdk_name: "OrderProperty",
    props: &[
        Prop { name: "column", cfn: "Column", kind: Kind::String, required: true },
        Prop { name: "sortOrder", cfn: "SortOrder", kind: Kind::Number, required: true },
    ],
};

pub static CFN_TABLE_VIEW_REPRESENTATION_PROPERTY: StructType = StructType {
    display: "CfnTable.ViewRepresentationProperty",
    cdk_name: "ViewRepresentationProperty",
    props: &[
        Prop { name: "dialect", cfn: "Dialect", kind: Kind::String, required: false },
        Prop { name: "dialectVersion", cfn: "DialectVersion", kind: Kind::String, required: false },
        Prop { name: "validationConnection", cfn: "ValidationConnection", kind: Kind::String, required: false },
        Prop { name: "viewExpandedText", cfn: "ViewExpandedText", kind: Kind::String, required: false },
        Prop { name: "viewOriginalText", cfn: "ViewOriginalText", kind: Kind::String, required: false },
    ],
};

pub static CFN_DATABASE_DATA_LAKE_PRINCIPAL_PROPERTY: StructType = StructType {
    display: "CfnDatabase.DataLakePrincipalProperty",
    cdk_name: "DataLakePrincipalProperty",
    props: &[Prop {
        name: "dataLakePrincipalIdentifier",
        cfn: "DataLakePrincipalIdentifier",
        kind: Kind::String,
        required: false,
    }],
};

pub static CFN_TABLE_ICEBERG_PARTITION_SPEC_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergPartitionSpecProperty",
    cdk_name: "IcebergPartitionSpecProperty",
    props: &[
        Prop {
            name: "fields",
            cfn: "Fields",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_ICEBERG_PARTITION_FIELD_PROPERTY)),
            required: true,
        },
        Prop { name: "specId", cfn: "SpecId", kind: Kind::Number, required: false },
    ],
};

pub static CFN_TABLE_ICEBERG_SCHEMA_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergSchemaProperty",
    cdk_name: "IcebergSchemaProperty",
    props: &[
        Prop {
            name: "fields",
            cfn: "Fields",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_ICEBERG_STRUCT_FIELD_PROPERTY)),
            required: true,
        },
        Prop {
            name: "identifierFieldIds",
            cfn: "IdentifierFieldIds",
            kind: Kind::List(&Kind::Number),
            required: false,
        },
        Prop { name: "schemaId", cfn: "SchemaId", kind: Kind::Number, required: false },
        Prop { name: "type", cfn: "Type", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_ICEBERG_SORT_ORDER_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergSortOrderProperty",
    cdk_name: "IcebergSortOrderProperty",
    props: &[
        Prop {
            name: "fields",
            cfn: "Fields",
            kind: Kind::List(&Kind::Struct(&CFN_TABLE_ICEBERG_SORT_FIELD_PROPERTY)),
            required: true,
        },
        Prop { name: "orderId", cfn: "OrderId", kind: Kind::Number, required: true },
    ],
};

pub static CFN_TABLE_SCHEMA_ID_PROPERTY: StructType = StructType {
    display: "CfnTable.SchemaIdProperty",
    cdk_name: "SchemaIdProperty",
    props: &[
        Prop { name: "registryName", cfn: "RegistryName", kind: Kind::String, required: false },
        Prop { name: "schemaArn", cfn: "SchemaArn", kind: Kind::String, required: false },
        Prop { name: "schemaName", cfn: "SchemaName", kind: Kind::String, required: false },
    ],
};

pub static CFN_TABLE_ICEBERG_PARTITION_FIELD_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergPartitionFieldProperty",
    cdk_name: "IcebergPartitionFieldProperty",
    props: &[
        Prop { name: "fieldId", cfn: "FieldId", kind: Kind::Number, required: false },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: true },
        Prop { name: "sourceId", cfn: "SourceId", kind: Kind::Number, required: true },
        Prop { name: "transform", cfn: "Transform", kind: Kind::String, required: true },
    ],
};

pub static CFN_TABLE_ICEBERG_STRUCT_FIELD_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergStructFieldProperty",
    cdk_name: "IcebergStructFieldProperty",
    props: &[
        Prop { name: "doc", cfn: "Doc", kind: Kind::String, required: false },
        Prop { name: "id", cfn: "Id", kind: Kind::Number, required: true },
        Prop { name: "name", cfn: "Name", kind: Kind::String, required: true },
        Prop { name: "required", cfn: "Required", kind: Kind::Boolean, required: true },
        Prop { name: "type", cfn: "Type", kind: Kind::String, required: true },
    ],
};

pub static CFN_TABLE_ICEBERG_SORT_FIELD_PROPERTY: StructType = StructType {
    display: "CfnTable.IcebergSortFieldProperty",
    cdk_name: "IcebergSortFieldProperty",
    props: &[
        Prop { name: "direction", cfn: "Direction", kind: Kind::String, required: true },
        Prop { name: "nullOrder", cfn: "NullOrder", kind: Kind::String, required: true },
        Prop { name: "sourceId", cfn: "SourceId", kind: Kind::Number, required: true },
        Prop { name: "transform", cfn: "Transform", kind: Kind::String, required: true },
    ],
};

/// Every type above, for lookups by TypeScript name.
pub static ALL_TYPES: &[&StructType] = &[
    &CFN_JOB_PROPS,
    &CFN_TABLE_PROPS,
    &CFN_DATABASE_PROPS,
    &CFN_SECURITY_CONFIGURATION_PROPS,
    &CFN_JOB_JOB_COMMAND_PROPERTY,
    &CFN_JOB_CONNECTIONS_LIST_PROPERTY,
    &CFN_JOB_EXECUTION_PROPERTY_PROPERTY,
    &CFN_JOB_NOTIFICATION_PROPERTY_PROPERTY,
    &CFN_TABLE_OPEN_TABLE_FORMAT_INPUT_PROPERTY,
    &CFN_TABLE_TABLE_INPUT_PROPERTY,
    &CFN_DATABASE_DATABASE_INPUT_PROPERTY,
    &CFN_SECURITY_CONFIGURATION_ENCRYPTION_CONFIGURATION_PROPERTY,
    &CFN_TABLE_ICEBERG_INPUT_PROPERTY,
    &CFN_TABLE_COLUMN_PROPERTY,
    &CFN_TABLE_STORAGE_DESCRIPTOR_PROPERTY,
    &CFN_TABLE_TABLE_IDENTIFIER_PROPERTY,
    &CFN_TABLE_VIEW_DEFINITION_PROPERTY,
    &CFN_DATABASE_PRINCIPAL_PRIVILEGES_PROPERTY,
    &CFN_DATABASE_FEDERATED_DATABASE_PROPERTY,
    &CFN_DATABASE_DATABASE_IDENTIFIER_PROPERTY,
    &CFN_SECURITY_CONFIGURATION_CLOUD_WATCH_ENCRYPTION_PROPERTY,
    &CFN_SECURITY_CONFIGURATION_JOB_BOOKMARKS_ENCRYPTION_PROPERTY,
    &CFN_SECURITY_CONFIGURATION_S3_ENCRYPTION_PROPERTY,
    &CFN_TABLE_ICEBERG_TABLE_INPUT_PROPERTY,
    &CFN_TABLE_SCHEMA_REFERENCE_PROPERTY,
    &CFN_TABLE_SERDE_INFO_PROPERTY,
    &CFN_TABLE_SKEWED_INFO_PROPERTY,
    &CFN_TABLE_ORDER_PROPERTY,
    &CFN_TABLE_VIEW_REPRESENTATION_PROPERTY,
    &CFN_DATABASE_DATA_LAKE_PRINCIPAL_PROPERTY,
    &CFN_TABLE_ICEBERG_PARTITION_SPEC_PROPERTY,
    &CFN_TABLE_ICEBERG_SCHEMA_PROPERTY,
    &CFN_TABLE_ICEBERG_SORT_ORDER_PROPERTY,
    &CFN_TABLE_SCHEMA_ID_PROPERTY,
    &CFN_TABLE_ICEBERG_PARTITION_FIELD_PROPERTY,
    &CFN_TABLE_ICEBERG_STRUCT_FIELD_PROPERTY,
    &CFN_TABLE_ICEBERG_SORT_FIELD_PROPERTY,
];

/// The camelCase properties of `CfnJobProps`, in CDK's order.
pub static CFN_JOB_PROPS_NAMES: &[&str] = &[
    "allocatedCapacity",
    "command",
    "connections",
    "defaultArguments",
    "description",
    "executionClass",
    "executionProperty",
    "glueVersion",
    "jobMode",
    "jobRunQueuingEnabled",
    "logUri",
    "maintenanceWindow",
    "maxCapacity",
    "maxRetries",
    "name",
    "nonOverridableArguments",
    "notificationProperty",
    "numberOfWorkers",
    "role",
    "securityConfiguration",
    "tags",
    "timeout",
    "workerType",
];

/// The camelCase properties of `CfnTableProps`, in CDK's order.
pub static CFN_TABLE_PROPS_NAMES: &[&str] =
    &["catalogId", "databaseName", "name", "openTableFormatInput", "tableInput"];

/// The camelCase properties of `CfnDatabaseProps`, in CDK's order.
pub static CFN_DATABASE_PROPS_NAMES: &[&str] = &["catalogId", "databaseInput", "databaseName"];

/// The camelCase properties of `CfnSecurityConfigurationProps`, in CDK's order.
pub static CFN_SECURITY_CONFIGURATION_PROPS_NAMES: &[&str] = &["encryptionConfiguration", "name"];
