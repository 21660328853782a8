//! `a.localeCompare(b)` as Node runs it (ICU, root collation, which en-US uses): how CDK's tag
//! manager orders tag keys.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

fn collator() -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR.get_or_init(|| Collator::try_new(Default::default(), CollatorOptions::default()).ok()).as_ref()
}

/// `a.localeCompare(b)`: tertiary strength; strings equal to the collator compare equal (a
/// stable sort then keeps their order, as JavaScript's does).
pub fn locale_compare(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(collator) => collator.compare(a, b),
        // The root collation ships with the crate; this only guards against its absence.
        None => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_as_node_does() {
        // `[...].sort((a, b) => a.localeCompare(b))` in Node 20 (ICU 78), pasted from a real run.
        let expected = ["_x", "-x", "1", "a", "A", "b", "B", "é", "Z", "z ", "z:"];
        let mut keys: Vec<&str> = expected.iter().rev().copied().collect();
        keys.sort_by(|a, b| locale_compare(a, b));
        assert_eq!(keys, expected);
    }
}
