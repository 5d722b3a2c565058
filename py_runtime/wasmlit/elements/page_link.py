"""st.page_link: a link to a page of a multipage app, or to a URL."""

from __future__ import annotations

import os
from typing import Any, Self

from wasmlit.engine.cursor import Cursor


def page_link_props(page: Any, label: str | None, icon: str | None, disabled: bool, help: str | None) -> dict[str, Any]:
    """A page (anything with ``url_path`` and ``title``: ``st.Page``) or a path/URL."""
    if hasattr(page, "url_path") and hasattr(page, "title"):
        url, title = str(page.url_path), str(page.title)
    else:
        url = str(page)
        title = os.path.splitext(os.path.basename(url))[0]
    return {"label": label or title, "url": url, "icon": icon, "disabled": bool(disabled), "help": help}


class PageLinkMixin(Cursor):
    def page_link(self, page: Any, *, label: str | None = None, icon: str | None = None, help: str | None = None,
                  disabled: bool = False, use_container_width: Any = None, width: Any = "content",
                  query_params: Any = None) -> Self:
        return self._draw("page_link", page_link_props(page, label, icon, disabled, help))
