"""A custom theme: the ``[theme]`` table of the app's ``.streamlit/config.toml``.

The page's colours, fonts and radii are CSS custom properties (``web/src/style/
tokens.css``), so a custom theme is a set of values for them: ``custom_theme()``
turns the table into the site config's ``theme`` (``{"root": {property: value},
"sidebar": {...}, "color_scheme": "light" | "dark" | None}``) and ``theme_css()``
into the rule index.html carries, so the first paint already has it.

As in Streamlit 1.67:

* ``base`` ("light" / "dark", or a TOML file beside the app whose ``[theme]`` the
  app's own keys override) picks the defaults; without it, the background's
  luminance does. One base means one theme: no System / Light / Dark switcher.
* ``[theme.light]`` and ``[theme.dark]`` make a theme with both variants; the
  colours become ``light-dark(light, dark)`` and the switcher stays.
* A theme that changes the background, secondary background or primary colour
  gets derived borders (text at 20 %), code backgrounds (the two backgrounds
  mixed) and green inline code, unless it sets them; its sidebar swaps the two
  backgrounds. ``[theme.sidebar]`` overrides the sidebar's own.
* Bad values are skipped with a note, as Streamlit logs and ignores them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wasmlit.tooling.site.streamlit_config import read_toml, table

#: Colour options -> the CSS property they set (tokens.css).
COLOR_VARS = {
    "primaryColor": "--primary", "backgroundColor": "--bg", "secondaryBackgroundColor": "--bg2",
    "textColor": "--fg", "linkColor": "--link", "borderColor": "--border",
    "codeTextColor": "--code-fg", "codeBackgroundColor": "--code-bg",
    "greenTextColor": "--ok-fg", "greenBackgroundColor": "--ok-bg",
    "blueTextColor": "--info-fg", "blueBackgroundColor": "--info-bg",
    "yellowTextColor": "--warn-fg", "yellowBackgroundColor": "--warn-bg",
    "redTextColor": "--err-fg", "redBackgroundColor": "--err-bg",
    "grayTextColor": "--gray-fg", "grayBackgroundColor": "--gray-bg",
    "dataframeBorderColor": "--df-border", "dataframeHeaderBackgroundColor": "--df-header-bg",
    "redColor": "--red", "orangeColor": "--orange", "yellowColor": "--yellow", "blueColor": "--blue",
    "greenColor": "--green", "violetColor": "--violet", "grayColor": "--gray",
}
#: Sidebar colour options that set the sidebar's own shades (tokens.css, --sb-*).
SIDEBAR_VARS = {
    "primaryColor": "--sb-primary", "backgroundColor": "--sb-bg", "secondaryBackgroundColor": "--sb-bg2",
    "textColor": "--sb-fg", "borderColor": "--sb-border", "codeBackgroundColor": "--sb-code-bg",
}
#: Streamlit 1.67's defaults of the colours a derived value needs (light, dark).
DEFAULTS = {
    "--primary": ("#c53948", "#cf4250"), "--bg": ("#ffffff", "#171614"), "--bg2": ("#f8f8f7", "#2d2b27"),
    "--fg": ("#2f2d2b", "#edebe8"), "--link": ("#244fb4", "#85b8f8"), "--border": ("#dcd8d4", "#4a4742"),
    "--code-fg": ("#2f2d2b", "#edebe8"), "--code-bg": ("#f7f7f6", "#242321"),
    "--ok-fg": ("#0c5a44", "#7ed5b0"), "--ok-bg": ("#f1fbf6", "#0e2f24"),
    "--info-fg": ("#244fb4", "#85b8f8"), "--info-bg": ("#edf5ff", "#1e2a3d"),
    "--warn-fg": ("#956b0f", "#fbd54f"), "--warn-bg": ("#fffae5", "#302917"),
    "--err-fg": ("#9e303b", "#f2919a"), "--err-bg": ("#fff1f2", "#412023"),
    "--gray-fg": ("#686255", "#b8b3a8"), "--gray-bg": ("#f5f4f2", "#2c2925"),
    "--sb-bg": ("#f8f8f7", "#21201d"), "--sb-bg2": ("#f1f0ee", "#2d2b27"),
    "--sb-border": ("#d7d3cf", "#4a4742"), "--sb-code-bg": ("#f1f1f0", "#1a1917"),
}
#: Streamlit's font families (theme.font / headingFont / codeFont keywords).
FONTS = {"sans-serif": '"Source Sans", sans-serif', "serif": '"Source Serif", serif', "monospace": '"Source Code Pro", monospace'}
#: baseRadius / buttonRadius keywords, in rem.
RADII = {"none": 0.0, "small": 0.35, "medium": 0.5, "large": 1.0, "full": 1.4}

_HEX = re.compile(r"#?([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_FUNCTION = re.compile(r"(?i)(rgba?|hsla?)\(\s*[-+0-9.%\s,/a-z]*\)")
_NAME = re.compile(r"[a-zA-Z]{3,30}")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)(px|rem)?")
_FONT = re.compile(r"[\w\s,\"'-]{1,200}")

Say = Callable[[str], None]


def custom_theme(config: dict[str, Any], app_dir: Path, say: Say) -> dict[str, Any] | None:
    """The site config's ``theme`` for a parsed config.toml, or None without a ``[theme]``."""
    section = dict(table(config, "theme"))
    if not section:
        return None
    base = section.pop("base", None)
    if isinstance(base, str) and base not in ("light", "dark"):
        section = {**_base_file(base, app_dir, say), **section}
        base = section.pop("base", None)
        base = base if base in ("light", "dark") else None
    elif base is not None and base not in ("light", "dark"):
        say(f'theme.base = {base!r} is not "light", "dark" or a theme file; it is ignored.')
        base = None
    light, dark = table(section, "light"), table(section, "dark")
    if light or dark:
        return _two_variants(section, light, dark, say)
    scheme = base or _scheme_of(section.get("backgroundColor"))
    root, sidebar = _variant(section, scheme, say)
    return {"root": root, "sidebar": sidebar, "color_scheme": scheme}


