"""End-to-end: the seed apps (from examples/ or inline), driven in Chromium as a user would."""

from __future__ import annotations

import base64
import re

from playwright.sync_api import Page, expect

from . import apps
from .conftest import wait_idle, wait_ready


def title(page: Page):
    return page.get_by_role("heading", level=1)


def test_columns_counter(open_app) -> None:
    page = open_app("columns_counter")
    expect(title(page)).to_have_text("You clicked 0 times")
    expect(page.get_by_test_id("stColumn")).to_have_count(3)
    page.get_by_role("button", name="Add 1", exact=True).click()
    expect(title(page)).to_have_text("You clicked 1 times")
    page.get_by_role("button", name="Add 10").click()
    expect(title(page)).to_have_text("You clicked 11 times")
    page.get_by_role("button", name="Reset").click()
    expect(title(page)).to_have_text("You clicked 0 times")
    wait_idle(page)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0)


def test_wizard_every_step_back_and_start_over(open_app) -> None:
    page = open_app("onboarding_wizard")
    bar = page.get_by_role("progressbar")
    expect(bar).to_have_attribute("aria-valuenow", "33")
    expect(bar.get_by_test_id("stProgressBarTrack")).to_be_visible()
    page.get_by_role("button", name="Next").click()  # empty name: stays
    wait_idle(page)
    expect(page.get_by_role("heading", name="Step 1 — What is your name?")).to_be_visible()
    name = page.get_by_label("Full name")
    name.fill("Ada")
    name.press("Enter")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Step 2 — What do you do, Ada?")).to_be_visible()
    expect(bar).to_have_attribute("aria-valuenow", "66")
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("heading", name="Step 1 — What is your name?")).to_be_visible()
    expect(page.get_by_label("Full name")).to_have_value("")  # not rendered on step 2: reset
    page.get_by_label("Full name").fill("Ada")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Step 2 — What do you do, Ada?")).to_be_visible()
    page.get_by_role("combobox", name="I am a...").click()
    page.get_by_role("option", name="Developer").click()
    wait_idle(page)
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Step 3 — All done!")).to_be_visible()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_have_text("Welcome Ada, the Developer!")
    expect(bar).to_have_attribute("aria-valuenow", "100")
    page.get_by_role("button", name="Start Over").click()
    expect(page.get_by_role("heading", name="Step 1 — What is your name?")).to_be_visible()
    expect(page.get_by_test_id("stCaptionContainer")).to_have_text("Step 1 of 3")


def test_quantity_times_price_callback_total(open_app) -> None:
    page = open_app("callback_total")
    total = page.get_by_test_id("stMetricValue")
    expect(total).to_have_text("$0.00")  # callbacks never run on the first run
    qty = page.get_by_label("Quantity")
    qty.fill("3")
    qty.press("Enter")
    expect(total).to_have_text("$30.00")
    price = page.get_by_label("Price ($)")
    price.fill("2.5")
    price.press("Tab")  # blur commits
    expect(total).to_have_text("$7.50")
    page.get_by_test_id("stNumberInput").first.get_by_test_id("stNumberInputStepUp").click()
    expect(qty).to_have_value("4")
    expect(total).to_have_text("$10.00")


def test_a_spinner_shows_only_after_half_a_second_as_streamlits(open_app) -> None:
    """Streamlit shows a spinner after 0.5 s (DELAY_SECS), so a quick block never flashes one: the
    spinner is hidden when it lands in the page, and shows while its block goes on."""
    page = open_app("spinner_delay", """
import time
import streamlit as st
if st.button("Go"):
    with st.spinner("Working..."):
        time.sleep(2)
    st.write("Done")
""")
    page.evaluate("""() => {
        window.__spinnerShownAtInsert = null;
        new MutationObserver((records) => {
            for (const r of records) for (const n of r.addedNodes) {
                const s = n.nodeType === 1 && (n.matches('[data-testid=stSpinner]') ? n : n.querySelector('[data-testid=stSpinner]'));
                if (s && window.__spinnerShownAtInsert === null) window.__spinnerShownAtInsert = s.checkVisibility({visibilityProperty: true});
            }
        }).observe(document.body, {subtree: true, childList: true});
    }""")
    page.get_by_role("button", name="Go").click()
    spinner = page.get_by_test_id("stSpinner")
    expect(spinner).to_be_visible()
    assert page.evaluate("window.__spinnerShownAtInsert") is False
    expect(page.get_by_text("Done")).to_be_visible(timeout=30_000)
    expect(spinner).to_have_count(0)


