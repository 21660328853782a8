//! The stack's environment as aws-cdk-lib reads it: `stack.account`, `stack.region` and
//! `stack.partition` are literals where the environment names them and pseudo parameters
//! elsewhere, and grants compare accounts with `Token.compareStrings`.

use crate::ir::Value;

use super::intrinsics::{account_id, concat, is_unresolved, partition, region};

/// aws-cdk-lib 2.276.0's region table (`RegionInfo.regions`, fact `partition`), by partition.
/// tests/conformance/fixtures/_regions.json is generated from the installed aws-cdk-lib and a
/// test checks this table against it.
pub const PARTITIONS: &[(&str, &[&str])] = &[
    (
        "aws",
        &[
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "me-west-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
        ],
    ),
    ("aws-cn", &["cn-north-1", "cn-northwest-1"]),
    ("aws-iso-e", &["eu-isoe-west-1"]),
    ("aws-eusc", &["eusc-de-east-1"]),
    ("aws-us-gov", &["us-gov-east-1", "us-gov-west-1"]),
    ("aws-iso", &["us-iso-east-1", "us-iso-west-1"]),
    ("aws-iso-b", &["us-isob-east-1", "us-isob-west-1"]),
    ("aws-iso-f", &["us-isof-east-1", "us-isof-south-1"]),
];

/// The partition of a region aws-cdk-lib knows.
pub fn partition_of(region: &str) -> Option<&'static str> {
    PARTITIONS.iter().find(|(_, regions)| regions.contains(&region)).map(|(partition, _)| *partition)
}

/// `Token.compareStrings(a, b)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Same,
    Different,
    OneUnresolved,
    BothUnresolved,
}

/// `new Stack(app, id, { env })`'s environment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StackEnv {
    pub account: Option<String>,
    pub region: Option<String>,
    /// `@aws-cdk/core:enablePartitionLiterals`.
    pub partition_literals: bool,
}

impl StackEnv {
    /// `stack.account`.
    pub fn account(&self) -> Value {
        self.account.clone().map_or_else(account_id, Value::from)
    }

    /// `stack.region`.
    pub fn region(&self) -> Value {
        self.region.clone().map_or_else(region, Value::from)
    }

    /// `stack.partition`: a literal only for a region in aws-cdk-lib's table.
    pub fn partition(&self) -> Value {
        match self.region.as_deref().and_then(partition_of) {
            Some(literal) if self.partition_literals => literal.into(),
            _ => partition(),
        }
    }

    /// `new AccountRootPrincipal()` in this stack: `arn:${stack.partition}:iam::${stack.account}:root`.
    pub fn account_root_arn(&self) -> Value {
        concat(vec!["arn:".into(), self.partition(), ":iam::".into(), self.account(), ":root".into()])
    }

    /// `Token.compareStrings(stack.account, other)`.
    pub fn compare_account(&self, other: &Value) -> Comparison {
        compare_strings(&self.account(), other)
    }

    /// `EnvironmentPlaceholders.replace` for the default synthesizer: `${AWS::AccountId}` and
    /// `${AWS::Region}` filled in where known; a string still holding one becomes an `Fn::Sub`.
    pub fn sub(&self, template: &str) -> Value {
        let mut text = template.to_string();
        if let Some(account) = &self.account {
            text = crate::js::replace_all(&text, "${AWS::AccountId}", account).into_owned();
        }
        if let Some(region) = &self.region {
            text = crate::js::replace_all(&text, "${AWS::Region}", region).into_owned();
        }
        if crate::js::includes(&text, "${") {
            crate::json!({ "Fn::Sub": text })
        } else {
            Value::from(text)
        }
    }
}

/// `Token.compareStrings`.
pub fn compare_strings(a: &Value, b: &Value) -> Comparison {
    match (is_unresolved(a), is_unresolved(b)) {
        (true, true) => Comparison::BothUnresolved,
        (true, false) | (false, true) => Comparison::OneUnresolved,
        (false, false) if a == b => Comparison::Same,
        (false, false) => Comparison::Different,
    }
}

#[cfg(test)]
#[path = "env_tests.rs"]
mod tests;
