""""Download this session as a test": a recorded session as two pytest files.

* The **AppTest version** replays the widget events in order, headless
  (``wasmlit.testing.AppTest``), then asserts the texts of the final screen
  and the user's session-state keys.
* The **Playwright version** (``playwright_writer.py``) replays the same
  steps in a browser through the helpers of ``wasmlit.testing.playwright`` and
  the pytest plugin's ``wasmlit_app`` fixture, then asserts what the page showed.

Both files are meant to be saved beside the app's script. A value that cannot
be written as Python source, or a widget the browser version cannot drive
yet, becomes a ``pytest.fail`` line that says what to write by hand: the test
never passes by skipping a step.
"""

from __future__ import annotations

import datetime
import json
import math
from typing import Any

from wasmlit.engine.session import AppSession
from wasmlit.host.recorder import IMPLICIT_KEY_PREFIX, Action, SessionRecorder, apptest_kind, apptest_order

#: AppTest lists whose ``.value`` is the text the final screen shows, in this order.
TEXT_KINDS = ("title", "header", "subheader", "markdown", "caption", "latex", "text", "code",
              "success", "info", "warning", "error")
_INDENT = "    "


def source_of(value: Any) -> str | None:
    """``value`` as Python source that evaluates equal to it, or None when there is none."""
    if value is None or isinstance(value, bool | str | bytes):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else 'float("-inf")'
        return repr(float(value))
    if isinstance(value, datetime.datetime | datetime.date | datetime.time | datetime.timedelta):
        return repr(value)  # "datetime.date(2024, 1, 2)": the files import datetime
    if isinstance(value, list | tuple | set | frozenset):
        parts = [source_of(v) for v in value]
        if any(p is None for p in parts):
            return None
        if isinstance(value, list):
            return f"[{', '.join(parts)}]"  # type: ignore[arg-type]
        if isinstance(value, tuple):
            return f"({', '.join(parts)}{',' if len(parts) == 1 else ''})"  # type: ignore[arg-type]
        return f"{{{', '.join(sorted(parts))}}}" if parts else "set()"  # type: ignore[arg-type]
    if isinstance(value, dict):
        items = [(source_of(k), source_of(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in items):
            return None
        return "{" + ", ".join(f"{k}: {v}" for k, v in items) + "}"
    return None


def session_test_names(entrypoint: str) -> tuple[str, str]:
    """The AppTest version's file name and the browser version's."""
    stem = entrypoint.rsplit("/", 1)[-1].removesuffix(".py")
    stem = "".join(c if c.isalnum() else "_" for c in stem) or "app"
    return f"test_{stem}_session.py", f"test_{stem}_session_browser.py"


def user_state(session: AppSession) -> dict[str, Any]:
    """The user's session-state keys and keyed widget values, without button-like triggers."""
    state = session.state
    out: dict[str, Any] = {}
    for key, value in state.to_dict().items():
        widget_id = state.widget_id_for_key(key)
        meta = state.widget_meta.get(widget_id) if widget_id else None
        if meta is None or not meta.is_trigger:
            out[key] = value
    return out


def json_state(session: AppSession) -> dict[str, Any]:
    """``user_state`` as JSON would carry it (what ``session_state(page)`` returns); keys
    whose values JSON cannot hold are left out."""
    out: dict[str, Any] = {}
    for key, value in user_state(session).items():
        try:
            out[key] = json.loads(json.dumps(value, allow_nan=False))
        except (TypeError, ValueError):
            continue
    return out


class AppTestWriter:
    """The headless version: ``AppTest.from_file(entrypoint)`` and the same events."""

    def __init__(self, recorder: SessionRecorder, session: AppSession, entrypoint: str) -> None:
        self.recorder = recorder
        self.session = session
        self.entrypoint = entrypoint
        self.lines: list[str] = []

    def source(self) -> str:
        body = self._body()
        uses_datetime = any("datetime." in line for line in body)
        head = [
            f'"""A session of {self.entrypoint}, recorded by wasmlit: the AppTest version.',
            "",
            f"Save this file beside {self.entrypoint} and run it with `python -m pytest {self._name()}`.",
            "It replays what the user did, in order, then checks the texts on the final",
            "screen and the session state. Edit it freely: it is a starting point.",
            '"""',
            "",
            *(["import datetime", ""] if uses_datetime else []),
            "import pytest  # noqa: F401 (pytest.fail marks a step to write by hand)",
            "",
            "from wasmlit.testing import AppTest",
            "",
            "",
            "def widget(widgets, label, index=0):",
            '    """The widget with this label (the index-th when several share it)."""',
            "    matches = [w for w in widgets if w.label == label]",
            "    assert len(matches) > index, f\"no widget labelled {label!r} (number {index + 1}); labels: {[w.label for w in widgets]}\"",
            "    return matches[index]",
            "",
            "",
            "def test_recorded_session():",
            f"    at = AppTest.from_file({self.entrypoint!r}, default_timeout=30).run()",
        ]
        return "\n".join(head + body) + "\n"

    def _name(self) -> str:
        return session_test_names(self.entrypoint)[0]

    def _body(self) -> list[str]:
        out: list[str] = []
        for step in self.recorder.steps:
            if step.kind == "rerun":
                out.append("at.run()  # Rerun (menu or R)")
            elif step.kind == "clear_cache":
                out.append("# Here the user cleared the caches and session state (menu: Clear cache); AppTest cannot.")
            elif step.kind == "update_files":
                out.append("# Here the app's files changed (hot reload); this test runs the current files.")
            else:
                out += self._events(step.actions)
            if step.unknown:
                out.append(f"# ({step.unknown} event(s) for widgets that were no longer on the page were left out.)")
        out += self._assertions()
        return [_INDENT + line if line else "" for line in out]

    def _events(self, actions: list[Action]) -> list[str]:
        out: list[str] = []
        pending = False
        for action in actions:
            if action.kind == "set":
                out.append(self._set(action))
                pending = True
            elif action.kind == "click":
                if action.widget.type == "chat_input":
                    out.append(self._set(action))
                else:
                    out.append(f"{self._address(action)}.click()")
                out.append("at.run()")
                pending = False
            else:
                out += [self._set(staged) for staged in action.staged]
                out.append(f"{self._address(action)}.click()  # submit the form")
                out.append("at.run()")
                pending = False
        if pending:
            out.append("at.run()")
        return out

    def _set(self, action: Action) -> str:
        literal = source_of(action.value)
        if literal is None:
            todo = f"set {action.widget.kind} {action.widget.label!r} to {action.value!r} here by hand"
            return f"pytest.fail({todo!r})"
        return f"{self._address(action)}.set_value({literal})"

    def _address(self, action: Action) -> str:
        ref = action.widget
        if ref.key is not None and not ref.key.startswith(IMPLICIT_KEY_PREFIX):
            return f"at.{ref.kind}(key={ref.key!r})"
        if ref.type == "chat_input":  # no label: by its place among the chat inputs
            return f"at.chat_input[{ref.apptest_position}]"
        index = f", {ref.apptest_index}" if ref.apptest_index else ""
        return f"widget(at.{ref.kind}, {ref.label!r}{index})"

    def _assertions(self) -> list[str]:
        nodes = [n for n in apptest_order(self.session.tree) if not n.is_block]
        out = ["", "# The final screen."]
        texts: dict[str, list[str]] = {}
        for node in nodes:
            kind = apptest_kind(node)
            if kind in TEXT_KINDS:
                texts.setdefault(kind, []).append(str(node.props.get("body", "")))
        for kind in TEXT_KINDS:
            if kind in texts:
                out.append(f"assert [e.value for e in at.{kind}] == {texts[kind]!r}")
        exceptions = [str(n.props.get("message", "")) for n in nodes if n.type == "exception"]
        out.append(f"assert [e.message for e in at.exception] == {exceptions!r}" if exceptions else "assert not at.exception")
        state = user_state(self.session)
        written = [(key, source_of(value)) for key, value in state.items()]
        if written:
            out += ["", "# The session state."]
        for key, literal in written:
            if literal is None:
                out.append(f"assert {key!r} in at.session_state  # its value cannot be written as Python source")
            else:
                out.append(f"assert at.session_state[{key!r}] == {literal}")
        return out
