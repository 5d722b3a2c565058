"""Run by ``wasmlit.tooling.site.lockfile`` in its helper venv (Python >= 3.12, ``pyodide-lock``).

Reads one JSON object on stdin::

    {"dist_lock": path, "wheels": [paths], "base_path": path,
     "package_prefix": str, "out": path}

and writes the site's lock to ``out``: the distribution's packages with their
file names prefixed by ``package_prefix`` (where they are served from), plus
``wheels`` with sha256 and dependencies, named relative to ``base_path``. The
distribution's unvendored test suites (``numpy-tests``, ...) are left out: no
app loads them, and their entries were 3 KiB (brotli) of every cold load.
Errors go to stderr, exit code 1.
"""

import json
import sys
from pathlib import Path

from pyodide_lock import PyodideLockSpec
from pyodide_lock.utils import add_wheels_to_spec


def _unvendored_tests(spec: PyodideLockSpec, name: str) -> bool:
    """Is ``name`` the test suite split out of another package (``<package>-tests``)?"""
    base = spec.packages.get(name.removesuffix("-tests")) if name.endswith("-tests") else None
    return base is not None and base.unvendored_tests


def main() -> int:
    job = json.load(sys.stdin)
    spec = PyodideLockSpec.from_json(Path(job["dist_lock"]))
    prefix = job["package_prefix"]
    spec.packages = {name: package for name, package in spec.packages.items() if not _unvendored_tests(spec, name)}
    for package in spec.packages.values():
        name = package.file_name
        if prefix and "://" not in name and not name.startswith("/"):
            package.file_name = prefix + name
    try:
        spec = add_wheels_to_spec(spec, [Path(w) for w in job["wheels"]], base_path=Path(job["base_path"]))
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    spec.to_json(Path(job["out"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
