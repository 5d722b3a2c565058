"""Layout blocks: container, empty, columns, tabs, expander, form, popover."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidColumnGapError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidVerticalAlignmentError,
)

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_GAPS = ("small", "medium", "large")
_ALIGNMENTS = ("top", "center", "bottom")


def _column_weights(spec: int | Sequence[float]) -> list[float]:
    if isinstance(spec, bool):
        raise StreamlitInvalidColumnSpecError()
    if isinstance(spec, int):
        if spec <= 0:
            raise StreamlitInvalidColumnSpecError()
        return [1.0 / spec] * spec
    try:
        weights = [float(w) for w in spec]
    except (TypeError, ValueError):
        raise StreamlitInvalidColumnSpecError() from None
    if not weights or any(w <= 0 for w in weights):
        raise StreamlitInvalidColumnSpecError()
    total = sum(weights)
    return [w / total for w in weights]


class LayoutMixin:
    def container(
        self: DeltaGenerator,
        *,
        border: bool | None = None,
        key: str | None = None,
        height: int | None = None,
        width: Any = "stretch",
        horizontal: bool = False,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | None = "small",
    ) -> DeltaGenerator:
        return self._block(
            "vertical_block",
            {"border": bool(border) if border is not None else height is not None, "height": height},
            key=None if key is None else str(key),
        )

    def empty(self: DeltaGenerator) -> DeltaGenerator:
        """A slot that later writes replace (or that clears itself)."""
        return self._enqueue("empty", {})

    def columns(
        self: DeltaGenerator,
        spec: int | Sequence[float],
        *,
        gap: str | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: Any = "stretch",
    ) -> list[DeltaGenerator]:
        weights = _column_weights(spec)
        gap_name = "small" if gap is None else gap
        if gap_name not in _GAPS:
            raise StreamlitInvalidColumnGapError(gap)
        if vertical_alignment not in _ALIGNMENTS:
            raise StreamlitInvalidVerticalAlignmentError(vertical_alignment)
        row = self._block("horizontal_block", {"gap": gap_name, "vertical_alignment": vertical_alignment})
        return [
            row._block("column", {"weight": w, "gap": gap_name, "border": bool(border)})
            for w in weights
        ]

    def tabs(self: DeltaGenerator, tabs: Sequence[str], *, width: Any = "stretch", default: str | None = None) -> list[DeltaGenerator]:
        labels = [str(t) for t in tabs]
        if not labels:
            raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
        block = self._block("tabs", {"labels": labels})
        return [block._block("tab", {"label": label}) for label in labels]

    def expander(self: DeltaGenerator, label: str, expanded: bool = False, *, icon: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        if label is None:
            raise StreamlitAPIException("A label is required for an expander")
        return self._block("expander", {"label": str(label), "expanded": bool(expanded), "icon": icon})

    def popover(self: DeltaGenerator, label: str, *, help: str | None = None, icon: str | None = None, disabled: bool = False, use_container_width: bool = False, width: Any = "content", type: str = "secondary") -> DeltaGenerator:
        # Drawn as a collapsed expander: same content, no floating panel.
        return self._block("expander", {"label": str(label), "expanded": False, "icon": icon})

    def status(self: DeltaGenerator, label: str, *, expanded: bool = False, state: str = "running", width: Any = "stretch") -> DeltaGenerator:
        from wasmlit.delta_generator import StatusContainer

        if state not in ("running", "complete", "error"):
            raise StreamlitAPIException(f"Unknown state ({state}). Must be one of 'running', 'complete', or 'error'.")
        block = self._block("expander", {"label": str(label), "expanded": bool(expanded), "icon": None, "state": state})
        return StatusContainer(block._block_id)

    def form(
        self: DeltaGenerator,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: Any = "stretch",
        height: Any = "content",
    ) -> DeltaGenerator:
        from wasmlit.context import require_run_context

        ctx = require_run_context()
        if self._form_id():
            raise StreamlitAPIException("Forms cannot be nested in other forms.")
        form_id = str(key)
        if form_id in ctx.state.forms_this_run:
            raise StreamlitAPIException(
                f"There are multiple identical forms with `key='{form_id}'`. "
                "To fix this, please make sure that the `key` argument is unique for "
                "each `st.form` you create."
            )
        ctx.state.forms_this_run.add(form_id)
        ctx.state.form_settings[form_id] = bool(clear_on_submit)
        return self._block(
            "form",
            {"form_id": form_id, "clear_on_submit": bool(clear_on_submit), "border": bool(border), "enter_to_submit": bool(enter_to_submit)},
            form_id=form_id,
        )
