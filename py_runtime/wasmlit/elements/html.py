"""st.html: HTML that the page sanitises (its scripts run only with ``unsafe_allow_javascript``).

As 1.67: the body is dedented and stripped; a ``pathlib.Path`` is read (a ``.css`` file becomes a
``<style>``), a string naming a file only draws a warning that this is no longer supported; HTML
that is only ``<style>`` tags (and comments) goes to the event container, so it styles the page
without taking a place (or a gap) in the layout."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any, Self

from wasmlit.elements.lib.media_data import is_file
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.protocol import EVENT_ROOT

STRING_FILE_PATH_WARNING = ("Passing a local file path as a string to `st.html` is no longer supported. "
                            "To load a local file, pass a `pathlib.Path` object instead.")
#: Longer strings (or any with "<") are HTML, not a path: no filesystem lookup for them.
_MAX_PATH_LENGTH = 4096


def clean_text(text: Any) -> str:
    return textwrap.dedent(str(text)).strip()


def only_style_tags(html: str) -> bool:
    without = re.sub(r"<!--.*?-->", "", html, flags=re.DOTALL)
    return re.sub(r"<style[^>]*>.*?</style>", "", without, flags=re.DOTALL | re.IGNORECASE).strip() == ""


class HtmlMixin(Cursor):
    def html(self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False) -> Self:
        if callable(getattr(body, "_repr_html_", None)):
            text = body._repr_html_()
        elif isinstance(body, Path):
            text = body.read_text(encoding="utf-8")
            if body.suffix.lower() == ".css":
                text = f"<style>{text}</style>"
        elif isinstance(body, str) and len(body) <= _MAX_PATH_LENGTH and "<" not in body and is_file(body):
            self.warning(STRING_FILE_PATH_WARNING)  # type: ignore[attr-defined]
            text = clean_text(body)
        else:
            text = clean_text(body)
        if text == "":
            raise StreamlitMissingRequiredParameterError("body")
        props = {"body": text, "unsafe_allow_javascript": True} if unsafe_allow_javascript else {"body": text}
        if only_style_tags(text):
            return type(self)(EVENT_ROOT)._draw("html", props)
        return self._draw("html", props)
