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

from wasmlit.protocol import MAIN_ROOT, SIDEBAR_ROOT
from wasmlit.script import ScriptSource
from wasmlit.session import AppSession
from wasmlit.testing import element_tree as et
from wasmlit.testing.queries import AppTestError, ElementQueries

_TMP_DIR = Path(tempfile.gettempdir()) / "wasmlit-apptest"

__all__ = ["AppTest", "AppTestError"]


class AppTestSessionState:
    """``at.session_state``: the session's state, from outside the script."""

    def __init__(self, app: AppTest) -> None:
        object.__setattr__(self, "_app", app)

    @property
    def _state(self) -> Any:
        return self._app._session.state

    def __getitem__(self, key: str) -> Any:
        return self._state.get_item(str(key))

    def __setitem__(self, key: str, value: Any) -> None:
        self._state.set_from_outside(str(key), value)

    def __delitem__(self, key: str) -> None:
        self._state.del_item(str(key))

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._state.has(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._state.user_visible_keys())

    def __len__(self) -> int:
        return len(self._state.user_visible_keys())

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def keys(self) -> list[str]:
        return self._state.user_visible_keys()

    def values(self) -> list[Any]:
        return list(self._state.to_dict().values())

    def items(self) -> list[tuple[str, Any]]:
        return list(self._state.to_dict().items())

    def to_dict(self) -> dict[str, Any]:
        return self._state.to_dict()

    def __repr__(self) -> str:
        return repr(self._state.to_dict())


class AppTest(ElementQueries):
    """A simulated session of one app. Each instance is its own session."""

    def __init__(self, script_path: str | Path, *, default_timeout: float = 3, args: Any = None, kwargs: Any = None) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        extra = {"__args": tuple(args or ()), "__kwargs": dict(kwargs or {})}
        self._session = AppSession(ScriptSource(self._script_path, extra_globals=extra))
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
        if worker.is_alive():
            stop.set()
            worker.join(1.0)
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        if "error" in outcome:
            raise outcome["error"]
        self._ran = True
        self._rebuild()
        return self

    def _sync_secrets(self) -> None:
        from wasmlit import api

        api.secrets.clear()
        api.secrets.update(self.secrets)
        api.query_params.clear()
        api.query_params.update(self.query_params)

    def _collect_events(self) -> list[dict[str, Any]]:
        """Staged widget values become events: value changes first, then
        clicks and submits (a submit carries its form's staged values)."""
        values: list[dict[str, Any]] = []
        triggers: list[dict[str, Any]] = []
        staged_forms: dict[str, dict[str, Any]] = {}
        widgets = [n for n in self._descendants() if isinstance(n, et.Widget) and n._staged is not et._UNSET]
        state = self._session.state
        for widget in widgets:
            meta = state.widget_meta.get(widget.id)
            if meta is None:
                continue
            if meta.type == "chat_input":
                triggers.append({"type": "click", "id": widget.id, "value": meta.serialize(widget._staged)})
                continue
            if meta.is_trigger:
                if widget._staged:
                    triggers.append({"type": "click", "id": widget.id})
                continue
            wire = meta.serialize(widget._staged)
            if meta.form_id:
                staged_forms.setdefault(meta.form_id, {})[widget.id] = wire
            else:
                values.append({"type": "set_value", "id": widget.id, "value": wire})
        for trigger in triggers:
            meta = state.widget_meta[trigger["id"]]
            if meta.type == "form_submit_button":
                trigger.update(type="submit", form_id=meta.form_id, values=staged_forms.get(meta.form_id, {}))
        return values + triggers

    def _rebuild(self) -> None:
        tree = self._session.tree
        main = et.Block(None, self, et.build_children(tree, MAIN_ROOT, self), "main")
        sidebar = et.Block(None, self, et.build_children(tree, SIDEBAR_ROOT, self), "sidebar")
        self._children = [main, sidebar]

    # -- reading --------------------------------------------------------------

    def _descendants(self) -> Iterator[Any]:
        for block in self._children:
            yield block
            yield from block._descendants()

    @property
    def main(self) -> et.Block:
        return self._children[0] if self._children else et.Block(None, self, [], "main")

    @property
    def sidebar(self) -> et.Block:
        return self._children[1] if self._children else et.Block(None, self, [], "sidebar")

    def __len__(self) -> int:
        return sum(1 for _ in self._descendants())

    def __iter__(self) -> Iterator[Any]:
        return self._descendants()

    def __getitem__(self, index: int) -> et.Block:
        return self._children[index]

    def switch_page(self, page_path: str) -> AppTest:
        full = Path(self._script_path).parent / page_path
        if not full.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script {self._script_path!r}. "
                f"Resolved page path: {str(full.resolve())!r}."
            )
        self._session.script = ScriptSource(str(full), extra_globals=self._session.script.extra_globals)
        return self

    def __repr__(self) -> str:
        return f"AppTest(script_path={self._script_path!r}, runs={self._session.run_id})"



