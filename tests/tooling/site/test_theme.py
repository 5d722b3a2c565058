"""The custom theme from ``.streamlit/config.toml`` (tooling/site/theme.py) and the TOML reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.streamlit_config import read_config_toml
from wasmlit.tooling.site.theme import custom_theme, theme_css


def write_config(app_dir: Path, text: str) -> dict:
    (app_dir / ".streamlit").mkdir(parents=True, exist_ok=True)
    (app_dir / ".streamlit" / "config.toml").write_text(text, encoding="utf-8")
    return read_config_toml(app_dir)


def theme_of(tmp_path: Path, text: str) -> tuple[dict | None, list[str]]:
    notes: list[str] = []
    return custom_theme(write_config(tmp_path, text), tmp_path, notes.append), notes


def test_no_config_file_means_no_theme(tmp_path: Path) -> None:
    assert read_config_toml(tmp_path) == {}
    assert custom_theme({}, tmp_path, print) is None
    assert theme_css(None) == ""


def test_invalid_toml_is_a_build_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"config\.toml is not valid TOML"):
        write_config(tmp_path, "[theme\nprimaryColor = 1")


def test_config_without_a_theme_table_gives_no_theme(tmp_path: Path) -> None:
    theme, _ = theme_of(tmp_path, '[client]\ntoolbarMode = "minimal"\n')
    assert theme is None


def test_colours_fonts_and_base_become_css_properties(tmp_path: Path) -> None:
    theme, notes = theme_of(tmp_path, """
[theme]
base = "dark"
primaryColor = "#1f77b4"
backgroundColor = "0e1117"
textColor = "rgb(250, 250, 250)"
font = "serif"
codeFont = "monospace"
""")
    assert notes == []
    assert theme is not None
    root = theme["root"]
    assert theme["color_scheme"] == "dark"
    assert root["--primary"] == "#1f77b4"
    assert root["--bg"] == "#0e1117"  # a hex without '#' is accepted, as Streamlit does
    assert root["--fg"] == "rgb(250, 250, 250)"
    assert root["--font"] == root["--heading-font"] == '"Source Serif", serif'
    assert root["--mono"] == '"Source Code Pro", monospace'


def test_a_changed_background_derives_borders_code_and_sidebar(tmp_path: Path) -> None:
    theme, _ = theme_of(tmp_path, '[theme]\nbackgroundColor = "#fdf6e3"\nsecondaryBackgroundColor = "#eee8d5"\n')
    assert theme is not None
    root = theme["root"]
    assert theme["color_scheme"] == "light"  # from the background's luminance
    assert root["--border"].startswith("color-mix(")
    assert root["--sb-bg"] == "#eee8d5" and root["--sb-bg2"] == "#fdf6e3"


def test_grid_shades_follow_a_custom_theme_as_in_streamlit(tmp_path: Path) -> None:
    theme, _ = theme_of(tmp_path, '[theme]\nbackgroundColor = "#fdf6e3"\nredColor = "#dc322f"\n')
    assert theme is not None
    root = theme["root"]
    assert root["--df-border"] == "color-mix(in srgb, var(--fg) 10%, transparent)"  # Streamlit's fadedText05
    assert root["--df-header-bg"] == "color-mix(in srgb, var(--bg) 50%, var(--bg2))"  # its bgMix
    assert root["--red"] == "#dc322f"
    assert theme["sidebar"]["--df-border"] == root["--df-border"]
    theme, _ = theme_of(tmp_path, '[theme]\nbackgroundColor = "#fdf6e3"\ndataframeBorderColor = "#aaaaaa"\n'
                                  'dataframeHeaderBackgroundColor = "#eeeeee"\n')
    assert theme is not None
    assert (theme["root"]["--df-border"], theme["root"]["--df-header-bg"]) == ("#aaaaaa", "#eeeeee")
    assert "--df-border" not in theme["sidebar"]


def test_a_dark_background_without_base_picks_the_dark_scheme(tmp_path: Path) -> None:
    theme, _ = theme_of(tmp_path, '[theme]\nbackgroundColor = "#111111"\n')
    assert theme is not None and theme["color_scheme"] == "dark"


def test_radii_borders_and_sidebar_options(tmp_path: Path) -> None:
    theme, _ = theme_of(tmp_path, """
[theme]
baseRadius = "large"
buttonRadius = "4px"
showWidgetBorder = false
showSidebarBorder = false
borderColor = "#cccccc"

[theme.sidebar]
backgroundColor = "navy"
textColor = "white"
linkColor = "#ffcc00"
""")
    assert theme is not None
    root, sidebar = theme["root"], theme["sidebar"]
    assert root["--radius"] == "1rem" and root["--radius-sm"] == "0.5rem" and root["--radius-button"] == "4px"
    assert root["--widget-border"] == "transparent" and root["--sb-edge"] == "transparent"
    assert root["--border"] == "#cccccc"
    assert root["--sb-bg"] == "navy" and root["--sb-fg"] == "white"
    # The dataframe border follows the border colour, in the sidebar too (tokens.css gives it its own shades).
    assert sidebar == {"--link": "#ffcc00", "--df-border": "color-mix(in srgb, var(--border) 45%, transparent)"}


def test_light_and_dark_tables_make_light_dark_values_and_keep_the_switcher(tmp_path: Path) -> None:
    theme, _ = theme_of(tmp_path, """
[theme]
font = "monospace"
[theme.light]
primaryColor = "#0068c9"
[theme.dark]
primaryColor = "#83c9ff"
""")
    assert theme is not None
    assert theme["color_scheme"] is None
    assert theme["root"]["--primary"] == "light-dark(#0068c9, #83c9ff)"
    assert theme["root"]["--font"] == '"Source Code Pro", monospace'


def test_bad_values_are_skipped_with_a_note_and_cannot_inject_css(tmp_path: Path) -> None:
    theme, notes = theme_of(tmp_path, """
[theme]
primaryColor = "red; } body { display: none"
font = "x; } *{color:red"
baseRadius = "huge"
backgroundColor = "#ffffff"
""")
    assert theme is not None
    assert "--primary" not in theme["root"] and "--font" not in theme["root"]
    assert len(notes) == 3 and any("theme.primaryColor" in n for n in notes)
    css = theme_css(theme)
    assert css.startswith('<style id="wasmlit-theme">') and "display: none" not in css


def test_base_can_name_a_theme_file_beside_the_app(tmp_path: Path) -> None:
    (tmp_path / "themes").mkdir()
    (tmp_path / "themes" / "brand.toml").write_text('[theme]\nbase = "dark"\nprimaryColor = "#00ff00"\ntextColor = "#eeeeee"\n')
    theme, _ = theme_of(tmp_path, '[theme]\nbase = "themes/brand.toml"\ntextColor = "#dddddd"\n')
    assert theme is not None
    assert theme["color_scheme"] == "dark"
    assert theme["root"]["--primary"] == "#00ff00" and theme["root"]["--fg"] == "#dddddd"


def test_theme_css_is_a_rule_for_the_root_and_the_sidebar() -> None:
    css = theme_css({"root": {"--primary": "#123456"}, "sidebar": {"--link": "blue"}, "color_scheme": "light"})
    assert ":root { --primary: #123456; color-scheme: light; }" in css
    assert ".stSidebar { --link: blue; }" in css
