"""Text elements: headings, markdown, caption, text, code, divider, json."""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_DIVIDER_COLORS = {"blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow"}


def _heading_divider(divider: bool | str | None) -> str | None:
    if divider is None or divider is False:
        return None
    if divider is True:
        return "auto"
    if divider not in _DIVIDER_COLORS:
        raise StreamlitAPIException(
            f"Divider parameter has invalid value: `{divider}`. "
            f"Please choose from: {', '.join(sorted(_DIVIDER_COLORS))}."
        )
    return str(divider)


def clean_text(text: Any) -> str:
    """Streamlit dedents and strips the text of headings and markdown."""
    text = str(text)
    # dedent only matters for multi-line text, and it is slow: skip it otherwise.
    return textwrap.dedent(text).strip() if "\n" in text else text.strip()


def to_json_text(body: Any) -> str:
    """The JSON text of ``st.json``'s argument (a JSON string is kept)."""
    from wasmlit.session_state import SessionStateProxy

    if isinstance(body, SessionStateProxy):
        body = body.to_dict()
    if isinstance(body, str):
        try:
            json.loads(body)
            return body
        except ValueError as err:
            raise StreamlitAPIException(f"`st.json` got a string that is not valid JSON: {err}") from None
    return json.dumps(body, default=repr)


class TextMixin:
    def _heading(
        self: DeltaGenerator,
        tag: str,
        body: Any,
        anchor: str | bool | None,
        help: str | None,
        divider: bool | str | None,
    ) -> DeltaGenerator:
        return self._enqueue(
            "heading",
            {
                "tag": tag,
                "body": clean_text(body),
                "anchor": anchor if isinstance(anchor, str) else (False if anchor is False else None),
                "help": help,
                "divider": _heading_divider(divider),
            },
        )

    def title(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._heading("h1", body, anchor, help, None)

    def header(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False, width: Any = "stretch") -> DeltaGenerator:
        return self._heading("h2", body, anchor, help, divider)

    def subheader(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False, width: Any = "stretch") -> DeltaGenerator:
        return self._heading("h3", body, anchor, help, divider)

    def _markdown(self: DeltaGenerator, body: Any, variant: str, allow_html: bool = False, help: str | None = None) -> DeltaGenerator:
        return self._enqueue(
            "markdown",
            {"body": clean_text(body), "allow_html": bool(allow_html), "help": help, "variant": variant},
        )

    def markdown(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._markdown(body, "markdown", unsafe_allow_html, help)

    def caption(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        return self._markdown(body, "caption", unsafe_allow_html, help)

    def latex(self, body: Any, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        text = body if isinstance(body, str) else str(body)
        return self._markdown(f"$$\n{text}\n$$", "latex", False, help)

    def divider(self, *, width: Any = "stretch") -> DeltaGenerator:
        return self._markdown("---", "divider")

    def text(self: DeltaGenerator, body: Any, *, help: str | None = None, width: Any = "content") -> DeltaGenerator:
        return self._enqueue("text", {"body": str(body), "help": help})

    def code(
        self: DeltaGenerator,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = None,
        width: Any = "stretch",
    ) -> DeltaGenerator:
        text = str(body)
        # Streamlit drops one leading and one trailing newline, no more.
        text = text[1:] if text.startswith("\n") else text
        text = text[:-1] if text.endswith("\n") else text
        return self._enqueue(
            "code",
            {"body": text, "language": language or "plaintext", "line_numbers": bool(line_numbers)},
        )

    def json(self: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> DeltaGenerator:
        return self._enqueue("json", {"body": to_json_text(body), "expanded": expanded})
