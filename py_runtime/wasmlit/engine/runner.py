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
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.deltas import PageMirror
from wasmlit.engine.events import EventBatch, apply_batch
from wasmlit.engine.exception_props import exception_props
from wasmlit.engine.forms import SessionForms
from wasmlit.engine.fragments import FragmentHandledError
from wasmlit.engine.page_config import PageConfig
from wasmlit.engine.run_context import RunContext, set_run_context
from wasmlit.engine.script import ScriptEnvironment, ScriptSource, script_import_path
from wasmlit.engine.session_state import SessionState
from wasmlit.engine.signals import CompileErrorSignal, InterruptSignal, RerunSignal, RunRequest, StopSignal
from wasmlit.protocol import (
    CLEARING_STATUSES,
    MAIN_ROOT,
    DeltaOp,
    DeltasMsg,
    RunFinishedMsg,
    RunStartedMsg,
    RunStatus,
    ScriptCompileErrorMsg,
)

log = logging.getLogger("wasmlit")

#: Statuses after which stale widgets are cleaned up and triggers reset
#: (``st.rerun()`` counts as completion; a stop or an exception does not).
COMPLETED: tuple[RunStatus, ...] = ("success", "rerun")

Post = Callable[[RunStartedMsg | DeltasMsg | RunFinishedMsg | ScriptCompileErrorMsg], None]


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
    scope: list[str] | None = None,
    **session_parts: Any,
) -> RunContext:
    """Announce the run and make its context; the state learns the run's registries.
    ``scope`` lists the containers a fragment run redraws (None for a full run);
    ``session_parts`` are the session's other collaborators (RunContext fields)."""
    if post is not None:
        post({"type": "run_started", "run_id": run_id, "scope": scope or []})

    def sink(ops: list[DeltaOp], drawn: dict[str, int]) -> None:
        assert post is not None
        post({"type": "deltas", "run_id": run_id, "ops": ops, "drawn": drawn})

    ctx = RunContext(
        run_id=run_id, session_id=session_id, state=state, deltas=mirror.begin_run(sink if post else None), script=script,
        page_config=page_config, forms=forms, interrupt_requested=interrupt_requested, **session_parts,
    )
    state.begin_run(ctx.widget_ids, ctx.form_ids)
    return ctx


def apply_events(ctx: RunContext, batch: EventBatch) -> set[str]:
    """Write the batch's values and trigger into session state; return the
    ids of the widgets whose value changed."""
    return apply_batch(ctx.state, ctx.forms, batch)


def run_callbacks(ctx: RunContext, changed: set[str]) -> None:
    """on_change / on_click of changed widgets, in page order, before the script.

    A callback's ``st.rerun()`` ends that callback and is a vote (Streamlit 1.67):
    once every callback ran, a vote for the app makes a fragment interaction a
    full rerun, and votes that all name fragments by key rerun only those. A
    callback that returned normally keeps the interaction's own rerun, which
    with keyed votes beside it means the whole app."""
    if not changed:
        return
    votes: list[RerunSignal] = []
    plain = 0
    ctx.in_callback = True
    try:
        for widget_id, meta in list(ctx.state.widget_meta.items()):
            if widget_id in changed and meta.callback is not None:
                try:
                    meta.callback(*meta.args, **meta.kwargs)
                    plain += 1
                except RerunSignal as vote:
                    votes.append(vote)
    finally:
        ctx.in_callback = False
    if not votes:
        return
    switches = [v for v in votes if v.request.page is not None]
    if switches:
        raise RerunSignal(switches[-1].request)  # st.switch_page in a callback: the newest page wins
    if all(v.keyed for v in votes) and not plain:
        request = votes[0].request
        for other in votes[1:]:
            request = request.merge(other.request)
        raise RerunSignal(request)
    for_app = any(not v.keyed and v.request.whole_app for v in votes)
    if any(v.keyed for v in votes) or (for_app and ctx.is_fragment_run):
        raise RerunSignal()  # escalates to the whole app
    # The interaction's own run goes on: a full run, or the fragment run the votes asked for again.


def execute_script(ctx: RunContext, environment: ScriptEnvironment) -> None:
    """The user's script, in a fresh ``__main__``: the entry script, or the
    ``pages/`` folder page this run shows (engine/pages.py)."""
    script = ctx.script
    page = ctx.nav.folder_page() if ctx.nav is not None else None
    if page is not None and page.url_path and page.script:
        script = ctx.nav.source(page.script, ctx.script.extra_globals)  # type: ignore[union-attr]
        ctx.active_script_hash = page.key
    try:
        code = script.compile()
    except SyntaxError as error:  # the script itself, not a module it imports: Streamlit's compile error
        raise CompileErrorSignal(error) from None
    ctx.fragments.wrappers.clear()  # a full run draws every container again
    exec(code, script.fresh_namespace(environment.magic_write))
    ctx.fragments.keep_only(ctx.new_fragment_ids)


def execute_fragments(ctx: RunContext, auto: bool) -> None:
    """A fragment run: each fragment again, where it first ran. A fragment's
    own exception is drawn in its container and does not stop the others."""
    for fragment_id in ctx.fragment_ids_this_run:
        fragment = ctx.fragments.get(fragment_id)
        if fragment is None:
            if auto:
                continue  # a timer that outlived its fragment
            raise RuntimeError(f"Could not find fragment with id {fragment_id}")
        try:
            fragment.rerun()
        except FragmentHandledError:
            pass


def execute(ctx: RunContext, changed: set[str], environment: ScriptEnvironment,
            request: RunRequest | None = None) -> RunStatus:
    """Callbacks, then the script (or the fragments); how the run ended.
    After ``st.rerun()`` the request for the next run is ``ctx.rerun_request``."""
    set_run_context(ctx)
    try:
        with environment.activate(), script_import_path(ctx.script):
            try:
                run_callbacks(ctx, changed)
                if ctx.is_fragment_run:
                    execute_fragments(ctx, auto=bool(request and request.auto))
                else:
                    execute_script(ctx, environment)
            except RerunSignal as signal:
                ctx.rerun_request = signal.request
                return "rerun"
            except FragmentHandledError:
                return "error"  # drawn in the fragment's container already
            except StopSignal:
                return "stopped"
            except CompileErrorSignal as signal:
                ctx.compile_error = exception_props(signal.error)["message"]
                return "compile_error"
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
    """Clean up after a completed run, send the last deltas, announce the end.
    A fragment run cleans up only inside its fragments."""
    if status in COMPLETED:
        ctx.state.finish_run(set(ctx.fragment_ids_this_run), page=ctx.active_script_hash)
    within = ctx.fragment_roots if ctx.is_fragment_run else None
    ctx.deltas.finish(remove_untouched=status in CLEARING_STATUSES, within=within)
    if post is not None:
        if status == "compile_error":
            post({"type": "script_compile_error", "message": ctx.compile_error or ""})
        post({"type": "run_finished", "run_id": ctx.run_id, "status": status})
