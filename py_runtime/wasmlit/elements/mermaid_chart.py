"""st.mermaid_chart: a Mermaid diagram. As in Streamlit 1.67 it travels as a
markdown element holding a ```mermaid fence (so ``at.markdown`` lists it);
the page draws the fence with mermaid, loaded on first use. ``alt`` becomes a
``%% stAlt:`` comment line, which names the drawn diagram."""

from __future__ import annotations

import re
import textwrap
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

_ALT_PREFIX = "%% stAlt: "


def _preamble_end(lines: list[str]) -> int:
    """Where the diagram starts: after blank lines, comments, ``%%{init}%%`` and ``---`` frontmatter."""
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped or (stripped.startswith("%%") and not stripped.startswith("%%{")):
            i += 1
        elif stripped.startswith("%%{"):
            while i < len(lines) and "}%%" not in lines[i]:
                i += 1
            i += 1
        elif stripped == "---":
            i += 1
            while i < len(lines) and lines[i].strip() != "---":
                i += 1
            i += 1
        else:
            break
    return min(i, len(lines))


def with_alt(body: str, alt: str) -> str:
    lines = [line for line in body.splitlines(keepends=True) if not line.strip().startswith(_ALT_PREFIX.strip())]
    at = _preamble_end(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"{_ALT_PREFIX}{' '.join(alt.split())}\n")
    return "".join(lines)


class MermaidChartMixin(Cursor):
    def mermaid_chart(self, body: str, *, width: Any = "stretch", alt: str | None = None) -> Self:
        if not isinstance(body, str):
            raise StreamlitAPIException(f"`body` must be a string of Mermaid syntax, not {type(body).__name__}.")
        text = with_alt(body, alt.strip()) if alt is not None and alt.strip() else body
        fence = "`" * max(4, max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
        # Streamlit's markdown dedents its body: with the fence at column 0 the diagram keeps its
        # indentation, and only its whitespace-only lines become empty.
        body = textwrap.dedent(f"{fence}mermaid\n{text}\n{fence}")
        return self._draw("markdown", {"body": body, "allow_html": False, "help": None,
                                       "variant": "markdown"})
