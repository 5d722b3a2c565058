"""The engine's door to the page: dict messages in, dict messages out.

``Bridge.handle(message)`` takes one page->worker message (a dict, see
``protocol.PAGE_TO_WORKER``) and calls the method for its type; every
worker->page message leaves through ``post(message)``, synchronously, during
the run too (so deltas stream while the script runs). JSON framing and
Pyodide are the host's business (``pyodide_host.py``). A message the bridge
cannot understand is answered with an ``error`` message, never a crash.

The bridge does not follow ``st.rerun()``: after a run that ended with it,
``rerun_owed`` is true, worker_boot.js says so in its ``idle``, and the page sends
the rerun (or newer events, which the session merges with it). Between two
runs of an ``st.rerun()`` loop the worker's message loop turns, so the user's
events reach the loop.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import traceback
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.api import new_session
from wasmlit.api.cache import clear_all_caches
from wasmlit.elements.lib.media_data import download_name
from wasmlit.engine.events import BadEventError
from wasmlit.engine.options import read_config_options
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.session_state import SessionState
from wasmlit.engine.signals import RunRequest
from wasmlit.protocol import DEV_QUERIES, WorkerMsg

if TYPE_CHECKING:
    from wasmlit.host.recorder import SessionRecorder

#: What the page shows under a download button whose function failed (Streamlit 1.67's words).
DOWNLOAD_FAILED = "Failed to generate file for download"

Post = Callable[[WorkerMsg], None]


class Bridge:
    """One browser tab's session, driven by protocol messages."""

    def __init__(self, post: Post, app_dir: str, entrypoint: str, *, persist_state: bool = False,
                 dev_tools: bool = False) -> None:
        self._post = post
        self.app_dir = app_dir
        self.entrypoint = entrypoint
        #: Post a ``state_snapshot`` after each run (``wasmlit build --persist-state``).
        self.persist_state = persist_state
        #: Answer ``dev_query`` and record the session (dev tools builds only; see protocol.DevQueryMsg).
        #: A normal site's runtime does not even hold the recorder's modules.
        self.recorder: SessionRecorder | None = None
        if dev_tools:
            from wasmlit.host.recorder import SessionRecorder

            self.recorder = SessionRecorder()
        self.session = new_session(ScriptSource(os.path.join(app_dir, entrypoint)), emit=self._emit)
        #: One method per page message type (``boot`` is handled by the host).
        self._handlers: dict[str, Callable[[Mapping[str, Any]], None]] = {
            "events": self.on_events,
            "rerun": self.on_rerun,
            "clear_cache": self.on_clear_cache,
            "stop": self.on_stop,
            "update_files": self.on_update_files,
            "request_download": self.on_request_download,
            "dev_query": self.on_dev_query,
        }

    def first_run(self) -> None:
        self._run([])

    def open_at(self, page: Any, query: Any, client: Any, options: Any = None) -> None:
        """Before the first run: the page the URL names, its query string, what
        ``st.context`` reports and the config options (all from the page's ``boot`` message)."""
        if isinstance(client, dict):
            self.session.client.update(client)
        if isinstance(options, dict):
            self.session.options.update(read_config_options(options))
        self._navigated(page, query)

    def _navigated(self, page: Any, query: Any) -> None:
        """The page shows this URL now (a link, back/forward, the address bar)."""
        session = self.session
        if isinstance(query, str):
            session.query_params.load(query)
        if isinstance(page, str):
            session.nav.ask(url_path=page.strip("/"))
        shown_path = page.strip("/") if isinstance(page, str) else session.url_shown[0]
        session.url_shown = (shown_path, session.query_params.query_string())

    @property
    def rerun_owed(self) -> bool:
        """The latest run ended with ``st.rerun()``: the page should send a ``rerun``."""
        return self.session.rerun_owed

    def handle(self, message: Any) -> None:
        """Handle one page message (a dict from the page's JSON)."""
        try:
            kind = message.get("type") if isinstance(message, dict) else None
            handler = self._handlers.get(kind) if isinstance(kind, str) else None
            if handler is None:
                raise BadEventError(
                    f"Expected a message type in {sorted(self._handlers)}, but got {describe(message)}."
                )
            if self.recorder is not None:
                self.recorder.record(message, self.session)
            handler(message)
        except (ValueError, BadEventError) as err:
            self._emit({"type": "error", "message": str(err), "detail": ""})
        except Exception as err:  # an engine bug: report it, keep the session
            self._emit({"type": "error", "message": f"wasmlit internal error: {err}",
                        "detail": traceback.format_exc()})

    # -- handlers -------------------------------------------------------------

    def on_events(self, message: Mapping[str, Any]) -> None:
        """``events``: apply them in order and rerun (one run per click/submit)."""
        self._run(message.get("events") or [])

    def on_rerun(self, message: Mapping[str, Any]) -> None:
        """``rerun``: maybe on another page (``page``, ``query``), maybe one fragment's timer."""
        if "page" in message or "query" in message:
            self._navigated(message.get("page"), message.get("query"))
        fragment = message.get("fragment_id")
        self._run([], RunRequest((fragment,), auto=True) if isinstance(fragment, str) else None)

    def on_request_download(self, message: Mapping[str, Any]) -> None:
        """``request_download``: the data of a download button of the latest run."""
        widget_id = message.get("id")
        if not isinstance(widget_id, str) or widget_id not in self.session.downloads:
            raise BadEventError(f"Expected the id of a download button on the page, but got {widget_id!r}.")
        try:
            download = self.session.download(widget_id)
        except Exception:
            # A deferred download's function failed: the page says so under the
            # button in Streamlit's words; the traceback goes to the console.
            traceback.print_exc()
            self._emit({"type": "download", "id": widget_id, "file_name": "", "mime": "", "data": "",
                        "error": DOWNLOAD_FAILED})
            return
        assert download is not None
        self._emit({"type": "download", "id": widget_id, "file_name": download_name(download.file_name, download.mime),
                    "mime": download.mime, "data": download.data})

    def on_dev_query(self, message: Mapping[str, Any]) -> None:
        """``dev_query``: the session state as JSON, or the session as two pytest files.
        Refused unless the worker was booted with ``dev_tools``."""
        if self.recorder is None:
            raise BadEventError("This site was built without dev tools, so it answers no dev_query. "
                                "Fix: build it with `wasmlit build --dev-tools`, or use `wasmlit run`.")
        what = message.get("what")
        if what == "session_state":
            state, skipped = snapshot_state(self.session.state)
            data: dict[str, Any] = {"state": state, "skipped": skipped}
        elif what == "session_test":
            from wasmlit.host.apptest_writer import AppTestWriter, session_test_names
            from wasmlit.host.playwright_writer import PlaywrightWriter

            screen = message.get("screen")
            screen = {str(k): str(v) for k, v in screen.items()} if isinstance(screen, Mapping) else {}
            names = session_test_names(self.entrypoint)
            data = {"files": {
                names[0]: AppTestWriter(self.recorder, self.session, self.entrypoint).source(),
                names[1]: PlaywrightWriter(self.recorder, self.session, self.entrypoint, screen).source(),
            }}
        else:
            raise BadEventError(f"Expected a dev_query about one of {list(DEV_QUERIES)}, but got {what!r}.")
        query_id = message.get("query_id")
        self._emit({"type": "dev_answer", "query_id": query_id if isinstance(query_id, int) else 0,
                    "what": str(what), "data": data})

    def on_stop(self, message: Mapping[str, Any]) -> None:
        """Between runs there is nothing to stop (a running script is stopped through the interrupt cell)."""

    def _run(self, events: list[Any], request: RunRequest | None = None) -> None:
        # The worker's message loop follows reruns (IdleMsg.rerun), so that
        # events the user sends meanwhile get in between.
        try:
            self.session.run(events, follow_reruns=False, request=request, fragment_events=True)
        finally:
            if self.persist_state:
                state, skipped = snapshot_state(self.session.state)
                self._emit({"type": "state_snapshot", "state": state, "skipped": skipped})

    def restore_state(self, state: Any) -> None:
        """State saved by the page (sessionStorage) before a reload: user keys
        and keyed widget values, set as if from outside before the first run."""
        if not isinstance(state, dict):
            raise BadEventError(f"Expected the saved session state to be an object, but got {type(state).__name__}.")
        for key, value in state.items():
            self.session.state.set_from_outside(str(key), value)

    def on_clear_cache(self, message: Mapping[str, Any]) -> None:
        clear_all_caches()
        self.session.clear_state()

    def on_update_files(self, message: Mapping[str, Any]) -> None:
        """Hot reload: write the new files, forget the app's own modules,
        and rerun in the same session so session state survives."""
        write_files(self.app_dir, message.get("files") or {})
        app_dir = os.path.abspath(self.app_dir)
        for name, module in list(sys.modules.items()):
            path = getattr(module, "__file__", None) or ""
            if path and os.path.abspath(path).startswith(app_dir + os.sep):
                del sys.modules[name]
        self._run([])

    def _emit(self, message: WorkerMsg) -> None:
        if message["type"] == "deltas":
            message = {**message, "ops": coalesce_ops(message["ops"])}
        self._post(message)


