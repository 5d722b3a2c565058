"""One user session: its state, and the one event API that drives it.

``AppSession.run(events)`` is the whole interface: apply these events, rerun,
and return the output. The browser bridge and AppTest both call it. How one
run goes is in ``runner.py``; this module decides how many runs a list of
events makes (one per click or submit), what each run runs (the whole app, or
only fragments: ``RunRequest``), and what follows ``st.rerun()``:

* AppTest follows reruns inside one call (``follow_reruns=True``), as
  Streamlit's AppTest does: one ``at.run()`` covers ``st.rerun()``;
* the browser's bridge does not: a run that ended with ``st.rerun()`` leaves
  its request in ``pending`` and returns, so the worker's message loop sees
  the user's newer events; the next call (a ``rerun`` the page sends, or any
  newer events) merges ``pending`` into its own run, with Streamlit's
  coalescing rules (``RunRequest.merge``).

After each run the session tells the page what changed outside the element
tree: the pages (``navigation``), the URL (``url``) and the fragment timers
(``auto_rerun``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine import runner
from wasmlit.engine.deltas import PageMirror
from wasmlit.engine.events import EventBatch, check_batch, split_into_runs
from wasmlit.engine.forms import SessionForms
from wasmlit.engine.fragments import FragmentStore
from wasmlit.engine.page_config import PageConfig
from wasmlit.engine.pages import Navigation
from wasmlit.engine.query_params import QueryParamsStore
from wasmlit.engine.run_context import Download, RunContext, get_run_context, set_run_context
from wasmlit.engine.script import ScriptEnvironment, ScriptSource
from wasmlit.engine.session_state import SessionState, WidgetMeta
from wasmlit.engine.signals import WHOLE_APP, RunRequest
from wasmlit.engine.tree import RunTree
from wasmlit.protocol import DeltaOp, RunStatus, WorkerMsg

Emit = Callable[[WorkerMsg], None]


def _uuid4() -> str:
    """A random UUID (version 4) as text, like ``str(uuid.uuid4())``, without
    importing ``uuid`` (~35 ms of the browser's boot)."""
    data = bytearray(os.urandom(16))
    data[6] = (data[6] & 0x0F) | 0x40
    data[8] = (data[8] & 0x3F) | 0x80
    h = data.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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
        self.session_id = _uuid4()
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
        self.fragments = FragmentStore()
        # The page's URL follows the run as soon as it is known, as Streamlit's does
        # (its new-session message starts the run; query params are sent as they are set):
        # a test that waits for the new page's content, or the run's end, reads the new URL.
        self.nav = Navigation(script.path, on_choose=self._send_url)
        self.query_params = QueryParamsStore(on_change=lambda _query: self._send_url())
        #: What ``st.context`` reports (the page's boot message fills it).
        self.client: dict[str, Any] = {}
        #: Client options (``st.set_option``, the app's ``.streamlit/config.toml``).
        self.options: dict[str, Any] = {}
        #: The run ``st.rerun()`` asked for that has not run yet (the bridge does not follow reruns).
        self.pending: RunRequest | None = None
        #: Where the latest run left every block's cursor and form (a fragment run starts from there).
        self._layout: tuple[dict[str, int], dict[str, str]] = ({}, {})
        #: The URL (page path, query) the page shows, and the navigation and timers it was told.
        self.url_shown: tuple[str, str] = ("", "")
        self._nav_sent: dict[str, Any] | None = None
        self._timers_sent: dict[str, float] = {}

    # -- the event API --------------------------------------------------------

    def run(self, events: Iterable[Mapping[str, Any]] = (), *, follow_reruns: bool = True,
            request: RunRequest | None = None, fragment_events: bool = False) -> RunResult:
        """Apply ``events`` (set_value / click / submit), running once per click
        or submit, and return the last run's output. ``request`` says what the
        first run runs (a page switch, a fragment's timer); with
        ``fragment_events``, events on widgets of fragments rerun only those
        fragments (the browser; Streamlit's AppTest reruns the whole app)."""
        result = RunResult(self.tree, self.status)
        for i, batch in enumerate(split_into_runs(events)):
            asked = self._request_for(batch, request if i == 0 else None, fragment_events)
            if asked is None:
                continue  # a timer of a fragment that is gone: nothing to run
            status = self._run_once(batch, asked, result.ops)
            result.runs += 1
            while status == "rerun" and follow_reruns:
                asked = self._request_for(EventBatch(), None, fragment_events) or WHOLE_APP
                status = self._run_once(EventBatch(), asked, result.ops)
                result.runs += 1
            result.status = status
        result.tree = self.tree
        return result

    @property
    def rerun_owed(self) -> bool:
        """The latest run ended with ``st.rerun()`` and its rerun has not run yet."""
        return self.pending is not None

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

    def download(self, widget_id: str) -> Download | None:
        """The data of a download button of the latest run, made now if it is deferred.

        A deferred download's function runs outside any script run, as in
        Streamlit 1.67, where its ``st.*`` calls are ignored: here they draw into
        a run that no page sees. It reads (and may write) the session's state,
        where Streamlit's would find an empty one. Its exceptions propagate."""
        download = self.downloads.get(widget_id)
        if download is None or download.generate is None:
            return download
        unseen = RunContext(
            run_id=-1, session_id=self.session_id, state=self.state, deltas=PageMirror().begin_run(None),
            script=self.script, page_config=PageConfig(None), forms=SessionForms(), options=dict(self.options),
        )
        outer = get_run_context()
        set_run_context(unseen)
        try:
            data, default_mime = download.generate()
        finally:
            set_run_context(outer)
        return Download(download.file_name, download.mime or default_mime, data)

    def clear_state(self) -> None:
        """The menu's Clear cache also clears session state (no rerun)."""
        self.state.clear()
        self.forms.clear()

    # -- what a run runs ---------------------------------------------------------

    def _request_for(self, batch: EventBatch, asked: RunRequest | None, fragment_events: bool) -> RunRequest | None:
        """The owed rerun, what the caller asked for and what the events touch, merged."""
        parts = [r for r in (self.pending, asked, self._events_request(batch) if fragment_events else None) if r]
        self.pending = None
        if batch.values or batch.trigger is not None:
            if not fragment_events:
                parts.append(WHOLE_APP)
        merged = parts[0] if parts else WHOLE_APP
        for part in parts[1:]:
            merged = merged.merge(part)
        if merged.whole_app:
            return merged
        known = tuple(f for f in merged.fragment_ids if self.fragments.get(f) is not None)
        if known:
            return RunRequest(known, merged.page, merged.auto)
        return None if merged.auto and not batch.values and batch.trigger is None else RunRequest((), merged.page)

    def _events_request(self, batch: EventBatch) -> RunRequest | None:
        """A fragment run when every widget the batch touches lives in a fragment; else the whole app."""
        ids = [w for w in batch.values if w in self.state.widget_meta and not self.state.widget_meta[w].form_id]
        if batch.trigger is not None:
            ids.append(str(batch.trigger.get("id")))
        if not ids:
            return None
        fragments: list[str] = []
        for widget_id in ids:
            meta = self.state.widget_meta.get(widget_id)
            if meta is None or meta.fragment_id is None or self.fragments.get(meta.fragment_id) is None:
                return WHOLE_APP
            if meta.fragment_id not in fragments:
                fragments.append(meta.fragment_id)
        return RunRequest(tuple(fragments))

    # -- one script run --------------------------------------------------------

    def _run_once(self, batch: EventBatch, request: RunRequest, all_ops: list[DeltaOp]) -> RunStatus:
        check_batch(self.state, batch)  # a bad value is refused before the run starts
        self.run_id += 1
        if request.page is not None:
            self.nav.ask(key=request.page)
        fragment_run = not request.whole_app
        cursors, forms = self._layout
        # A fragment run redraws its containers and its writes to outside containers (its wrappers).
        scope = [*(f.container for f in map(self.fragments.get, request.fragment_ids) if f),
                 *(w.id for fid in request.fragment_ids for w in self.fragments.wrappers_of(fid))] if fragment_run else None
        parts: dict[str, Any] = {
            "fragments": self.fragments, "nav": self.nav, "query_params": self.query_params, "client": self.client,
            "options": self.options, "fragment_ids_this_run": request.fragment_ids,
        }
        if fragment_run:
            parts.update(tree=self.tree.copy(), cursors=dict(cursors), block_forms=dict(forms))
        ctx = runner.begin(
            self.run_id, session_id=self.session_id, state=self.state, forms=self.forms, mirror=self.mirror, script=self.script,
            page_config=self.page_config, interrupt_requested=self.interrupt_requested, post=self.emit, scope=scope,
            **parts,
        )
        changed = runner.apply_events(ctx, batch)
        status = runner.execute(ctx, changed, self.environment, request)
        self._announce(ctx)
        runner.finish(ctx, status, self.emit)
        all_ops.extend(ctx.deltas.all_ops)
        self.tree = ctx.tree
        self.status = status
        if fragment_run:
            self.returned_values = {**self.returned_values, **ctx.returned_values}
            self.downloads = {**self.downloads, **ctx.downloads}
        else:
            self.returned_values = ctx.returned_values
            self.downloads = ctx.downloads
        self._layout = (ctx.cursors, ctx.block_forms)
        self._after_run(ctx, status, request)
        return status

    def _after_run(self, ctx: RunContext, status: RunStatus, request: RunRequest) -> None:
        """What follows the run (an owed rerun), and what the page learns outside the tree."""
        if status == "rerun":
            self.pending = ctx.rerun_request or WHOLE_APP
        elif status == "interrupted":
            self.pending = request  # the newer message that cut it short runs it
        if self.emit is None:
            return
        if not ctx.is_fragment_run and status in ("success", "rerun"):
            timers = self.fragments.timers()
            if timers != self._timers_sent:
                self._timers_sent = timers
                self.emit({"type": "auto_rerun", "timers": timers})

    def _announce(self, ctx: RunContext) -> None:
        """What the page learns outside the tree, before the run's end: its menu,
        a page that was not found, and its URL."""
        if self.emit is None:
            return
        if ctx.nav is not None and (ctx.navigation_called or not ctx.nav.declared) and not ctx.is_fragment_run:
            self._send_navigation()
        if self.nav.not_found is not None:
            self.emit({"type": "error", "detail": "", "message": (
                f"You have requested page /{self.nav.not_found}, but no corresponding file was found in the app. "
                "Running the app's main page.")})
            self.nav.not_found = None
        self._write_bound_widgets(ctx)
        self._send_url()

    def _write_bound_widgets(self, ctx: RunContext) -> None:
        """The URL follows the widgets bound to it: their value, or no parameter at
        their default (Streamlit's page does this; its AppTest's URL does not change)."""
        for widget_id, (key, url, default) in ctx.bound_widgets.items():
            if widget_id not in ctx.returned_values:
                continue
            try:
                values = url.format(ctx.returned_values[widget_id])
                at_default = values == url.format(default())
            except Exception:  # a value the URL cannot hold: leave the URL as it is
                continue
            self.query_params.write_bound(key, None if at_default else values)

    def _send_url(self) -> None:
        """Tell the page its URL (the current page's path and the query) when it changed."""
        if self.emit is None:
            return
        current = self.nav.current.url_path if self.nav.current else ""
        url = (current, self.query_params.query_string())
        if url != self.url_shown:
            history = "push" if url[0] != self.url_shown[0] else "replace"
            self.url_shown = url
            self.emit({"type": "url", "url_path": url[0], "query": url[1], "history": history})

    def _send_navigation(self) -> None:
        assert self.emit is not None
        position = self.nav.position
        if position == "sidebar" and self.options.get("client.showSidebarNavigation") is False:
            position = "hidden"
        fields = self.nav.message_fields(position) if self.nav.pages else None
        if fields != self._nav_sent and (fields is not None or self._nav_sent is not None):
            self._nav_sent = fields
            fields = fields or {"pages": [], "sections": [], "position": "hidden", "expanded": False, "current": ""}
            self.emit({"type": "navigation", "pages": fields["pages"], "sections": fields["sections"],
                       "position": fields["position"], "expanded": fields["expanded"], "current": fields["current"]})
