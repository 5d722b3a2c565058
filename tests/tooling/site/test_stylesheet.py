"""The page stylesheet: its parts are inlined into one file, and the fonts are copied (web.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.web import VENDOR_FILES, WEB_DIR, bundle_stylesheet


def test_style_parts_are_inlined_in_order_with_urls_rebased(tmp_path: Path) -> None:
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "a.css").write_text(".a { background: url(../img/x.png); }\n")
    (tmp_path / "style" / "b.css").write_text(".b { color: red; }\n")
    (tmp_path / "style.css").write_text('/* head */\n@import "./style/a.css";\n@import "./style/b.css";\n.c {}\n')
    out = bundle_stylesheet(tmp_path)
    assert "@import" not in out
    assert out.index(".a {") < out.index(".b {") < out.index(".c {}")
    assert "url(./img/x.png)" in out


def test_a_missing_part_is_a_build_error(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text('@import "./style/nope.css";\n')
    with pytest.raises(BuildError, match="nope.css"):
        bundle_stylesheet(tmp_path)


def test_the_real_stylesheet_bundles_every_part_and_defines_the_theme_tokens() -> None:
    out = bundle_stylesheet(WEB_DIR / "src")
    assert "@import" not in out
    for token in ("--primary:", "--bg:", "--bg2:", "--fg:", "--font:", "--mono:", "--radius:"):
        assert token in out
    assert '"Source Sans"' in out and '"Source Code Pro"' in out


def test_fonts_css_names_only_copied_woff2_files() -> None:
    fonts_css = (WEB_DIR / "src" / "fonts.css").read_text()
    modules = WEB_DIR / "node_modules"
    copied = {p.name for pattern, dest in VENDOR_FILES.items() if dest == "fonts" for p in modules.glob(pattern)}
    named = {line.split("vendor/fonts/")[1].split('"')[0] for line in fonts_css.splitlines() if "vendor/fonts/" in line}
    assert named and named <= copied
    assert all(name.endswith(".woff2") and "-latin-" in name for name in copied)


def test_index_preloads_the_text_face_and_the_code_face_when_the_first_screen_shows_code() -> None:
    from wasmlit.tooling.site.page import FONT_FACES, font_preloads
    from wasmlit.tooling.site.prerender import StaticHtml

    manifest = {path: path.replace(".woff2", ".abc.woff2") for path in FONT_FACES.values()}
    plain = font_preloads(manifest, StaticHtml(main="<h1>Title</h1><p><strong>b</strong></p>", sidebar="", sidebar_empty=True))
    assert plain.count("<link") == 1 and "source-sans-3-latin-wght-normal.abc.woff2" in plain
    tags = font_preloads(manifest, StaticHtml(main="<p><code>x</code></p>", sidebar="", sidebar_empty=True))
    assert tags.count('rel="preload"') == 2 and 'as="font"' in tags and "crossorigin" in tags
    assert "source-code-pro-latin-400-normal.abc.woff2" in tags
