"""Fragments: parts of a script that rerun on their own.

``@st.fragment`` (``api/execution.py``) registers each call of a fragment
function here, with a closure that runs it again where it first ran. A
*fragment run* runs only those closures, on top of the page the latest run
left (``RunTree.copy``), so the rest of the page stays as it is; its
removals (``DeltaBatcher.finish``) and its stale-widget cleanup
(``SessionState.finish_run``) stay inside the fragments' containers.

Which runs are fragment runs is the session's business (``session.py``): a
widget event whose widgets all live in fragments, ``st.rerun(scope="fragment")``
during a fragment run, and a fragment's ``run_every`` timer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from wasmlit.engine.durations import parse_duration
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from wasmlit.engine.outside_wrappers import OutsideWrapper


class FragmentHandledError(Exception):
    """A fragment raised, and its exception is already drawn in its container:
    the full run ends as an error without drawing it again."""


@dataclass
class Fragment:
    """One call of a fragment function, ready to run again."""

    id: str
    #: Runs the fragment again, where it first ran.
    rerun: Callable[[], Any]
    #: The node id its container takes (the block redrawn by a fragment run).
    container: str
    #: Seconds between automatic reruns (``run_every``), or None.
    run_every: float | None = None
    #: Its ``key`` (``@st.fragment(key=...)``): a callback's ``st.rerun(key)`` reruns it.
    key: str | None = None


@dataclass
class FragmentStore:
    """The fragments of a session's latest full run (and the fragment runs since)."""

    fragments: dict[str, Fragment] = field(default_factory=dict)
    #: Each fragment's wrappers in containers made outside it, by (fragment id, container)
    #: (engine/outside_wrappers.py); a full run starts without any.
    wrappers: dict[tuple[str, str], OutsideWrapper] = field(default_factory=dict)

    def add(self, fragment: Fragment) -> None:
        self.fragments[fragment.id] = fragment

    def get(self, fragment_id: str) -> Fragment | None:
        return self.fragments.get(fragment_id)

    def keep_only(self, ids: set[str]) -> None:
        """After a full run: forget the fragments it did not call."""
        for fragment_id in [f for f in self.fragments if f not in ids]:
            del self.fragments[fragment_id]

    def ids_for_key(self, key: str) -> list[str]:
        """The calls of the fragment named ``key`` (every call site of its function)."""
        return [f.id for f in self.fragments.values() if f.key == key]

    def timers(self) -> dict[str, float]:
        return {f.id: f.run_every for f in self.fragments.values() if f.run_every}

    def wrappers_of(self, fragment_id: str) -> list[OutsideWrapper]:
        return [w for w in self.wrappers.values() if w.fragment_id == fragment_id]

    def clear(self) -> None:
        self.fragments.clear()
        self.wrappers.clear()


def fragment_id(qualified_name: str, where: str) -> str:
    """A fragment call's id: its function and the place it was called (as Streamlit hashes it)."""
    return hashlib.md5(f"{qualified_name}{where}".encode(), usedforsecurity=False).hexdigest()


def seconds(run_every: Any) -> float | None:
    """``run_every`` in seconds: a number, a ``timedelta``, or a string such as
    ``"2s"``, ``"1m30s"`` or ``"1.5 days"``. None or 0 means no timer."""
    if run_every is None or run_every is False:
        return None
    if isinstance(run_every, timedelta):
        value = run_every.total_seconds()
    elif isinstance(run_every, (int, float)):
        value = float(run_every)
    elif isinstance(run_every, str):
        value = _parse_duration(run_every)
    else:
        raise StreamlitAPIException(f"Unable to convert {run_every!r} to a duration in seconds.")
    return value if value > 0 else None


def _parse_duration(text: str) -> float:
    try:
        return parse_duration(text)
    except ValueError:
        raise StreamlitAPIException(f"Unable to convert '{text}' to a duration. "
                                    "Use a number of seconds, a timedelta, or a string such as '10s' or '1m'.") from None
