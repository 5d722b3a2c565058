"""A ``--self-contained`` site runs an app that imports a distribution
package with the distribution gone: the package is served by the site."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tooling.site.fake_distribution import make_distribution, serve  # tests/ is on sys.path (rootdir conftest)
from wasmlit.tooling.dev_server import SiteServer
from wasmlit.tooling.site import distribution as distribution_module
from wasmlit.tooling.site.build import build_site

from .conftest import wait_ready


def test_self_contained_site_imports_its_packages_with_the_distribution_offline(
        page: Page, site_root: Path, server: SiteServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distribution_module, "default_cache", lambda: tmp_path / "cache")
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text("import streamlit as st\nimport fakepandas, fakenumpy\n"
                      "st.write(f'loaded {fakepandas.VERSION} and {fakenumpy.VERSION}')\n")
    lock = make_distribution(tmp_path / "dist")
    with serve(lock.parent / "files") as url:
        build_site(script, site_root / "self_contained", dist_lock=lock, package_base_url=url, self_contained=True,
                   hash_assets=True)
    # The distribution server is down: everything must come from the site.
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server.url}self_contained/")
    wait_ready(page)
    expect(page.get_by_text("loaded 4.5.6 and 1.2.3")).to_be_visible()
    assert not [r for r in requests if r.startswith(url)]
    assert any("fakepandas-4.5.6" in r and r.startswith(server.url) for r in requests)
