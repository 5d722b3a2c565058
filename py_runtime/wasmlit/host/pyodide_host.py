"""The worker's Python side: the ONLY module that knows it runs in Pyodide.

``web/src/worker_boot.js`` calls ``boot(config_json, ...)`` once Python is up,
then ``Host.handle(text)`` for every page message. The host does the JSON
framing both ways: the bridge below it sees and emits dicts. Everything else in wasmlit
imports and runs in plain CPython; this module does too (it reaches for the
``js`` module only through the objects the worker hands it), so it can be
tested with fakes.

Interrupts. When the page is cross-origin isolated it shares a small
``Int32Array`` over a ``SharedArrayBuffer`` with the worker (the *cell*):

* ``cell[INTERRUPT]`` is Pyodide's interrupt buffer (``setInterruptBuffer``):
  the page writes ``SIGINT`` there and Python raises ``KeyboardInterrupt`` at
  its next bytecode check, even inside ``while True: pass``. The session ends
  that run as "stopped" (the Stop button) or "interrupted" (a fast rerun).
* ``cell[PENDING]`` is 1 while the page holds newer messages. It is read at
  every ``st.*`` call (``AppSession.interrupt_check``): a run that can be
  superseded then ends as "interrupted" and the queued events run next, as
  Streamlit's fast reruns do. A run that carries a click or a form submit is
  never superseded, so a click's ``if st.button(...)`` body always runs.
* ``cell[WAKE]`` is what the patched ``time.sleep`` waits on with
  ``Atomics.wait``: the page bumps it to wake a sleeping script at once.

``time.sleep`` in Pyodide busy-waits (Emscripten's ``nanosleep`` spins on
the clock), burning a core and never seeing an interrupt; ``Host`` replaces
it with ``Atomics.wait`` on the cell (or on a worker-local shared cell when
the page is not isolated: then it no longer spins, but it cannot be woken).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from wasmlit.engine.run_context import get_run_context
from wasmlit.engine.signals import InterruptSignal
from wasmlit.host import blocking_loop, lazy_runtime
from wasmlit.host.bridge import Bridge
from wasmlit.protocol import (
    APP_DIR,
    INTERRUPT_SLOTS,
    RUNTIME_DIR,
    SIGINT,
    RunStatus,
    WorkerMsg,
    encode_with_buffers,
    is_supersedable,
)

#: Slots of the shared Int32Array (protocol.py defines them for both sides).
INTERRUPT, PENDING, WAKE = INTERRUPT_SLOTS["interrupt"], INTERRUPT_SLOTS["pending"], INTERRUPT_SLOTS["wake"]
#: Longest single Atomics.wait of the patched sleep, in seconds.
_SLEEP_SLICE_S = 0.5


class Host:
    """One session in the worker: the bridge plus interrupt plumbing.

    ``atomics`` is the JS ``Atomics`` object; ``cell`` the page's shared
    Int32Array (None when the page is not isolated); ``sleep_cell`` an
    Int32Array over shared memory used only for sleeping (may be ``cell``).
    """

    def __init__(
        self,
        post: Callable[..., None],
        app_dir: str,
        entrypoint: str,
        *,
        atomics: Any = None,
        cell: Any = None,
        sleep_cell: Any = None,
        persist_state: bool = False,
        run_id_base: int = 0,
        dev_tools: bool = False,
    ) -> None:
        self._post = post
        self.atomics = atomics
        self.cell = cell
        self.sleep_cell = sleep_cell if sleep_cell is not None else cell
        #: Whether the message being handled may be superseded by newer ones.
        self.supersedable = False
        #: run_started was posted and its run_finished not yet (to close a run
        #: that a KeyboardInterrupt cut short outside the script).
        self._open_run: int | None = None
        self.bridge = Bridge(self._send, app_dir, entrypoint, persist_state=persist_state, dev_tools=dev_tools)
        self.bridge.session.run_id = max(0, int(run_id_base))
        if cell is not None and atomics is not None:
            self.bridge.session.interrupt_check = self.newer_events_waiting
        self._real_sleep = time.sleep
        # Always patched: what the run drew before it sleeps is shown first, as
        # Streamlit sends each delta at once (deltas otherwise leave at st.* calls).
        time.sleep = self.sleep  # type: ignore[assignment]

    # -- driven by worker_boot.js ---------------------------------------------------

    def first_run(self) -> None:
        # Never superseded: it registers the widgets that events queued
        # during boot (clicks on a prerender) refer to.
        self.supersedable = False
        self._guarded(self.bridge.first_run)

    @property
    def rerun_owed(self) -> bool:
        """Read by worker_boot.js after each message: its ``idle`` says whether a rerun is owed."""
        return self.bridge.rerun_owed

    def restore_state(self, text: str) -> None:
        """Session state saved by this tab before a reload (JSON), set before the first run."""
        self._guarded(lambda: self._restore(text))

    def _restore(self, text: str) -> None:
        try:
            self.bridge.restore_state(json.loads(text).get("state"))
        except Exception as err:  # a bad snapshot must not stop the boot
            self._send({"type": "error", "message": f"The saved session state could not be restored: {err}", "detail": ""})

    def handle(self, text: str) -> None:
        """One page message, as JSON text."""
        try:
            message = json.loads(text)
        except ValueError as err:
            self._send({"type": "error", "message": f"Expected a JSON message, but could not parse it: {err}", "detail": ""})
            return
        self.supersedable = isinstance(message, dict) and is_supersedable(message)
        self._guarded(lambda: self.bridge.handle(message))

    # -- interrupts --------------------------------------------------------------

    def newer_events_waiting(self) -> bool:
        """``AppSession.interrupt_check``: supersede this run? Never inside a
        callback (a callback always runs to its end)."""
        if not self.supersedable or self.cell is None:
            return False
        ctx = get_run_context()
        if ctx is not None and ctx.in_callback:
            return False
        return bool(self.atomics.load(self.cell, PENDING))

    def sleep(self, secs: float) -> None:
        """``time.sleep`` that waits with ``Atomics.wait`` and wakes for Stop
        and for newer events (then the run ends, as at an ``st.*`` call)."""
        secs = float(secs)
        if secs != secs or secs < 0:
            raise ValueError("sleep length must be non-negative")
        ctx = get_run_context()
        if ctx is not None and ctx.deltas.pending:
            ctx.deltas.flush()
        if self.sleep_cell is None or self.atomics is None:
            self._real_sleep(secs)  # not isolated: Pyodide's own (busy) sleep
            return
        deadline = time.monotonic() + secs
        while True:
            self._check_interrupts()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            seen = self.atomics.load(self.sleep_cell, WAKE)
            self.atomics.wait(self.sleep_cell, WAKE, seen, min(remaining, _SLEEP_SLICE_S) * 1000)

    def _check_interrupts(self) -> None:
        if self.cell is None:
            return
        if self.atomics.load(self.cell, INTERRUPT) == SIGINT:
            self.atomics.store(self.cell, INTERRUPT, 0)
            raise KeyboardInterrupt
        if get_run_context() is not None and self.newer_events_waiting():
            raise InterruptSignal()

    def _guarded(self, call: Callable[[], None]) -> None:
        """Run ``call``; a KeyboardInterrupt that lands outside the script
        (in the engine, between runs) still ends the open run cleanly."""
        try:
            call()
        except KeyboardInterrupt:
            if self._open_run is not None:
                status: RunStatus = "interrupted" if self.newer_events_waiting() else "stopped"
                self._send({"type": "run_finished", "run_id": self._open_run, "status": status})
        finally:
            self.supersedable = False

    def _send(self, message: WorkerMsg) -> None:
        """Post a message to the page, noting which run is open."""
        if message["type"] == "run_started":
            self._open_run = message["run_id"]
        elif message["type"] == "run_finished":
            self._open_run = None
        text, buffers = encode_with_buffers(message)
        if buffers:  # binary parts (a table's columns) travel beside the text
            self._post(text, buffers)
        else:
            self._post(text)


def boot(config_json: str, post: Any, cell: Any = None, sleep_cell: Any = None) -> Host:
    """The one entry point worker_boot.js calls, once Python is up and the app's
    files are written: make the session, restore persisted state, say
    ``ready`` and do the first run. ``config_json`` is the page's ``boot``
    message (``BootMsg``); ``cell`` the page's shared Int32Array or None;
    ``sleep_cell`` shared memory for sleeping or None. Later page messages go
    to the returned host's ``handle``."""
    import os
    import sys

    import js  # Pyodide only

    config = json.loads(config_json)
    if config.get("runtime_lazy"):
        lazy_runtime.install(str(config["runtime_lazy"]), fetch_now, RUNTIME_DIR)
    install_browser_hints()
    if config.get("unavailable_packages"):
        from wasmlit.engine import exception_props

        exception_props.HINTS.append(PackageHint(list(config["unavailable_packages"])))
    blocking_loop.install()  # a script's asyncio.run() needs a loop that can wait without the browser's
    app_dir = str(config.get("app_dir") or APP_DIR)
    # The app's folder is its working directory and import root, as with
    # `streamlit run`; modules beside the script import normally.
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    forget_folder_listings()

    def present(value: Any) -> Any:  # JS null arrives as jsnull, not None
        return None if value is None or type(value).__name__ == "JsNull" else value

    host = Host(
        post, app_dir, str(config.get("entrypoint") or "app.py"),
        atomics=js.Atomics, cell=present(cell), sleep_cell=present(sleep_cell),
        persist_state=bool(config.get("persist_state")), run_id_base=int(config.get("run_id_base") or 0),
        dev_tools=bool(config.get("dev_tools")),
    )
    host._send({"type": "ready"})
    restored = config.get("state")
    if restored:
        host.restore_state(json.dumps({"state": restored}))
    host.bridge.session.client = BrowserClient(js.Intl)
    host.bridge.open_at(config.get("page"), config.get("query"), config.get("client"), config.get("options"))
    host._send({"type": "loading", "stage": "run", "message": ""})
    host.first_run()
    return host


