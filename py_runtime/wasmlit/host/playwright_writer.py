"""The browser version of "Download this session as a test": the recorded
steps through the helpers of ``wasmlit.testing.playwright``, on the page the
pytest plugin's ``wasmlit_app`` fixture opens, then what the page showed.

Widgets are found as the helpers find them: by key when they have one,
otherwise by label (and ``index=`` among the widgets of that type with that
label, in the page's order). Texts are asserted as the page showed them (the
page sends the visible text of each text element with its request).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wasmlit.engine.session import AppSession
from wasmlit.host.apptest_writer import TEXT_KINDS, json_state, session_test_names
from wasmlit.host.recorder import IMPLICIT_KEY_PREFIX, Action, SessionRecorder, WidgetRef, apptest_kind, page_order

_INDENT = "    "
#: Node type -> the helper that sets its value: (name, how the wire value becomes the argument).
_SETTERS: dict[str, str] = {
    "checkbox": "set_checkbox", "radio": "select_radio_option", "selectbox": "select_selectbox_option",
    "multiselect": "set_multiselect_options", "slider": "set_slider_value", "select_slider": "set_slider_value",
    "text_input": "fill_text_input", "text_area": "fill_text_area", "number_input": "fill_number_input",
    "date_input": "set_date_input", "time_input": "set_time_input", "color_picker": "set_color_picker",
}
#: Text elements the final check looks for, by node type: their test id.
_TEXT_TEST_IDS = {"heading": "stHeading", "text": "stText", "code": "stCode", "alert": "stAlert"}


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


class PlaywrightWriter:
    """The browser version: ``@pytest.mark.wasmlit_app(entrypoint)`` and the helpers."""

    def __init__(self, recorder: SessionRecorder, session: AppSession, entrypoint: str, screen: Mapping[str, str]) -> None:
        self.recorder = recorder
        self.session = session
        self.entrypoint = entrypoint
        self.screen = screen
        self.helpers: set[str] = {"wait_for_app_run"}

    def source(self) -> str:
        body = self._steps() + self._assertions()
        shows_exception = any("expect_exception(" in line for line in body)
        name = session_test_names(self.entrypoint)[1]
        head = [
            f'"""A session of {self.entrypoint}, recorded by wasmlit: the browser (Playwright) version.',
            "",
            f"Save this file beside {self.entrypoint}; with `pip install wasmlit pytest-playwright`, run it",
            f"with `python -m pytest {name}` (the wasmlit plugin builds the app and opens it).",
            "It replays what the user did, in order, then checks what the page showed and the",
            "session state. Edit it freely: it is a starting point.",
            '"""',
            "",
            "import re  # noqa: F401 (for your own patterns)",
            "",
            "import pytest",
            "from playwright.sync_api import Page, expect  # noqa: F401",
            "",
            f"from wasmlit.testing.playwright import {', '.join(sorted(self.helpers))}",
            "",
            "",
            *(["@pytest.mark.wasmlit_allow_exceptions"] if shows_exception else []),
            f"@pytest.mark.wasmlit_app({self.entrypoint!r})",
            "def test_recorded_session(wasmlit_app: Page):",
            "    page = wasmlit_app",
        ]
        return "\n".join(head + [_INDENT + line if line else "" for line in body]) + "\n"

    def _use(self, helper: str) -> str:
        self.helpers.add(helper)
        return helper

    # -- steps ---------------------------------------------------------------------

    def _steps(self) -> list[str]:
        out: list[str] = []
        for step in self.recorder.steps:
            if step.kind == "rerun":
                out.append(f"{self._use('rerun_app')}(page)")
            elif step.kind == "clear_cache":
                out += ['page.keyboard.press("c")  # Clear cache (menu or C), then confirm',
                        'page.get_by_role("dialog").get_by_role("button", name="Clear caches").click()']
            elif step.kind == "update_files":
                out.append("# Here the app's files changed (hot reload); this test runs the current files.")
            else:
                for action in step.actions:
                    out += self._action(action)
            if step.unknown:
                out.append(f"# ({step.unknown} event(s) for widgets that were no longer on the page were left out.)")
        return out

    def _action(self, action: Action) -> list[str]:
        ref = action.widget
        if action.kind == "submit":
            lines = [line for staged in action.staged for line in self._set(staged)]
            return [*lines, f"{self._use('click_form_button')}(page, {self._where(ref)})"]
        if action.kind == "click":
            if ref.type == "chat_input":  # found by its placeholder
                return [f"{self._use('submit_chat_input')}(page, {self._where(ref, repr(str(action.value or '')))})"]
            helper = {"download_button": "click_download_button", "form_submit_button": "click_form_button"}
            return [f"{self._use(helper.get(ref.type, 'click_button'))}(page, {self._where(ref)})"]
        return self._set(action)

    def _set(self, action: Action) -> list[str]:
        ref = action.widget
        helper = _SETTERS.get(ref.type)
        if helper is None:
            todo = f"set the {ref.type} {ref.label!r} to {action.value!r} here: the browser version cannot do that yet"
            return [f"pytest.fail({todo!r})"]
        argument, note = self._argument(ref, action.wire)
        return [f"{self._use(helper)}(page, {self._where(ref, argument)}){note}"]

    @staticmethod
    def _argument(ref: WidgetRef, wire: Any) -> tuple[str, str]:
        """The helper's value argument (what the page shows), and a comment."""
        options = [str(o) for o in ref.props.get("options") or []]

        def option(i: Any) -> str:
            return options[i] if isinstance(i, int) and 0 <= i < len(options) else str(i)

        if ref.type in ("radio", "selectbox"):
            return repr(option(wire) if wire is not None else None), ""
        if ref.type == "multiselect":
            return repr([option(i) for i in wire or []]), ""
        if ref.type in ("slider", "select_slider"):
            values = list(wire) if isinstance(wire, list | tuple) else [wire]
            shown = [option(v) for v in values] if ref.type == "select_slider" else None
            argument = repr(values[0] if len(values) == 1 else values)
            return argument, f"  # {', '.join(shown)}" if shown else ""
        if ref.type in ("text_input", "text_area"):
            return repr("" if wire is None else str(wire)), ""
        if ref.type == "date_input":
            return repr(list(wire or [])), ""
        return repr(wire), ""

    @staticmethod
    def _where(ref: WidgetRef, argument: str | None = None) -> str:
        """The helper's arguments after ``page``: the label, the value, then key= or index=."""
        parts = [repr(ref.label), *([argument] if argument is not None else [])]
        if ref.key is not None and not ref.key.startswith(IMPLICIT_KEY_PREFIX):
            parts.append(f"key={ref.key!r}")
        elif ref.page_index:
            parts.append(f"index={ref.page_index}")
        return ", ".join(parts)

    # -- the final screen ------------------------------------------------------------

    def _assertions(self) -> list[str]:
        out = ["", "# The final screen."]
        for node in page_order(self.session.tree):
            if node.is_block:
                continue
            shown = self.screen.get(node.id)
            if node.type == "exception":
                message = _first_line(str(shown if shown is not None else node.props.get("message", "")))
                out.append(f"{self._use('expect_exception')}(page, {message!r})")
                continue
            if apptest_kind(node) not in TEXT_KINDS or shown is None:
                continue  # not a text element, or not visible (a closed expander, another tab)
            text = _first_line(shown)
            if not text:
                continue
            if node.type == "markdown" and node.props.get("variant", "markdown") == "markdown":
                out.append(f"{self._use('expect_markdown')}(page, {text!r})")
            else:
                test_id = _TEXT_TEST_IDS.get(node.type, "stMarkdown")
                out.append(f"expect(page.get_by_test_id({test_id!r}).filter(has_text={text!r}).first).to_be_visible()")
        if not any("expect_exception(" in line for line in out):
            out.append(f"{self._use('expect_no_exception')}(page)")
        state = json_state(self.session)
        if state:
            out += ["", "# The session state.", f"state = {self._use('session_state')}(page)"]
            out += [f"assert state[{key!r}] == {value!r}" for key, value in state.items()]
        return out
