//! `parseCorsConfiguration`, `parseMetricConfiguration`, `parseTieringConfig` and
//! `parseTagFilters` (which lifecycle rules use too): the bucket's CORS rules, request metrics and
//! Intelligent-Tiering archive settings as CloudFormation writes them.

use crate::ir::{json, Map, Value};

use crate::model::values::number_value;
use crate::props::bucket::{BucketMetrics, CorsRule, IntelligentTiering};

/// `CorsConfiguration`, absent for no rules.
#[inline(never)] // out of line: see the module `pattern::s3`
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
#[inline(never)] // out of line: see the module `pattern::s3`
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
    Value::Array(tags.iter().map(|(key, value)| tag_filter(Value::from(key.clone()), value.clone())).collect())
}

/// One `TagFilter`.
fn tag_filter(key: Value, value: Value) -> Value {
    json!({ "Key": key, "Value": value })
}

/// `parseTieringConfig`: each configuration with its archive tiers in whole days, or CDK's error
/// for a duration that is not (raised at construction, unlike the lifecycle rules').
#[inline(never)] // out of line: see the module `pattern::s3`
pub(super) fn intelligent_tiering_configurations(configurations: &[IntelligentTiering]) -> Result<Value, String> {
    let mut out = Vec::with_capacity(configurations.len());
    for configuration in configurations {
        let mut tierings = Vec::new();
        for (tier, time) in [
            ("ARCHIVE_ACCESS", &configuration.archive_access_tier_time),
            ("DEEP_ARCHIVE_ACCESS", &configuration.deep_archive_access_tier_time),
        ] {
            if let Some(time) = time {
                let days = time.to_days()?;
                tierings.push(json!({ "AccessTier": tier, "Days": number_value(&days) }));
            }
        }
        // Keys in `CfnBucket.IntelligentTieringConfigurationProperty`'s order.
        let mut rendered = Map::with_capacity(5);
        rendered.insert("Id".into(), configuration.name.clone());
        if let Some(prefix) = &configuration.prefix {
            rendered.insert("Prefix".into(), prefix.clone());
        }
        rendered.insert("Status".into(), Value::from("Enabled"));
        if let Some(tags) = &configuration.tags {
            let tags = tags.iter().map(|(key, value)| tag_filter(key.clone(), value.clone())).collect();
            rendered.insert("TagFilters".into(), Value::Array(tags));
        }
        rendered.insert("Tierings".into(), Value::Array(tierings));
        out.push(Value::Object(rendered));
    }
    Ok(Value::Array(out))
}
