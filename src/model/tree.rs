//! The construct tree: resources hang on nodes, and the template lists them depth-first, pre-order,
//! in child-insertion order, named by their path (see `logical_id`).

use crate::ir::{text, Map, Str, Value};

use super::logical_id::make_unique_id;
use crate::js::{sort_by, to_lower_case};

pub type NodeId = usize;

/// A CloudFormation resource as `CfnResource._toCloudFormation` writes it.
#[derive(Debug, Clone, Default)]
pub struct Resource {
    pub resource_type: &'static str,
    pub properties: Map,
    /// Construct paths of the resources this one depends on.
    pub depends_on: Vec<NodeId>,
    pub update_replace_policy: Option<&'static str>,
    pub deletion_policy: Option<&'static str>,
    pub metadata: Map,
    pub condition: Option<String>,
}

impl Resource {
    pub fn new(resource_type: &'static str, properties: Map) -> Self {
        Self { resource_type, properties, ..Self::default() }
    }

    /// `applyRemovalPolicy` with a CDK `RemovalPolicy` value (`retain` when absent), as
    /// CloudFormation's UpdateReplacePolicy and DeletionPolicy. SNAPSHOT is refused for these
    /// resource types (none has snapshots) when `validate_snapshot`
    /// (`@aws-cdk/core:validateSnapshotRemovalPolicy`).
    pub fn with_removal_policy(mut self, policy: Option<&str>, validate_snapshot: bool) -> Result<Self, String> {
        if policy == Some("snapshot") && validate_snapshot {
            return Err(format!("{} does not support snapshot removal policy", self.resource_type));
        }
        let (update_replace, deletion) = removal_policy(policy);
        self.update_replace_policy = Some(update_replace);
        self.deletion_policy = Some(deletion);
        Ok(self)
    }

    /// Adds cfn_nag suppressions the way core's `addCfnSuppressRules` does.
    pub fn add_cfn_nag_suppressions(&mut self, rules: &[(&'static str, &'static str)]) {
        let rules: Vec<Value> = rules.iter().map(|(id, reason)| crate::json!({ "id": id, "reason": reason })).collect();
        let entry = self.metadata.entry("cfn_nag".into()).or_insert_with(|| crate::json!({ "rules_to_suppress": [] }));
        if let Some(list) = entry.get_mut("rules_to_suppress").and_then(Value::as_array_mut) {
            list.extend(rules);
        }
    }
}

#[derive(Debug)]
struct Node {
    /// Borrowed when the pattern names the construct with a literal, as it nearly always does.
    id: Str,
    /// The construct's class, as CDK names it in errors.
    kind: &'static str,
    parent: Option<NodeId>,
    // Children in insertion order as a linked list: no vector to allocate per parent.
    first_child: Option<NodeId>,
    last_child: Option<NodeId>,
    next_sibling: Option<NodeId>,
    resource: Option<Resource>,
    /// Computed on first use: a node's path never changes.
    logical_id: std::cell::OnceCell<String>,
}

/// The tree below the stack; node 0 is the stack itself.
#[derive(Debug)]
pub struct Tree {
    nodes: Vec<Node>,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    pub fn new() -> Self {
        Self::with_stack_name("Stack")
    }

    /// aws-cdk-lib 2.276.0's bundled `Stack` class is named `Stack2`, which shows in its errors.
    pub fn with_stack_name(stack_name: &str) -> Self {
        let root = Node {
            id: stack_name.to_string().into(),
            kind: "Stack2",
            parent: None,
            first_child: None,
            last_child: None,
            next_sibling: None,
            resource: None,
            logical_id: std::cell::OnceCell::new(),
        };
        // A synthesis makes about thirty constructs: room for them at once.
        let mut nodes = Vec::with_capacity(32);
        nodes.push(root);
        Self { nodes }
    }

    /// Sets the class name CDK would print for this construct.
    pub fn set_kind(&mut self, node: NodeId, kind: &'static str) {
        self.nodes[node].kind = kind;
    }

    pub const STACK: NodeId = 0;

    /// Adds a child construct; ids must be unique within a parent.
    pub fn add(&mut self, parent: NodeId, id: impl Into<Str>) -> Result<NodeId, String> {
        self.add_node(parent, id.into())
    }

    /// `add`, one copy of it whatever the callers pass.
    fn add_node(&mut self, parent: NodeId, id: Str) -> Result<NodeId, String> {
        let id = construct_id(id)?;
        if self.child(parent, &id).is_some() {
            return Err(self.taken(parent, &id));
        }
        Ok(self.push_child(parent, id))
    }