def theme_css(theme: dict[str, Any] | None, root: str = ":root") -> str:
    """The ``<style>`` index.html carries for a custom theme (theme.js ``themeCss`` writes the same)."""
    if not theme:
        return ""
    block = lambda props: " ".join(f"{k}: {v};" for k, v in props.items())  # noqa: E731
    scheme = f" color-scheme: {theme['color_scheme']};" if theme.get("color_scheme") else ""
    css = f"{root} {{ {block(theme['root'])}{scheme} }}\n.stSidebar {{ {block(theme['sidebar'])} }}\n"
    return f'<style id="wasmlit-theme">\n{css.replace("<", "")}</style>'


def _variant(section: dict[str, Any], scheme: str, say: Say, where: str = "theme") -> tuple[dict[str, str], dict[str, str]]:
    """The properties of one variant (``scheme`` picks the defaults it derives from)."""
    root: dict[str, str] = {}
    for key, prop in COLOR_VARS.items():
        color = _color(section.get(key), f"{where}.{key}", say)
        if color:
            root[prop] = color
    root.update(_non_colors(section, say, where))
    root["--progress"] = "var(--primary)"  # a custom theme's secondary colour is its primary
    dark = scheme == "dark"
    changed = [p for p in ("--bg", "--bg2", "--primary") if p in root and root[p].lower() != DEFAULTS[p][dark]]
    derived_grid: dict[str, str] = {}
    if "--border" in root:
        # Streamlit: the dataframe's border is the border colour at 45 % (borderColorLight).
        derived_grid["--df-border"] = "color-mix(in srgb, var(--border) 45%, transparent)"
    if changed:
        if "--border" not in root:
            derived_grid["--df-border"] = "color-mix(in srgb, var(--fg) 10%, transparent)"  # fadedText05
        derived_grid["--df-header-bg"] = "color-mix(in srgb, var(--bg) 50%, var(--bg2))"  # bgMix
        root.setdefault("--border", "color-mix(in srgb, var(--fg) 20%, transparent)")
        root.setdefault("--code-bg", "color-mix(in srgb, var(--bg) 50%, var(--bg2))")
        root.setdefault("--code-fg", "var(--ok-fg)")
    for prop, value in derived_grid.items():
        root.setdefault(prop, value)
    if "--bg" in root or "--bg2" in root:
        # A custom background: the sidebar takes the secondary one, and its widgets the main one.
        root["--sb-bg"] = root.get("--bg2", DEFAULTS["--bg2"][dark])
        root["--sb-bg2"] = root.get("--bg", DEFAULTS["--bg"][dark])
        root["--sb-border"] = "var(--border)"
        root["--sb-code-bg"] = "var(--code-bg)"
    elif "--border" in root:
        root["--sb-border"] = "var(--border)"
    sidebar: dict[str, str] = {}
    side = table(section, "sidebar")
    for key, value in side.items():
        if key in SIDEBAR_VARS:
            color = _color(value, f"{where}.sidebar.{key}", say)
            if color:
                root[SIDEBAR_VARS[key]] = color
        elif key in COLOR_VARS:
            color = _color(value, f"{where}.sidebar.{key}", say)
            if color:
                sidebar[COLOR_VARS[key]] = color
    sidebar.update(_non_colors(side, say, f"{where}.sidebar"))
    # tokens.css gives the sidebar dataframe shades of its own; derived ones follow it there too.
    for prop in derived_grid:
        if prop not in sidebar and root[prop] == derived_grid[prop]:
            sidebar[prop] = derived_grid[prop]
    return root, sidebar


