"""Where a write lands: a block, or a slot, and the ``with`` stack.

A cursor points either at a *block* (writes append to it: ``st``,
``st.sidebar``, a column) or at a *slot* (writes replace the node in it:
``st.empty()``, the return value of ``st.progress``). Every element and
widget mixin subclasses ``Cursor``; the DeltaGenerator only composes them.
New cursors are made with ``type(self)``, so a column opened by the
DeltaGenerator is a DeltaGenerator too, without this module knowing it.
"""

from __future__ import annotations

import textwrap
from types import TracebackType
from typing import Any, Self

from wasmlit.engine.forms import form_of, inherit_form
from wasmlit.engine.replay import new_token
from wasmlit.engine.run_context import RunContext, require_run_context
from wasmlit.engine.tree import Node
from wasmlit.protocol import MAIN_ROOT


def dedent_help(props: dict[str, Any]) -> None:
    """A tooltip is dedented, as 1.67's ``to_help_str`` does: a triple-quoted help
    string indented with the code around it reads as markdown, not as a code block."""
    help = props.get("help")
    if isinstance(help, str) and help:
        props["help"] = textwrap.dedent(help)


class Cursor:
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
        #: ``st`` itself: its writes go to the innermost ``with`` container.
        self._is_main = is_main
        self._block_type = block_type
        #: Names this cursor in a cached function's recording (engine/replay.py).
        self._token = new_token()

    # -- where writes go ----------------------------------------------------

    def _active(self, ctx: RunContext | None = None) -> Self:
        """``st.x`` writes into the innermost ``with`` container."""
        if self._is_main:
            stack = (ctx or require_run_context()).cursor_stack
            if stack:
                return stack[-1]  # type: ignore[return-value]  # every cursor on the stack is a DeltaGenerator
        return self

    def _target(self, ctx: RunContext) -> tuple[str, int]:
        if self._slot is not None:
            return self._slot
        assert self._block_id is not None
        return self._block_id, ctx.next_index(self._block_id)

    def _outside_wrapped(self, ctx: RunContext, acting: Self) -> Self:
        """A running fragment's write to a container made outside it goes to
        its wrapper there (engine/outside_wrappers.py)."""
        if ctx.fragment_block is None:
            return acting
        parent = acting._slot[0] if acting._slot is not None else acting._block_id or MAIN_ROOT
        if ctx.block_within(parent, ctx.fragment_block):
            return acting
        # Imported here: few apps write outside a fragment, and the module stays off the cold load.
        from wasmlit.engine.outside_wrappers import wrapper_target

        target = wrapper_target(ctx, parent, acting._slot)
        if target is None:
            return acting
        wrapper, index = target
        return type(self)(None, slot=(wrapper, index)) if index is not None else type(self)(wrapper, block_type="transparent")

    def _parent_block(self) -> str:
        """The block a write through this cursor lands in."""
        active = self._active()
        if active._slot is not None:
            return active._slot[0]
        return active._block_id or MAIN_ROOT

    def _form_id(self) -> str:
        """The key of the form this cursor writes into ('' if none)."""
        return form_of(require_run_context(), self._parent_block())

    def _root(self) -> str:
        """The root container ("0" main, "1" sidebar) this cursor writes into."""
        return self._parent_block().split(".", 1)[0]

    def _draw(
        self,
        element_type: str,
        props: dict[str, Any],
        *,
        key: str | None = None,
        node_id: str | None = None,
        replayable: bool = True,
    ) -> Self:
        """Draw an element; return a cursor that rewrites its slot. A cached
        function's recorders note it unless it is not ``replayable`` (a widget)."""
        ctx = require_run_context()
        dedent_help(props)
        acting = self._outside_wrapped(ctx, self._active(ctx))
        parent, index = acting._target(ctx)
        ctx.place(Node(node_id or f"{parent}.{index}", parent, index, element_type, key, props))
        made = type(self)(None, slot=(parent, index))
        if replayable:
            for recorder in ctx.recorders:
                recorder.note("element", self, acting, made, element_type, dict(props), key)
        return made

    def _open_block(
        self,
        block_type: str,
        props: dict[str, Any],
        *,
        key: str | None = None,
        form_id: str | None = None,
    ) -> Self:
        """Open a block (container, column, form...) and return a cursor into it."""
        ctx = require_run_context()
        dedent_help(props)
        acting = self._outside_wrapped(ctx, self._active(ctx))
        parent, index = acting._target(ctx)
        node_id = f"{parent}.{index}"
        ctx.place(Node(node_id, parent, index, block_type, key, props, is_block=True))
        inherit_form(ctx, node_id, parent, form_id)
        ctx.cursors[node_id] = 0
        made = type(self)(node_id, block_type=block_type)
        for recorder in ctx.recorders:
            recorder.note("block", self, acting, made, block_type, dict(props), key, form_id)
        return made

    # -- with-blocks ----------------------------------------------------------

    def __enter__(self) -> Self:
        require_run_context().cursor_stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stack = require_run_context().cursor_stack
        if stack and stack[-1] is self:
            stack.pop()

    def __repr__(self) -> str:
        where = self._block_id if self._slot is None else f"{self._slot[0]}[{self._slot[1]}]"
        return f"{type(self).__name__}({where})"


#: ``st`` itself, once api/delta_generator.py has made it: where 1.67's in-page
#: deprecation warnings go, whichever container the deprecated call wrote to.
_main_cursor: list[Cursor] = []


def set_main_cursor(cursor: Cursor) -> None:
    _main_cursor[:] = [cursor]


def show_deprecation_warning(message: str) -> None:
    """A deprecation shown in the page as 1.67 shows one: ``st.warning(message)``."""
    if _main_cursor:
        _main_cursor[0]._active().warning(message)  # type: ignore[attr-defined]  # a DeltaGenerator