def describe(message: Any) -> str:
    """What a message that is not a known one looks like, for an error text."""
    if not isinstance(message, dict):
        return f"a {type(message).__name__} instead of an object"
    kind = message.get("type")
    return f"type {kind!r}" if "type" in message else "an object without a 'type'"


def coalesce_ops(ops: list[Any]) -> list[Any]:
    """Fold back-to-back add/update ops of one node (same type) into the last
    one: a tight ``slot.write(...)`` loop then sends one op per flush, not
    thousands the page would have to draw one by one."""
    out: list[Any] = []
    for op in ops:
        prev = out[-1] if out else None
        if (
            prev is not None
            and op.get("op") == "update"
            and prev.get("op") in ("add", "update")
            and prev["node"].get("id") == op["node"].get("id")
            and prev["node"].get("type") == op["node"].get("type")
        ):
            out[-1] = _fold(prev, op)
        else:
            out.append(op)
    return out


def snapshot_state(state: SessionState) -> tuple[dict[str, Any], list[str]]:
    """The JSON-serialisable part of session state (user keys and keyed
    widgets; never button-like triggers), and the keys that were skipped."""
    kept: dict[str, Any] = {}
    skipped: list[str] = []
    for key, value in state.to_dict().items():
        widget_id = state.widget_id_for_key(key)
        meta = state.widget_meta.get(widget_id) if widget_id else None
        if meta is not None and meta.is_trigger:
            continue  # a click is one run's news, never state
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError):
            skipped.append(key)
            continue
        kept[key] = value
    return kept, skipped


def write_files(app_dir: str, files: Mapping[str, Any]) -> None:
    """Write ``{path: text | {"base64": data}}`` below ``app_dir``."""
    root = os.path.abspath(app_dir)
    for rel, content in files.items():
        path = os.path.abspath(os.path.join(root, rel))
        if not path.startswith(root + os.sep):
            raise BadEventError(f"Refusing to write {rel!r} outside the app folder.")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, dict):
            with open(path, "wb") as f:
                f.write(base64.b64decode(content.get("base64", "")))
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(str(content))


def _fold(prev: Any, op: Any) -> Any:
    """One op for ``prev`` followed by the update ``op`` of the same node: the
    props ``op`` kept (protocol.py UpdateOp) come back from ``prev`` where it
    carried them, and stay kept where it kept them too."""
    node = op["node"]
    kept = op.get("kept") or []
    prev_props = prev["node"].get("props") or {}
    if kept:
        node = {**node, "props": {**{k: prev_props[k] for k in kept if k in prev_props}, **node["props"]}}
    still_kept = [k for k in kept if k not in prev_props and k in (prev.get("kept") or [])]
    folded = {"op": prev["op"], "node": node}
    if still_kept:
        folded["kept"] = still_kept
    return folded
