//! Roles and inline policies: the Glue job role (created or imported by ARN) and the
//! `Policy` constructs attached to it, rendered once every grant is in.

use crate::ir::{json, Map, Str, Value};

use super::construction::Step;
use super::context::Context;
use crate::model::env::Comparison;
use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::{get_att, reference, select, split};
use crate::model::logical_id::{make_unique_id, make_unique_resource_name, stack_name_for_id};
use crate::model::tree::{NodeId, Resource};

const MAX_POLICY_NAME_LEN: usize = 128;

/// An IAM role as grants see it.
#[derive(Debug, Clone)]
pub struct Role {
    pub node: NodeId,
    pub arn: Value,
    /// What a `Roles` list names it by.
    pub name: Value,
    pub imported: bool,
    /// The account `Role.fromRoleArn` reads from the ARN (a token for an unresolved ARN).
    pub account: Value,
    /// `Role.fromRoleArn` of another account than the stack's (both known): an `ImmutableRole`,
    /// which takes no policies, so grants go to the resources' policies alone.
    pub immutable: bool,
    default_policy: Option<usize>,
}

impl Role {
    /// `Grant.addToPrincipalOrResource`'s test: the principal's account equals the resource's
    /// (the stack's), or both are tokens. A principal without an account is never the same.
    pub fn same_account_as_stack(&self, ctx: &Context) -> bool {
        if !self.imported {
            return true;
        }
        if self.account.as_str() == Some("") {
            return false;
        }
        matches!(ctx.env.compare_account(&self.account), Comparison::Same | Comparison::BothUnresolved)
    }
}

/// A `Policy` construct waiting to be rendered.
#[derive(Debug, Clone)]
pub struct InlinePolicy {
    /// The node holding the `AWS::IAM::Policy` resource.
    pub resource_node: NodeId,
    pub document: PolicyDocument,
    pub roles: Vec<Value>,
    /// An explicit `policyName`; otherwise it derives from the logical ID.
    pub policy_name: Option<String>,
}

/// Every inline policy of the pattern, in creation order.
#[derive(Debug, Default)]
pub struct Policies {
    pub list: Vec<InlinePolicy>,
}

/// `new Role(scope, id, {assumedBy: ServicePrincipal(service), description})`.
pub fn create_service_role(
    ctx: &mut Context,
    parent: NodeId,
    id: &'static str,
    service: &'static str,
    description: &'static str,
) -> Result<Role, String> {
    let node = ctx.add(parent, id)?;
    let at = ctx.step_path(node);
    ctx.construction.push_with(|| Step::New {
        class: "iam.Role",
        at,
        props: json!({
            "assumedBy": { "$new": "iam.ServicePrincipal", "args": [service] },
            "description": description
        }),
    });
    let mut properties = Map::new();
    properties.insert(
        "AssumeRolePolicyDocument".into(),
        json!({
            "Statement": [{ "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": service } }],
            "Version": "2012-10-17"
        }),
    );
    properties.insert("Description".into(), Value::from(description));
    let resource_node = ctx.add_resource(node, "Resource", Resource::new("AWS::IAM::Role", properties))?;
    let logical_id = ctx.logical_id(resource_node);
    Ok(Role {
        node,
        arn: get_att(logical_id.clone(), "Arn"),
        name: reference(logical_id.clone()),
        imported: false,
        account: ctx.env.account(),
        immutable: false,
        default_policy: None,
    })
}

/// `Role.fromRoleArn(scope, id, arn)`: the name comes from the ARN, parsed now when it is text.
/// `given`: where the caller's ARN is (a construction marker), which the replay passes as it is.
pub fn import_role(
    ctx: &mut Context,
    parent: NodeId,
    id: &'static str,
    arn: &Value,
    given: Value,
) -> Result<Role, String> {
    if !arn.is_string() && !crate::cfn::is_intrinsic(arn) {
        // The construct reads `role.roleArn` of a non-string, which is undefined.
        return Err("Cannot read properties of undefined (reading 'startsWith')".into());
    }
    let name = role_name_from_arn(arn)?;
    let node = ctx.add(parent, id)?;
    ctx.construction.push(Step::ImportRole { at: ctx.step_path(node), arn: given });
    let account = match arn_text(arn) {
        // Its fifth component, a token in it included (a literal without one failed above).
        Some(text) => Value::from(text.split(':').nth(4).unwrap_or_default().to_string()),
        // An ARN that is all token: its account is a token too.
        None => arn.clone(),
    };
    let immutable = ctx.env.compare_account(&account) == Comparison::Different;
    if immutable {
        // `new ImmutableRole(scope, `ImmutableRole${id}`, importedRole)`.
        ctx.add(parent, format!("ImmutableRole{id}"))?;
    }
    Ok(Role { node, arn: arn.clone(), name, imported: true, account, immutable, default_policy: None })
}

/// The text `Arn.split` splits as text (CDK's `parseArnShape`): a string that starts with `arn:`,
/// tokens in it included, or that holds no token. `None` for an ARN that is all token, which
/// CloudFormation splits.
fn arn_text(arn: &Value) -> Option<&str> {
    arn.as_str().filter(|text| text.starts_with("arn:") || !crate::cfn::holds_token(text))
}

fn role_name_from_arn(arn: &Value) -> Result<Value, String> {
    let Some(text) = arn_text(arn) else {
        return Ok(select(1, split("/", select(5, split(":", arn.clone())))));
    };
    let components: Vec<&str> = text.splitn(6, ':').collect();
    if !text.starts_with("arn:") || components.len() < 6 {
        return Err(format!("ARNs must start with \"arn:\" and have at least 6 components: {text}"));
    }
    let resource = components[5];
    let Some((_, resource_name)) = resource.split_once('/') else {
        return Err(format!("Expected resource name after '/' in ARN: {text}"));
    };
    Ok(Value::from(resource_name.rsplit('/').next().unwrap_or(resource_name).to_string()))
}

