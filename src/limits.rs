//! CloudFormation's quotas, checked on the finished fragment: going past one is not an error of
//! the props, but the deploy would fail, so it is a warning (code `limit`).

use crate::ir::Value;

use crate::diagnostics::{codes, Diagnostic};

const MAX_TEMPLATE_BYTES: usize = 1_000_000;
const MAX_RESOURCES: usize = 500;
const MAX_INLINE_ROLE_POLICY_CHARS: usize = 10_240;

/// Warnings for a fragment past CloudFormation's or IAM's limits.
pub fn limit_warnings(fragment: &Value) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(rendered_len) = crate::model::json_layout::cdk_json_len_over(fragment, MAX_TEMPLATE_BYTES) {
        out.push(Diagnostic::new(
            "",
            codes::LIMIT,
            format!("the fragment is {rendered_len} bytes; CloudFormation accepts templates up to 1 MB"),
        ));
    }
    let resources = fragment.get("Resources").and_then(Value::as_object);
    let count = resources.map_or(0, |r| r.len());
    if count > MAX_RESOURCES {
        out.push(Diagnostic::new(
            "",
            codes::LIMIT,
            format!("{count} resources; a stack holds at most {MAX_RESOURCES}"),
        ));
    }
    for (logical_id, resource) in resources.into_iter().flatten() {
        if resource.get("Type").and_then(Value::as_str) != Some("AWS::IAM::Policy") {
            continue;
        }
        let Some(document) = resource.pointer("/Properties/PolicyDocument") else { continue };
        // IAM counts the policy without white space.
        if let Some(size) = crate::model::json_layout::compact_json_len_over(document, MAX_INLINE_ROLE_POLICY_CHARS) {
            out.push(Diagnostic::new(
                "",
                codes::LIMIT,
                format!("policy {logical_id} is {size} characters; IAM allows {MAX_INLINE_ROLE_POLICY_CHARS} for a role's inline policies"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn large_policies_are_flagged() {
        let long: Vec<String> = (0..2000).map(|i| format!("arn:aws:s3:::bucket-{i}")).collect();
        let fragment = json!({"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [{"Resource": long}]}}}}});
        let warnings = limit_warnings(&fragment);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.starts_with("policy P is "), "{}", warnings[0].message);
        assert!(limit_warnings(&json!({"Resources": {}})).is_empty());
    }

    #[test]
    fn templates_are_measured_as_written() {
        // 200,000 bytes: over the limit only if each byte were escaped, so not flagged.
        let plain = json!({"Resources": {"A": {"Type": "AWS::S3::Bucket", "Metadata": {"Text": "a".repeat(200_000)}}}});
        assert!(limit_warnings(&plain).is_empty());
        // 170,000 control characters, each written as six bytes: over the limit once escaped.
        let escaped =
            json!({"Resources": {"A": {"Type": "AWS::S3::Bucket", "Metadata": {"Text": "\u{1}".repeat(170_000)}}}});
        let written = crate::model::json_layout::to_cdk_json(&escaped).len();
        assert!(written > MAX_TEMPLATE_BYTES);
        let warnings = limit_warnings(&escaped);
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            warnings[0].message,
            format!("the fragment is {written} bytes; CloudFormation accepts templates up to 1 MB")
        );
    }
}
