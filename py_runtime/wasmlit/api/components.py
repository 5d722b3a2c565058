"""``streamlit.components.v1``: HTML in a sandboxed iframe.

Custom components (``declare_component``) need their own frontend build,
which a static wasmlit site does not have; they fail with a clear error."""

from __future__ import annotations

from typing import Any

from wasmlit.api.delta_generator import main_dg
from wasmlit.errors import StreamlitUnsupportedError


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *, tab_index: int | None = None) -> Any:
    return main_dg._iframe(srcdoc=str(html), width=width, height=height, scrolling=scrolling)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *, tab_index: int | None = None) -> Any:
    return main_dg._iframe(src=str(src), width=width, height=height, scrolling=scrolling)


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Any:
    raise StreamlitUnsupportedError(f"components.v1.declare_component (custom component {name!r})")
