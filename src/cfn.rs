//! Facts of the CloudFormation template language that every layer needs.

use crate::ir::Value;

/// True for a string holding a CDK token's text (`${Token[...]}`): what it stands for is known
/// only when CDK resolves the template.
pub fn holds_token(text: &str) -> bool {
    text.contains("${Token[")
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
