"""The worker's Python side: the ONLY module that knows it runs in Pyodide.

``web/src/worker.js`` calls ``start(...)`` once Python is up, then
``Host.handle(text)`` for every page message. Everything else in wasmlit
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

from wasmlit.bridge import Bridge
from wasmlit.context import get_run_context
from wasmlit.signals import InterruptSignal

#: Slots of the shared Int32Array (the page's web/src/mount.js uses the same).
INTERRUPT, PENDING, WAKE = 0, 1, 2
SIGINT = 2
#: Longest single Atomics.wait of the patched sleep, in seconds.
_SLEEP_SLICE_S = 0.5
#: Message types whose run may be superseded by newer page messages.
_SUPERSEDABLE = frozenset({"rerun", "update_files", "events"})


class Host:
    """One session in the worker: the bridge plus interrupt plumbing.

    ``atomics`` is the JS ``Atomics`` object; ``cell`` the page's shared
    Int32Array (None when the page is not isolated); ``sleep_cell`` an
    Int32Array over shared memory used only for sleeping (may be ``cell``).
    """

    def __init__(
        self,
        post: Callable[[str], None],
        app_dir: str,
        entrypoint: str,
        *,
        atomics: Any = None,
        cell: Any = None,
        sleep_cell: Any = None,
        persist_state: bool = False,
        run_id_base: int = 0,
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
        self.bridge = Bridge(self._watch, app_dir, entrypoint, persist_state=persist_state)
        self.bridge.session.run_id = max(0, int(run_id_base))
        if cell is not None and atomics is not None:
            self.bridge.session.interrupt_check = self.newer_events_waiting
        self._real_sleep = time.sleep
        if self.sleep_cell is not None and atomics is not None:
            time.sleep = self.sleep  # type: ignore[assignment]

    # -- driven by worker.js ---------------------------------------------------

    def first_run(self) -> None:
        # Never superseded: it registers the widgets that events queued
        # during boot (clicks on a prerender) refer to.
        self.supersedable = False
        self._guarded(self.bridge.first_run)

    def restore_state(self, text: str) -> None:
        """A ``restore_state`` message that arrived before the first run."""
        self._guarded(lambda: self.bridge.handle(text))

    def handle(self, text: str) -> None:
        self.supersedable = _is_supersedable(text)
        self._guarded(lambda: self.bridge.handle(text))

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
                status = "interrupted" if self.newer_events_waiting() else "stopped"
                self._watch(json.dumps({"type": "run_finished", "run_id": self._open_run, "status": status}))
        finally:
            self.supersedable = False

    def _watch(self, text: str) -> None:
        if text.startswith('{"type":"run_started"'):
            self._open_run = json.loads(text)["run_id"]
        elif text.startswith('{"type":"run_finished"'):
            self._open_run = None
        self._post(text)


def _is_supersedable(text: str) -> bool:
    try:
        message = json.loads(text)
    except ValueError:
        return False
    if not isinstance(message, dict) or message.get("type") not in _SUPERSEDABLE:
        return False
    events = message.get("events") or []
    return not any(isinstance(e, dict) and e.get("type") in ("click", "submit") for e in events)


def boot(config_json: str, post: Any, cell: Any = None, sleep_cell: Any = None) -> Host:
    """The one entry point worker.js calls, once Python is up and the app's
    files are written: make the session, restore persisted state, say
    ``ready`` and do the first run. ``config_json`` is the page's ``boot``
    message (``BootMsg``); ``cell`` the page's shared Int32Array or None;
    ``sleep_cell`` shared memory for sleeping or None. Later page messages go
    to the returned host's ``handle``."""
    import os
    import sys
    import importlib

    import js  # type: ignore[import-not-found]  # Pyodide only

    config = json.loads(config_json)
    app_dir = str(config.get("app_dir") or os.getcwd())
    # The app's folder is its working directory and import root, as with
    # `streamlit run`; modules beside the script import normally.
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    importlib.invalidate_caches()

    def present(value: Any) -> Any:  # JS null arrives as jsnull, not None
        return None if value is None or type(value).__name__ == "JsNull" else value

    host = Host(
        post, app_dir, str(config.get("entrypoint") or "app.py"),
        atomics=js.Atomics, cell=present(cell), sleep_cell=present(sleep_cell),
        persist_state=bool(config.get("persist_state")), run_id_base=int(config.get("run_id_base") or 0),
    )
    post(json.dumps({"type": "ready"}))
    restored = config.get("state")
    if restored:
        host.restore_state(json.dumps({"type": "restore_state", "state": restored}))
    post(json.dumps({"type": "loading", "stage": "run", "message": ""}))
    host.first_run()
    return host