    /// The constructs library's error for an id the parent has already.
    fn taken(&self, parent: NodeId, id: &str) -> String {
        format!("There is already a Construct with name '{id}' in {}", self.describe(parent))
    }

    /// Appends a child whose id is valid and not taken (inlined into `add_node`, which every
    /// construct goes through).
    #[inline(always)]
    fn push_child(&mut self, parent: NodeId, id: Str) -> NodeId {
        let node = self.nodes.len();
        self.nodes.push(Node {
            id,
            kind: "Construct",
            parent: Some(parent),
            first_child: None,
            last_child: None,
            next_sibling: None,
            resource: None,
            logical_id: std::cell::OnceCell::new(),
        });
        match self.nodes[parent].last_child.replace(node) {
            Some(last) => self.nodes[last].next_sibling = Some(node),
            None => self.nodes[parent].first_child = Some(node),
        }
        node
    }

    /// Adds a child that holds a resource (an L1 construct).
    pub fn add_resource(&mut self, parent: NodeId, id: impl Into<Str>, resource: Resource) -> Result<NodeId, String> {
        let node = self.add_node(parent, id.into())?;
        self.nodes[node].resource = Some(resource);
        Ok(node)
    }

    /// The node at `path` below `parent`, adding the constructs that are missing.
    pub fn ensure_path(&mut self, parent: NodeId, path: &[String]) -> Result<NodeId, String> {
        let mut node = parent;
        for id in path {
            node = match self.child(node, id) {
                Some(existing) => existing,
                None => self.add(node, id.clone())?,
            };
        }
        Ok(node)
    }

    /// `ensure_path(parent, [id])` for each id in turn (a caller's `siblings`), in time linear in
    /// their number: the parent's children are looked up in one table, not scanned for each id.
    pub fn ensure_children(&mut self, parent: NodeId, ids: &[String]) -> Result<(), String> {
        if ids.is_empty() {
            return Ok(());
        }
        // The engine's map as a set of ids: its index keeps a long one linear, and a set type of
        // its own would add its code to the .wasm.
        let mut present = Map::new();
        for child in self.children(parent) {
            present.insert(self.nodes[child].id.clone(), Value::Null);
        }
        for id in ids {
            // As `ensure_path` does: the id as given finds a child, the id as stored is taken.
            if present.contains_key(id) {
                continue;
            }
            let id = construct_id(Str::Owned(id.clone()))?;
            if present.contains_key(&id) {
                return Err(self.taken(parent, &id));
            }
            present.insert(id.clone(), Value::Null);
            self.push_child(parent, id);
        }
        Ok(())
    }

