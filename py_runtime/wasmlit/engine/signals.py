"""Control-flow signals of a script run, and what a rerun asks for.

The signals subclass ``BaseException``, not ``Exception``, so a user's
``except Exception:`` cannot swallow a rerun or a stop.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RunRequest:
    """What the next run runs: the whole app or some fragments, on which page.

    Requests that wait together merge as Streamlit's rerun requests do
    (``merge``): a full-app request wins over fragment ones, the newest page
    switch wins over older ones."""

    #: Fragments to rerun, in order; empty for the whole app.
    fragment_ids: tuple[str, ...] = ()
    #: Switch to this page (its key) before the run; None stays on the current page.
    page: str | None = None
    #: The run is a fragment's ``run_every`` tick (a fragment that is gone is skipped, not an error).
    auto: bool = False

    @property
    def whole_app(self) -> bool:
        return not self.fragment_ids

    def merge(self, newer: RunRequest) -> RunRequest:
        """One request that covers this one and ``newer``."""
        if self.whole_app or newer.whole_app:
            fragments: tuple[str, ...] = ()
        else:
            fragments = self.fragment_ids + tuple(f for f in newer.fragment_ids if f not in self.fragment_ids)
        return RunRequest(fragments, newer.page if newer.page is not None else self.page, self.auto and newer.auto)


#: A plain rerun of the whole app.
WHOLE_APP = RunRequest()


class RerunSignal(BaseException):
    """Raised by ``st.rerun()`` (and ``st.switch_page``): end this run now and start ``request``."""

    def __init__(self, request: RunRequest = WHOLE_APP, *, keyed: bool = False) -> None:
        super().__init__()
        self.request = request
        #: ``st.rerun(<fragment key>)`` from a callback: these fragments instead of the interaction's rerun.
        self.keyed = keyed


class StopSignal(BaseException):
    """Raised by ``st.stop()``: end this run silently, keeping what was drawn."""


class InterruptSignal(BaseException):
    """Raised at the next ``st.*`` call when the page asked to stop this run
    (the Stop button, or a newer event for fast reruns)."""


class CompileErrorSignal(BaseException):
    """The script (the entry script or a ``pages/`` page) does not compile: nothing runs, and the
    page says so in Streamlit's dialog (``script_compile_error``) rather than in the app."""

    def __init__(self, error: SyntaxError) -> None:
        super().__init__(error)
        self.error = error
