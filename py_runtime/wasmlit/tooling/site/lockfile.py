"""The site's own ``pyodide-lock.json``, made with the ``pyodide-lock`` library.

It lists the Pyodide distribution's packages (their file names turned into
URLs under the package base URL) plus the wasmlit runtime wheel and every
vendored wheel, each with its sha256, so ``pyodide.loadPackage`` checks the
hashes and the boot path needs neither micropip nor any other network.

``pyodide-lock`` needs Python >= 3.12 and wasmlit runs on 3.11, so the lock
is written by a small script (``_lock_helper.py``) in a helper venv under
``~/.cache/wasmlit/``, made on first use with the first Python >= 3.12 found:
``$WASMLIT_LOCK_PYTHON``, ``python3.13`` / ``python3.12`` on PATH, then
``~/.pyenv/versions/3.1[2-9]*``. Results are cached by their inputs, so a
rebuild with the same wheels does not start the helper again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: The pinned library (and the extra that brings ``packaging`` and ``pkginfo``).
PYODIDE_LOCK_REQUIREMENT = "pyodide-lock[wheel]==0.2.1"
MIN_PYTHON = (3, 12)
HELPER = Path(__file__).with_name("_lock_helper.py")


class LockError(Exception):
    """The lock cannot be written; the message says what to install or fix."""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wasmlit"


def _python_version(exe: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run([exe, "-c", "import sys; print(*sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    try:
        major, minor = (int(x) for x in out.stdout.split())
    except ValueError:
        return None
    return major, minor


def candidate_pythons() -> list[str]:
    """Where a Python >= 3.12 is looked for, in order."""
    found: list[str] = []
    env = os.environ.get("WASMLIT_LOCK_PYTHON")
    if env:
        found.append(env)
    for name in ("python3.13", "python3.12"):
        path = shutil.which(name)
        if path:
            found.append(path)
    versions = Path.home() / ".pyenv" / "versions"
    if versions.is_dir():
        for pattern in ("3.1[3-9]*", "3.12*"):
            for d in sorted(versions.glob(pattern), reverse=True):
                if (d / "bin" / "python").exists():
                    found.append(str(d / "bin" / "python"))
    if sys.version_info >= MIN_PYTHON:
        found.insert(0, sys.executable)
    return found


def find_lock_python() -> str:
    """The first Python >= 3.12 that runs, or a LockError saying what to install."""
    env = os.environ.get("WASMLIT_LOCK_PYTHON")
    for exe in candidate_pythons():
        version = _python_version(exe)
        if version and version >= MIN_PYTHON:
            return exe
        if exe == env:
            raise LockError(f"WASMLIT_LOCK_PYTHON={env} is not a working Python >= 3.12. Fix: point it at one, e.g. `export WASMLIT_LOCK_PYTHON=$(command -v python3.12)`.")
    raise LockError(
        "wasmlit build needs a Python >= 3.12 beside this one to write the site's pyodide-lock.json "
        "(the pyodide-lock library needs 3.12). None was found (looked at $WASMLIT_LOCK_PYTHON, "
        "python3.13 and python3.12 on PATH, ~/.pyenv/versions/3.1[2-9]*). "
        "Fix: install Python 3.12 or newer (for example `pyenv install 3.12`, or `uv python install 3.12`), "
        "or set WASMLIT_LOCK_PYTHON to the path of one (e.g. `export WASMLIT_LOCK_PYTHON=/usr/bin/python3.12`)."
    )


def helper_python() -> Path:
    """The helper venv's interpreter, with pyodide-lock installed (made on first use)."""
    exe = find_lock_python()
    major, minor = _python_version(exe) or (0, 0)
    tag = hashlib.sha256(f"{os.path.realpath(exe)}|{PYODIDE_LOCK_REQUIREMENT}".encode()).hexdigest()[:8]
    venv = cache_dir() / f"lock-venv-py{major}{minor}-{tag}"
    python = venv / "bin" / "python"
    if (venv / ".ready").is_file() and python.exists():
        return python
    # Made in place; ".ready" is written last, so a half-made venv is made again.
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    for cmd in ([exe, "-m", "venv", str(venv)],
                [str(python), "-m", "pip", "install", "--quiet", PYODIDE_LOCK_REQUIREMENT]):
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            shutil.rmtree(venv, ignore_errors=True)
            raise LockError(
                f"Could not set up the helper venv for pyodide-lock (`{' '.join(cmd)}` failed):\n{res.stderr.strip()[-2000:]}\n"
                f"Fix: make sure `{exe} -m venv` works (Debian: `apt-get install -y python3-venv`) and PyPI is reachable."
            )
    (venv / ".ready").write_text(PYODIDE_LOCK_REQUIREMENT + "\n")
    return python


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def write_lock(dist_lock: Path, wheels: list[Path], base_path: Path, package_prefix: str, out: Path) -> dict:
    """Write the site's lock to ``out`` and return it as a dict.

    ``wheels`` must lie under ``base_path`` (their lock names are relative to
    it, which is the lock's own folder); ``package_prefix`` is put before the
    distribution's file names.
    """
    key = hashlib.sha256()
    key.update(PYODIDE_LOCK_REQUIREMENT.encode())
    key.update(HELPER.read_bytes())
    key.update(dist_lock.read_bytes())
    key.update(package_prefix.encode())
    for w in wheels:
        key.update(f"|{w.relative_to(base_path).as_posix()}={file_sha256(w)}".encode())
    cached = cache_dir() / "locks" / f"{key.hexdigest()[:32]}.json"
    if cached.is_file():
        shutil.copyfile(cached, out)
        return json.loads(out.read_text(encoding="utf-8"))
    job = {"dist_lock": str(dist_lock), "wheels": [str(w) for w in wheels], "base_path": str(base_path),
           "package_prefix": package_prefix, "out": str(out)}
    res = subprocess.run([str(helper_python()), str(HELPER)], input=json.dumps(job), capture_output=True, text=True)
    if res.returncode != 0:
        raise LockError(f"pyodide-lock could not add the wheels to the site's lock: {res.stderr.strip()[-2000:]}")
    cached.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out, cached)
    return json.loads(out.read_text(encoding="utf-8"))
