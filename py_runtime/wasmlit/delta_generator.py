"""``DeltaGenerator``: where an ``st.*`` call writes.

A DeltaGenerator points either at a *block* (writes append to it: ``st``,
``st.sidebar``, a column) or at a *slot* (writes replace the node in it:
``st.empty()``, the return value of ``st.progress``). The element and widget
methods come from small mixins, one per family; this module owns only the
placement mechanics.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from wasmlit.context import RunContext, require_run_context
from wasmlit.elements.charts import ChartsMixin
from wasmlit.elements.data import DataMixin
from wasmlit.elements.layout import LayoutMixin
from wasmlit.elements.media import MediaMixin
from wasmlit.elements.status import StatusMixin
from wasmlit.elements.text import TextMixin
from wasmlit.elements.write import WriteMixin
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import MAIN_ROOT, SIDEBAR_ROOT
from wasmlit.tree import Node
from wasmlit.widgets.boolean import BooleanWidgetsMixin
from wasmlit.widgets.button_group import ButtonGroupMixin
from wasmlit.widgets.buttons import ButtonsMixin
from wasmlit.widgets.chat import ChatMixin
from wasmlit.widgets.misc import MiscWidgetsMixin
from wasmlit.widgets.numeric import NumericWidgetsMixin
from wasmlit.widgets.selection import SelectionWidgetsMixin
from wasmlit.widgets.temporal import TemporalWidgetsMixin
from wasmlit.widgets.text import TextWidgetsMixin


class DeltaGenerator(
    TextMixin,
    WriteMixin,
    StatusMixin,
    DataMixin,
    ChartsMixin,
    MediaMixin,
    LayoutMixin,
    ButtonsMixin,
    BooleanWidgetsMixin,
    TextWidgetsMixin,
    NumericWidgetsMixin,
    SelectionWidgetsMixin,
    TemporalWidgetsMixin,
    MiscWidgetsMixin,
    ChatMixin,
    ButtonGroupMixin,
):
    """A place in the page that elements can be written to."""

    def __init__(
        self,
        block_id: str | None = MAIN_ROOT,
        *,
        slot: tuple[str, int] | None = None,
        is_main: bool = False,
        block_type: str | None = None,
    ) -> None:
        self._block_id = block_id
        self._slot = slot
        self._is_main = is_main
        self._block_type = block_type

    # -- where writes go ----------------------------------------------------

    def _active(self, ctx: RunContext | None = None) -> DeltaGenerator:
        """``st.x`` writes into the innermost ``with`` container."""
        if self._is_main:
            stack = (ctx or require_run_context()).dg_stack
            if stack:
                return stack[-1]
        return self

    def _target(self, ctx: RunContext) -> tuple[str, int]:
        if self._slot is not None:
            return self._slot
        assert self._block_id is not None
        return self._block_id, ctx.next_index(self._block_id)

    def _form_id(self) -> str:
        """The id of the form this DeltaGenerator writes into ('' if none)."""
        dg = self._active()
        ctx = require_run_context()
        parent = dg._slot[0] if dg._slot is not None else dg._block_id
        return ctx.block_forms.get(parent or MAIN_ROOT, "")

    def _root(self) -> str:
        dg = self._active()
        parent = dg._slot[0] if dg._slot is not None else (dg._block_id or MAIN_ROOT)
        return parent.split(".", 1)[0]

    def _enqueue(
        self,
        element_type: str,
        props: dict[str, Any],
        *,
        key: str | None = None,
        node_id: str | None = None,
    ) -> DeltaGenerator:
        """Draw an element; return a DeltaGenerator that rewrites its slot."""
        ctx = require_run_context()
        parent, index = self._active(ctx)._target(ctx)
        node = Node(node_id or f"{parent}.{index}", parent, index, element_type, key, props)
        ctx.place(node)
        return DeltaGenerator(None, slot=(parent, index))

    def _block(
        self,
        block_type: str,
        props: dict[str, Any],
        *,
        key: str | None = None,
        form_id: str | None = None,
    ) -> DeltaGenerator:
        """Open a block (container, column, form...) and return its DG."""
        ctx = require_run_context()
        parent, index = self._active(ctx)._target(ctx)
        node_id = f"{parent}.{index}"
        ctx.place(Node(node_id, parent, index, block_type, key, props, is_block=True))
        ctx.block_forms[node_id] = form_id if form_id is not None else ctx.block_forms.get(parent, "")
        ctx.cursors[node_id] = 0
        return DeltaGenerator(node_id, block_type=block_type)

    # -- with-blocks ----------------------------------------------------------

    def __enter__(self) -> DeltaGenerator:
        require_run_context().dg_stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        stack = require_run_context().dg_stack
        if stack and stack[-1] is self:
            stack.pop()
        return False

    def __repr__(self) -> str:
        where = self._block_id if self._slot is None else f"{self._slot[0]}[{self._slot[1]}]"
        return f"DeltaGenerator({where})"

    def __getattr__(self, name: str) -> Any:
        # Unknown st.* element: a clear Streamlit error instead of AttributeError.
        if name.startswith("_"):
            raise AttributeError(name)
        from wasmlit.errors import StreamlitUnsupportedError

        raise StreamlitUnsupportedError(name)


class StatusContainer(DeltaGenerator):
    """What ``st.status`` returns: a container whose label and state change."""

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        ctx = require_run_context()
        assert self._block_id is not None
        node = ctx.tree.nodes.get(self._block_id)
        if node is None:
            return
        props = dict(node.props)
        for name, value in (("label", label), ("expanded", expanded), ("state", state)):
            if value is not None:
                props[name] = str(value) if name != "expanded" else bool(value)
        ctx.place(Node(node.id, node.parent, node.index, node.type, node.key, props, is_block=True))

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> bool:
        # Leaving the block settles a running status, as in Streamlit.
        node = require_run_context().tree.nodes.get(self._block_id or "")
        if node is not None and node.props.get("state") == "running":
            self.update(state="error" if exc_type is not None and issubclass(exc_type, Exception) else "complete")
        return super().__exit__(exc_type, exc, tb)


def check_not_in_sidebar(dg: DeltaGenerator, what: str) -> None:
    if dg._root() == SIDEBAR_ROOT:
        raise StreamlitAPIException(f"`{what}` cannot be used in the sidebar.")


main_dg = DeltaGenerator(MAIN_ROOT, is_main=True)
sidebar_dg = DeltaGenerator(SIDEBAR_ROOT)
