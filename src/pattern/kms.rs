//! `new kms.Key(scope, 'Key', {description})` with CDK's default key policy.

use serde_json::{json, Map, Value};

use super::context::Context;
use crate::model::intrinsics::get_att;
use crate::model::tree::{NodeId, Resource};

/// Creates a customer-managed key; returns its node and ARN.
pub fn create_key(ctx: &mut Context, parent: NodeId, description: &str) -> Result<(NodeId, Value), String> {
    let root = ctx.env.account_root_arn();
    let mut properties = Map::new();
    properties.insert("Description".into(), Value::String(description.to_string()));
    properties.insert(
        "KeyPolicy".into(),
        json!({
            "Statement": [{ "Action": "kms:*", "Effect": "Allow", "Principal": { "AWS": root }, "Resource": "*" }],
            "Version": "2012-10-17"
        }),
    );
    let resource = Resource::new("AWS::KMS::Key", properties).with_removal_policy("Retain");
    let node = ctx.add(parent, "Key")?;
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let arn = get_att(&ctx.logical_id(resource_node), "Arn");
    Ok((node, arn))
}
