//! `Tags.of(construct).add(key, value)` for each of `SynthOptions.tags`: every taggable resource
//! below the construct gets the tags, in the form its type takes. Resources the construct puts in
//! its parent scope (database, table, job policy) are not below it and get none.

use crate::ir::{Map, Str, Value};
use crate::json;

use super::context::Context;
use crate::js::{into_ordered, sort_by, template_string};
use crate::model::collation::locale_compare;
use crate::model::tree::NodeId;

/// The resource types below this construct whose L1 has a `TagManager` of the list form
/// (`[{Key, Value}]`); `AWS::Glue::Job` has the map form.
const LIST_TAGGED: &[&str] =
    &["AWS::Kinesis::Stream", "AWS::KMS::Key", "AWS::IAM::Role", "AWS::S3::Bucket", "AWS::CloudWatch::Alarm"];
const MAP_TAGGED: &str = "AWS::Glue::Job";

/// Adds the tags to every taggable resource at or below `construct`.
pub fn apply(ctx: &mut Context, construct: NodeId, tags: &Map) -> Result<(), String> {
    if tags.is_empty() {
        return Ok(());
    }
    tag_resources(ctx, construct, tags)
}

// Out of line: a synthesis without tags never runs it, so V8 never compiles it (README, "What
// makes it fast", cold start).
#[inline(never)]
fn tag_resources(ctx: &mut Context, construct: NodeId, tags: &Map) -> Result<(), String> {
    for node in ctx.tree.resources_below(construct) {
        let Some(resource) = ctx.tree.resource_mut(node) else { continue };
        let tagged = if LIST_TAGGED.contains(&resource.resource_type) {
            list_tags(resource.properties.get("Tags"), tags)
        } else if resource.resource_type == MAP_TAGGED {
            map_tags(resource.properties.get("Tags"), tags)?
        } else {
            continue;
        };
        insert_in_order(&mut resource.properties, "Tags", tagged);
    }
    Ok(())
}

/// `[{Key, Value}]` sorted by key with `localeCompare`; values as given (CDK does not convert).
fn list_tags(existing: Option<&Value>, tags: &Map) -> Value {
    let mut all = tags.clone();
    // Tags CDK adds on the resource itself (`aws-cdk:auto-delete-objects`) are applied after the
    // construct's, with the same priority, so they win.
    for item in existing.and_then(Value::as_array).into_iter().flatten() {
        if let (Some(key), Some(value)) = (item.get("Key").and_then(Value::as_str), item.get("Value")) {
            all.insert(key.to_string().into(), value.clone());
        }
    }
    let all = sorted_by_key(all);
    Value::Array(all.into_iter().map(|(key, value)| json!({ "Key": key, "Value": value })).collect())
}

/// The Glue job's map, merged with `glueJobProps.tags` (the added tag wins), values as text.
fn map_tags(existing: Option<&Value>, tags: &Map) -> Result<Value, String> {
    let mut all = Map::new();
    match existing {
        None => {}
        Some(Value::Object(map)) => {
            for (key, value) in map {
                all.insert(key.clone(), Value::from(template_string(value)));
            }
        }
        Some(_) => {
            return Err("options.tags together with a glueJobProps.tags that is not an object is not modelled".into())
        }
    }
    for (key, value) in tags {
        all.insert(key.clone(), Value::from(template_string(value)));
    }
    // The sorted keys go into a JavaScript object, which lists integer-like keys first.
    Ok(into_ordered(Value::Object(sorted_by_key(all).into_iter().collect())))
}

/// Tags (a later one with the same key replaced the value and kept the position, as `Map.set`
/// does) sorted by key with `localeCompare`.
fn sorted_by_key(tags: Map) -> Vec<(Str, Value)> {
    let mut all: Vec<(Str, Value)> = tags.into_iter().collect();
    sort_by(&mut all, |a, b| locale_compare(&a.0, &b.0));
    all
}

/// Sets `key` in properties kept in CloudFormation-name order, as an L1 renders them.
fn insert_in_order(properties: &mut Map, key: &str, value: Value) {
    if let Some(slot) = properties.get_mut(key) {
        *slot = value;
        return;
    }
    let mut out = Map::with_capacity(properties.len() + 1);
    let mut pending = Some(value);
    for (k, v) in std::mem::take(properties) {
        if pending.is_some() && k.as_ref() > key {
            if let Some(value) = pending.take() {
                out.insert(key.to_string().into(), value);
            }
        }
        out.insert(k, v);
    }
    if let Some(value) = pending {
        out.insert(key.to_string().into(), value);
    }
    *properties = out;
}
