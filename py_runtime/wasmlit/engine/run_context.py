"""The run in progress: every per-run registry, and how ``st.*`` finds it.

``st.*`` calls find their run through ``get_run_context()``. There is one run
at a time per thread; AppTest runs scripts in a worker thread, the browser
runs them on the worker's only thread.

A ``RunContext`` is made fresh for each script run and thrown away after it,
so nothing a run registers (widget ids, keys, forms, cursor positions, what
each widget returned) can leak into the next one. It receives narrow
collaborators from the session (the state store, the delta batcher, the page
config, the interrupt check), never the session itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.engine.deltas import DeltaBatcher
from wasmlit.engine.forms import SessionForms
from wasmlit.engine.fragments import FragmentStore
from wasmlit.engine.page_config import PageConfig
from wasmlit.engine.pages import Navigation
from wasmlit.engine.query_params import QueryParamsStore
from wasmlit.engine.replay import Recorder
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session_state import SessionState
from wasmlit.engine.signals import InterruptSignal, RunRequest
from wasmlit.engine.tree import Node, RunTree
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import ROOTS

if TYPE_CHECKING:
    from wasmlit.engine.cursor import Cursor


@dataclass(frozen=True)
class Download:
    """The data of a download button, kept in Python until the page asks for it."""

    file_name: str
    #: "" when ``generate`` decides it.
    mime: str
    #: base64 ("" until ``generate`` made it).
    data: str
    #: A deferred download (``data=`` a callable): makes (base64, default mime)
    #: when the button is pressed, never during a run.
    generate: Callable[[], tuple[str, str]] | None = None


def _never() -> bool:
    return False


@dataclass
class RunContext:
    """Everything one script run writes to."""

    run_id: int
    #: The session's id: stable for the life of the tab (or AppTest).
    session_id: str
    #: The session's store (it outlives the run).
    state: SessionState
    deltas: DeltaBatcher
    #: The script being run (pages resolve relative to its folder).
    script: ScriptSource
    page_config: PageConfig
    #: The session's form settings (clear_on_submit).
    forms: SessionForms
    #: Asked at every ``st.*`` call: should this run end now (Stop, fast rerun)?
    interrupt_requested: Callable[[], bool] = _never
    tree: RunTree = field(default_factory=RunTree)
    #: Block id -> the index the next write into it takes.
    cursors: dict[str, int] = field(default_factory=dict)
    #: Block id -> the form it belongs to ('' for none).
    block_forms: dict[str, str] = field(default_factory=lambda: dict.fromkeys(ROOTS, ""))
    #: The ``with`` stack of containers (``with col1:``).
    cursor_stack: list[Cursor] = field(default_factory=list)
    #: Widget ids registered in this run, in page order.
    widget_ids: dict[str, None] = field(default_factory=dict)
    #: User keys of the widgets registered in this run.
    user_keys: set[str] = field(default_factory=set)
    #: Form keys created in this run (their keys are read-only too).
    form_ids: set[str] = field(default_factory=set)
    #: What each widget returned in this run (AppTest's button ``.value``).
    returned_values: dict[str, Any] = field(default_factory=dict)
    #: Download data kept out of the page until asked for, by widget id.
    downloads: dict[str, Download] = field(default_factory=dict)
    #: Recorders of the cached functions running now, innermost last (engine/replay.py).
    recorders: list[Recorder] = field(default_factory=list)
    #: True once any element was drawn (for set_page_config's check).
    any_element: bool = False
    in_callback: bool = False
    #: Widgets bound to the URL in this run: widget id -> (key, UrlValue, default).
    bound_widgets: dict[str, tuple[str, Any, Callable[[], Any]]] = field(default_factory=dict)
    #: ``@st.fragment(key=...)`` names used in this run, with the function each names.
    fragment_keys: dict[str, str] = field(default_factory=dict)
    # -- fragments (engine/fragments.py) ------------------------------------
    #: The session's fragments.
    fragments: FragmentStore = field(default_factory=FragmentStore)
    #: The fragments this run reruns, in order; empty for a full run.
    fragment_ids_this_run: tuple[str, ...] = ()
    #: The fragment whose code runs now, and the block that is its container.
    current_fragment_id: str | None = None
    fragment_block: str | None = None
    #: Fragments this run called (a full run forgets the others).
    new_fragment_ids: set[str] = field(default_factory=set)
    #: The containers a fragment run redrew: its removals stay inside them.
    fragment_roots: list[str] = field(default_factory=list)
    #: What ``st.rerun()`` / ``st.switch_page`` asked the next run to be.
    rerun_request: RunRequest | None = None
    #: The script's syntax error, as the dialog shows it, when the run ended with "compile_error".
    compile_error: str | None = None
    #: A dialog was opened in this run (only one may be).
    dialog_opened: bool = False
    # -- pages, URL and browser (engine/pages.py, engine/query_params.py) ---
    nav: Navigation | None = None
    query_params: QueryParamsStore = field(default_factory=QueryParamsStore)
    #: What ``st.context`` reports (from the page's boot message).
    client: dict[str, Any] = field(default_factory=dict)
    #: The page whose code runs now ('' for the entry script): part of widget ids.
    active_script_hash: str = ""
    #: ``st.navigation`` was called in this run.
    navigation_called: bool = False
    #: Client options of the session (``st.set_option``, ``.streamlit/config.toml``).
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def is_fragment_run(self) -> bool:
        return bool(self.fragment_ids_this_run)

    def block_within(self, block_id: str, ancestor: str) -> bool:
        """Is ``block_id`` the block ``ancestor`` or inside it?"""
        current: str | None = block_id
        seen = 0
        while current is not None and seen < 1000:
            if current == ancestor:
                return True
            node = self.tree.nodes.get(current)
            current = node.parent if node is not None else None
            seen += 1
        return False

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
        if self.interrupt_requested():
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
