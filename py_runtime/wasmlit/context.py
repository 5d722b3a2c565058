"""The context of the run in progress: which session, which tree, which cursor.

``st.*`` calls find their session through ``get_run_context()``. There is one
run at a time per thread; AppTest runs scripts in a worker thread, the browser
runs them on the worker's only thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import MAIN_ROOT, SIDEBAR_ROOT
from wasmlit.signals import InterruptSignal
from wasmlit.tree import Node, RunTree

if TYPE_CHECKING:
    from wasmlit.deltas import DeltaBatcher
    from wasmlit.delta_generator import DeltaGenerator
    from wasmlit.session import AppSession


@dataclass
class RunContext:
    """Everything one script run writes to."""

    session: AppSession
    run_id: int
    deltas: DeltaBatcher
    tree: RunTree = field(default_factory=RunTree)
    cursors: dict[str, int] = field(default_factory=dict)
    #: Block id -> the form it belongs to ('' for none).
    block_forms: dict[str, str] = field(default_factory=lambda: {MAIN_ROOT: "", SIDEBAR_ROOT: ""})
    #: The ``with`` stack of containers (``with col1:``).
    dg_stack: list[DeltaGenerator] = field(default_factory=list)
    keys_this_run: set[str] = field(default_factory=set)
    ids_this_run: set[str] = field(default_factory=set)
    #: True once any element was drawn (for set_page_config's check).
    any_element: bool = False
    page_config_set: bool = False
    in_callback: bool = False

    @property
    def state(self):  # noqa: ANN201 - SessionState, avoided import cycle
        return self.session.state

    def next_index(self, block_id: str) -> int:
        index = self.cursors.get(block_id, 0)
        self.cursors[block_id] = index + 1
        return index

    def place(self, node: Node) -> None:
        """Add ``node`` to this run's tree and to the outgoing deltas."""
        self.checkpoint()
        displaced = self.tree.place(node)
        if displaced:
            self.deltas.nodes_dropped(displaced)
        self.deltas.node_set(node)
        self.any_element = True

    def checkpoint(self) -> None:
        """Called at every ``st.*`` call: honour a stop request and flush
        deltas of a slow run so the page shows progress."""
        if self.session.interrupt_requested():
            raise InterruptSignal()
        self.deltas.maybe_flush()


_local = threading.local()


def get_run_context() -> RunContext | None:
    return getattr(_local, "ctx", None)


def require_run_context(what: str = "This command") -> RunContext:
    ctx = get_run_context()
    if ctx is None:
        raise StreamlitAPIException(
            f"{what} can only be used while a wasmlit app is running. "
            "Run the script with `wasmlit run app.py` or `AppTest`."
        )
    return ctx


def set_run_context(ctx: RunContext | None) -> None:
    _local.ctx = ctx


def current_session_attr(name: str) -> Any:
    return getattr(require_run_context().session, name)
