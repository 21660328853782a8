use super::*;

fn names(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(path, name)| (path.to_string(), name.to_string())).collect()
}

#[test]
fn the_innermost_named_stack_on_the_path_starts_unique_resource_names() {
    // A nested stack's name is a token: its parent's names it, then the nested stack's id.
    let parent = names(&[("Parent", "parent-stack")]);
    assert_eq!(naming_stack(&parent, "Parent/Nested").as_deref(), Some("parent-stack/Nested"));
    // In a stage: the stack's own name, with the stage's prefix.
    let staged = names(&[("Prod/Data", "Prod-Data"), ("Prod/Data/Nested/Inner", "ignored-not-a-prefix")]);
    assert_eq!(naming_stack(&staged, "Prod/Data").as_deref(), Some("Prod-Data"));
    // The innermost wins; a path that only starts with the same letters is not on the path.
    let both = names(&[("A", "a"), ("A/B", "b"), ("A/Bc", "bc")]);
    assert_eq!(naming_stack(&both, "A/B/N").as_deref(), Some("b/N"));
    assert_eq!(naming_stack(&both, "Other"), None);
    assert_eq!(naming_stack(&[], "A"), None);
}