def test_spinner_during_sleep_and_result_survives_slider(open_app) -> None:
    page = open_app("stored_prediction")
    area = page.get_by_label("Enter some text to analyse")
    area.fill("I love it")
    area.press("Control+Enter")
    wait_idle(page)
    page.get_by_role("button", name="Analyse").click()
    spinner = page.get_by_test_id("stSpinner")
    expect(spinner).to_be_visible()
    expect(spinner).to_contain_text("Running model...")
    status = page.get_by_test_id("stStatusWidget")
    expect(status.get_by_role("img", name="Running...")).to_be_visible()
    expect(status.get_by_role("button", name="Stop")).to_be_visible()
    expect(page.get_by_test_id("stAlertContentSuccess")).to_have_text("Result: Positive (94% confident)", timeout=30_000)
    expect(spinner).to_have_count(0)
    slider = page.get_by_role("slider", name="Display font size")
    slider.focus()
    slider.press("ArrowRight")
    wait_idle(page)
    expect(slider).to_have_attribute("aria-valuetext", "15")
    expect(page.get_by_test_id("stAlertContentSuccess")).to_have_text("Result: Positive (94% confident)")
    expect(spinner).to_have_count(0)


def test_form_holds_values_until_submit(open_app) -> None:
    page = open_app("form", apps.FORM)
    saved = page.get_by_text(re.compile("^Saved:"))
    expect(saved).to_have_text("Saved: / 30 / False")
    page.get_by_label("Name").fill("Bob")
    page.get_by_label("Name").press("Tab")
    page.get_by_label("Subscribe").check()
    slider = page.get_by_role("slider", name="Age")
    slider.focus()
    slider.press("ArrowLeft")
    page.keyboard.press("r")  # an unrelated rerun must not apply the staged values
    wait_idle(page)
    expect(saved).to_have_text("Saved: / 30 / False")
    expect(page.get_by_label("Name")).to_have_value("Bob")  # still staged on the page
    page.get_by_role("button", name="Save").click()
    expect(saved).to_have_text("Saved: Bob / 29 / True")
    expect(page.get_by_test_id("stAlertContentSuccess")).to_have_text("Submitted")
    expect(page.get_by_test_id("stForm")).to_have_count(1)
    expect(page.get_by_test_id("stFormSubmitButton")).to_have_count(1)


def test_widget_keys_in_session_state_json(open_app) -> None:
    page = open_app("keys_state", apps.KEYS_STATE)
    page.get_by_label("Your name").fill("Bob")
    page.get_by_label("Your name").press("Enter")
    page.get_by_label("Agree").check()
    page.get_by_role("combobox", name="Colour").click()
    page.get_by_role("option", name="blue").click()
    wait_idle(page)
    # st.json draws a tree (as Streamlit's does): each key and value on its own row.
    tree = page.get_by_test_id("stJson")
    for row in ('"name" : "Bob"', '"agree" : true', '"colour" : "blue"'):
        expect(tree).to_contain_text(row)
    for key in ("name", "agree", "colour"):
        expect(page.locator(f".st-key-{key}")).to_have_count(1)


def test_forbidden_write_shows_exception_and_app_recovers(open_app) -> None:
    page = open_app("forbidden", apps.FORBIDDEN_WRITE)
    page.get_by_role("button", name="Break").click()
    exc = page.get_by_test_id("stException")
    expect(exc).to_contain_text("StreamlitWidgetAlreadyInstantiatedError")
    expect(exc).to_contain_text("cannot be modified after the widget with that key is instantiated")
    expect(page.get_by_role("textbox", name="Name")).to_be_visible()  # drawn before the error
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_text("n = 1")).to_be_visible()
    expect(exc).to_have_count(0)