def _two_variants(section: dict[str, Any], light: dict[str, Any], dark: dict[str, Any], say: Say) -> dict[str, Any]:
    """``[theme.light]`` and ``[theme.dark]``: colours as light-dark(), the rest from ``[theme]``."""
    common = {k: v for k, v in section.items() if k not in ("light", "dark")}
    variants = []
    for name, own in (("light", light), ("dark", dark)):
        merged = {**common, **{k: v for k, v in own.items() if k != "sidebar"}}
        merged["sidebar"] = {**table(common, "sidebar"), **table(own, "sidebar")}
        variants.append(_variant(merged, name, say, f"theme.{name}"))
    (light_root, light_side), (dark_root, dark_side) = variants
    def pair(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
        out = {}
        for prop in sorted(set(a) | set(b)):
            if prop in DEFAULTS or prop in COLOR_VARS.values():
                lv = a.get(prop, DEFAULTS.get(prop, ("", ""))[0])
                dv = b.get(prop, DEFAULTS.get(prop, ("", ""))[1])
                out[prop] = lv if lv == dv else f"light-dark({lv}, {dv})"
            else:
                out[prop] = a.get(prop, b.get(prop, ""))
        return out
    return {"root": pair(light_root, dark_root), "sidebar": pair(light_side, dark_side), "color_scheme": None}


def _non_colors(section: dict[str, Any], say: Say, where: str) -> dict[str, str]:
    """Fonts, sizes, radii and borders."""
    out: dict[str, str] = {}
    for key, prop in (("font", "--font"), ("headingFont", "--heading-font"), ("codeFont", "--mono")):
        value = section.get(key)
        if value is None:
            continue
        family = _font(value, FONTS["monospace" if key == "codeFont" else "sans-serif"])
        if family is None:
            say(f"{where}.{key} = {value!r} is not a font family; it is ignored.")
            continue
        out[prop] = family
    if "--font" in out and "--heading-font" not in out:
        out["--heading-font"] = out["--font"]
    size = section.get("baseFontSize")
    if size is not None:
        if isinstance(size, (int, float)) and not isinstance(size, bool) and size > 0:
            out["--font-size"] = f"{size}px"
        else:
            say(f"{where}.baseFontSize = {size!r} is not a positive number of pixels; it is ignored.")
    radius = _radius(section.get("baseRadius"), f"{where}.baseRadius", say)
    if radius:
        number, unit = radius
        for prop, factor in (("--radius", 1.0), ("--radius-sm", 0.5), ("--radius-md", 0.75), ("--radius-xl", 1.5)):
            out[prop] = f"{round(number * factor, 2):g}{unit}"
        out["--radius-button"] = out["--radius"]
    button = _radius(section.get("buttonRadius"), f"{where}.buttonRadius", say)
    if button:
        out["--radius-button"] = f"{button[0]:g}{button[1]}"
    if section.get("showWidgetBorder") is False:
        out["--widget-border"] = "transparent"
    if section.get("showSidebarBorder") is False:
        out["--sb-edge"] = "transparent"
    return out


def _color(value: Any, name: str, say: Say) -> str | None:
    if value is None:
        return None
    text = value.strip() if isinstance(value, str) else ""
    if _HEX.fullmatch(text):
        return text if text.startswith("#") else f"#{text}"
    if _FUNCTION.fullmatch(text) or _NAME.fullmatch(text):
        return text
    say(f"{name} = {value!r} is not a colour (use a name, #hex, rgb() or hsl()); it is ignored.")
    return None


def _font(value: Any, fallback: str) -> str | None:
    if not isinstance(value, str) or not _FONT.fullmatch(value.strip()):
        return None
    name = value.strip()
    key = name.lower().replace(" ", "-")
    return FONTS.get(key) or f"{name}, {fallback}"


def _radius(value: Any, name: str, say: Say) -> tuple[float, str] | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in RADII:
        return RADII[text], "rem"
    m = _SIZE.fullmatch(text)
    if m and not isinstance(value, bool):
        return float(m.group(1)), m.group(2) or "px"
    say(f'{name} = {value!r} is not a radius ("none", "small", "medium", "large", "full", or px / rem); it is ignored.')
    return None


def _scheme_of(background: Any) -> str:
    """Light unless the background is dark (Streamlit: luminance of the background > 0.5)."""
    m = _HEX.fullmatch(background.strip()) if isinstance(background, str) else None
    if not m:
        return "light"
    digits = m.group(1)
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    lin = lambda c: c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4  # noqa: E731
    return "light" if 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) > 0.5 else "dark"


def _base_file(base: str, app_dir: Path, say: Say) -> dict[str, Any]:
    """``base = "themes/x.toml"``: that file's ``[theme]`` (a URL is not fetched at build time)."""
    if "://" in base:
        say(f"theme.base = {base!r}: a theme from a URL is not fetched when building; the light theme is used.")
        return {}
    path = (app_dir / base).resolve()
    if not path.is_file() or not path.is_relative_to(app_dir.resolve()):
        say(f"theme.base = {base!r}: no such theme file inside the app's folder; the light theme is used.")
        return {}
    return dict(table(read_toml(path), "theme"))
