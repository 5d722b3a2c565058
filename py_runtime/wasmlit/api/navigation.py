"""Multipage apps: ``st.Page``, ``st.navigation``, ``st.switch_page``.

wasmlit runs the default page (the first, or the one marked ``default``), as
Streamlit does on a first visit. Switching pages in the browser is not
implemented yet; links render, and ``st.switch_page`` says so clearly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from wasmlit.api.environment import magic_write
from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.script import ScriptSource
from wasmlit.errors import StreamlitAPIException, StreamlitUnsupportedError


class StreamlitPage:
    """One page of a multipage app: a script file or a function."""

    def __init__(self, page: str | Path | Callable[[], Any], *, title: str | None = None, icon: str | None = None,
                 url_path: str | None = None, default: bool = False, visibility: str = "visible") -> None:
        self._page = page
        self.icon = icon or ""
        self.default = default
        if callable(page):
            self.title = title or page.__name__.replace("_", " ").title()
            self.url_path = url_path if url_path is not None else page.__name__
        else:
            stem = Path(str(page)).stem
            self.title = title or stem.split("_", 1)[-1].replace("_", " ").strip() or stem
            self.url_path = url_path if url_path is not None else stem
        self.visibility = visibility

    def run(self) -> None:
        if callable(self._page):
            self._page()
            return
        ctx = require_run_context()
        path = Path(str(self._page))
        if not path.is_absolute():
            path = Path(ctx.script.directory) / path
        if not path.is_file():
            raise StreamlitAPIException(f"Unable to create Page. The file `{self._page}` could not be found.")
        page_script = ScriptSource(str(path))
        exec(page_script.compile(), page_script.fresh_namespace(magic_write))

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self.title!r}, url_path={self.url_path!r})"


def navigation(pages: Any, *, position: str = "sidebar", expanded: bool = False) -> StreamlitPage:
    """Returns the page to run now: the default one (the first, unless marked)."""
    flat: list[StreamlitPage] = []
    groups = pages.values() if isinstance(pages, dict) else [pages]
    for group in groups:
        for page in group if isinstance(group, (list, tuple)) else [group]:
            flat.append(page if isinstance(page, StreamlitPage) else StreamlitPage(page))
    if not flat:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    return next((p for p in flat if p.default), flat[0])


def switch_page(page: Any) -> None:
    raise StreamlitUnsupportedError("switch_page")
