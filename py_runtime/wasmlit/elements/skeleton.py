"""st.skeleton: a loading placeholder.

Standalone, it is a slot that a later write replaces (as ``st.empty``). As a
context manager it shows while the block runs and clears when the block
ends, however it ends; what the block writes goes to the parent container,
as with ``st.spinner``."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitAPIException


class SkeletonPlaceholder:
    """What ``st.skeleton`` returns: its slot's ``st.*`` methods, and ``with``."""

    def __init__(self, slot: Cursor) -> None:
        self._slot = slot

    def __getattr__(self, name: str) -> Any:
        return getattr(self._slot, name)

    def __enter__(self) -> SkeletonPlaceholder:
        require_run_context().deltas.flush()  # shown while the block runs
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._slot._draw("empty", {})

    def __repr__(self) -> str:
        return f"SkeletonPlaceholder({self._slot!r})"


class SkeletonMixin(Cursor):
    def skeleton(self, height: Any = None, *, width: Any = "stretch") -> Any:
        if height is not None and height != "stretch" and (not isinstance(height, int) or isinstance(height, bool) or height < 1):
            raise StreamlitAPIException(f"Invalid height value: {height!r}. Height must be a positive integer, 'stretch' or None.")
        if width != "stretch" and (not isinstance(width, int) or isinstance(width, bool) or width < 1):
            raise StreamlitAPIException(f"Invalid width value: {width!r}. Width must be a positive integer or 'stretch'.")
        return SkeletonPlaceholder(self._draw("skeleton", {"height": height, "width": width}))
