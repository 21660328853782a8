"""Summarizes a cfn-lint JSON report: counts per level and rule, fails on unexpected errors."""

import collections
import json
import sys

# Errors inherent to the real construct's output, which the engine reproduces byte for byte.
IGNORED_ERRORS = {
    # flags-no-snapshot-validation: with @aws-cdk/core:validateSnapshotRemovalPolicy off, CDK
    # writes RemovalPolicy.SNAPSHOT onto the Kinesis stream as DeletionPolicy/UpdateReplacePolicy
    # "Snapshot", a value AWS::Kinesis::Stream does not support (the reason the flag exists).
    "E3035": "DeletionPolicy Snapshot on a resource type without snapshots (as the construct writes it)",
    "E3036": "UpdateReplacePolicy Snapshot on a resource type without snapshots (as the construct writes it)",
}

# Errors on values a scenario gives on purpose, by rule and the start of the value cfn-lint quotes.
IGNORED_VALUES = {
    # cfn-lint's principal patterns list only the aws, aws-cn and aws-us-gov partitions; the iso
    # partitions are real (aws-cdk-lib's region table), the pattern is what is missing.
    ("E3512", "'arn:aws-iso"): "a principal in an iso partition, which cfn-lint's patterns do not list",
    # env-*-role-no-account-*: the scenario's own role ARN has no account (CDK accepts it and
    # treats it as another account's role), and the grant names it as given.
    ("E3512", "'arn:aws:iam:::role/"): "a role ARN without an account, given by the scenario",
}

# Errors a scenario causes on purpose with its props, by rule and template.
IGNORED_TEMPLATES = {
    # b-output-bucket.js gives one lifecycle rule every field aws-cdk-lib takes, to cover each
    # one; S3 refuses AbortIncompleteMultipartUpload together with object-size filters.
    ("E3020", "output-bucket-lifecycle-every-field.json"): "a lifecycle rule with every field, given by the scenario",
}


def where(m):
    return (m["Filename"], m["Rule"]["Id"], tuple(str(p) for p in m["Location"]["Path"]))


def ignored_locations(findings):
    """Where a value is ignored, so are the rule's other messages about it ('*' was expected, ...)."""
    return {
        where(m)
        for m in findings
        if any(m["Rule"]["Id"] == rule and m["Message"].startswith(start) for rule, start in IGNORED_VALUES)
    }


def main(path):
    with open(path, encoding="utf-8") as f:
        findings = json.load(f)
    counts = collections.Counter((m["Level"], m["Rule"]["Id"]) for m in findings)
    files = collections.defaultdict(set)
    for m in findings:
        files[(m["Level"], m["Rule"]["Id"])].add(m["Filename"].rsplit("/", 1)[-1])
    print("cfn-lint findings (level, rule, count, templates):")
    if not counts:
        print("  none")
    for (level, rule), n in sorted(counts.items()):
        note = " [ignored: %s]" % IGNORED_ERRORS[rule] if level == "Error" and rule in IGNORED_ERRORS else ""
        print("  %-13s %-6s %5d  %d%s" % (level, rule, n, len(files[(level, rule)]), note))
    skip = ignored_locations(findings)

    def ignored_value(m):
        return where(m) in skip or (m["Rule"]["Id"], m["Filename"].rsplit("/", 1)[-1]) in IGNORED_TEMPLATES

    errors = [
        m
        for m in findings
        if m["Level"] == "Error" and m["Rule"]["Id"] not in IGNORED_ERRORS and not ignored_value(m)
    ]
    ignored = sum(1 for m in findings if m["Level"] == "Error" and ignored_value(m))
    if ignored:
        print("  ignored %d errors on values scenarios give on purpose: %s" % (ignored, "; ".join([*IGNORED_VALUES.values(), *IGNORED_TEMPLATES.values()])))
    for m in errors[:50]:
        at = "/".join(str(p) for p in m["Location"]["Path"])
        print("ERROR %s %s at %s: %s" % (m["Filename"].rsplit("/", 1)[-1], m["Rule"]["Id"], at, m["Message"]))
    if errors:
        print("cfn-lint: %d unexpected errors" % len(errors))
        return 1
    print("cfn-lint: 0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
