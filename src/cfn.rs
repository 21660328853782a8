//! Facts of the CloudFormation template language that every layer needs.

use crate::ir::Value;

/// True for a string holding a CDK token's text (`${Token[...]}`): what it stands for is known
/// only when CDK resolves the template.
pub fn holds_token(text: &str) -> bool {
    crate::js::includes(text, "${Token[")
}

/// True for a string that is one CDK token's text and nothing else (aws-cdk-lib's
/// `${Token[<key>]}`, the key of `VALID_KEY_CHARS`): unlike text around a token, it may stand
/// for any value, an object or a number included (`Token.asString` of a `Lazy.any`).
pub fn is_whole_token(text: &str) -> bool {
    text.strip_prefix("${Token[").and_then(|rest| rest.strip_suffix("]}")).is_some_and(|key| {
        !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'.' | b'_' | b'-'))
    })
}

/// True for what CDK treats as an intrinsic: one key, `Ref` or `Fn::*` (but not the pipeline ones).
pub fn is_intrinsic(value: &Value) -> bool {
    match value {
        Value::Object(map) if map.len() == 1 => map.keys().next().is_some_and(|key| {
            key == "Ref" || (key.starts_with("Fn::") && key != "Fn::GetArtifactAtt" && key != "Fn::GetParam")
        }),
        _ => false,
    }
}

#[cfg(test)]
#[path = "cfn_tests.rs"]
mod tests;
