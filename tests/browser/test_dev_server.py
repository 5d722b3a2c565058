"""`wasmlit run`'s server: headers, hot reload in the same worker, build errors."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from wasmlit.tooling.cli import main
from wasmlit.tooling.dev_server import EVENTS_PATH, SiteServer
from wasmlit.tooling.site.build import BuildError, build_site, check_web_dir

from . import apps
from .conftest import wait_idle, wait_ready


def test_headers_for_wasm_and_isolation(app_url, server) -> None:
    base = app_url("columns_counter")
    with urllib.request.urlopen(base + "pyodide/pyodide.asm.wasm") as res:
        assert res.headers["Content-Type"] == "application/wasm"
        assert res.headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert res.headers["Cross-Origin-Embedder-Policy"] == "credentialless"
    with urllib.request.urlopen(base + "assets/app.js") as res:
        assert res.headers["Content-Type"].startswith("text/javascript")


def test_page_is_cross_origin_isolated(open_app) -> None:
    page = open_app("columns_counter")
    assert page.evaluate("crossOriginIsolated") is True


def test_hot_reload_keeps_session_state(page: Page, tmp_path: Path) -> None:
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    script = app_dir / "app.py"
    script.write_text(apps.HOT_RELOAD_V1, encoding="utf-8")
    site = build_site(script, tmp_path / "site", dev_events=EVENTS_PATH)
    with SiteServer(site, app_dir=app_dir) as srv:
        page.goto(srv.url)
        wait_ready(page)
        page.get_by_role("button", name="Add").click()
        page.get_by_role("button", name="Add").click()
        expect(page.get_by_text("Version one: 2")).to_be_visible()
        page.evaluate("window.__marker = 'same page'")
        script.write_text(apps.HOT_RELOAD_V1.replace("Version one", "Version two"), encoding="utf-8")
        expect(page.get_by_text("Version two: 2")).to_be_visible(timeout=15_000)
        assert page.evaluate("window.__marker") == "same page"  # no reload: same worker, same session
        page.get_by_role("button", name="Add").click()
        expect(page.get_by_text("Version two: 3")).to_be_visible()
        wait_idle(page)


def test_missing_node_modules_names_the_fix(tmp_path: Path) -> None:
    web = tmp_path / "web"
    (web / "src").mkdir(parents=True)
    (web / "src" / "index.html").write_text("x")
    with pytest.raises(BuildError, match=r"npm ci --prefix"):
        check_web_dir(web)


def test_cli_build_writes_a_self_contained_site(tmp_path: Path, capsys) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "app.py").write_text("import streamlit as st\nst.write('hi')\n")
    (tmp_path / "app" / "data.csv").write_text("a,b\n1,2\n")
    assert main(["build", str(tmp_path / "app" / "app.py"), "-o", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    # `wasmlit build` hashes asset names; wasmlit-manifest.json maps the plain names to them.
    manifest = json.loads((out / "wasmlit-manifest.json").read_text())
    for rel in ("index.html", manifest["assets/app.js"], manifest["assets/worker.js"], manifest["assets/vendor/marked.esm.js"],
                manifest["assets/vendor/purify.es.mjs"], manifest["pyodide/"] + "pyodide.asm.wasm", "app/app.py", "app/data.csv"):
        assert (out / rel).is_file(), rel
    assert list((out / "runtime").glob("*/wasmlit-*.whl"))
    html = (out / "index.html").read_text()
    assert "cdn" not in html.lower()
    assert main(["build", str(tmp_path / "missing.py"), "-o", str(tmp_path / "x")]) == 2
    assert "No app script" in capsys.readouterr().err
