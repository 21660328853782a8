//! CDK's `makeUniqueId`: construct path components -> CloudFormation logical ID.

use md5::{Digest, Md5};

const HIDDEN_ID: &str = "Default";
const HIDDEN_FROM_HUMAN_ID: &str = "Resource";
const MAX_HUMAN_LEN: usize = 240;
const HASH_LEN: usize = 8;

/// Logical ID for the construct ids from below the stack down to the element; one allocation,
/// the ID itself.
pub fn make_unique_id(components: &[&str]) -> String {
    let visible = || components.iter().copied().filter(|c| *c != HIDDEN_ID);
    let mut kept = visible();
    if let (Some(only), None) = (kept.next(), kept.next()) {
        let candidate = remove_non_alphanumeric(only);
        if candidate.len() <= 255 {
            return candidate;
        }
    }
    // The kept characters are ASCII: the ID is made as bytes in place, its length the character
    // count.
    let mut id = [0u8; MAX_HUMAN_LEN + HASH_LEN];
    let mut len = 0;
    'human: for component in remove_dupes(visible()).filter(|c| *c != HIDDEN_FROM_HUMAN_ID) {
        for &byte in component.as_bytes() {
            if len == MAX_HUMAN_LEN {
                break 'human;
            }
            if byte.is_ascii_alphanumeric() {
                id[len] = byte;
                len += 1;
            }
        }
    }
    id[len..len + HASH_LEN].copy_from_slice(&path_hash(visible()));
    // Only ASCII was written.
    String::from_utf8(id[..len + HASH_LEN].to_vec()).unwrap_or_default()
}

/// CDK's `makeUniqueResourceName` (no prefix or separator): the components without characters
/// outside `A-Za-z0-9` and `allowed`, then a hash of the path when longer than `max_length`
/// (the middle of the human part dropped to make room).
pub fn make_unique_resource_name(components: &[&str], max_length: usize, allowed: &str) -> String {
    let keep = |s: &str| -> String {
        s.chars().filter(|c| c.is_ascii_alphanumeric() || allowed.chars().any(|a| a == *c)).collect()
    };
    let components: Vec<&str> = components.iter().copied().filter(|c| *c != HIDDEN_ID).collect();
    if components.len() == 1 {
        let top = keep(components[0]);
        if top.len() <= max_length {
            return top;
        }
    }
    let hash = path_hash(components.iter().copied());
    let hash = std::str::from_utf8(&hash).unwrap_or_default();
    let human: String =
        remove_dupes(components.iter().copied()).filter(|c| *c != HIDDEN_FROM_HUMAN_ID).map(keep).collect();
    let max_human = max_length.saturating_sub(HASH_LEN);
    if human.len() <= max_human {
        return human + hash;
    }
    // `splitInMiddle`: the first and the last half (the kept text is ASCII).
    let half = max_human / 2;
    format!("{}{}{hash}", &human[..half], &human[human.len() - half..])
}

/// A top-level stack's `stackName` for its construct id: the id, or over 128 characters the
/// id without characters CloudFormation refuses (with a hash when still too long).
pub fn stack_name_for_id(id: &str) -> String {
    if id.encode_utf16().count() <= 128 {
        return id.to_string();
    }
    make_unique_resource_name(&[id], 128, "-")
}

/// The first `HASH_LEN` hex digits of the MD5 of the components joined by `/`.
fn path_hash<'a>(components: impl Iterator<Item = &'a str>) -> [u8; HASH_LEN] {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut md5 = Md5::new();
    for (i, component) in components.enumerate() {
        if i > 0 {
            md5.update(b"/");
        }
        md5.update(component.as_bytes());
    }
    let mut hex = [0u8; HASH_LEN];
    for (at, byte) in md5.finalize().iter().take(HASH_LEN / 2).enumerate() {
        hex[2 * at] = HEX[usize::from(byte >> 4)];
        hex[2 * at + 1] = HEX[usize::from(byte & 0xf)];
    }
    hex
}

/// `removeDupes`: skips a component when the previously kept one ends with it.
fn remove_dupes<'a>(components: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    let mut previous: Option<&'a str> = None;
    components.filter(move |component| {
        let dupe = previous.is_some_and(|last| last.ends_with(component));
        if !dupe {
            previous = Some(component);
        }
        !dupe
    })
}

fn remove_non_alphanumeric(s: &str) -> String {
    s.bytes().filter(u8::is_ascii_alphanumeric).map(char::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cdk() {
        assert_eq!(
            make_unique_id(&["test-kinesisstreams-lambda", "KinesisStream", "Resource"]),
            "testkinesisstreamslambdaKinesisStream374D6D56"
        );
        assert_eq!(
            make_unique_id(&["test-kinesisstreams-lambda", "JobRole", "DefaultPolicy", "Resource"]),
            "testkinesisstreamslambdaJobRoleDefaultPolicy943FFA49"
        );
    }

    #[test]
    fn single_component_is_bare() {
        assert_eq!(make_unique_id(&["GlueDatabase"]), "GlueDatabase");
        assert_eq!(make_unique_id(&["Glue-Table"]), "GlueTable");
    }
}
