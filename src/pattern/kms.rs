//! `new kms.Key(owner, 'Key', { description: 'Created by <owner path>', enableKeyRotation })`:
//! the key aws-kinesis' `Stream` and aws-s3's `Bucket` create for KMS encryption without a given
//! key, with CDK's default key policy (kept, so grants made after the build can add to it).

use std::cell::RefCell;
use std::rc::Rc;

use crate::ir::{json, Map, Value};

use super::context::Context;
use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::get_att;
use crate::model::tree::{NodeId, Resource};

/// The key policy of a created key.
#[derive(Debug)]
pub struct KeyPolicyState {
    pub resource_node: NodeId,
    pub document: PolicyDocument,
}

/// A created key: its ARN and its policy, which grants made after the build may still add to
/// (shared by everything that holds the key).
#[derive(Debug, Clone)]
pub struct CreatedKey {
    pub arn: Value,
    pub policy: Rc<RefCell<KeyPolicyState>>,
}

impl CreatedKey {
    /// `key.addToResourcePolicy(statement)`, rendered into the key at once.
    pub fn add_to_resource_policy(&self, ctx: &mut Context, statement: Statement) {
        let mut state = self.policy.borrow_mut();
        state.document.add(statement);
        let document = state.document.render(ctx.flags.minimize_policies);
        if let Some(resource) = ctx.tree.resource_mut(state.resource_node) {
            resource.properties.insert("KeyPolicy".into(), document);
        }
    }
}

/// Creates the key under `owner` (the stream or bucket construct).
pub fn create_key(ctx: &mut Context, owner: NodeId, rotation: bool) -> Result<CreatedKey, String> {
    let node = ctx.add(owner, "Key")?;
    let root = ctx.env.account_root_arn();
    let document =
        PolicyDocument::new(vec![Statement::allow(&["kms:*"], vec![json!("*")]).with_principal("AWS", root)]);
    let mut properties = Map::new();
    properties.insert("Description".into(), Value::from(format!("Created by {}", ctx.node_path(owner))));
    if rotation {
        properties.insert("EnableKeyRotation".into(), json!(true));
    }
    properties.insert("KeyPolicy".into(), document.render(ctx.flags.minimize_policies));
    let resource = Resource::new("AWS::KMS::Key", properties).with_removal_policy(Some("retain"), false)?;
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let arn = get_att(ctx.logical_id(resource_node), "Arn");
    Ok(CreatedKey { arn, policy: Rc::new(RefCell::new(KeyPolicyState { resource_node, document })) })
}