class BrowserClient(dict[str, Any]):
    """What ``st.context`` reports: the page's facts (its boot message), and the
    timezone's name, asked of the worker's ``Intl`` when a script first reads
    it. ICU's set-up behind that question costs the boot 12-40 ms of the
    worker's thread, which most apps never need."""

    def __init__(self, intl: Any) -> None:
        super().__init__()
        self._intl = intl

    def get(self, key: str, default: Any = None) -> Any:
        if key == "timezone" and key not in self:
            try:
                self[key] = str(self._intl.DateTimeFormat().resolvedOptions().timeZone)
            except Exception:  # no Intl: st.context.timezone is None
                self[key] = None
        return super().get(key, default)


def forget_folder_listings() -> None:
    """What ``importlib.invalidate_caches()`` does for folders, whose cached
    listings predate the app files the worker wrote, and no more: for zips it
    re-reads their directories (the standard library's too), and it imports
    ``importlib.metadata`` from source; together ~85 ms of the browser's boot."""
    import importlib.machinery
    import sys

    for finder in list(sys.path_importer_cache.values()):
        if isinstance(finder, importlib.machinery.FileFinder):
            finder.invalidate_caches()


def fetch_now(url: str) -> bytes:
    """``url``'s bytes, fetched synchronously: a worker may block on an
    XMLHttpRequest, and an import cannot wait for a promise. The site's
    service worker answers it like any other fetch (offline too, once cached)."""
    import js  # Pyodide only

    request = js.XMLHttpRequest.new()
    request.open("GET", url, False)
    request.responseType = "arraybuffer"
    request.send()
    if request.status != 200:
        raise OSError(f"HTTP {request.status}")
    return bytes(js.Uint8Array.new(request.response).to_bytes())


