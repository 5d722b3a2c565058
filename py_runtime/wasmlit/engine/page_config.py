"""``st.set_page_config``'s state: the page's title, icon, layout and sidebar.

It belongs to the session (calls add up across runs, as in Streamlit 1.67)
and tells the page only when something changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.protocol import PageConfigMsg


class PageConfig:
    """The session's page config; ``update`` posts a ``page_config`` message on change."""

    def __init__(self, post: Callable[[PageConfigMsg], None] | None = None) -> None:
        self._post = post
        self.values: dict[str, Any] = {"title": None, "icon": None, "layout": "centered", "sidebar_state": "auto",
                                       "sidebar_width": None}

    def update(self, **changes: Any) -> None:
        """Merge the given values (None means "unchanged")."""
        merged = {**self.values, **{k: v for k, v in changes.items() if v is not None}}
        if merged == self.values:
            return
        self.values = merged
        if self._post is not None:
            self._post({"type": "page_config", "title": merged["title"], "icon": merged["icon"],
                        "layout": merged["layout"], "sidebar_state": merged["sidebar_state"],
                        "sidebar_width": merged["sidebar_width"]})
