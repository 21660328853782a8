//! The key aws-s3's `Bucket` creates for KMS/DSSE encryption without a given key, and its policy
//! (cross-account grants add to it after the build).

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::{json, Map, Value};

use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::get_att;
use crate::model::tree::{NodeId, Resource};
use crate::pattern::context::Context;

/// The key policy of a key created with the bucket.
#[derive(Debug)]
pub(super) struct KeyPolicyState {
    pub(super) resource_node: NodeId,
    pub(super) document: PolicyDocument,
}

/// `new kms.Key(bucket, 'Key', {description, enableKeyRotation})` with the default key policy.
pub(super) fn create_key(
    ctx: &mut Context,
    bucket_node: NodeId,
    rotation: bool,
) -> Result<(Value, Rc<RefCell<KeyPolicyState>>), String> {
    let node = ctx.add(bucket_node, "Key")?;
    let root = ctx.env.account_root_arn();
    let document =
        PolicyDocument::new(vec![Statement::allow(&["kms:*"], vec![json!("*")]).with_principal("AWS", root)]);
    let mut properties = Map::new();
    properties.insert("Description".into(), Value::String(format!("Created by {}", ctx.node_path(bucket_node))));
    if rotation {
        properties.insert("EnableKeyRotation".into(), json!(true));
    }
    properties.insert("KeyPolicy".into(), document.render(ctx.flags.minimize_policies));
    let resource = Resource::new("AWS::KMS::Key", properties).with_removal_policy("Retain");
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let arn = get_att(&ctx.logical_id(resource_node), "Arn");
    Ok((arn, Rc::new(RefCell::new(KeyPolicyState { resource_node, document }))))
}
