//! CloudFormation's quotas, checked on the finished fragment: going past one is not an error of
//! the props, but the deploy would fail, so it is a warning (code `limit`).

use crate::ir::Value;

use crate::diagnostics::{codes, Diagnostic};

const MAX_TEMPLATE_BYTES: usize = 1_000_000;
const MAX_RESOURCES: usize = 500;
const MAX_INLINE_ROLE_POLICY_CHARS: usize = 10_240;

/// Warnings for a fragment past CloudFormation's or IAM's limits.
pub fn limit_warnings(fragment: &Value, rendered_len: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if rendered_len > MAX_TEMPLATE_BYTES {
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
        let size = crate::model::json_layout::compact_json_len(document);
        if size > MAX_INLINE_ROLE_POLICY_CHARS {
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
    fn large_policies_and_templates_are_flagged() {
        let long: Vec<String> = (0..2000).map(|i| format!("arn:aws:s3:::bucket-{i}")).collect();
        let fragment = json!({"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [{"Resource": long}]}}}}});
        let warnings = limit_warnings(&fragment, 2_000_000);
        assert_eq!(warnings.len(), 2);
        assert!(warnings.iter().all(|w| w.code == "limit"));
        assert!(limit_warnings(&json!({"Resources": {}}), 10).is_empty());
    }
}
