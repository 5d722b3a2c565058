"""``streamlit.runtime.scriptrunner``: the context of the run in progress, as
Streamlit's ``ScriptRunContext`` exposes it to apps and components.

Apps and third-party components read ``session_id`` (stable per browser tab)
and a few other fields; ``add_script_run_ctx`` attaches the context to a
thread, which in a browser tab (one Python thread) is harmless.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine.run_context import get_run_context
from wasmlit.engine.signals import RerunSignal as RerunException
from wasmlit.engine.signals import StopSignal as StopException

__all__ = ["RerunException", "ScriptRunContext", "StopException", "add_script_run_ctx", "get_script_run_ctx"]


@dataclass(frozen=True)
class ScriptRunContext:
    """What Streamlit's ``ScriptRunContext`` tells an app about its run."""

    session_id: str
    page_script_hash: str = ""
    current_fragment_id: str | None = None
    fragment_ids_this_run: list[str] = field(default_factory=list)
    query_string: str = ""
    user_info: dict[str, Any] = field(default_factory=dict)
    #: The run's number within the session (wasmlit's own).
    run_id: int = 0


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The context of the run in progress, or None outside a run."""
    ctx = get_run_context()
    if ctx is None:
        return None
    page = ctx.nav.current.key if ctx.nav is not None and ctx.nav.current is not None else ""
    return ScriptRunContext(
        session_id=ctx.session_id, run_id=ctx.run_id, page_script_hash=page,
        current_fragment_id=ctx.current_fragment_id, fragment_ids_this_run=list(ctx.fragment_ids_this_run),
        query_string=ctx.query_params.query_string(),
    )


def add_script_run_ctx(thread: threading.Thread | None = None, ctx: ScriptRunContext | None = None) -> threading.Thread | None:
    """Attach the run's context to ``thread``: a no-op here (the browser runs
    one Python thread, and AppTest runs each script on its own)."""
    return thread if thread is not None else threading.current_thread()