    fn children(&self, parent: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[parent].first_child, |&c| self.nodes[c].next_sibling)
    }

    pub fn child(&self, parent: NodeId, id: &str) -> Option<NodeId> {
        self.children(parent).find(|c| self.nodes[*c].id == id)
    }

    /// Nodes holding resources at or below `ancestor`, in template order: depth-first,
    /// pre-order, children in insertion order.
    pub fn resources_below(&self, ancestor: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let Some(top) = self.nodes.get(ancestor) else { return out };
        if top.resource.is_some() {
            out.push(ancestor);
        }
        // A node's later siblings wait on the stack while its own subtree is walked.
        let mut stack: Vec<NodeId> = top.first_child.into_iter().collect();
        while let Some(node) = stack.pop() {
            let entry = &self.nodes[node];
            if entry.resource.is_some() {
                out.push(node);
            }
            stack.extend(entry.next_sibling);
            stack.extend(entry.first_child);
        }
        out
    }

    /// Drops a node's resource (a construct that decides not to synthesize); the node stays.
    pub fn remove_resource(&mut self, node: NodeId) {
        if let Some(entry) = self.nodes.get_mut(node) {
            entry.resource = None;
        }
    }

    pub fn resource_mut(&mut self, node: NodeId) -> Option<&mut Resource> {
        self.nodes[node].resource.as_mut()
    }

    /// Construct ids from below the stack down to `node`.
    pub fn path(&self, node: NodeId) -> Vec<&str> {
        let mut components: Vec<&str> = self.ids_up_from(node).collect();
        components.reverse();
        components
    }

    /// Construct ids from `node` up to the stack (the stack's own id left out).
    fn ids_up_from(&self, node: NodeId) -> impl Iterator<Item = &str> {
        std::iter::successors(Some(node), |&n| self.nodes[n].parent)
            .take_while(|&n| n != Self::STACK)
            .map(|n| text(&self.nodes[n].id))
    }

    pub fn logical_id(&self, node: NodeId) -> String {
        self.nodes[node]
            .logical_id
            .get_or_init(|| {
                // Paths are a few levels deep: they are gathered on the stack, not in a vector
                // (one allocation fewer per resource).
                const ON_STACK: usize = 16;
                let mut components = [""; ON_STACK];
                let mut depth = 0;
                for id in self.ids_up_from(node) {
                    if depth == ON_STACK {
                        return make_unique_id(&self.path(node));
                    }
                    components[depth] = id;
                    depth += 1;
                }
                components[..depth].reverse();
                make_unique_id(&components[..depth])
            })
            .clone()
    }

    /// How CDK names a construct in an error message: `Kind [path]`.
    fn describe(&self, node: NodeId) -> String {
        format!("{} [{}]", self.nodes[node].kind, self.nodes[node].id)
    }

    /// `DependsOn`: sorted by construct path (`localeCompare`), then named by logical ID.
    pub fn depends_on_ids(&self, nodes: &[NodeId]) -> Vec<String> {
        let mut paths: Vec<(String, NodeId)> = nodes.iter().map(|n| (self.path(*n).join("/"), *n)).collect();
        sort_by(&mut paths, |a, b| to_lower_case(&a.0).cmp(&to_lower_case(&b.0)).then(a.0.cmp(&b.0)));
        paths.dedup_by(|a, b| a.1 == b.1);
        paths.into_iter().map(|(_, n)| self.logical_id(n)).collect()
    }

    /// The `Resources` section with CDK's key order and empty values dropped; consumes the tree.
    pub fn into_resources(self) -> Map {
        self.into_resources_with_paths(false).0
    }

    /// `into_resources`, plus each resource's construct path below the stack (`a/b/Resource`),
    /// keyed by logical ID: what a CDK adapter needs to put the resources where CDK would
    /// (left empty unless `with_paths`).
    pub fn into_resources_with_paths(mut self, with_paths: bool) -> (Map, Map) {
        let order = self.resources_below(Self::STACK);
        let mut resources = Map::with_capacity(order.len());
        let mut paths = Map::with_capacity(order.len());
        for node in order {
            let Some(resource) = self.nodes[node].resource.take() else {
                continue;
            };
            let depends_on = self.depends_on_ids(&resource.depends_on);
            // The tree is consumed: the ID moves out of its cell (made again if a later resource
            // depends on this one).
            let logical_id = match self.nodes[node].logical_id.take() {
                Some(id) => id,
                None => self.logical_id(node),
            };
            // Type, Properties, DependsOn, the two policies, Metadata and Condition at most, each once.
            let mut out = Map::with_capacity(7);
            out.push_unique("Type", Value::from(resource.resource_type));
            if !resource.properties.is_empty() {
                out.push_unique("Properties", Value::Object(resource.properties));
            }
            if !depends_on.is_empty() {
                out.push_unique("DependsOn", Value::Array(depends_on.into_iter().map(Value::from).collect()));
            }
            if let Some(policy) = resource.update_replace_policy {
                out.push_unique("UpdateReplacePolicy", Value::from(policy));
            }
            if let Some(policy) = resource.deletion_policy {
                out.push_unique("DeletionPolicy", Value::from(policy));
            }
            if !resource.metadata.is_empty() {
                out.push_unique("Metadata", Value::Object(resource.metadata));
            }
            if let Some(condition) = resource.condition {
                out.push_unique("Condition", Value::from(condition));
            }
            if with_paths {
                paths.insert(logical_id.clone().into(), Value::from(self.path(node).join("/")));
            }
            resources.insert(logical_id.into(), Value::Object(out));
        }
        (resources, paths)
    }
}

/// CloudFormation's removal policy names for CDK's RemovalPolicy values:
/// (UpdateReplacePolicy, DeletionPolicy).
pub fn removal_policy(policy: Option<&str>) -> (&'static str, &'static str) {
    match policy {
        Some("destroy") => ("Delete", "Delete"),
        Some("snapshot") => ("Snapshot", "Snapshot"),
        Some("retain-on-update-or-delete") => ("Retain", "RetainExceptOnCreate"),
        _ => ("Retain", "Retain"),
    }
}

/// A construct id as the constructs library stores it: not empty, and "/" (kept for paths)
/// written as "--".
#[inline(always)]
fn construct_id(id: Str) -> Result<Str, String> {
    if id.is_empty() {
        return Err("Only root constructs may have an empty ID".into());
    }
    Ok(if id.as_bytes().contains(&b'/') { Str::Owned(id.replace('/', "--")) } else { id })
}

#[cfg(test)]
#[path = "tree_tests.rs"]
mod tests;
