"""Layout blocks: container, columns, tabs, expander, popover, status."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.tree import Node
from wasmlit.engine.widget_registry import WidgetSpec, check_bind_and_persist_state, check_wrap, register_widget
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

_ALIGNMENTS = ("top", "center", "bottom")

def _column_weights(spec: Any) -> list[float]:
    """The columns' relative widths, by 1.67's rules: an integer (numpy's too) is that many
    equal columns, a sequence gives each its weight, and every weight must be positive."""
    from numbers import Integral

    weights: Any = [1] * int(spec) if isinstance(spec, Integral) else spec
    try:
        invalid = len(weights) == 0 or any(w <= 0 for w in weights)
    except TypeError:
        raise StreamlitInvalidParameterTypeError("spec", type(spec).__name__, ["int", "sequence of numbers"]) from None
    if invalid:
        raise StreamlitInvalidColumnSpecError()
    total = sum(weights)
    return [float(w) / total for w in weights]


def _check_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise StreamlitValueError(name, ["True", "False"])


def _expandable_type(kind: Any) -> dict[str, Any]:
    """An expander's or status's ``type`` (1.67): "default", "compact" (an inline
    toggle) or "step" (a timeline step); a prop only when not the default."""
    if kind not in ("default", "compact", "step"):
        raise StreamlitValueError("type", ["'default'", "'compact'", "'step'"])
    return {} if kind == "default" else {"type": kind}


class LayoutsMixin(Cursor):
    def container(
        self,
        *,
        border: bool | None = None,
        key: str | None = None,
        height: int | str | None = "content",
        width: Any = "stretch",
        horizontal: bool = False,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | int | None = "small",
        wrap: bool = True,
        autoscroll: bool | None = None,
    ) -> Self:
        _check_bool("wrap", wrap)
        if autoscroll is not None:
            _check_bool("autoscroll", autoscroll)
        if horizontal_alignment not in ("left", "center", "right", "distribute"):
            raise StreamlitValueError("horizontal_alignment", ["'left'", "'center'", "'right'", "'distribute'"],
                                      detail=f"Got {horizontal_alignment!r}.")
        if vertical_alignment not in ("top", "center", "bottom", "distribute"):
            raise StreamlitValueError("vertical_alignment", ["'top'", "'center'", "'bottom'", "'distribute'"],
                                      detail=f"Got {vertical_alignment!r}.")
        if wrap is False and not horizontal:
            raise StreamlitIncompatibleParametersError(
                "wrap=False", "horizontal=False",
                explanation="A vertical container has no horizontal row of elements to keep in a single, scrolling "
                            "row. Set `horizontal=True` to use `wrap=False`, or remove the `wrap` argument.")
        if height not in (None, "content"):
            # Checked only when given: layout_utils is not on a plain app's cold load.
            from wasmlit.elements.lib.layout_utils import validate_height

            validate_height(height, allow_content=True)
        # A fixed height (pixels) scrolls, and has a border unless told otherwise; "content"
        # and "stretch" grow with what the container holds (the main area has no height to fill).
        fixed = height if isinstance(height, int) and not isinstance(height, bool) else None
        props: dict[str, Any] = {"border": bool(border) if border is not None else fixed is not None, "height": fixed}
        if autoscroll is not None:
            props["autoscroll"] = autoscroll
        # A flex container (Streamlit 1.5x): a row with horizontal=True, else a column; the
        # alignments and the gap apply along and across it.
        if horizontal:
            props.update(horizontal=True, wrap=wrap)
        if horizontal or horizontal_alignment != "left" or vertical_alignment != "top":
            props.update(horizontal_alignment=horizontal_alignment, vertical_alignment=vertical_alignment)
        gap = gap_value(gap)
        if gap != "small":
            props["gap"] = gap
        return self._open_block("vertical_block", props, key=None if key is None else str(key))

    def columns(
        self,
        spec: int | Sequence[float],
        *,
        gap: str | int | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: Any = "stretch",
        wrap: bool = True,
    ) -> list[Self]:
        _check_bool("wrap", wrap)
        weights = _column_weights(spec)
        _check_vertical_alignment(vertical_alignment)
        gap = gap_value(gap)
        row = self._open_block("horizontal_block", {"gap": gap, "vertical_alignment": vertical_alignment,
                                                    **({} if wrap else {"wrap": False})})
        return [
            row._open_block("column", {"weight": w, "gap": gap, "border": bool(border),
                                       "vertical_alignment": vertical_alignment})
            for w in weights
        ]

    def tabs(self, tabs: Sequence[str], *, width: Any = "stretch", height: Any = "content", default: str | None = None,
             key: Any = None, on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
             bind: Any = None) -> list[Self]:
        check_bind_and_persist_state(bind, None, _key(key))
        labels = [str(t) for t in tabs]
        if not labels:
            raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
        if any(not isinstance(t, str) for t in tabs):
            raise StreamlitAPIException("The tabs input list to st.tabs is only allowed to contain strings.")
        if default is not None and default not in labels:
            raise StreamlitAPIException(
                f"Invalid `default` value. Supported values: a tab label from `tabs`. `{default}` is not in the list of tabs.")
        first = labels.index(default) if default is not None else 0
        props: dict[str, Any] = {"labels": labels, "default": first}
        if height != "content":
            props["height"] = height
        selected: int | None = None
        if _reruns(on_change):
            spec = WidgetSpec(
                type="tabs", label=labels[first], identity={"labels": labels, "default": default},
                default=lambda: labels[first],
                serialize=lambda label: labels.index(label) if label in labels else first,
                deserialize=lambda index: labels[int(index)] if isinstance(index, int) and 0 <= index < len(labels) else labels[first],
                adopt=lambda label: label if label in labels else labels[first],
            )
            widget_id, value, widget_props = _register(self, spec, key, on_change, args, kwargs)
            selected = labels.index(value)
            props.update(widget_id=widget_id, value=selected, form_id=widget_props["form_id"])
        block = self._open_block("tabs", props, key=_key(key))
        tab_class = open_state_class(type(self))
        made: list[Self] = []
        for i, label in enumerate(labels):
            tab = block._open_block("tab", {"label": label})
            state = None if selected is None else i == selected
            made.append(tab_class(tab._block_id, block_type="tab", open_state=state))  # type: ignore[arg-type,call-arg]
        return made

    def expander(self, label: str, expanded: bool = False, *, key: Any = None, icon: str | None = None,
                 type: str = "default", width: Any = "stretch", on_change: Any = "ignore", args: Any = None,
                 kwargs: Any = None, bind: Any = None) -> Self:
        if label is None:
            raise StreamlitAPIException("A label is required for an expander")
        check_bind_and_persist_state(bind, None, _key(key))
        props: dict[str, Any] = {"label": str(label), "expanded": bool(expanded), "icon": icon, **_expandable_type(type)}
        state: bool | None = None
        if _reruns(on_change):
            spec = WidgetSpec(type="expander", label=str(label), identity={"label": str(label), "icon": icon},
                              default=lambda: bool(expanded), serialize=bool, deserialize=bool, adopt=bool)
            widget_id, value, widget_props = _register(self, spec, key, on_change, args, kwargs)
            state = bool(value)
            props.update(expanded=state, widget_id=widget_id, value=state, form_id=widget_props["form_id"])
        block = self._open_block("expander", props, key=_key(key))
        return open_state_class(self.__class__)(block._block_id, block_type="expander", open_state=state)  # type: ignore[return-value,call-arg]

    def popover(self, label: str, *, type: str = "secondary", help: str | None = None, icon: str | None = None,
                disabled: bool = False, use_container_width: bool | None = None, width: Any = "content",
                wrap: bool | None = None, key: Any = None, on_change: Any = "ignore", args: Any = None,
                kwargs: Any = None) -> Self:
        check_wrap(wrap)
        if label is None:
            raise StreamlitAPIException("A label is required for a popover")
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitAPIException(
                f'The type argument to st.popover must be "primary", "secondary", or "tertiary". \nThe argument passed was "{type}".')
        props: dict[str, Any] = {"label": str(label), "icon": icon, "help": help, "disabled": bool(disabled),
                                 "kind": type, "use_container_width": bool(use_container_width) or width == "stretch",
                                 "value": None, **({} if wrap is None else {"wrap": wrap})}
        state: bool | None = None
        if _reruns(on_change):
            spec = WidgetSpec(type="popover", label=str(label), identity={"label": str(label), "icon": icon},
                              default=lambda: False, serialize=bool, deserialize=bool, adopt=bool)
            widget_id, value, widget_props = _register(self, spec, key, on_change, args, kwargs)
            state = bool(value)
            props.update(widget_id=widget_id, value=state, form_id=widget_props["form_id"])
        block = self._open_block("popover", props, key=_key(key))
        return open_state_class(self.__class__)(block._block_id, block_type="popover", open_state=state)  # type: ignore[return-value,call-arg]

    def status(self, label: str, *, expanded: bool = False, state: str = "running", type: str = "default",
               width: Any = "stretch") -> StatusContainer:
        if state not in ("running", "complete", "error"):
            raise StreamlitAPIException(f"Unknown state ({state}). Must be one of 'running', 'complete', or 'error'.")
        props = {"label": str(label), "expanded": bool(expanded), "icon": None, "state": state, **_expandable_type(type)}
        block = self._open_block("expander", props)
        return status_container_class(self.__class__)(block._block_id, block_type="expander")  # type: ignore[return-value]


class StatusContainer(Cursor):
    """What ``st.status`` returns: a container whose label and state change.

    The concrete class is made per cursor class (``status_container_class``), so
    the container has every ``st.*`` method of the cursor that opened it."""

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        ctx = require_run_context()
        assert self._block_id is not None
        node = ctx.tree.nodes.get(self._block_id)
        if node is None:
            return
        props = dict(node.props)
        # Streamlit's update() clears an unspecified `expanded`: its page then keeps what it shows,
        # unless the label changed, which makes it another expander that starts closed.
        if expanded is not None:
            props["expanded"] = bool(expanded)
        elif label is not None and str(label) != props.get("label"):
            props["expanded"] = False
        for name, value in (("label", label), ("state", state)):
            if value is not None:
                props[name] = str(value)
        ctx.place(Node(node.id, node.parent, node.index, node.type, node.key, props, is_block=True))

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        # Leaving the block settles a running status, as in Streamlit.
        node = require_run_context().tree.nodes.get(self._block_id or "")
        if node is not None and node.props.get("state") == "running":
            self.update(state="error" if exc_type is not None and issubclass(exc_type, Exception) else "complete")
        super().__exit__(exc_type, exc, tb)


_status_classes: dict[type[Cursor], type[Cursor]] = {}


def status_container_class(cursor_class: type[Cursor]) -> type[Cursor]:
    """``StatusContainer`` with the methods of ``cursor_class`` (the DeltaGenerator)."""
    if cursor_class not in _status_classes:
        _status_classes[cursor_class] = type("StatusContainer", (StatusContainer, cursor_class), {"__module__": __name__})
    return _status_classes[cursor_class]


_GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_UINT32_MAX = 2**32 - 1


def gap_value(gap: Any, *, detail: str | None = None) -> str | int | None:
    """A gap argument as 1.67 takes it (layout_utils.get_gap_config): a size name in any
    case, pixels (a non-negative int), or None for no gap; anything else is its error."""
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        if gap > _UINT32_MAX:
            raise StreamlitValueOutOfRangeError("gap", gap, 0, _UINT32_MAX)
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in _GAP_SIZES:
        return gap.lower()
    raise StreamlitValueError("gap", [*(f"'{size}'" for size in _GAP_SIZES), "None", "a non-negative integer (pixels)"],
                              detail=f"Got {gap!r}." if detail is None else detail)


def _check_vertical_alignment(vertical_alignment: Any) -> None:
    if vertical_alignment not in _ALIGNMENTS:
        raise StreamlitValueError("vertical_alignment", [f"'{a}'" for a in _ALIGNMENTS],
                                  detail=f"Got {vertical_alignment!r}.")


class GridMixin(Cursor):
    """st.grid (1.67): a CSS grid; each element written to it is a cell, and
    ``grid.cell()`` groups elements into one cell that may span tracks."""

    def grid(self, columns: Any = "auto", *, min_column_width: Any = "auto", wrap: bool = True, gap: Any = "small",
             vertical_alignment: str = "top", border: bool = False, row_height: Any = "content", width: Any = "stretch",
             height: Any = "content", key: Any = None, dense: bool = False) -> Self:
        if columns != "auto" and (not isinstance(columns, int) or isinstance(columns, bool) or not 1 <= columns <= 24):
            raise StreamlitAPIException(f'`columns` must be "auto" or an integer from 1 to 24. Got {columns!r}.')
        if columns == "auto" and not wrap:
            raise StreamlitAPIException('`wrap=False` needs a column count: pass `columns` as an integer, not "auto".')
        if isinstance(gap, (tuple, list)):
            if len(gap) != 2:
                raise StreamlitValueError("gap", ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                                          detail=f"Got a sequence with {len(gap)} elements.")
            gaps = [gap_value(g, detail=f"Got {g!r} for the {part} gap in `gap`.")
                    for g, part in zip(gap, ("row", "column"), strict=True)]
        else:
            gaps = [gap_value(gap)] * 2
        _check_vertical_alignment(vertical_alignment)
        return self._open_block("grid", {
            "columns": columns, "min_column_width": min_column_width, "wrap": bool(wrap), "row_gap": gaps[0],
            "column_gap": gaps[1], "vertical_alignment": vertical_alignment, "border": bool(border),
            "row_height": row_height, "height": height, "dense": bool(dense),
        }, key=None if key is None else str(key))

    def cell(self, *, column_span: Any = 1, row_span: int = 1) -> Self:
        """The next cell of an ``st.grid``, holding several elements."""
        if self._block_type != "grid":
            raise StreamlitAPIException("`cell()` exists only on the container that `st.grid()` returns.")
        if column_span != "all" and (not isinstance(column_span, int) or isinstance(column_span, bool) or column_span < 1):
            raise StreamlitAPIException(f'`column_span` must be a positive integer or "all". Got {column_span!r}.')
        if not isinstance(row_span, int) or isinstance(row_span, bool) or row_span < 1:
            raise StreamlitAPIException(f"`row_span` must be a positive integer. Got {row_span!r}.")
        return self._open_block("vertical_block", {"border": False, "height": None, "column_span": column_span,
                                                   "row_span": row_span})


def _reruns(on_change: Any) -> bool:
    """``on_change="rerun"`` or a callback make an expander, popover or tabs a widget (Streamlit 1.55+)."""
    if on_change == "ignore" or on_change is None:
        return False
    if on_change == "rerun" or callable(on_change):
        return True
    raise StreamlitAPIException("Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.")


def _key(key: Any) -> str | None:
    return None if key is None else str(key)


def _register(cursor: Cursor, spec: WidgetSpec, key: Any, on_change: Any, args: Any,
              kwargs: Any) -> tuple[str, Any, dict[str, Any]]:
    return register_widget(cursor, spec, key=key, on_change=on_change if callable(on_change) else None, args=args,
                           kwargs=kwargs, label_visibility="collapsed")


class OpenStateContainer(Cursor):
    """What ``st.expander``, ``st.popover`` and each of ``st.tabs`` return: a container
    that says whether it is open (``.open``; None unless it reruns on change)."""

    def __init__(self, block_id: str | None = None, *, open_state: bool | None = None, **kwargs: Any) -> None:
        super().__init__(block_id, **kwargs)
        self._open_state = open_state

    @property
    def open(self) -> bool | None:
        return self._open_state


_open_classes: dict[type[Cursor], type[Cursor]] = {}


def open_state_class(cursor_class: type[Cursor]) -> type[Cursor]:
    """``OpenStateContainer`` with the methods of ``cursor_class`` (the DeltaGenerator)."""
    if issubclass(cursor_class, OpenStateContainer):
        return cursor_class
    if cursor_class not in _open_classes:
        _open_classes[cursor_class] = type(cursor_class.__name__, (OpenStateContainer, cursor_class), {"__module__": __name__})
    return _open_classes[cursor_class]
