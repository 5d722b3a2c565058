"""A multipage app's site: every page answers its own URL on a plain static
host (``<page>/index.html``, with a ``<base>`` at the site's root), prerendered
with that page's first screen and menu; ``.streamlit/config.toml`` reaches the
site config."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from wasmlit.tooling.site.build import BuildError, build_site

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def config_of(html: str) -> dict:
    return json.loads(re.search(r'id="wasmlit-config">(.*?)</script>', html, re.S).group(1))


@pytest.fixture(scope="module")
def multipage_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "mp"
    return build_site(EXAMPLES / "multipage" / "app.py", out, prerender=True)


def test_each_page_of_a_pages_folder_app_has_its_own_entry(multipage_site: Path) -> None:
    root = (multipage_site / "index.html").read_text()
    profile = (multipage_site / "Profile" / "index.html").read_text()
    plot = (multipage_site / "Plot_demo" / "index.html").read_text()
    assert "<base" not in root
    assert '<base href="../">' in profile and '<base href="../">' in plot
    assert config_of(root)["pages"] == ["Profile", "Plot_demo"]
    # Each entry paints its own page first, with the menu marking it.
    heading = lambda html: re.search(r"<h1[^>]*><span[^>]*>([^<]*)</span>", html).group(1)  # noqa: E731
    assert [heading(root), heading(profile), heading(plot)] == ["Home", "Profile", "Plot demo"]
    assert 'data-testid="stSidebarNav"' in profile
    current = re.search(r'<a[^>]*aria-current="page"[^>]*>', profile).group(0)
    assert 'data-wl-page="Profile"' in current
    assert "<title>Profile</title>" in profile


def test_navigation_app_pages_are_found_by_running_it(tmp_path: Path) -> None:
    app = tmp_path / "nav"
    shutil.copytree(EXAMPLES / "navigation", app)
    out = build_site(app / "app.py", tmp_path / "site")  # no prerender: the pages are still found
    assert sorted(config_of((out / "index.html").read_text())["pages"]) == ["reports", "settings"]
    assert (out / "settings" / "index.html").is_file() and (out / "reports" / "index.html").is_file()


def test_config_toml_options_and_theme_reach_the_site_config(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[client]\ntoolbarMode = "minimal"\nshowSidebarNavigation = false\n[server]\nport = 9000\n'
        '[theme]\nprimaryColor = "#ff00aa"\n')
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(st.get_option('client.toolbarMode'))\n")
    config = config_of((build_site(tmp_path / "app.py", tmp_path / "site") / "index.html").read_text())
    assert config["client_options"]["client.toolbarMode"] == "minimal"
    assert config["client_options"]["client.showSidebarNavigation"] is False
    assert config["theme"]["root"]["--primary"] == "#ff00aa"


def test_a_broken_config_toml_fails_the_build_saying_what_to_fix(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[client\n")
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    with pytest.raises(BuildError, match="is not valid TOML"):
        build_site(tmp_path / "app.py", tmp_path / "site")


def test_a_page_named_like_a_site_folder_gets_no_entry(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "pg = st.navigation([st.Page(lambda: st.write('a'), title='A'), st.Page(lambda: st.write('b'), title='B', url_path='assets')])\n"
        "pg.run()\n")
    notes: list[str] = []
    out = build_site(tmp_path / "app.py", tmp_path / "site", log=notes.append)
    assert config_of((out / "index.html").read_text())["pages"] == []
    assert any("'assets' is one of the site's own names" in n for n in notes)
