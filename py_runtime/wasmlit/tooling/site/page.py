"""``index.html``: the page shell with the site config, and the prerendered
first screen as static HTML (and as ops, which the page hydrates from)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wasmlit.tooling.site.config import SiteConfig, inline_json
from wasmlit.tooling.site.hashing import module_graph
from wasmlit.tooling.site.prerender import Prerender, StaticHtml, static_html
from wasmlit.tooling.site.strip_comments import stripped
from wasmlit.tooling.site.theme import theme_css


def page_modules(assets: Path, app_js: str) -> list[str]:
    """Every module the page loads (site-relative), for ``<link rel="modulepreload">``."""
    return [f"assets/{rel}" for rel in module_graph(assets, app_js)]


def draw_first_screen(first_paint: Prerender, assets: Path, renamed: dict[str, str], modules: Path,
                      say: Callable[[str], None]) -> StaticHtml | None:
    """The prerender as static HTML (the site's own renderer, in Node), or None with a build note."""
    drawn = static_html(first_paint.ops, renderer=assets / renamed["renderer/index.js"],
                        protocol=assets / renamed["protocol.js"], node_modules=modules,
                        navigation=first_paint.navigation, navigation_module=assets / renamed["navigation.js"])
    if isinstance(drawn, StaticHtml):
        return drawn
    say(f"The prerendered first screen is drawn by JavaScript, not in the HTML: {drawn.reason}.")
    return None


#: Font faces index.html preloads: body text's always (one variable face: every weight),
#: and code's when the prerendered first screen shows code (a face is otherwise found only
#: once the stylesheet applies, after the first paint, and its text would paint in a
#: fallback font first).
FONT_FACES = {
    "text": "assets/vendor/fonts/source-sans-3-latin-wght-normal.woff2",
    "code": "assets/vendor/fonts/source-code-pro-latin-400-normal.woff2",
}
_FACE_TAGS = {"code": re.compile(r"<(?:code|pre)[\s>]")}


def font_preloads(manifest: dict[str, str], drawn: StaticHtml | None) -> str:
    """``<link rel=preload>`` tags for the faces the first screen uses."""
    html = f"{drawn.main}{drawn.sidebar}" if drawn else ""
    faces = ["text", *[face for face, tag in _FACE_TAGS.items() if tag.search(html)]]
    return "\n".join(f'<link rel="preload" href="{manifest[FONT_FACES[face]]}" as="font" type="font/woff2" crossorigin>'
                     for face in faces)


def render_index(template: Path, *, title: str, config: SiteConfig, manifest: dict[str, str],
                 first_paint: Prerender | None, drawn: StaticHtml | None, layout: str, sidebar_state: str = "auto",
                 depth: int = 0, strip: bool = False) -> str:
    """Fill ``web/src/index.html``'s placeholders. ``depth`` > 0 is the entry of a
    page of the app (``<page>/index.html``): its ``<base>`` points at the site's root.
    ``strip`` drops the comments of the page's inline scripts (as web.py does for its modules)."""
    fields = {
        "{{TITLE}}": escape_html(title),
        "{{APP_JS}}": manifest["assets/app.js"],
        "{{STYLE_CSS}}": manifest["assets/style.css"],
        "{{FONTS_CSS}}": manifest["assets/fonts.css"],
        "{{FONT_PRELOADS}}": font_preloads(manifest, drawn),
        "{{THEME_CSS}}": theme_css(config.theme),
        "{{CONFIG}}": config.to_json(),
        "{{PRERENDER}}": _prerender_tag(first_paint),
        "{{LAYOUT}}": "wide" if layout == "wide" else "narrow",  # 1.67's data-layout words
        "{{SIDEBAR_STATE}}": escape_html(sidebar_state),
        **_static_fields(drawn),
    }
    # The page shell's DOM lives once, in shell.html (shell.js fetches it for embedded apps);
    # it goes in first, because its own placeholders are filled by the pass below.
    page = template.read_text(encoding="utf-8")
    if strip:
        page = _INLINE_SCRIPT.sub(lambda m: m.group(1) + stripped(m.group(2), ".js") + m.group(3), page)
    page = page.replace("{{SHELL}}", template.with_name("shell.html").read_text(encoding="utf-8").strip())
    # One pass: text from the app (in the config, ops or HTML) is never read as a placeholder.
    page = re.sub(r"\{\{[A-Z_]+\}\}", lambda m: fields.get(m.group(0), m.group(0)), page)
    if depth:
        # Every relative URL of the page (assets, config, app files) is relative to the site's root.
        page = page.replace('<meta charset="utf-8">', f'<meta charset="utf-8">\n<base href="{"../" * depth}">', 1)
    return page


#: The template's own inline scripts (``<script>`` without attributes: not the JSON ones).
_INLINE_SCRIPT = re.compile(r"(<script>\n?)(.*?)(</script>)", re.S)


def _prerender_tag(first_paint: Prerender | None) -> str:
    """The first run's ops, which prerender.js hydrates the static first screen from."""
    if first_paint is None:
        return ""
    data: Any = first_paint.ops
    if first_paint.navigation is not None:
        data = {"ops": first_paint.ops, "navigation": first_paint.navigation}
    return f'<script type="application/json" id="wasmlit-prerender">{inline_json(data)}</script>'


def _static_fields(drawn: StaticHtml | None) -> dict[str, str]:
    """index.html's placeholders for the static first screen (empty without one)."""
    if drawn is None:
        return {"{{STATIC_APP_ATTRS}}": "", "{{SIDEBAR_HIDDEN}}": " hidden", "{{BOTTOM_HIDDEN}}": " hidden",
                "{{STATIC_MAIN}}": "", "{{STATIC_SIDEBAR}}": "", "{{STATIC_BOTTOM}}": "", "{{STATIC_NAV}}": "",
                "{{SIDENAV_HIDDEN}}": " hidden", "{{STATIC_TOPNAV}}": "", "{{TOPNAV_HIDDEN}}": " hidden"}
    side_nav = drawn.nav_position == "sidebar"
    top_nav = drawn.nav_position == "top"
    return {
        "{{STATIC_APP_ATTRS}}": ' data-wl-prerendered="true" data-wl-static="true"',
        "{{SIDEBAR_HIDDEN}}": " hidden" if drawn.sidebar_empty and not side_nav else "",
        "{{BOTTOM_HIDDEN}}": "" if drawn.bottom else " hidden",
        "{{STATIC_MAIN}}": drawn.main,
        "{{STATIC_SIDEBAR}}": drawn.sidebar,
        "{{STATIC_BOTTOM}}": drawn.bottom,
        "{{STATIC_NAV}}": drawn.nav if side_nav else "",
        "{{SIDENAV_HIDDEN}}": "" if side_nav else " hidden",
        "{{STATIC_TOPNAV}}": drawn.nav if top_nav else "",
        "{{TOPNAV_HIDDEN}}": "" if top_nav else " hidden",
    }


def escape_html(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
