use super::*;

/// A resource `depth` levels below the stack, `Level0/…/Resource`.
fn nested(depth: usize) -> (Tree, NodeId) {
    let mut tree = Tree::new();
    let mut parent = Tree::STACK;
    for level in 0..depth {
        parent = tree.add(parent, format!("Level{level}")).unwrap_or(parent);
    }
    let node = tree.add_resource(parent, "Resource", Resource::new("AWS::S3::Bucket", Map::new())).unwrap_or(parent);
    (tree, node)
}

// Expected IDs are aws-cdk-lib 2.276.0's `makeUniqueId` of the same paths.
#[test]
fn logical_ids_of_shallow_and_deep_paths() {
    let (tree, node) = nested(2);
    assert_eq!(tree.logical_id(node), "Level0Level1EDCF68AE");
    // Deeper than the path gathered on the stack.
    let (tree, node) = nested(20);
    assert_eq!(
        tree.logical_id(node),
        "Level0Level1Level2Level3Level4Level5Level6Level7Level8Level9Level10Level11Level12Level13Level14Level15Level16Level17Level18Level19490E5BD8"
    );
}

/// The children of `parent`, by id, in order.
fn child_ids(tree: &Tree, parent: NodeId) -> Vec<String> {
    tree.children(parent).map(|c| tree.nodes[c].id.to_string()).collect()
}

#[test]
fn children_are_ensured_as_paths_of_one_id_are() {
    let lists: [&[&str]; 6] = [
        &["A", "B", "A", "C"],
        &["a/b", "a/b"],
        &["a/b", "a--b"],
        &["a--b", "a/b"],
        &["Existing", "New", ""],
        &["x", "Existing/Deeper", "Existing--Deeper"],
    ];
    for ids in lists {
        let ids: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
        let prepared = || {
            let mut tree = Tree::new();
            let parent = tree.add(Tree::STACK, "Scope").unwrap_or(Tree::STACK);
            let _ = tree.add(parent, "Existing");
            (tree, parent)
        };
        let (mut one_by_one, parent) = prepared();
        let expected =
            ids.iter().try_for_each(|id| one_by_one.ensure_path(parent, std::slice::from_ref(id)).map(|_| ()));
        let (mut at_once, _) = prepared();
        assert_eq!(at_once.ensure_children(parent, &ids), expected, "{ids:?}");
        assert_eq!(child_ids(&at_once, parent), child_ids(&one_by_one, parent), "{ids:?}");
    }
}