def test_two_tabs_have_separate_state(open_app, app_url, context) -> None:
    page = open_app("columns_counter")
    other = context.new_page()
    other.goto(app_url("columns_counter"))
    wait_ready(other)
    page.get_by_role("button", name="Add 10").click()
    expect(title(page)).to_have_text("You clicked 10 times")
    other.get_by_role("button", name="Add 1", exact=True).click()
    expect(title(other)).to_have_text("You clicked 1 times")
    expect(title(page)).to_have_text("You clicked 10 times")


def test_main_menu_rerun_and_clear_cache(open_app) -> None:
    page = open_app("run_counter", apps.RUN_COUNTER)
    runs = page.get_by_text(re.compile("^Runs:"))
    expect(runs).to_have_text("Runs: 1")
    page.get_by_test_id("stMainMenu").get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Rerun R").click()
    expect(runs).to_have_text("Runs: 2")
    page.keyboard.press("r")
    expect(runs).to_have_text("Runs: 3")
    page.get_by_label("Notes").fill("typing r here")  # hotkeys are off while typing
    expect(runs).to_have_text("Runs: 3")
    page.get_by_label("Notes").press("Enter")
    expect(runs).to_have_text("Runs: 4")
    page.get_by_label("Notes").blur()
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Clear cache C").click()
    dialog = page.get_by_role("dialog", name="Clear caches")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    page.keyboard.press("c")
    page.get_by_role("dialog").get_by_role("button", name="Clear caches").click()
    wait_idle(page)
    expect(runs).to_have_text("Runs: 4")  # clearing does not rerun
    page.keyboard.press("r")
    expect(runs).to_have_text("Runs: 1")  # session state was cleared


BACKGROUND_REFRESH = """
import streamlit as st
box = st.session_state.setdefault("box", [0])
@st.cache_data(ttl=1, refresh_mode="background")
def load(_box):
    _box[0] += 1
    return _box[0]
st.write(f"value {load(box)}")
st.button("Again")
"""


def test_background_refresh_runs_on_the_worker_loop_after_the_run(open_app) -> None:
    """The worker has no threads: the stale value is served, and the new one is computed once
    that run is done (api/cache_lifecycle.py), so the next run reads it."""
    page = open_app("background_refresh", BACKGROUND_REFRESH)
    value = page.get_by_text(re.compile("^value "))
    expect(value).to_have_text("value 1")
    page.wait_for_timeout(1200)  # past the ttl, within two
    page.get_by_role("button", name="Again").click()
    wait_idle(page)
    expect(value).to_have_text("value 1")
    page.get_by_role("button", name="Again").click()
    wait_idle(page)
    expect(value).to_have_text("value 2")


def test_focus_and_caret_kept_while_typing_during_reruns(open_app) -> None:
    page = open_app("typing", apps.TYPING_WHILE_RERUNS)
    box = page.get_by_label("Message")
    box.click()
    tick = page.get_by_role("button", name="Tick")
    for i, ch in enumerate("hello world"):
        # A rerun caused elsewhere (a programmatic click keeps focus in the box).
        tick.evaluate("b => b.click()")
        page.keyboard.type(ch)
        if i % 4 == 0:
            wait_idle(page)
    wait_idle(page)
    expect(page.get_by_text("Ticks: 11")).to_be_visible()
    expect(box).to_be_focused()
    expect(box).to_have_value("hello world")
    assert box.evaluate("el => [el.selectionStart, el.selectionEnd]") == [11, 11]
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    tick.evaluate("b => b.click()")
    wait_idle(page)
    page.keyboard.type("X")
    expect(box).to_have_value("hello worXld")
    box.press("Enter")
    expect(page.get_by_text("Length: 12")).to_be_visible()


