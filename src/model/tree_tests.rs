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
