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
    errors = [m for m in findings if m["Level"] == "Error" and m["Rule"]["Id"] not in IGNORED_ERRORS]
    for m in errors[:50]:
        where = "/".join(str(p) for p in m["Location"]["Path"])
        print("ERROR %s %s at %s: %s" % (m["Filename"].rsplit("/", 1)[-1], m["Rule"]["Id"], where, m["Message"]))
    if errors:
        print("cfn-lint: %d unexpected errors" % len(errors))
        return 1
    print("cfn-lint: 0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
