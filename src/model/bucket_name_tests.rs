use super::*;

#[test]
fn script_bucket_names_follow_legacy_rules() {
    // Messages from the real construct for these script locations.
    let error = |name: &str| validate_bucket_name(name, true).err();
    assert_eq!(
        error("ab").as_deref(),
        Some("Invalid S3 bucket name (value: ab)\nBucket name must be at least 3 and no more than 63 characters")
    );
    assert_eq!(
        error("-Bad_Bucket..").as_deref(),
        Some("Invalid S3 bucket name (value: -Bad_Bucket..)\nBucket name must start with an uppercase, lowercase character or number\nBucket name must end with an uppercase, lowercase character or number\nBucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: 11)")
    );
    assert_eq!(
        error("1.2.3.4").as_deref(),
        Some("Invalid S3 bucket name (value: 1.2.3.4)\nBucket name must not resemble an IP address")
    );
    assert_eq!(validate_bucket_name("My_Bucket", true), Ok(()));
}
