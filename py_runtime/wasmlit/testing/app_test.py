"""``AppTest``: run a script headless, interact with its widgets, inspect
what it drew, with the API of ``streamlit.testing.v1.AppTest``."""

from __future__ import annotations

import hashlib
import inspect
import tempfile
import textwrap
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from wasmlit.api import new_session
from wasmlit.api.secrets import secrets
from wasmlit.api.session_state_proxy import SessionStateProxy
from wasmlit.engine.events import events_for
from wasmlit.engine.pages import page_icon_and_name, page_key
from wasmlit.engine.script import ScriptSource
from wasmlit.protocol import BOTTOM_ROOT, EVENT_ROOT, MAIN_ROOT, SIDEBAR_ROOT
from wasmlit.testing import element_tree as et
from wasmlit.testing.queries import AppTestError, ElementQueries

_TMP_DIR = Path(tempfile.gettempdir()) / "wasmlit-apptest"

__all__ = ["AppTest", "AppTestError"]


class AppTestSessionState(SessionStateProxy):
    """``at.session_state``: the session's state, from outside the script.

    Writes here happen between runs, so the forbidden-write rules of a run do
    not apply; a missing attribute says so as Streamlit's AppTest does."""

    def __init__(self, app: AppTest) -> None:
        super().__init__(lambda: app._session.state)

    def _check_key(self, key: str) -> None:
        pass

    def _write(self, key: str, value: Any) -> None:
        self._state.set_from_outside(key, value)

    def _missing_attribute(self, key: str) -> AttributeError:
        return AttributeError(f"{key} not found in session_state.")


class AppTest(ElementQueries):
    """A simulated session of one app. Each instance is its own session."""

    def __init__(self, script_path: str | Path, *, default_timeout: float = 3, args: Any = None, kwargs: Any = None) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        extra = {"__args": tuple(args or ()), "__kwargs": dict(kwargs or {})}
        self._session = new_session(ScriptSource(self._script_path, extra_globals=extra))
        self.session_state = AppTestSessionState(self)
        self.secrets: dict[str, Any] = {}
        self.query_params: dict[str, Any] = {}
        self._children: list[et.Block] = []
        self._ran = False

    # -- construction ---------------------------------------------------------

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        return cls._from_string(script, default_timeout=default_timeout)

    @classmethod
    def _from_string(cls, script: str, *, default_timeout: float = 3, args: Any = None, kwargs: Any = None) -> AppTest:
        source = textwrap.dedent(script)
        _TMP_DIR.mkdir(parents=True, exist_ok=True)
        path = _TMP_DIR / hashlib.blake2b(source.encode(), digest_size=16).hexdigest()
        path.write_text(source, encoding="utf-8")
        return cls(path, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3, args: Any = None, kwargs: Any = None) -> AppTest:
        source = textwrap.dedent("".join(inspect.getsourcelines(script)[0]))
        name = getattr(script, "__name__", "script")
        source += f"\n{name}(*__args, **__kwargs)\n"
        return cls._from_string(source, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(traceback.extract_stack()[-2].filename).parent
            candidate = caller / path
            path = candidate if candidate.is_file() else Path.cwd() / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are resolved "
                "against the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout)

    # -- running --------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Send the staged interactions, run the script, and return self."""
        events = self._collect_events()
        self._sync_secrets()
        limit = self.default_timeout if timeout is None else timeout
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                self._session.run(events)
            except BaseException as err:  # re-raised in the test's thread
                outcome["error"] = err

        stop = threading.Event()
        self._session.interrupt_check = stop.is_set
        worker = threading.Thread(target=target, name="wasmlit-apptest", daemon=True)
        worker.start()
        worker.join(limit)
        secrets.override = None
        if worker.is_alive():
            stop.set()
            worker.join(1.0)
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        if "error" in outcome:
            raise outcome["error"]
        self._ran = True
        self._read_query_params()
        self._rebuild()
        return self

    def _sync_secrets(self) -> None:
        # As Streamlit's AppTest: given secrets stand in for secrets.toml during the run.
        secrets.override = dict(self.secrets) if self.secrets else None
        # at.query_params goes into the URL the run sees; after the run it holds
        # what the script left there, as in Streamlit.
        self._session.query_params.load(urlencode(self.query_params, doseq=True))

    def _read_query_params(self) -> None:
        # As Streamlit 1.67's AppTest: a key's value, or its values when it repeats.
        parsed = parse_qs(self._session.query_params.query_string(), keep_blank_values=True)
        self.query_params = {k: v[0] if len(v) == 1 else v for k, v in parsed.items()}

    def _collect_events(self) -> list[dict[str, Any]]:
        """The staged interactions, as the page would send them (the engine builds them)."""
        staged = {n.id: n._staged for n in self._descendants() if isinstance(n, et.Widget) and n._staged is not et._UNSET}
        return events_for(staged, self._session.widgets)

    def _rebuild(self) -> None:
        tree = self._session.tree
        main = et.Block(None, self, et.build_children(tree, MAIN_ROOT, self), "main")
        sidebar = et.Block(None, self, et.build_children(tree, SIDEBAR_ROOT, self), "sidebar")
        # As in Streamlit's AppTest: toasts in the event root, a top-level chat
        # input in the bottom one; neither is among at.main's children. 1.67's
        # AppTest has no name for the bottom root: its block reads as "unknown".
        event = et.Block(None, self, et.build_children(tree, EVENT_ROOT, self), "event")
        bottom = et.Block(None, self, et.build_children(tree, BOTTOM_ROOT, self), "unknown")
        self._children = [main, sidebar, event, bottom]

    # -- reading --------------------------------------------------------------

    def _descendants(self) -> Iterator[Any]:
        for block in self._children:
            yield block
            yield from block._descendants()

    @property
    def main(self) -> et.Block:
        return self._children[0] if self._children else et.Block(None, self, {}, "main")

    @property
    def sidebar(self) -> et.Block:
        return self._children[1] if self._children else et.Block(None, self, {}, "sidebar")

    def __len__(self) -> int:
        return sum(1 for _ in self._descendants())

    def __iter__(self) -> Iterator[Any]:
        return self._descendants()

    def __getitem__(self, index: int) -> et.Block:
        return self._children[index]

    def switch_page(self, page_path: str) -> AppTest:
        """Show another page from the next ``run()`` on: a path relative to the
        main script (``"pages/my_page.py"``), for a ``pages/`` folder or ``st.navigation`` app."""
        full = Path(self._script_path).parent / page_path
        if not full.is_file():
            raise ValueError(
                f"Unable to find script at {page_path}, make sure the page given is relative to the main script.")
        _, name = page_icon_and_name(full.resolve())
        self._session.nav.ask(key=page_key(name))
        return self

    def __repr__(self) -> str:
        return f"AppTest(script_path={self._script_path!r}, runs={self._session.run_id})"



