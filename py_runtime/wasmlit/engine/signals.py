"""Control-flow signals of a script run.

They subclass ``BaseException``, not ``Exception``, so a user's
``except Exception:`` cannot swallow a rerun or a stop.
"""

from __future__ import annotations


class RerunSignal(BaseException):
    """Raised by ``st.rerun()``: end this run now and start a fresh one."""


class StopSignal(BaseException):
    """Raised by ``st.stop()``: end this run silently, keeping what was drawn."""


class InterruptSignal(BaseException):
    """Raised at the next ``st.*`` call when the page asked to stop this run
    (the Stop button, or a newer event for fast reruns)."""
