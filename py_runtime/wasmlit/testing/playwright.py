"""Playwright helpers for browser tests of wasmlit apps, named after
Streamlit's own e2e helpers (``e2e_playwright/conftest.py`` and
``e2e_playwright/shared/app_utils.py``), so tests written for Streamlit port
with few changes. Use them with the pytest plugin's ``wasmlit_app`` fixture::

    @pytest.mark.wasmlit_app("app.py")
    def test_greets(wasmlit_app: Page) -> None:
        fill_text_input(wasmlit_app, "Your name", "Ann")
        expect_markdown(wasmlit_app, "Hello Ann")

Waiting needs no sleeps: the page marks ``stApp`` ``data-test-script-state="running"``
in the same task as the user's event and ``"notRunning"`` only once Python has
handled every queued event, so ``wait_for_app_run`` returns exactly when the
app is idle.

Finding widgets: ``label`` is matched as Streamlit's helpers match it (the
widget's text contains it; a ``re.Pattern`` searches it). When several widgets
match, the one whose label is exactly ``label`` wins; ``index=`` picks among
several with the same label, and ``key=`` finds a keyed widget by its
``st-key-<key>`` class. Actions wait for the run they cause.

Developer tooling: the runtime never imports this module and the site's
runtime wheel leaves it out (it needs Playwright, which only tests have).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from re import Pattern
from typing import Any

from playwright.sync_api import Locator, Page, expect

from wasmlit.engine.identity import key_class_name

#: A run's end, on a shared 2-core machine: generous, never a sleep.
RUN_TIMEOUT_MS = 30_000
#: A cold start: Pyodide's download, compile and the first run.
LOAD_TIMEOUT_MS = 120_000

Label = str | Pattern[str]
Scope = Page | Locator


def _page(scope: Scope) -> Page:
    return scope if isinstance(scope, Page) else scope.page


# -- waiting ---------------------------------------------------------------------


def wait_for_app_run(page_or_locator: Scope, wait_delay: int = 0, *, timeout: float = RUN_TIMEOUT_MS) -> None:
    """Wait until Python is connected and the app is idle (every event handled,
    no run in progress). ``wait_delay`` (ms) waits that much longer, as Streamlit's does."""
    app = _page(page_or_locator).get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=timeout)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout)
    if wait_delay > 0:
        _page(page_or_locator).wait_for_timeout(wait_delay)


def wait_for_app_loaded(page: Page, embedded: bool = False, *, timeout: float = LOAD_TIMEOUT_MS) -> None:
    """Wait until the app is drawn and its first run is done (Python's boot included)."""
    expect(page.get_by_test_id("stAppViewContainer")).to_be_attached(timeout=timeout)
    if not embedded:
        expect(page.get_by_test_id("stMainMenu")).to_be_attached(timeout=timeout)
    wait_for_app_run(page, timeout=timeout)


def rerun_app(page: Page) -> None:
    """Rerun the app as a user does (the R key) and wait for the run."""
    page.get_by_test_id("stApp").click(position={"x": 0, "y": 0})
    page.keyboard.press("r")
    wait_for_app_run(page)


# -- finding widgets -------------------------------------------------------------


def get_element_by_key(locator: Scope, key: str) -> Locator:
    """The element (or keyed container) with this key (its ``st-key-<key>`` class)."""
    element = locator.locator(f".{key_class_name(key)}")
    expect(element).to_be_attached()
    return element


def get_widget(locator: Scope, test_id: str, label: Label | None = None, *, key: str | None = None,
               index: int | None = None) -> Locator:
    """The widget with this ``data-testid`` and label (or key); see the module's docstring."""
    widgets = locator.get_by_test_id(test_id)
    if key is not None:
        widgets = locator.locator(f".{key_class_name(key)}").get_by_test_id(test_id)
    if label is None or label == "":
        found = widgets
    else:
        found = widgets.filter(has_text=label)
        expect(found.first, f"no {test_id} labelled {label!r}").to_be_attached()
        if isinstance(label, str) and (found.count() > 1 or index is not None):
            exact = widgets.filter(has=_page(locator).get_by_text(label, exact=True))
            if exact.count():
                found = exact
    if index is not None:
        return found.nth(index)
    expect(found.first, f"no {test_id} labelled {label!r}").to_be_attached()
    count = found.count()
    if count > 1:
        raise AssertionError(f"{count} {test_id} widgets are labelled {label!r}: pass key= or index= to pick one.")
    return found.first


