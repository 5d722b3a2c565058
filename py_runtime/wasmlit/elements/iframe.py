"""Sandboxed iframes: ``components.v1.html`` (inline HTML), ``components.v1.iframe``
(a URL) and ``st.iframe`` (either, or a local file)."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

#: Streamlit's default component height, in pixels.
DEFAULT_HEIGHT = 150


class IframeMixin(Cursor):
    def _iframe(self, *, srcdoc: str | None = None, src: str | None = None, width: int | None = None,
                height: int | None = None, scrolling: bool = False) -> Self:
        return self._draw("iframe", {"srcdoc": srcdoc, "src": src, "width": width,
                                     "height": height if height is not None else DEFAULT_HEIGHT,
                                     "scrolling": bool(scrolling)})

    def iframe(self, src: Any, *, width: Any = "stretch", height: Any = "content", tab_index: int | None = None,
               alt: str | None = None) -> Self:
        """st.iframe (1.67): a URL, a local file (a ``pathlib.Path``) or an HTML string, sandboxed."""
        srcdoc: str | None = None
        url: str | None = None
        if isinstance(src, Path):
            srcdoc, url = _local_file(src)
        elif re.match(r"^(https?|data):", str(src), re.I) or str(src).startswith("/"):
            url = str(src)
        else:
            srcdoc = str(src)
        if tab_index is not None and (not isinstance(tab_index, int) or tab_index < -1):
            raise StreamlitAPIException(f"tab_index must be None, -1, or a non-negative integer. Got {tab_index!r}.")
        if isinstance(height, int) and not isinstance(height, bool):
            shown_height: Any = height
        else:
            shown_height = "content" if srcdoc is not None and height == "content" else (400 if height == "content" else height)
        return self._draw("iframe", {"srcdoc": srcdoc, "src": url, "width": width if isinstance(width, int) else None,
                                     "height": shown_height, "scrolling": True, "tab_index": tab_index, "alt": alt,
                                     "variant": "iframe"})


def _local_file(path: Path) -> tuple[str | None, str | None]:
    """An HTML file's text (for srcdoc), or another file as a data: URL."""
    try:
        if path.suffix.lower() in (".html", ".htm", ".xhtml"):
            return path.read_text(encoding="utf-8"), None
        data = path.read_bytes()
    except (OSError, UnicodeDecodeError) as err:
        raise StreamlitAPIException(f"Unable to read file '{path}': {err}") from err
    import mimetypes  # on first use: importing it costs the browser's boot time

    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return None, f"data:{mime};base64,{base64.b64encode(data).decode()}"
