//! S3 bucket naming rules, as aws-s3's `Bucket` checks them.

/// `Bucket._validateBucketName`: CDK's message lists every broken rule. Token names are not checked.
pub fn validate_bucket_name(name: &str, legacy: bool) -> Result<(), String> {
    if name.is_empty() || crate::cfn::holds_token(name) {
        return Ok(());
    }
    let units: Vec<u16> = name.encode_utf16().collect();
    let length = units.len();
    let mut errors: Vec<String> = Vec::new();
    if !(3..=63).contains(&length) {
        errors.push("Bucket name must be at least 3 and no more than 63 characters".into());
    }
    let allowed = |c: char| {
        if legacy {
            c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
        } else {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-')
        }
    };
    let edge = |c: Option<char>| {
        c.is_some_and(|c| if legacy { c.is_ascii_alphanumeric() } else { c.is_ascii_lowercase() || c.is_ascii_digit() })
    };
    if let Some(offset) = utf16_offset(name, |c, _| !allowed(c)) {
        errors.push(if legacy {
            "Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)".into()
        } else {
            format!("Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: {offset})")
        });
    }
    if !edge(name.chars().next()) {
        errors.push(if legacy {
            "Bucket name must start with an uppercase, lowercase character or number".into()
        } else {
            "Bucket name must start with a lowercase character or number (offset: 0)".into()
        });
    }
    if !edge(name.chars().last()) {
        errors.push(if legacy {
            "Bucket name must end with an uppercase, lowercase character or number".into()
        } else {
            format!("Bucket name must end with a lowercase character or number (offset: {})", length - 1)
        });
    }
    if let Some(offset) =
        utf16_offset(name, |c, next| matches!((c, next), ('.', Some('-')) | ('-', Some('.')) | ('.', Some('.'))))
    {
        errors.push(format!(
            "Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: {offset})"
        ));
    }
    if looks_like_ip(name) {
        errors.push("Bucket name must not resemble an IP address".into());
    }
    if errors.is_empty() {
        return Ok(());
    }
    Err(format!("Invalid S3 bucket name (value: {name})\n{}", errors.join("\n")))
}

/// The UTF-16 offset of the first character matching `test(char, next char)`.
fn utf16_offset(s: &str, test: impl Fn(char, Option<char>) -> bool) -> Option<usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut offset = 0;
    for (i, c) in chars.iter().enumerate() {
        if test(*c, chars.get(i + 1).copied()) {
            return Some(offset);
        }
        offset += c.len_utf16();
    }
    None
}

/// `/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/`.
fn looks_like_ip(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
#[path = "bucket_name_tests.rs"]
mod tests;
