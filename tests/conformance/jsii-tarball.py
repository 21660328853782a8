#!/usr/bin/env python3
"""Extracts the npm tarball a jsii PyPI wheel embeds (`<module>/_jsii/<name>@<version>.jsii.tgz`).

npm lacks recent releases of some Solutions Constructs packages; their PyPI wheels carry the exact
npm tarball.

    jsii-tarball.py DIST VERSION CACHE_DIR OUT.tgz

downloads the wheel of DIST==VERSION into CACHE_DIR (unless it is there) and writes its tarball.
"""

import glob
import os
import subprocess
import sys
import zipfile


def main(dist, version, cache, out):
    os.makedirs(cache, exist_ok=True)
    stem = dist.replace("-", "_").replace(".", "_")
    pattern = os.path.join(cache, f"{stem}-{version}-*.whl")
    if not glob.glob(pattern):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "--dest", cache, f"{dist}=={version}"],
            check=True,
        )
    wheels = sorted(glob.glob(pattern))
    if not wheels:
        sys.exit(f"jsii-tarball: no wheel for {dist}=={version} in {cache}")
    with zipfile.ZipFile(wheels[0]) as wheel:
        members = [n for n in wheel.namelist() if "/_jsii/" in n and n.endswith(f"@{version}.jsii.tgz")]
        if len(members) != 1:
            sys.exit(f"jsii-tarball: {wheels[0]} holds {len(members)} jsii tarballs")
        with open(out, "wb") as f:
            f.write(wheel.read(members[0]))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
