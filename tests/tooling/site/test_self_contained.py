"""Pyodide-distribution packages found from the app's imports, and
``--self-contained`` sites that serve them (checked against the lock's sha256)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from wasmlit.tooling.site import distribution as distribution_module
from wasmlit.tooling.site.build import BuildError, build_site
from wasmlit.tooling.site.imports import (
    app_imports,
    dependency_closure,
    distribution_packages,
    imported_modules,
    pypi_candidates,
)

from .fake_distribution import REAL_LOCK, make_distribution, serve
from .test_build import config_of


def test_imports_are_found_in_every_module_of_the_app_folder_without_running_it(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("import streamlit as st\nimport pandas as pd\nfrom helpers import x\n"
                                     "import os, json\nfrom . import sibling\nraise SystemExit('never run')\n")
    (tmp_path / "helpers.py").write_text("def f():\n    import numpy.linalg\n    from scipy import stats\nx = 1\n")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p.py").write_text("import pages.other\nimport dateutil.parser\n")
    (tmp_path / "broken.py").write_text("def (:\n")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_app.py").write_text("import pytest, polars\n")
    (tmp_path / "conftest.py").write_text("import hypothesis\n")
    (tmp_path / "make_plots.py").write_text("import matplotlib\n")  # a helper script the app never runs
    (tmp_path / "other.py").write_text("import altair\n")
    (tmp_path / "nav.py").write_text("import streamlit as st\nst.navigation([st.Page('other.py')]).run()\n")
    files = ["app.py", "helpers.py", "pages/p.py", "broken.py", "tests/test_app.py", "conftest.py", "make_plots.py",
             "other.py", "nav.py"]
    found = app_imports(tmp_path, files, "app.py")
    # Not streamlit, the stdlib, the app's own modules, what its tests import, or what a
    # script the app never runs imports.
    assert found == {"pandas", "numpy", "scipy", "dateutil"}
    # A script named as a page (st.Page("other.py")) is part of the app.
    assert app_imports(tmp_path, files, "nav.py") == {"altair", "dateutil"}
    assert imported_modules("import a.b as c\nfrom d.e import f\nfrom .g import h") == {"a", "d"}


def test_imports_map_to_distribution_packages_and_their_dependency_closure() -> None:
    lock = json.loads(REAL_LOCK.read_text())
    assert set(distribution_packages({"pandas", "dateutil", "not_a_package"}, lock)) == {"pandas", "python-dateutil"}
    closure = dependency_closure(["pandas"], lock)
    assert closure[-1] == "pandas" and {"numpy", "python-dateutil", "pytz", "six"} <= set(closure)
    assert closure.index("six") < closure.index("python-dateutil")  # dependencies first


def test_a_module_the_distribution_lacks_is_looked_for_as_installed_here_then_by_its_name() -> None:
    """The version the app ran with on this machine first (``packaging`` provides ``packaging``)."""
    import packaging

    assert pypi_candidates("packaging") == [f"packaging=={packaging.__version__}", "packaging"]
    assert pypi_candidates("yaml")[0].lower().startswith("pyyaml==")  # the distribution's name, not the module's
    assert pypi_candidates("surely_not_installed_here") == ["surely_not_installed_here"]


@pytest.fixture
def distribution(tmp_path: Path) -> Path:
    return make_distribution(tmp_path / "dist")


@pytest.fixture
def pandas_like_app(tmp_path: Path) -> Path:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text("import streamlit as st\nimport fakepandas\nst.write('fakepandas', fakepandas.VERSION)\n")
    return script


def test_an_imported_distribution_package_loads_without_a_requirements_file(
        pandas_like_app: Path, distribution: Path, tmp_path: Path) -> None:
    notes: list[str] = []
    site = build_site(pandas_like_app, tmp_path / "site", dist_lock=distribution, log=notes.append)
    config = config_of(site)
    assert "fakepandas" in config["packages"]
    assert config["package_base_url"]  # loaded from the distribution at run time
    assert any("imports fakepandas" in n for n in notes)


def test_self_contained_site_serves_the_packages_and_their_dependencies(
        pandas_like_app: Path, distribution: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distribution_module, "default_cache", lambda: tmp_path / "cache")
    notes: list[str] = []
    with serve(distribution.parent / "files") as url:
        site = build_site(pandas_like_app, tmp_path / "site", dist_lock=distribution, package_base_url=url,
                          self_contained=True, hash_assets=True, service_worker=True, log=notes.append)
    config = config_of(site)
    assert config["package_base_url"] is None
    lock = json.loads((site / config["lock_url"]).read_text())
    for name in ("fakepandas", "fakenumpy"):
        entry = lock["packages"][name]
        served = site / "runtime" / entry["file_name"]
        assert served.is_file() and "://" not in entry["file_name"]
        assert hashlib.sha256(served.read_bytes()).hexdigest() == entry["sha256"]
        assert f"runtime/{entry['file_name']}" in (site / "sw.js").read_text()  # precached for offline use
    assert lock["packages"]["numpy"]["file_name"].startswith(url)  # what the app does not need stays remote
    assert any("2 Pyodide package(s) served by the site" in n for n in notes)


def test_self_contained_refuses_a_file_whose_sha256_differs_from_the_lock(
        pandas_like_app: Path, distribution: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distribution_module, "default_cache", lambda: tmp_path / "cache")
    wheel = next((distribution.parent / "files").glob("fakenumpy-*.whl"))
    wheel.write_bytes(wheel.read_bytes() + b"tampered")
    with serve(distribution.parent / "files") as url, pytest.raises(BuildError, match="refused fakenumpy.*sha256"):
        build_site(pandas_like_app, tmp_path / "site", dist_lock=distribution, package_base_url=url,
                   self_contained=True)


def test_self_contained_says_why_when_the_distribution_cannot_be_reached(
        pandas_like_app: Path, distribution: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distribution_module, "default_cache", lambda: tmp_path / "cache")
    with serve(distribution.parent / "files") as url:
        pass  # the server is gone now
    with pytest.raises(BuildError, match="could not download fakenumpy"):
        build_site(pandas_like_app, tmp_path / "site", dist_lock=distribution, package_base_url=url,
                   self_contained=True)