def get_button(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    """The ``button`` element of ``st.button`` with this label."""
    button = get_widget(locator, "stButton", label, key=key, index=index).locator("button")
    expect(button).to_be_visible()
    return button


def get_form_submit_button(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    """The ``button`` element of ``st.form_submit_button`` with this label."""
    button = get_widget(locator, "stFormSubmitButton", label, key=key, index=index).locator("button")
    expect(button).to_be_visible()
    return button


def _visible(locator: Scope, test_id: str, label: Label, key: str | None, index: int | None) -> Locator:
    element = get_widget(locator, test_id, label, key=key, index=index)
    expect(element).to_be_visible()
    return element


def get_checkbox(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    """``st.checkbox`` or ``st.toggle`` (``stCheckbox``)."""
    return _visible(locator, "stCheckbox", label, key, index)


def get_text_input(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    """``st.text_input`` (``stTextInput``); its field is ``.locator("input")``."""
    return _visible(locator, "stTextInput", label, key, index)


def get_text_area(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    return _visible(locator, "stTextArea", label, key, index)


def get_number_input(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    return _visible(locator, "stNumberInput", label, key, index)


def get_selectbox(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    """``st.selectbox`` (``stSelectbox``); its combobox is ``.get_by_role("combobox")``."""
    return _visible(locator, "stSelectbox", label, key, index)


def get_multiselect(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    return _visible(locator, "stMultiSelect", label, key, index)


def get_radio(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    return _visible(locator, "stRadio", label, key, index)


def get_slider(locator: Scope, label: Label, *, key: str | None = None, index: int | None = None) -> Locator:
    """``st.slider`` or ``st.select_slider`` (``stSlider``); its thumbs are ``.get_by_role("slider")``."""
    return _visible(locator, "stSlider", label, key, index)


def get_markdown(locator: Scope, text: Label) -> Locator:
    """The markdown container(s) holding ``text``."""
    element = locator.get_by_test_id("stMarkdownContainer").filter(has_text=text)
    expect(element.first).to_be_visible()
    return element


# -- actions ---------------------------------------------------------------------


def click_button(page: Page, label: Label, *, key: str | None = None, index: int | None = None) -> None:
    """Click ``st.button`` and wait for the run."""
    get_button(page, label, key=key, index=index).click()
    wait_for_app_run(page)


def click_form_button(page: Page, label: Label, *, key: str | None = None, index: int | None = None) -> None:
    """Click a form's submit button and wait for the run."""
    get_form_submit_button(page, label, key=key, index=index).click()
    wait_for_app_run(page)


def click_download_button(page: Page, label: Label, *, key: str | None = None, index: int | None = None) -> None:
    get_widget(page, "stDownloadButton", label, key=key, index=index).locator("button").click()
    wait_for_app_run(page)


def click_checkbox(page: Page, label: Label, *, key: str | None = None, index: int | None = None) -> None:
    """Toggle a checkbox and wait for the run."""
    get_checkbox(page, label, key=key, index=index).get_by_role("checkbox").click()
    wait_for_app_run(page)


click_toggle = click_checkbox


def set_checkbox(page: Page, label: Label, checked: bool, *, key: str | None = None, index: int | None = None) -> None:
    """Check or uncheck a checkbox (or toggle) and wait for the run."""
    get_checkbox(page, label, key=key, index=index).get_by_role("checkbox").set_checked(checked)
    wait_for_app_run(page)


def _fill(page: Page, field: Locator, text: str) -> None:
    """Type into a text field and commit it as a user does when leaving it."""
    field.fill(text)
    field.blur()
    wait_for_app_run(page)


def fill_text_input(page: Page, label: Label, text: str, *, key: str | None = None, index: int | None = None) -> None:
    """Fill ``st.text_input`` and commit it (as leaving the field does), then wait."""
    _fill(page, get_text_input(page, label, key=key, index=index).locator("input"), text)


def fill_text_area(page: Page, label: Label, text: str, *, key: str | None = None, index: int | None = None) -> None:
    _fill(page, get_text_area(page, label, key=key, index=index).locator("textarea"), text)


def fill_number_input(page: Page, label: Label, value: float | None, *, key: str | None = None,
                      index: int | None = None) -> None:
    _fill(page, get_number_input(page, label, key=key, index=index).locator("input"), "" if value is None else str(value))


def select_selectbox_option(page: Page, label: Label, option: str, *, key: str | None = None,
                            index: int | None = None) -> None:
    """Open a selectbox, pick ``option`` (its text) and wait for the run."""
    box = get_selectbox(page, label, key=key, index=index)
    box.get_by_role("combobox").click()
    box.get_by_role("option", name=option, exact=True).click()
    wait_for_app_run(page)


def set_multiselect_options(page: Page, label: Label, options: Sequence[str], *, key: str | None = None,
                            index: int | None = None) -> None:
    """Make ``options`` (their texts, in order) the multiselect's choice."""
    box = get_multiselect(page, label, key=key, index=index)
    clear = box.get_by_role("button", name="Clear all")
    if clear.is_visible():
        clear.click()
        wait_for_app_run(page)
    combo = box.get_by_role("combobox")
    for option in options:
        if combo.get_attribute("aria-expanded") != "true":  # the list stays open after a pick, as in 1.67
            combo.click()
        box.get_by_role("option", name=option, exact=True).click()
        wait_for_app_run(page)
    page.keyboard.press("Escape")


def select_radio_option(page: Page, label: Label, option: str, *, key: str | None = None, index: int | None = None) -> None:
    """Choose ``option`` (its text) in ``st.radio`` and wait for the run."""
    rows = get_radio(page, label, key=key, index=index).get_by_test_id("stRadioOption")
    rows.filter(has=page.get_by_text(option, exact=True)).first.get_by_role("radio").check()
    wait_for_app_run(page)


def set_slider_value(page: Page, label: Label, value: float | Sequence[float], *, key: str | None = None,
                     index: int | None = None) -> None:
    """Move the slider's thumb(s) to ``value`` (a number, or one per thumb; for
    ``st.select_slider`` the option's position) and commit once, as releasing a thumb does."""
    values = [value] if isinstance(value, int | float) else list(value)
    slider = get_slider(page, label, key=key, index=index)
    thumbs = slider.get_by_role("slider")
    expect(thumbs).to_have_count(len(values))
    # Each thumb's native input takes its value and a change, as assistive technology sets it;
    # the thumbs never cross, so a range moving up sets its end first.
    order = list(range(len(values)))
    if len(values) == 2 and values[0] > float(thumbs.nth(1).input_value()):
        order.reverse()
    for i in order:
        thumbs.nth(i).evaluate(
            "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('change', {bubbles: true})); }", values[i])
    wait_for_app_run(page)


def _fill_parts(group: Locator, values: dict[str, str]) -> None:
    """Type each part of a date or time field (Streamlit 1.67's spinbuttons), or empty it ("")."""
    for kind, text in values.items():
        # (Playwright writes the pattern between slashes: "AM/PM" is matched as "AM.PM".)
        part = group.get_by_role("spinbutton", name=re.compile("^" + re.escape(kind).replace("/", ".") + ","))
        if part.count():
            part.fill(text)


def set_date_input(page: Page, label: Label, dates: str | Sequence[str], *, key: str | None = None,
                   index: int | None = None) -> None:
    """Set ``st.date_input`` to ISO dates (``"2024-05-01"``, or a start and an end): each
    date typed into its field, which is then left (Streamlit 1.67 commits a date on blur)."""
    widget = get_widget(page, "stDateInput", label, key=key, index=index)
    wanted = [dates] if isinstance(dates, str) else list(dates)
    groups = widget.get_by_role("group")
    for i in range(groups.count()):
        year, month, day = wanted[i].split("-") if i < len(wanted) else ("", "", "")
        _fill_parts(groups.nth(i), {"year": year, "month": month, "day": day})
    widget.get_by_role("spinbutton").last.blur()
    wait_for_app_run(page)


def set_time_input(page: Page, label: Label, value: str, *, key: str | None = None, index: int | None = None) -> None:
    """Set ``st.time_input`` (``"13:45"``, ``"13:45:10"`` with seconds): typed part by part, then Enter."""
    widget = get_widget(page, "stTimeInput", label, key=key, index=index)
    hour, minute, *rest = value.split(":")
    parts = {"hour": hour, "minute": minute, "second": rest[0] if rest else "00"}
    if widget.get_by_role("spinbutton", name=re.compile("^AM.PM,")).count():
        h24 = int(hour)
        parts |= {"hour": str(h24 % 12 or 12), "AM/PM": "PM" if h24 >= 12 else "AM"}
    _fill_parts(widget, parts)
    widget.get_by_role("spinbutton").last.press("Enter")
    wait_for_app_run(page)


def set_color_picker(page: Page, label: Label, value: str, *, key: str | None = None, index: int | None = None) -> None:
    """Set ``st.color_picker`` (``"#ff8800"``): open its picker, type the hex value, close it."""
    get_widget(page, "stColorPicker", label, key=key, index=index).get_by_test_id("stColorPickerBlock").click()
    field = page.get_by_test_id("stColorPickerPopover").locator("input")
    field.fill(value)
    field.press("Enter")
    wait_for_app_run(page)


def submit_chat_input(page: Page, placeholder: Label | None, text: str, *, key: str | None = None,
                      index: int | None = None) -> None:
    """Type ``text`` into ``st.chat_input`` (found by its placeholder) and send it."""
    boxes = page.get_by_test_id("stChatInput")
    if key is not None:
        boxes = page.locator(f".{key_class_name(key)}").get_by_test_id("stChatInput")
    if placeholder:
        boxes = boxes.filter(has=page.get_by_placeholder(placeholder, exact=isinstance(placeholder, str)))
    box = boxes.nth(index or 0)
    field = box.locator("textarea")
    field.fill(text)
    field.press("Enter")
    wait_for_app_run(page)


# -- what the page shows -----------------------------------------------------------


def expect_markdown(locator: Scope, expected_message: Label) -> None:
    """Some markdown element (``st.markdown``, ``st.write`` of text) shows this text."""
    markdown = locator.get_by_test_id("stMarkdown").get_by_test_id("stMarkdownContainer")
    expect(markdown.filter(has_text=expected_message).first).to_be_visible()


def expect_exception(locator: Scope, expected_message: Label | None = None) -> None:
    """The app shows an exception (with this text in it). A test that expects
    one is marked ``@pytest.mark.wasmlit_allow_exceptions``."""
    exception = locator.get_by_test_id("stException")
    if expected_message is not None:
        exception = exception.filter(has_text=expected_message)
    expect(exception.first).to_be_visible()


def expect_no_exception(locator: Scope) -> None:
    expect(locator.get_by_test_id("stException")).to_have_count(0)


def session_state(page: Page, *, timeout: float = RUN_TIMEOUT_MS) -> dict[str, Any]:
    """The app's session state as JSON (user keys and keyed widget values; values
    JSON cannot hold are left out), once every queued event has run.

    It goes through a test-only channel that the pytest plugin's builds have and
    normal sites do not (``wasmlit build --dev-tools`` adds it too)."""
    has_channel = page.evaluate("() => !!(window.__wasmlitTest && window.__wasmlitTest.sessionState)")
    if not has_channel:
        raise AssertionError(
            "This page has no test channel, so session_state() cannot read it. Open the app with the "
            "wasmlit_app fixture (the pytest plugin builds with the channel) or build it with `wasmlit build --dev-tools`."
        )
    text = page.evaluate("(ms) => window.__wasmlitTest.sessionState(ms).then((s) => JSON.stringify(s))", timeout)
    state = json.loads(text)
    if not isinstance(state, dict):
        raise AssertionError(f"Expected the session state as an object, but got {text[:200]!r}")
    return state


__all__ = [
    "LOAD_TIMEOUT_MS", "RUN_TIMEOUT_MS", "click_button", "click_checkbox", "click_download_button",
    "click_form_button", "click_toggle", "expect_exception", "expect_markdown", "expect_no_exception",
    "fill_number_input", "fill_text_area", "fill_text_input", "get_button", "get_checkbox", "get_element_by_key",
    "get_form_submit_button", "get_markdown", "get_multiselect", "get_number_input", "get_radio", "get_selectbox",
    "get_slider", "get_text_area", "get_text_input", "get_widget", "rerun_app", "select_radio_option",
    "select_selectbox_option", "session_state", "set_checkbox", "set_color_picker", "set_date_input",
    "set_multiselect_options", "set_slider_value", "set_time_input", "submit_chat_input", "wait_for_app_loaded",
    "wait_for_app_run",
]
