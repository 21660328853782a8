//! Feature flags that change what this construct synthesizes.

use std::collections::BTreeMap;

pub const MINIMIZE_POLICIES: &str = "@aws-cdk/aws-iam:minimizePolicies";

/// The flags the engine models, with the values of Solutions Constructs' `SetConsistentFeatureFlags`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureFlags {
    pub minimize_policies: bool,
}

impl Default for FeatureFlags {
    fn default() -> Self {
        Self { minimize_policies: true }
    }
}

impl FeatureFlags {
    /// Applies user overrides; returns the names of flags the engine does not model.
    pub fn with_overrides(overrides: &BTreeMap<String, bool>) -> (Self, Vec<String>) {
        let mut flags = Self::default();
        let mut unknown = Vec::new();
        for (name, value) in overrides {
            match name.as_str() {
                MINIMIZE_POLICIES => flags.minimize_policies = *value,
                _ => unknown.push(name.clone()),
            }
        }
        (flags, unknown)
    }
}
