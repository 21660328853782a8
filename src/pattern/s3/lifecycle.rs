//! `parseLifecycleConfiguration`: lifecycle rules as CloudFormation writes them.

use crate::ir::{json, Map, Value};

use crate::model::values::number_value;
use crate::props::bucket::{Duration, LifecycleRule, Transition};

pub(super) fn days(duration: &Duration) -> Result<Value, String> {
    duration.to_days().map(|days| number_value(&days))
}

/// `parseLifecycleConfiguration`: the rules, or the first error CDK raises while rendering them.
pub(super) fn render_lifecycle_rules(rules: &[LifecycleRule]) -> Result<Vec<Value>, String> {
    rules.iter().map(render_lifecycle_rule).collect()
}

pub(super) fn render_lifecycle_rule(rule: &LifecycleRule) -> Result<Value, String> {
    if rule.expired_object_delete_marker == Some(true) && (rule.expiration.is_some() || rule.tag_filters.is_some()) {
        return Err(
            "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.".into()
        );
    }
    if rule.abort_incomplete_multipart_upload_after.is_none()
        && rule.expiration.is_none()
        && rule.expired_object_delete_marker.is_none()
        && rule.noncurrent_version_expiration.is_none()
        && rule.noncurrent_versions_to_retain.is_none()
        && rule.noncurrent_version_transitions.is_none()
        && rule.transitions.is_none()
    {
        return Err("All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`".into());
    }
    if rule.transitions.iter().flatten().any(|t| t.transition_after.is_none()) {
        return Err(
            "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition".into()
        );
    }
    let mut out = Map::new();
    if let Some(after) = &rule.abort_incomplete_multipart_upload_after {
        out.insert("AbortIncompleteMultipartUpload".into(), json!({ "DaysAfterInitiation": days(after)? }));
    }
    if let Some(expiration) = &rule.expiration {
        out.insert("ExpirationInDays".into(), days(expiration)?);
    }
    if let Some(marker) = rule.expired_object_delete_marker {
        out.insert("ExpiredObjectDeleteMarker".into(), json!(marker));
    }
    if let Some(id) = &rule.id {
        out.insert("Id".into(), id.clone());
    }
    if let Some(expiration) = &rule.noncurrent_version_expiration {
        let mut value = Map::new();
        if let Some(retain) = &rule.noncurrent_versions_to_retain {
            value.insert("NewerNoncurrentVersions".into(), number_value(retain));
        }
        value.insert("NoncurrentDays".into(), days(expiration)?);
        out.insert("NoncurrentVersionExpiration".into(), Value::Object(value));
    }
    if let Some(transitions) = rule.noncurrent_version_transitions.as_ref().filter(|t| !t.is_empty()) {
        out.insert("NoncurrentVersionTransitions".into(), Value::Array(render_transitions(transitions)?));
    }
    if let Some(size) = &rule.object_size_greater_than {
        out.insert("ObjectSizeGreaterThan".into(), number_value(size));
    }
    if let Some(size) = &rule.object_size_less_than {
        out.insert("ObjectSizeLessThan".into(), number_value(size));
    }
    if let Some(prefix) = &rule.prefix {
        out.insert("Prefix".into(), prefix.clone());
    }
    let enabled = rule.enabled.unwrap_or(true);
    out.insert("Status".into(), json!(if enabled { "Enabled" } else { "Disabled" }));
    if let Some(tags) = &rule.tag_filters {
        out.insert("TagFilters".into(), super::configurations::tag_filters(tags));
    }
    if let Some(transitions) = rule.transitions.as_ref().filter(|t| !t.is_empty()) {
        out.insert("Transitions".into(), Value::Array(render_transitions(transitions)?));
    }
    Ok(Value::Object(out))
}

pub(super) fn render_transitions(transitions: &[Transition]) -> Result<Vec<Value>, String> {
    transitions
        .iter()
        .map(|t| {
            let mut out = Map::new();
            if let Some(retain) = &t.noncurrent_versions_to_retain {
                out.insert("NewerNoncurrentVersions".into(), number_value(retain));
            }
            out.insert("StorageClass".into(), json!(&t.storage_class));
            if let Some(after) = &t.transition_after {
                out.insert("TransitionInDays".into(), days(after)?);
            }
            Ok(Value::Object(out))
        })
        .collect()
}
