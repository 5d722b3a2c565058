"""The site's own pyodide-lock.json, written with pyodide-lock in a helper venv."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from wasmlit.tooling.site import lockfile
from wasmlit.tooling.site.build import WEB_DIR
from wasmlit.tooling.site.lockfile import LockError, file_sha256, find_lock_python, write_lock

from .wheels import make_wheel

DIST_LOCK = WEB_DIR / "node_modules" / "pyodide" / "pyodide-lock.json"


def test_no_python_312_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WASMLIT_LOCK_PYTHON", raising=False)
    monkeypatch.setattr(lockfile, "candidate_pythons", lambda: [])
    with pytest.raises(LockError, match=r"Python >= 3.12.*pyenv install 3.12.*WASMLIT_LOCK_PYTHON"):
        find_lock_python()


def test_a_bad_wasmlit_lock_python_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WASMLIT_LOCK_PYTHON", str(tmp_path / "nope"))
    with pytest.raises(LockError, match="WASMLIT_LOCK_PYTHON"):
        find_lock_python()


def test_wasmlit_lock_python_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    python = find_lock_python()
    monkeypatch.setenv("WASMLIT_LOCK_PYTHON", python)
    assert lockfile.candidate_pythons()[0 if sys.version_info < (3, 12) else 1] == python


@pytest.mark.skipif(not DIST_LOCK.is_file(), reason="npm ci --prefix web not done")
def test_lock_lists_wheels_with_hashes_and_prefixes_the_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lockfile, "helper_python", _shared_helper_python())  # the shared venv...
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))  # ...but no cached result
    runtime = tmp_path / "runtime"
    mine = make_wheel(runtime / "abc", "mything", "1.0", ["numpy", "helper"])
    helper = make_wheel(runtime / "def", "helper", "2.0")
    lock = write_lock(DIST_LOCK, [mine, helper], runtime, "https://packages.example/", runtime / "pyodide-lock.json")
    assert lock["packages"]["mything"]["file_name"] == "abc/mything-1.0-py3-none-any.whl"
    assert lock["packages"]["mything"]["sha256"] == file_sha256(mine)
    assert sorted(lock["packages"]["mything"]["depends"]) == ["helper", "numpy"]
    assert lock["packages"]["numpy"]["file_name"].startswith("https://packages.example/numpy-")
    dist = json.loads(DIST_LOCK.read_text())
    assert lock["info"] == dist["info"]
    # Every distribution package is there but the unvendored test suites (numpy-tests is a package of its own).
    suites = {name for name in dist["packages"] if name.endswith("-tests") and dist["packages"][name.removesuffix("-tests")]["unvendored_tests"]}
    assert "matplotlib-tests" in suites and "numpy-tests" not in suites
    assert set(dist["packages"]) - suites < set(lock["packages"])
    assert not suites & set(lock["packages"])


@pytest.mark.skipif(not DIST_LOCK.is_file(), reason="npm ci --prefix web not done")
def test_missing_dependency_is_a_lock_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lockfile, "helper_python", _shared_helper_python())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    runtime = tmp_path / "runtime"
    mine = make_wheel(runtime, "mything", "1.0", ["not-anywhere"])
    with pytest.raises(LockError, match="not-anywhere"):
        write_lock(DIST_LOCK, [mine], runtime, "", runtime / "pyodide-lock.json")


def _shared_helper_python():  # type: ignore[no-untyped-def]
    """The helper venv from the real cache dir (made once per machine)."""
    python = lockfile.helper_python()
    return lambda: python
