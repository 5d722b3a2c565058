"""A script's asyncio.run() in the browser: BlockingEventLoop runs coroutines without the
browser's loop, and install() routes asyncio.run / new_event_loop / Runner to it even while
another loop counts as running (Pyodide's WebLoop always does). Patching asyncio is global,
so install() is exercised in a child process."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import time

import pytest

from wasmlit.host.blocking_loop import STALLED, BlockingEventLoop


def test_the_loop_runs_timers_tasks_and_async_generators_by_sleeping() -> None:
    async def double(x: int) -> int:
        await asyncio.sleep(0.05)
        return x * 2

    async def main() -> list[int]:
        async def numbers():  # type: ignore[no-untyped-def]
            for i in range(3):
                yield i
        return [*await asyncio.gather(double(1), double(2)), *[n async for n in numbers()]]

    loop = BlockingEventLoop()
    start = time.monotonic()
    assert loop.run_until_complete(main()) == [2, 4, 0, 1, 2]
    assert time.monotonic() - start >= 0.05  # it waited for the timers, concurrently
    loop.close()


def test_a_coroutine_waiting_on_nothing_the_loop_can_finish_raises_instead_of_hanging() -> None:
    loop = BlockingEventLoop()

    async def stalled() -> None:
        await loop.create_future()  # nothing will ever set it (a JS promise, in the browser)

    with pytest.raises(RuntimeError, match="only the browser can finish"):
        loop.run_until_complete(stalled())
    loop.close()
    assert "pyfetch" in STALLED


def test_install_makes_asyncio_run_work_while_another_loop_counts_as_running() -> None:
    script = textwrap.dedent("""
        import asyncio
        from asyncio import events
        from wasmlit.host.blocking_loop import BlockingEventLoop, install

        browser = asyncio.new_event_loop()
        events._set_running_loop(browser)  # as Pyodide's WebLoop: always running
        install()

        async def value(v):
            await asyncio.sleep(0)
            return v

        print(asyncio.run(value("run")))
        loop = asyncio.new_event_loop()
        print(type(loop).__name__, loop.run_until_complete(value("until complete")))
        with asyncio.Runner() as runner:
            print(runner.run(value("runner")))
        print(events._get_running_loop() is browser)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:4] == ["run", "BlockingEventLoop until complete", "runner", "True"]
