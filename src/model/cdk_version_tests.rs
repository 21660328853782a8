use super::*;

#[test]
fn the_handler_asset_follows_the_release() {
    let asset = |v: &str| CdkVersion::parse(v).map(CdkVersion::auto_delete_handler_asset);
    // Measured with aws-cdk-lib itself (make upstream-check and a bucket with autoDeleteObjects).
    assert_eq!(asset("2.260.0"), Ok("faa95a81ae7d7373f3e1f242268f904eb748d8d0fdd306e8a6fe515a1905a7d6.zip"));
    assert_eq!(asset("2.275.0"), Ok("faa95a81ae7d7373f3e1f242268f904eb748d8d0fdd306e8a6fe515a1905a7d6.zip"));
    assert_eq!(asset("2.276.0"), Ok("6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"));
    assert_eq!(CdkVersion::DEFAULT.auto_delete_handler_asset(), asset("2.276.0").unwrap_or_default());
}

#[test]
fn deprecation_warnings_follow_the_release() {
    // Printed by aws-cdk-lib 2.273.0 and 2.274.0 for `BucketEncryption.UNENCRYPTED`.
    let notice =
        "  S3 applies server-side encryption with SSE-S3 for every bucket\nthat default encryption is not configured.";
    let api = "aws-cdk-lib.aws_s3.BucketEncryption#UNENCRYPTED";
    let warning = |v: &str| CdkVersion::parse(v).map(|v| v.deprecation_warning(api, notice));
    assert_eq!(
        warning("2.273.0"),
        Ok(format!("{api} is deprecated.\n{notice}\n  This API will be removed in the next major release."))
    );
    assert_eq!(
        warning("2.274.0"),
        Ok(format!("{api} is deprecated, and will be removed in the next major release.\n{notice}"))
    );
}

#[test]
fn releases_outside_the_range_are_refused() {
    assert!(CdkVersion::parse("2.259.0").unwrap_err().contains("below the construct's peer range (^2.260.0)"));
    assert!(CdkVersion::parse("2.277.0").unwrap_err().contains("newer than the newest release"));
    assert!(CdkVersion::parse("2.270").unwrap_err().contains("like \"2.276.0\""));
    assert!(CdkVersion::parse("latest").is_err());
}
