//! `parseCorsConfiguration`, `parseMetricConfiguration` and `parseTagFilters` (which lifecycle
//! rules use too): the bucket's CORS rules and request metrics as CloudFormation writes them.

use crate::ir::{json, Map, Value};

use crate::model::values::number_value;
use crate::props::bucket::{BucketMetrics, CorsRule};

/// `CorsConfiguration`, absent for no rules.
pub(super) fn cors_configuration(rules: &[CorsRule]) -> Option<Value> {
    if rules.is_empty() {
        return None;
    }
    let rules: Vec<Value> = rules.iter().map(cors_rule).collect();
    Some(json!({ "CorsRules": rules }))
}

/// A `CorsRule`, keys in `CfnBucket.CorsRuleProperty`'s order.
fn cors_rule(rule: &CorsRule) -> Value {
    let mut out = Map::new();
    if let Some(headers) = &rule.allowed_headers {
        out.insert("AllowedHeaders".into(), Value::Array(headers.clone()));
    }
    let methods = rule.allowed_methods.iter().map(|m| Value::from(m.clone())).collect();
    out.insert("AllowedMethods".into(), Value::Array(methods));
    out.insert("AllowedOrigins".into(), Value::Array(rule.allowed_origins.clone()));
    if let Some(headers) = &rule.exposed_headers {
        out.insert("ExposedHeaders".into(), Value::Array(headers.clone()));
    }
    if let Some(id) = &rule.id {
        out.insert("Id".into(), id.clone());
    }
    if let Some(age) = &rule.max_age {
        out.insert("MaxAge".into(), number_value(age));
    }
    Value::Object(out)
}

/// `MetricsConfigurations`, absent for none.
pub(super) fn metrics_configurations(metrics: &[BucketMetrics]) -> Option<Value> {
    if metrics.is_empty() {
        return None;
    }
    Some(Value::Array(metrics.iter().map(metrics_configuration).collect()))
}

/// A `BucketMetrics`, keys in `CfnBucket.MetricsConfigurationProperty`'s order.
fn metrics_configuration(metrics: &BucketMetrics) -> Value {
    let mut out = Map::new();
    out.insert("Id".into(), metrics.id.clone());
    if let Some(prefix) = &metrics.prefix {
        out.insert("Prefix".into(), prefix.clone());
    }
    if let Some(tags) = &metrics.tag_filters {
        out.insert("TagFilters".into(), tag_filters(tags));
    }
    Value::Object(out)
}

/// `parseTagFilters`: `{[tag]: value}` as `[{Key, Value}]`, in the order given.
pub(super) fn tag_filters(tags: &[(String, Value)]) -> Value {
    Value::Array(tags.iter().map(|(key, value)| json!({ "Key": key.clone(), "Value": value.clone() })).collect())
}
