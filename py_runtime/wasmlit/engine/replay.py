"""Recording the elements a cached function draws, and replaying them.

A function decorated with ``st.cache_data`` or ``st.cache_resource`` draws
its elements on the call that computes its value (a cache miss). On every
later call (a hit) the function does not run, so its elements are
*replayed*: drawn again from a recording, as Streamlit does.

Each draw is recorded with the cursor it acted on, named so it can be found
again in a later run:

* ``main``: ``st`` itself, so a replay lands in whatever ``with`` container
  the caller is in at the time;
* a root block (``st.sidebar``), by its id;
* a cursor the function made itself (a column, a container), by the
  position of the draw that made it.

A draw on any other cursor (a block made outside the function) cannot be
replayed; the replay then fails with Streamlit's ``CacheReplayClosureError``
text. Widgets are not replayed: a widget in a cached function shows
Streamlit's ``CachedWidgetWarning`` on the call that runs it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.protocol import MAIN_ROOT, SIDEBAR_ROOT

if TYPE_CHECKING:
    from wasmlit.engine.cursor import Cursor

#: Cursors are told apart by a token, not by ``id()``, which Python reuses.
_tokens = itertools.count(1)
ROOTS = (MAIN_ROOT, SIDEBAR_ROOT)


def new_token() -> int:
    return next(_tokens)


@dataclass(frozen=True)
class Draw:
    """One recorded ``_draw`` or ``_open_block``."""

    #: "element" or "block".
    kind: str
    #: Where it was drawn: "main", "root:<id>", "made:<n>" or "outside".
    on: str
    type: str
    props: dict[str, Any]
    key: str | None
    #: Blocks only: the form the block opens ('' for none, None to inherit).
    form_id: str | None = None


@dataclass
class Recorder:
    """The draws of one cached function's run (a cache miss)."""

    draws: list[Draw] = field(default_factory=list)
    #: Token of each cursor the function made -> the index of the draw that made it.
    made: dict[int, int] = field(default_factory=dict)
    #: The function drew a widget (not replayed; it warned).
    saw_widget: bool = False

    def name_of(self, invoked: Cursor, acting: Cursor) -> str:
        """How to find, at replay, the cursor a draw acted on (Streamlit's rule:
        the acting cursor if the function made it, else the one it was called on)."""
        if acting._token in self.made:
            return f"made:{self.made[acting._token]}"
        if invoked._is_main:
            return "main"
        if invoked._slot is None and invoked._block_id in ROOTS:
            return f"root:{invoked._block_id}"
        if invoked._token in self.made:
            return f"made:{self.made[invoked._token]}"
        return "outside"

    def note(self, kind: str, invoked: Cursor, acting: Cursor, made: Cursor, type_: str, props: dict[str, Any],
             key: str | None, form_id: str | None = None) -> None:
        self.draws.append(Draw(kind, self.name_of(invoked, acting), type_, props, key, form_id))
        self.made[made._token] = len(self.draws) - 1


class ReplayClosureError(Exception):
    """A recorded draw acted on a block made outside the cached function."""


def replay(draws: list[Draw], main: Cursor, sidebar: Cursor) -> None:
    """Draw a recording again, in the current run."""
    cursors: dict[str, Cursor] = {"main": main, f"root:{SIDEBAR_ROOT}": sidebar, f"root:{MAIN_ROOT}": main}
    for index, draw in enumerate(draws):
        target = cursors.get(draw.on)
        if target is None:
            raise ReplayClosureError(draw.on)
        if draw.kind == "block":
            made = target._open_block(draw.type, dict(draw.props), key=draw.key, form_id=draw.form_id)
        else:
            made = target._draw(draw.type, dict(draw.props), key=draw.key)
        cursors[f"made:{index}"] = made
