"""One user session: its state, and the one event API that drives it.

``AppSession.run(events)`` is the whole interface: apply these events, rerun,
and return the output. The browser bridge and AppTest both call it. How one
run goes is in ``runner.py``; this module decides how many runs a list of
events makes (one per click or submit, plus the reruns ``st.rerun()`` asks for).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine import runner
from wasmlit.engine.deltas import PageMirror
from wasmlit.engine.events import EventBatch, check_batch, split_into_runs
from wasmlit.engine.forms import SessionForms
from wasmlit.engine.page_config import PageConfig
from wasmlit.engine.run_context import Download
from wasmlit.engine.script import ScriptEnvironment, ScriptSource
from wasmlit.engine.session_state import SessionState, WidgetMeta
from wasmlit.engine.tree import RunTree
from wasmlit.protocol import DeltaOp, RunStatus, WorkerMsg

Emit = Callable[[WorkerMsg], None]


@dataclass
class RunResult:
    """The output of one ``AppSession.run`` call (its last script run)."""

    tree: RunTree
    status: RunStatus
    #: Every delta op of every script run of this call, in order.
    ops: list[DeltaOp] = field(default_factory=list)
    runs: int = 0


class AppSession:
    """The state of one browser tab (or one AppTest) and its script runs.

    Public results, read by AppTest and the bridge: ``tree`` (the latest
    run's elements), ``status``, ``widgets`` (every widget of the latest
    run, by id), ``returned_values`` (what each widget returned in the latest
    run) and ``state`` (the session-state store)."""

    def __init__(self, script: ScriptSource, *, environment: ScriptEnvironment, emit: Emit | None = None) -> None:
        self.script = script
        self.environment = environment
        #: Stable for the life of the session (``get_script_run_ctx().session_id``).
        self.session_id = str(uuid.uuid4())
        self.state = SessionState()
        self.forms = SessionForms()
        self.mirror = PageMirror()
        self.emit = emit
        self.page_config = PageConfig(emit)  # a PageConfigMsg is a WorkerMsg
        self.run_id = 0
        self.tree = RunTree()
        self.status: RunStatus = "success"
        #: What each widget returned in the latest run (AppTest's button .value).
        self.returned_values: dict[str, Any] = {}
        #: Download data of the latest run, by widget id (sent on ``request_download``).
        self.downloads: dict[str, Download] = {}
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

    @property
    def widgets(self) -> Mapping[str, WidgetMeta]:
        """Every widget the latest run drew (and those of earlier runs not yet
        cleaned up), in page order."""
        return self.state.widget_meta

    def widget_value(self, widget_id: str) -> Any:
        """A widget's current value in session state (None if it has none)."""
        return self.state.widget_value(widget_id)

    def interrupt_requested(self) -> bool:
        return self.interrupt_check is not None and self.interrupt_check()

    def clear_state(self) -> None:
        """The menu's Clear cache also clears session state (no rerun)."""
        self.state.clear()
        self.forms.clear()

    # -- one script run --------------------------------------------------------

    def _run_once(self, batch: EventBatch, all_ops: list[DeltaOp]) -> RunStatus:
        check_batch(self.state, batch)  # a bad value is refused before the run starts
        self.run_id += 1
        ctx = runner.begin(
            self.run_id, session_id=self.session_id, state=self.state, forms=self.forms, mirror=self.mirror, script=self.script,
            page_config=self.page_config, interrupt_requested=self.interrupt_requested, post=self.emit,
        )
        changed = runner.apply_events(ctx, batch)
        status = runner.execute(ctx, changed, self.environment)
        runner.finish(ctx, status, self.emit)
        all_ops.extend(ctx.deltas.all_ops)
        self.tree = ctx.tree
        self.status = status
        self.returned_values = ctx.returned_values
        self.downloads = ctx.downloads
        return status
