"""``asyncio.run()`` and ``loop.run_until_complete()`` inside a script, in the browser.

A Streamlit script may drive coroutines itself (``asyncio.run(main())``). In
Pyodide the event loop is the browser's (``WebLoop``): it is always "running",
and blocking until a coroutine is done needs WebAssembly stack switching from
an asynchronous entry point, which a script run (called synchronously by the
worker) never has. So ``asyncio.run`` raised "cannot be called from a running
event loop" and ``run_until_complete`` "Cannot stack switch".

``install()`` (called by ``pyodide_host``) makes both work for what a script
can finish on its own: ``asyncio.run``, ``asyncio.new_event_loop`` and
``asyncio.Runner`` get a ``BlockingEventLoop``, an ordinary asyncio loop whose
waiting is ``time.sleep`` (the host's, which Stop interrupts). Timers,
``gather``, queues, tasks and async generators behave as in CPython. What
only the browser can complete (awaiting a JavaScript promise, such as
``pyodide.http.pyfetch``) cannot finish while the script holds the thread: the
loop then raises a ``RuntimeError`` that says so, instead of hanging.
"""

from __future__ import annotations

import asyncio
import time
from asyncio import events
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

#: What the loop says when its coroutine waits on nothing it can finish itself.
STALLED = ("The coroutine waits for something only the browser can finish (a JavaScript promise, such as a "
           "pyodide.http.pyfetch request), which cannot happen while the script runs. Await it in an async "
           "callback instead, or fetch synchronously (pyodide.http.open_url).")


class _SleepSelector:
    """A selector with no files: waiting for the next timer is a sleep."""

    def select(self, timeout: float | None) -> list[Any]:
        if timeout is None:  # nothing ready, nothing scheduled: no callback will ever come
            raise RuntimeError(STALLED)
        if timeout > 0:
            time.sleep(timeout)
        return []

    def close(self) -> None:
        pass


class BlockingEventLoop(asyncio.BaseEventLoop):
    """An asyncio loop for a script: callbacks and timers, no I/O; runs while the browser's loop
    stays set aside (it is always "running" in Pyodide)."""

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass  # one thread: nothing to wake

    def run_forever(self) -> None:
        with _browser_loop_aside():
            super().run_forever()

    def run_until_complete(self, future: Any) -> Any:
        with _browser_loop_aside():  # it checks for a running loop before run_forever does
            return super().run_until_complete(future)


@contextmanager
def _browser_loop_aside() -> Iterator[None]:
    """No running loop while a script's loop runs (asyncio refuses to start inside one)."""
    outer = events._get_running_loop()
    events._set_running_loop(None)
    try:
        yield
    finally:
        events._set_running_loop(outer)


def install() -> None:
    """Route a script's ``asyncio.run`` / ``asyncio.new_event_loop`` to ``BlockingEventLoop``."""
    def run(main: Any, *, debug: bool | None = None, loop_factory: Callable[[], Any] | None = None) -> Any:
        # What asyncio.run does (Pyodide's own would wait by stack switching, which a script cannot).
        with _browser_loop_aside(), asyncio.Runner(debug=debug, loop_factory=loop_factory or BlockingEventLoop) as runner:
            return runner.run(main)

    original_runner_run = asyncio.Runner.run

    def runner_run(self: asyncio.Runner, coro: Any, *, context: Any = None) -> Any:
        with _browser_loop_aside():
            return original_runner_run(self, coro, context=context)

    asyncio.run = run
    asyncio.runners.run = run
    asyncio.Runner.run = runner_run  # type: ignore[method-assign]
    # Runner() without a factory and the scripts' own new_event_loop() calls.
    asyncio.new_event_loop = events.new_event_loop = BlockingEventLoop
