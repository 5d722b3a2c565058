"""st.page_link: a link to a page of a multipage app, or to a URL.

A link to a page of the app carries the page's URL path (``page``, '' for the
default page) and optional query string: the page switches pages in place
(no reload) and keeps the URL and history in step; an external link opens
the URL.
"""

from __future__ import annotations

import os
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import get_run_context
from wasmlit.errors import StreamlitAPIException, StreamlitPageNotFoundError, StreamlitValueError


def _query(query_params: Any) -> str:
    if query_params is None:
        return ""
    pairs = query_params.items() if hasattr(query_params, "items") else query_params
    flat: list[tuple[str, str]] = []
    for key, value in pairs:
        values = value if isinstance(value, (list, tuple)) else [value]
        flat.extend((str(key), str(v)) for v in values)
    from urllib.parse import urlencode  # not at import: it costs the browser's boot ~0.1 s

    return urlencode(flat) if flat else ""


def page_link_props(page: Any, label: str | None, icon: str | None, disabled: bool, help: str | None,
                    query_params: Any = None) -> dict[str, Any]:
    """A page (``st.Page``), a page file relative to the entry script, or an external URL."""
    query = _query(query_params)
    if hasattr(page, "_script_hash") and hasattr(page, "url_path"):
        return {"label": label or str(page.title), "url": str(page.url_path), "page": str(page.url_path), "query": query,
                "icon": icon or (page.icon or None), "disabled": bool(disabled), "help": help}
    text = str(page)
    if text.startswith(("http://", "https://", "mailto:")):
        if not label:
            raise StreamlitAPIException(
                "The label param is required for external links used with st.page_link - please provide a label.")
        return {"label": label, "url": text, "page": None, "query": "", "icon": icon, "disabled": bool(disabled),
                "help": help}
    ctx = get_run_context()
    found = None
    if ctx is not None and ctx.nav is not None:
        found = ctx.nav.find_script(os.path.join(ctx.script.directory, text))
    if found is None:
        raise StreamlitPageNotFoundError(text, ctx.script.directory if ctx is not None else ".",
                                         ctx is not None and ctx.nav is not None and ctx.nav.declared)
    return {"label": label or found.title, "url": found.url_path, "page": found.url_path, "query": query,
            "icon": icon or (found.icon or None), "disabled": bool(disabled), "help": help}


class PageLinkMixin(Cursor):
    def page_link(self, page: Any, *, label: str | None = None, icon: str | None = None, icon_position: str = "left",
                  help: str | None = None, disabled: bool = False, use_container_width: Any = None,
                  width: Any = "content", query_params: Any = None) -> Self:
        if icon_position not in ("left", "right"):
            raise StreamlitValueError("icon_position", ["'left'", "'right'"])
        props = page_link_props(page, label, icon, disabled, help, query_params)
        if icon_position == "right":
            props["icon_position"] = "right"
        return self._draw("page_link", props)