#: What a 32-bit WebAssembly Python can hold, said where a user meets the limit.
MEMORY_HINT = ("The browser's Python (32-bit WebAssembly) can address at most 4 GB of memory, and one object "
               "must stay well below 2 GB. Load or process the data in smaller pieces.")


def memory_hint(exc: BaseException) -> str | None:
    if isinstance(exc, MemoryError) or (isinstance(exc, OverflowError) and "index-sized integer" in str(exc)):
        return MEMORY_HINT
    return None


class PackageHint:
    """Says why an import failed when the package behind it could not be loaded as the app started
    (worker_boot.js ``installPackages``: the Pyodide distribution unreachable, the browser offline). The
    app runs anyway, so an optional ``try: import x`` behaves as under ``streamlit run``."""

    def __init__(self, unavailable: list[dict[str, Any]]) -> None:
        self.by_import = {name: package for package in unavailable
                          for name in (package.get("imports") or [package["name"]])}

    def __call__(self, exc: BaseException) -> str | None:
        if not isinstance(exc, ModuleNotFoundError) or not exc.name:
            return None
        package = self.by_import.get(exc.name.partition(".")[0])
        if package is None:
            return None
        return (f'wasmlit could not load the package "{package["name"]}" when the app started: {package["reason"]}. '
                "Reload the page once the network is back, or build the site with `wasmlit build --self-contained` "
                "so that it serves the package itself.")


def install_browser_hints() -> None:
    """Explain the browser's limits where a script meets them: memory errors
    say what the limit is, and ``os._exit()`` (which would end the browser's
    Python, and the session with it) stops the run instead, saying so."""
    import os

    from wasmlit.api.delta_generator import main_dg
    from wasmlit.engine import exception_props

    if memory_hint not in exception_props.HINTS:
        exception_props.HINTS.append(memory_hint)

    def _exit(status: int = 0) -> None:
        if get_run_context() is not None:
            main_dg.warning(f"The app called `os._exit({status})`. In the browser that would end Python and lose "
                            "the session, so wasmlit stopped this run instead.")
        raise SystemExit(status)

    os._exit = _exit  # type: ignore[assignment]
