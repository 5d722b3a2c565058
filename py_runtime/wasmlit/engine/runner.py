"""One script run, as named phases.

``run_once`` reads as the run itself::

    begin → apply_events → run_callbacks → execute_script → finish

Each phase is a function of the run's context and the session's state. The
session (``session.py``) decides how many runs a batch of events makes;
this module does one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.deltas import PageMirror
from wasmlit.engine.events import EventBatch, apply_batch
from wasmlit.engine.exception_props import exception_props
from wasmlit.engine.forms import SessionForms
from wasmlit.engine.page_config import PageConfig
from wasmlit.engine.run_context import RunContext, set_run_context
from wasmlit.engine.script import ScriptEnvironment, ScriptSource, script_import_path
from wasmlit.engine.session_state import SessionState
from wasmlit.engine.signals import InterruptSignal, RerunSignal, StopSignal
from wasmlit.protocol import CLEARING_STATUSES, MAIN_ROOT, DeltaOp, DeltasMsg, RunFinishedMsg, RunStartedMsg, RunStatus

log = logging.getLogger("wasmlit")

#: Statuses after which stale widgets are cleaned up and triggers reset
#: (``st.rerun()`` counts as completion; a stop or an exception does not).
COMPLETED: tuple[RunStatus, ...] = ("success", "rerun")

Post = Callable[[RunStartedMsg | DeltasMsg | RunFinishedMsg], None]


def begin(
    run_id: int,
    *,
    session_id: str,
    state: SessionState,
    forms: SessionForms,
    mirror: PageMirror,
    script: ScriptSource,
    page_config: PageConfig,
    interrupt_requested: Callable[[], bool],
    post: Post | None,
) -> RunContext:
    """Announce the run and make its context; the state learns the run's registries."""
    if post is not None:
        post({"type": "run_started", "run_id": run_id})

    def sink(ops: list[DeltaOp], drawn: dict[str, int]) -> None:
        assert post is not None
        post({"type": "deltas", "run_id": run_id, "ops": ops, "drawn": drawn})

    ctx = RunContext(
        run_id=run_id, session_id=session_id, state=state, deltas=mirror.begin_run(sink if post else None), script=script,
        page_config=page_config, forms=forms, interrupt_requested=interrupt_requested,
    )
    state.begin_run(ctx.widget_ids, ctx.form_ids)
    return ctx


def apply_events(ctx: RunContext, batch: EventBatch) -> set[str]:
    """Write the batch's values and trigger into session state; return the
    ids of the widgets whose value changed."""
    return apply_batch(ctx.state, ctx.forms, batch)


def run_callbacks(ctx: RunContext, changed: set[str]) -> None:
    """on_change / on_click of changed widgets, in page order, before the script."""
    if not changed:
        return
    ctx.in_callback = True
    try:
        for widget_id, meta in list(ctx.state.widget_meta.items()):
            if widget_id in changed and meta.callback is not None:
                meta.callback(*meta.args, **meta.kwargs)
    finally:
        ctx.in_callback = False


def execute_script(ctx: RunContext, environment: ScriptEnvironment) -> None:
    """The user's script, in a fresh ``__main__``."""
    code = ctx.script.compile()
    exec(code, ctx.script.fresh_namespace(environment.magic_write))


def execute(ctx: RunContext, changed: set[str], environment: ScriptEnvironment) -> RunStatus:
    """Callbacks, then the script; how the run ended."""
    set_run_context(ctx)
    try:
        with environment.activate(), script_import_path(ctx.script):
            try:
                run_callbacks(ctx, changed)
                execute_script(ctx, environment)
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
                return "interrupted" if ctx.interrupt_requested() else "stopped"
            except Exception as exc:  # the user's error, shown in the app
                show_exception(ctx, exc)
                return "error"
        return "success"
    finally:
        set_run_context(None)


def show_exception(ctx: RunContext, exc: BaseException) -> None:
    """Draw an uncaught exception at the end of the main block."""
    ctx.cursor_stack.clear()
    try:
        Cursor(MAIN_ROOT)._draw("exception", exception_props(exc, uncaught=True))
    except BaseException:  # drawing the error must never hide the error
        log.exception("could not draw the exception element")


def finish(ctx: RunContext, status: RunStatus, post: Post | None) -> None:
    """Clean up after a completed run, send the last deltas, announce the end."""
    if status in COMPLETED:
        ctx.state.finish_run()
    ctx.deltas.finish(remove_untouched=status in CLEARING_STATUSES)
    if post is not None:
        post({"type": "run_finished", "run_id": ctx.run_id, "status": status})
