"""One user session: its state, and the one event API that drives it.

``AppSession.run(events)`` is the whole interface: apply these events, rerun,
and return the output. The browser bridge and AppTest both call it. A run goes
through named phases (``_run_once``): begin → apply events → callbacks →
script → finish (cleanup, trigger reset) → deltas.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.context import RunContext, set_run_context
from wasmlit.deltas import PageMirror
from wasmlit.events import EventBatch, apply_batch, check_batch, split_into_runs
from wasmlit.protocol import DeltaOp, RunStatus
from wasmlit.script import ScriptSource, script_import_path
from wasmlit.session_state import SessionState
from wasmlit.signals import InterruptSignal, RerunSignal, StopSignal
from wasmlit.streamlit_alias import streamlit_alias
from wasmlit.tree import RunTree

log = logging.getLogger("wasmlit")

Emit = Callable[[dict[str, Any]], None]

#: Statuses after which stale widgets are cleaned up and triggers reset.
_COMPLETED: tuple[RunStatus, ...] = ("success", "rerun")
#: Statuses after which the page drops the elements the run did not draw.
_CLEARS_PAGE: tuple[RunStatus, ...] = ("success", "stopped", "error")


@dataclass
class RunResult:
    """The output of one ``AppSession.run`` call (its last script run)."""

    tree: RunTree
    status: RunStatus
    #: Every delta op of every script run of this call, in order.
    ops: list[DeltaOp] = field(default_factory=list)
    runs: int = 0


class AppSession:
    """The state of one browser tab (or one AppTest) and its script runs."""

    def __init__(self, script: ScriptSource, *, emit: Emit | None = None) -> None:
        self.script = script
        self.state = SessionState()
        self.mirror = PageMirror()
        self.emit = emit
        self.run_id = 0
        self.tree = RunTree()
        self.status: RunStatus = "success"
        self.page_config: dict[str, Any] = {"title": None, "icon": None, "layout": "centered", "sidebar_state": "auto"}
        #: What each widget returned in the latest run (AppTest's button .value).
        self.returned_values: dict[str, Any] = {}
        self.cleared_forms: set[str] = set()
        #: Asked at every st.* call; the browser wires it to the Stop button.
        self.interrupt_check: Callable[[], bool] | None = None

    # -- the event API --------------------------------------------------------

    def run(self, events: Iterable[Mapping[str, Any]] = ()) -> RunResult:
        """Apply ``events`` (set_value / click / submit), rerunning once per
        click or submit, and return the last run's output."""
        result = RunResult(self.tree, self.status)
        for batch in split_into_runs(events):
            status = self._run_once(batch, result.ops)
            result.runs += 1
            while status == "rerun":
                status = self._run_once(EventBatch(), result.ops)
                result.runs += 1
            result.status = status
        result.tree = self.tree
        return result

    def interrupt_requested(self) -> bool:
        return self.interrupt_check is not None and self.interrupt_check()

    def clear_state(self) -> None:
        """The menu's Clear cache also clears session state (no rerun)."""
        self.state.clear()
        self.cleared_forms.clear()

    def update_page_config(self, **changes: Any) -> None:
        merged = {**self.page_config, **{k: v for k, v in changes.items() if v is not None}}
        if merged != self.page_config:
            self.page_config = merged
            self._emit({"type": "page_config", **merged})

    # -- one script run --------------------------------------------------------

    def _run_once(self, batch: EventBatch, all_ops: list[DeltaOp]) -> RunStatus:
        check_batch(self.state, batch)  # a bad value is refused before the run starts
        self.run_id += 1
        run_id = self.run_id
        self._emit({"type": "run_started", "run_id": run_id})
        deltas = self.mirror.begin_run(self._delta_sink(run_id) if self.emit else None)
        ctx = RunContext(self, run_id, deltas)

        self.state.begin_run()
        self.returned_values = {}
        changed = apply_batch(self.state, batch, self.cleared_forms)
        status = self._execute(ctx, changed)

        if status in _COMPLETED:
            self.state.finish_run()
        deltas.finish(remove_untouched=status in _CLEARS_PAGE)
        all_ops.extend(deltas.all_ops)
        self.tree = ctx.tree
        self.status = status
        self._emit({"type": "run_finished", "run_id": run_id, "status": status})
        return status

    def _execute(self, ctx: RunContext, changed: set[str]) -> RunStatus:
        """Callbacks, then the script, with ``import streamlit`` meaning wasmlit."""
        set_run_context(ctx)
        try:
            with streamlit_alias(), script_import_path(self.script):
                try:
                    self._call_callbacks(ctx, changed)
                    code = self.script.compile()
                    exec(code, self.script.fresh_namespace())
                except RerunSignal:
                    return "rerun"
                except StopSignal:
                    return "stopped"
                except InterruptSignal:
                    return "interrupted"
                except SystemExit:
                    return "stopped"
                except KeyboardInterrupt:
                    # Pyodide's interrupt buffer: the Stop button, or a fast
                    # rerun of a run stuck where no st.* call checks in.
                    return "interrupted" if self.interrupt_requested() else "stopped"
                except Exception as exc:  # the user's error, shown in the app
                    self._show_exception(ctx, exc)
                    return "error"
            return "success"
        finally:
            set_run_context(None)

    def _call_callbacks(self, ctx: RunContext, changed: set[str]) -> None:
        """on_change / on_click of changed widgets, in page order, before the script."""
        if not changed:
            return
        ctx.in_callback = True
        try:
            for widget_id, meta in list(self.state.widget_meta.items()):
                if widget_id in changed and meta.callback is not None:
                    meta.callback(*meta.args, **meta.kwargs)
        finally:
            ctx.in_callback = False

    def _show_exception(self, ctx: RunContext, exc: BaseException) -> None:
        from wasmlit.delta_generator import main_dg
        from wasmlit.exceptions import exception_props

        ctx.dg_stack.clear()
        try:
            main_dg._enqueue("exception", exception_props(exc, uncaught=True))
        except Exception:  # drawing the error must never hide the error
            log.exception("could not draw the exception element")

    # -- output ------------------------------------------------------------------

    def _delta_sink(self, run_id: int) -> Callable[[list[DeltaOp], dict[str, int]], None]:
        def sink(ops: list[DeltaOp], drawn: dict[str, int]) -> None:
            self._emit({"type": "deltas", "run_id": run_id, "ops": ops, "drawn": drawn})

        return sink

    def _emit(self, message: dict[str, Any]) -> None:
        if self.emit is not None:
            self.emit(message)
