"""A requirement that cannot be installed at run time is named on the page,
with the reason, instead of leaving the loading screen spinning."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from wasmlit.tooling.site.build import build_site

from .conftest import BOOT_TIMEOUT_MS


def test_missing_runtime_package_is_named_on_the_page(page: Page, site_root: Path, server, tmp_path: Path) -> None:
    script = tmp_path / "needs" / "app.py"
    script.parent.mkdir()
    script.write_text("import streamlit as st\nst.write('never')\n", encoding="utf-8")
    out = build_site(script, site_root / "needs_missing")
    index = out / "index.html"
    html = index.read_text(encoding="utf-8")
    match = re.search(r'(<script type="application/json" id="wasmlit-config">)(.*?)(</script>)', html, re.S)
    assert match
    config = json.loads(match.group(2))
    config["micropip"] = ["wasmlit-no-such-package"]
    index.write_text(html.replace(match.group(2), json.dumps(config)), encoding="utf-8")

    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())  # no network
    page.goto(f"{server.url}needs_missing/")
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "DISCONNECTED_FOREVER", timeout=BOOT_TIMEOUT_MS)
    error = page.get_by_test_id("wlWorkerError")
    expect(error).to_be_visible()
    expect(error).to_contain_text('"wasmlit-no-such-package"')
    expect(page.get_by_text("never")).to_have_count(0)


def test_a_distribution_package_that_cannot_load_leaves_the_app_running(page: Page, site_root: Path, server,
                                                                        tmp_path: Path) -> None:
    """The build finds sympy from the import (no requirements file); the distribution is unreachable, so
    the app still runs: an optional import falls back, and a plain one says which package and why."""
    script = tmp_path / "optional" / "app.py"
    script.parent.mkdir()
    script.write_text(
        "import streamlit as st\n"
        "try:\n    import sympy\n    st.write('sympy loaded')\nexcept ImportError:\n    st.write('Plain text instead')\n"
        "import sympy\n",
        encoding="utf-8")
    build_site(script, site_root / "optional_package")
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())  # no network
    page.goto(f"{server.url}optional_package/")
    expect(page.get_by_text("Plain text instead")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text("No module named 'sympy'")
    expect(error).to_contain_text('wasmlit could not load the package "sympy" when the app started')
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-connection-state", "CONNECTED")