/// `new Policy(scope, id, {statements})` as the construct itself makes it (the replay makes it too).
pub fn new_policy(
    ctx: &mut Context,
    policies: &mut Policies,
    parent: NodeId,
    id: &str,
    statements: Vec<Statement>,
) -> Result<usize, String> {
    let props = ctx.construction.enabled.then(|| {
        let statements = statements.iter().map(|s| {
            let mut statement = Map::new();
            statement.insert("$new".into(), Value::String("iam.PolicyStatement".into()));
            statement.insert("args".into(), Value::Array(vec![super::construction::statement_props(s)]));
            Value::Object(statement)
        });
        let mut props = Map::new();
        props.insert("statements".into(), Value::Array(statements.collect()));
        Value::Object(props)
    });
    let index = create_policy(ctx, policies, parent, id.to_string().into(), statements)?;
    if let (Some(props), Some(node)) = (props, ctx.tree.child(parent, &id.replace('/', "--"))) {
        let at = ctx.step_path(node);
        ctx.construction.push(Step::New { class: "iam.Policy", at, props });
    }
    Ok(index)
}

/// `new Policy(scope, id, {statements})`, not yet attached to a role.
pub fn create_policy(
    ctx: &mut Context,
    policies: &mut Policies,
    parent: NodeId,
    id: Str,
    statements: Vec<Statement>,
) -> Result<usize, String> {
    let node = ctx.add(parent, id)?;
    let resource_node = ctx.add_resource(node, "Resource", Resource::new("AWS::IAM::Policy", Map::new()))?;
    policies.list.push(InlinePolicy {
        resource_node,
        document: PolicyDocument::new(statements),
        roles: Vec::new(),
        policy_name: None,
    });
    Ok(policies.list.len() - 1)
}

/// `role.attachInlinePolicy(policy)`: an immutable role ignores it.
pub fn attach_inline_policy(policies: &mut Policies, policy: usize, role: &Role) {
    if !role.immutable {
        attach(policies, policy, role);
    }
}

/// `policy.attachToRole(role)`: the policy names the role, even an immutable one.
pub fn attach(policies: &mut Policies, policy: usize, role: &Role) {
    if let Some(entry) = policies.list.get_mut(policy) {
        if !entry.roles.contains(&role.name) {
            entry.roles.push(role.name.clone());
        }
    }
}

/// `role.addToPrincipalPolicy(statement)`: the role's default policy, made on first use.
pub fn add_to_principal_policy(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    statement: Statement,
) -> Result<(), String> {
    if role.immutable {
        return Ok(());
    }
    let index = match role.default_policy {
        Some(index) => index,
        None => {
            let (id, policy_name) = if role.imported && !ctx.flags.imported_role_stack_safe_policy_name {
                ("Policy".to_string(), None)
            } else if role.imported {
                // `@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName`: "Policy" + Names.uniqueId(role).
                let mut components: Vec<String> = ctx.stack_path.split('/').map(str::to_string).collect();
                components.extend(ctx.tree.path(role.node).iter().map(|c| c.to_string()));
                let refs: Vec<&str> = components.iter().map(String::as_str).collect();
                let mut name = format!("Policy{}", make_unique_id(&refs));
                if name.len() > MAX_POLICY_NAME_LEN {
                    // `Names.uniqueResourceName`: from the innermost stack with a literal name.
                    let start = ctx.naming_stack.clone().unwrap_or_else(|| stack_name_for_id(&ctx.stack_name));
                    let mut components: Vec<&str> = start.split('/').collect();
                    components.extend(ctx.tree.path(role.node));
                    let short = make_unique_resource_name(&components, MAX_POLICY_NAME_LEN - "Policy".len(), "");
                    name = format!("Policy{short}");
                }
                (name.clone(), Some(name))
            } else {
                ("DefaultPolicy".to_string(), None)
            };
            let index = create_policy(ctx, policies, role.node, id.into(), Vec::new())?;
            if let Some(entry) = policies.list.get_mut(index) {
                entry.policy_name = policy_name;
            }
            attach(policies, index, role);
            role.default_policy = Some(index);
            index
        }
    };
    if let Some(entry) = policies.list.get_mut(index) {
        entry.document.add(statement);
    }
    Ok(())
}

/// Writes every policy's properties into its resource; a policy attached to no role is not
/// synthesized (CDK's `CfnPolicyConditional`).
pub fn render_policies(ctx: &mut Context, policies: Policies) {
    for policy in policies.list {
        if policy.roles.is_empty() {
            ctx.tree.remove_resource(policy.resource_node);
            continue;
        }
        let logical_id = ctx.logical_id(policy.resource_node);
        let name = policy.policy_name.unwrap_or_else(|| last_chars(&logical_id, MAX_POLICY_NAME_LEN));
        let document = policy.document.into_rendered(ctx.flags.minimize_policies);
        if let Some(resource) = ctx.tree.resource_mut(policy.resource_node) {
            resource.properties.insert("PolicyDocument".into(), document);
            resource.properties.insert("PolicyName".into(), Value::from(name));
            if !policy.roles.is_empty() {
                resource.properties.insert("Roles".into(), Value::Array(policy.roles));
            }
        }
    }
}

fn last_chars(s: &str, n: usize) -> String {
    if s.is_ascii() {
        return s[s.len().saturating_sub(n)..].to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}
