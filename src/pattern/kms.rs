//! `new kms.Key(scope, 'Key', {description})` with CDK's default key policy.

use serde_json::{json, Map, Value};

use super::context::Context;
use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::get_att;
use crate::model::tree::{NodeId, Resource};

/// A key this pattern creates: its ARN and the key policy grants may still add to.
#[derive(Debug, Clone)]
pub struct CreatedKey {
    pub arn: Value,
    resource_node: NodeId,
    policy: PolicyDocument,
}

impl CreatedKey {
    /// `key.addToResourcePolicy(statement)`, rendered into the key at once.
    pub fn add_to_resource_policy(&mut self, ctx: &mut Context, statement: Statement) {
        self.policy.add(statement);
        let document = self.policy.render(ctx.flags.minimize_policies);
        if let Some(resource) = ctx.tree.resource_mut(self.resource_node) {
            resource.properties.insert("KeyPolicy".into(), document);
        }
    }
}

/// Creates a customer-managed key.
pub fn create_key(ctx: &mut Context, parent: NodeId, description: &str) -> Result<CreatedKey, String> {
    let root = ctx.env.account_root_arn();
    let policy = PolicyDocument::new(vec![Statement::allow(&["kms:*"], vec![json!("*")]).with_principal("AWS", root)]);
    let mut properties = Map::new();
    properties.insert("Description".into(), Value::String(description.to_string()));
    properties.insert("KeyPolicy".into(), policy.render(ctx.flags.minimize_policies));
    let resource = Resource::new("AWS::KMS::Key", properties).with_removal_policy("Retain");
    let node = ctx.add(parent, "Key")?;
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let arn = get_att(&ctx.logical_id(resource_node), "Arn");
    Ok(CreatedKey { arn, resource_node, policy })
}
