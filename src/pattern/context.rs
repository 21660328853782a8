//! What every resource family shares while the pattern is built.

use std::cell::RefCell;
use std::rc::Rc;

use super::construction::Construction;
use super::fixes::Fixes;
use super::s3::policy::BucketPolicyState;
use crate::diagnostics::Diagnostic;
use crate::ir::{Str, Value};
use crate::model::cdk_version::CdkVersion;
use crate::model::env::StackEnv;
use crate::model::flags::FeatureFlags;
use crate::model::tree::{NodeId, Resource, Tree};

/// The construct tree being filled, plus the settings that shape it.
pub struct Context {
    pub tree: Tree,
    pub flags: FeatureFlags,
    /// The opt-in fixes of the construct's defects.
    pub fixes: Fixes,
    /// The stack's construct id: CDK writes construct paths (which start with it) into some values.
    pub stack_name: String,
    /// The aws-cdk-lib release whose output is reproduced where releases differ.
    pub cdk_version: CdkVersion,
    /// The stack's construct path from the app (`Stage/Stack`; the id for a stack in the app).
    pub stack_path: String,
    /// Where `Names.uniqueResourceName` starts, when the options name the stacks: see
    /// [`naming_stack`].
    pub naming_stack: Option<String>,
    /// The stack's account, region and partition.
    pub env: StackEnv,
    pub warnings: Vec<Diagnostic>,
    /// Whether the warnings and the pattern properties are read (not by the text renderings or
    /// `validate`): the override diffs, the other warnings that take work and the properties'
    /// copies of references are made only then.
    pub keeps_result: bool,
    /// The aws-cdk-lib calls that build the same thing, for a CDK adapter to replay.
    pub construction: Construction,
    /// Bucket policies made so far, whose documents are written when the pattern is complete.
    pub(crate) bucket_policies: Vec<Rc<RefCell<BucketPolicyState>>>,
}

impl Context {
    /// A stack without an environment (see `env`).
    pub fn new(flags: FeatureFlags, stack_name: &str) -> Self {
        Self {
            tree: Tree::with_stack_name(stack_name),
            flags,
            fixes: Fixes::default(),
            stack_name: stack_name.to_string(),
            cdk_version: CdkVersion::DEFAULT,
            stack_path: stack_name.to_string(),
            naming_stack: None,
            env: StackEnv::default(),
            warnings: Vec::new(),
            keeps_result: true,
            construction: Construction::default(),
            bucket_policies: Vec::new(),
        }
    }

    /// `node.path` as CDK prints it: `Stack/a/b`.
    pub fn node_path(&self, node: NodeId) -> String {
        let mut parts = vec![self.stack_path.as_str()];
        parts.extend(self.tree.path(node));
        parts.join("/")
    }

    pub fn add(&mut self, parent: NodeId, id: impl Into<Str>) -> Result<NodeId, String> {
        self.tree.add(parent, id.into())
    }

    pub fn add_resource(&mut self, parent: NodeId, id: impl Into<Str>, resource: Resource) -> Result<NodeId, String> {
        self.tree.add_resource(parent, id.into(), resource)
    }

    pub fn logical_id(&self, node: NodeId) -> String {
        self.tree.logical_id(node)
    }

    /// The construct path below the stack (`a/b`), as construction steps name constructs; empty,
    /// and not built, when the construction is not described (steps are its only readers).
    pub fn step_path(&self, node: NodeId) -> String {
        if !self.construction.enabled {
            return String::new();
        }
        self.tree.path(node).join("/")
    }

    /// Adds the warnings `make` gives, made only when the warnings are read (`keeps_result`).
    pub fn warn_with<I: IntoIterator<Item = Diagnostic>>(&mut self, make: impl FnOnce() -> I) {
        if self.keeps_result {
            self.warnings.extend(make());
        }
    }

    /// `construction::made_at` of the construct at `node`; `null`, and not built, when the
    /// construction is not described.
    pub fn made_at(&self, node: NodeId) -> Value {
        if !self.construction.enabled {
            return Value::Null;
        }
        super::construction::made_at(&self.step_path(node))
    }

    /// `construction::user_value` of the caller's value at `pointer`; `null`, and not built, when
    /// the construction is not described.
    pub fn user_value(&self, pointer: &str) -> Value {
        if !self.construction.enabled {
            return Value::Null;
        }
        super::construction::user_value(pointer)
    }
}

/// Where `Names.uniqueResourceName` starts for a stack at `stack_path`: the innermost stack on
/// that path whose `stackName` is literal (a nested stack's is not), by that name, then the ids
/// of the scopes below it to the stack, joined by `/`; `None` when `stack_names` (literal names
/// by construct path) names none of them.
pub fn naming_stack(stack_names: &[(String, String)], stack_path: &str) -> Option<String> {
    let on_path =
        |stack: &str| stack_path.strip_prefix(stack).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    let mut innermost: Option<&(String, String)> = None;
    for named in stack_names {
        if on_path(&named.0) && innermost.is_none_or(|found| named.0.len() > found.0.len()) {
            innermost = Some(named);
        }
    }
    innermost.map(|(stack, name)| format!("{name}{}", &stack_path[stack.len()..]))
}

#[cfg(test)]
#[path = "context_tests.rs"]
mod tests;