def test_script_and_onerror_never_execute(open_app) -> None:
    page = open_app("xss", apps.XSS)
    assert page.evaluate("window.pwned") is None
    expect(page.get_by_test_id("stMarkdownContainer").first).to_contain_text("<script>window.pwned=2</script>")
    expect(page.get_by_role("heading", level=1)).to_contain_text('<img src=x onerror="window.pwned=1">')
    expect(page.get_by_role("button", name=re.compile("^<img src=x"))).to_be_visible()
    expect(page.get_by_role("textbox", name=re.compile("^<img src=x"))).to_be_visible()
    page.get_by_role("button", name=re.compile("^<img src=x")).click()
    wait_idle(page)
    assert page.evaluate("window.pwned") is None
    assert page.locator("[data-testid=stMain] img[onerror]").count() == 0
    assert page.locator("[data-testid=stMain] script").count() == 0


def test_fifty_rapid_clicks_give_fifty(open_app) -> None:
    page = open_app("on_click_counter_inline", apps.ON_CLICK_COUNTER)
    button = page.get_by_role("button", name="Click")
    for _ in range(50):
        button.click(delay=0, no_wait_after=True)
    wait_idle(page)
    expect(page.get_by_role("heading", name="Clicks: 50")).to_be_visible()


def test_exception_box_then_recovery(open_app) -> None:
    page = open_app("exceptions", apps.EXCEPTIONS)
    page.get_by_role("button", name="Good").click()
    expect(page.get_by_text("Good clicks: 1")).to_be_visible()
    page.get_by_role("button", name="Fail").click()
    exc = page.get_by_test_id("stException")
    expect(exc.get_by_test_id("stExceptionMessage")).to_contain_text("ZeroDivisionError")
    expect(exc.get_by_test_id("stExceptionMessage")).to_contain_text("division by zero")
    expect(exc.get_by_test_id("stExceptionTraceRow").filter(has_text="helper")).not_to_have_count(0)
    page.get_by_role("button", name="Good").click()
    expect(page.get_by_text("Good clicks: 2")).to_be_visible()
    expect(exc).to_have_count(0)


def test_file_upload_and_download(open_app, tmp_path) -> None:
    page = open_app("files", apps.FILES)
    src = tmp_path / "notes.txt"
    src.write_text("first line\nsecond", encoding="utf-8")
    # As in Streamlit 1.67: a click anywhere on the drop zone opens the file chooser.
    expect(page.get_by_test_id("stFileUploaderDropzoneInstructions")).to_have_text("200MB per file")
    assert page.get_by_test_id("stFileUploaderDropzone").bounding_box()["height"] == 68  # 1.67's
    with page.expect_file_chooser() as chooser:
        page.get_by_test_id("stFileUploaderDropzone").click()
    chooser.value.set_files(src)
    expect(page.get_by_text("Got notes.txt: 17 bytes")).to_be_visible()
    expect(page.get_by_test_id("stCode")).to_contain_text("first line")
    expect(page.get_by_test_id("stFileChipName")).to_have_text("notes.txt")
    expect(page.get_by_test_id("stFileChip")).to_have_attribute("aria-label", "notes.txt, 17.0B")
    expect(page.get_by_test_id("stFileChipImagePreview")).to_have_count(0)  # not an image: the file icon
    # Removed, and chosen again through the input itself.
    page.get_by_test_id("stFileChipDeleteBtn").get_by_role("button", name="Remove notes.txt").click()
    expect(page.get_by_text("Got notes.txt")).to_have_count(0)
    expect(page.get_by_role("button", name="Upload")).to_be_visible()
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(src)
    expect(page.get_by_text("Got notes.txt: 17 bytes")).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download report").click()
    download = info.value
    assert download.suggested_filename == "report.txt"
    assert open(download.path(), encoding="utf-8").read() == "hello, report"
    wait_idle(page)
    expect(page.get_by_text("Got notes.txt: 17 bytes")).to_be_visible()
    # An image shows as its own thumbnail in its chip.
    dot = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([{"name": "dot.png", "mimeType": "image/png", "buffer": dot}])
    preview = page.get_by_test_id("stFileChipImagePreview")
    expect(preview).to_have_attribute("alt", "dot.png")
    page.wait_for_function("() => document.querySelector('[data-testid=stFileChipImagePreview]').naturalWidth === 1")
