//! Feature flags that change what this construct synthesizes.

pub const MINIMIZE_POLICIES: &str = "@aws-cdk/aws-iam:minimizePolicies";
pub const IMPORTED_ROLE_STACK_SAFE_POLICY_NAME: &str = "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName";
pub const VALIDATE_SNAPSHOT_REMOVAL_POLICY: &str = "@aws-cdk/core:validateSnapshotRemovalPolicy";
pub const DISABLE_PROPERTY_VALIDATION: &str = "@aws-solutions-constructs/core:DisablePropertyValidation";
pub const PUBLIC_ACCESS_BLOCKED_BY_DEFAULT: &str = "@aws-cdk/aws-s3:publicAccessBlockedByDefault";
pub const ENABLE_PARTITION_LITERALS: &str = "@aws-cdk/core:enablePartitionLiterals";
pub const SERVER_ACCESS_LOGS_USE_BUCKET_POLICY: &str = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy";

/// The flags the engine reads; a CDK adapter passes their values from the app's context.
pub const MODELLED: &[&str] = &[
    MINIMIZE_POLICIES,
    IMPORTED_ROLE_STACK_SAFE_POLICY_NAME,
    VALIDATE_SNAPSHOT_REMOVAL_POLICY,
    DISABLE_PROPERTY_VALIDATION,
    PUBLIC_ACCESS_BLOCKED_BY_DEFAULT,
    ENABLE_PARTITION_LITERALS,
    SERVER_ACCESS_LOGS_USE_BUCKET_POLICY,
];

/// Flags that cannot change this construct's output: the first two in a stack without an
/// environment; the third anywhere, as it narrows a key's policy only for a grantee of another
/// stack, and the construct grants its keys to roles in the keys' own stack.
const WITHOUT_EFFECT: &[&str] = &[
    "@aws-cdk/core:includePrefixInUniqueNameGeneration",
    "@aws-cdk/aws-s3:createDefaultLoggingPolicy",
    "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope",
];

/// The flags the engine models, with the values of Solutions Constructs' `SetConsistentFeatureFlags`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureFlags {
    pub minimize_policies: bool,
    pub imported_role_stack_safe_policy_name: bool,
    pub validate_snapshot_removal_policy: bool,
    pub disable_property_validation: bool,
    /// Only matters for partial `blockPublicAccess` settings: the options left out block (on),
    /// or are left out of the bucket's property (off).
    pub public_access_blocked_by_default: bool,
    /// A stack with a known region writes its partition as a literal.
    pub partition_literals: bool,
    /// The stack's value, which a server access logs bucket the caller gives sees: the construct
    /// sets the flag on its own node, where its own buckets see it.
    pub server_access_logs_use_bucket_policy: bool,
}

impl Default for FeatureFlags {
    fn default() -> Self {
        Self {
            minimize_policies: true,
            imported_role_stack_safe_policy_name: true,
            validate_snapshot_removal_policy: true,
            disable_property_validation: false,
            public_access_blocked_by_default: true,
            partition_literals: true,
            server_access_logs_use_bucket_policy: true,
        }
    }
}

impl FeatureFlags {
    /// Applies user overrides; returns the names of flags the engine does not model.
    pub fn with_overrides(overrides: &[(String, bool)]) -> (Self, Vec<String>) {
        let mut flags = Self::default();
        let mut unknown = Vec::new();
        for (name, value) in overrides {
            match name.as_str() {
                MINIMIZE_POLICIES => flags.minimize_policies = *value,
                IMPORTED_ROLE_STACK_SAFE_POLICY_NAME => flags.imported_role_stack_safe_policy_name = *value,
                VALIDATE_SNAPSHOT_REMOVAL_POLICY => flags.validate_snapshot_removal_policy = *value,
                DISABLE_PROPERTY_VALIDATION => flags.disable_property_validation = *value,
                PUBLIC_ACCESS_BLOCKED_BY_DEFAULT => flags.public_access_blocked_by_default = *value,
                ENABLE_PARTITION_LITERALS => flags.partition_literals = *value,
                SERVER_ACCESS_LOGS_USE_BUCKET_POLICY => flags.server_access_logs_use_bucket_policy = *value,
                other if WITHOUT_EFFECT.contains(&other) => {}
                _ => unknown.push(name.clone()),
            }
        }
        (flags, unknown)
    }
}
