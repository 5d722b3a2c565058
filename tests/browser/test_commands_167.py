"""Streamlit 1.67's newer commands in the page (issue 13, point 2): pagination,
menu_button, datetime_input, camera_input and audio_input (fake devices, and
the message when the page may not use them), mermaid, pdf, st.iframe, grid,
skeleton, logo, and custom components v1 (a local folder) and v2."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from wasmlit.tooling.site.build import build_site

from .conftest import BOOT_TIMEOUT_MS, wait_idle, wait_ready

WIDGETS = '''
import streamlit as st
page = st.pagination(12, key="page")
choice = st.menu_button("Export", ["CSV", "PDF"], icon=":material/download:")
when = st.datetime_input("When", value=__import__("datetime").datetime(2024, 5, 6, 7, 8))
st.write(f"page={page}; choice={choice}; when={when}")
'''


def test_pagination_menu_button_and_datetime_input_commit_values(open_app) -> None:
    page = open_app("cmd_widgets", WIDGETS)
    summary = page.get_by_text(re.compile("^page="))
    expect(summary).to_have_text("page=1; choice=None; when=2024-05-06 07:08:00")
    nav = page.get_by_role("navigation", name="Pagination")
    expect(nav.get_by_test_id("stPaginationPageActive")).to_have_text("1")
    expect(nav.get_by_test_id("stPaginationEllipsis")).to_have_count(1)
    nav.get_by_role("button", name="Page 3").click()
    expect(summary).to_contain_text("page=3;")
    nav.get_by_role("button", name="Next page").click()
    expect(summary).to_contain_text("page=4;")
    expect(nav.get_by_test_id("stPaginationPageActive")).to_have_text("4")
    menu_button = page.get_by_test_id("stMenuButtonButton")
    menu_button.click()
    page.get_by_role("menu", name="Export").get_by_role("menuitem", name="PDF").click()
    expect(summary).to_contain_text("choice=PDF;")
    expect(page.get_by_role("menu", name="Export")).to_be_hidden()
    wait_idle(page)
    # 1.67's date-and-time field: typed part by part, counted when left.
    when = page.get_by_role("group", name="When")
    expect(when.get_by_role("spinbutton")).to_have_text(["2024", "05", "06", "07", "08"])
    when.get_by_role("spinbutton", name="year, When").fill("2025")
    page.keyboard.type("0102")  # month and day; the focus moves on by itself
    page.keyboard.type("0304")  # hour and minute
    expect(summary).to_contain_text("when=2024-05-06 07:08:00")
    summary.click()
    expect(summary).to_contain_text("page=4; choice=None; when=2025-01-02 03:04:00")
    # Its calendar sets the day, and the time under the grid; both count when it closes.
    page.get_by_role("button", name="Choose date and time").click()
    calendar = page.get_by_test_id("stDateTimeInputCalendar")
    expect(calendar).to_have_attribute("aria-label", "Choose date and time")
    calendar.get_by_role("button", name="Friday, January 10, 2025").click()
    calendar.get_by_test_id("stDateTimeInputPopoverTime").get_by_role("spinbutton", name="hour, Time").fill("15")
    expect(when.get_by_role("spinbutton")).to_have_text(["2025", "01", "10", "15", "04"])
    expect(summary).to_contain_text("when=2025-01-02 03:04:00")
    page.keyboard.press("Escape")
    expect(calendar).to_have_count(0)
    expect(summary).to_contain_text("when=2025-01-10 15:04:00")
    # The arrows move the minutes to the next multiple of `step` (15 minutes by default).
    when.get_by_role("spinbutton", name="minute, When").click()
    page.keyboard.press("ArrowUp")
    expect(when.get_by_role("spinbutton")).to_have_text(["2025", "01", "10", "15", "15"])
    summary.click()
    expect(summary).to_contain_text("when=2025-01-10 15:15:00")


CAPTURE = '''
import streamlit as st
photo = st.camera_input("Take a picture")
st.write("photo:", f"{photo.name} {photo.type} {len(photo.getvalue()) > 1000}" if photo else "none")
audio = st.audio_input("Record a voice message", sample_rate=8000)
if audio:
    import wave
    with wave.open(audio) as w:
        st.write("audio:", audio.name, w.getframerate(), w.getnchannels(), w.getnframes() > 0)
else:
    st.write("audio:", "none")
'''


def test_camera_and_microphone_capture_reach_python(open_app) -> None:
    page = open_app("cmd_capture", CAPTURE)
    expect(page.get_by_text("photo: none")).to_be_visible()
    camera = page.get_by_test_id("stCameraInput")
    page.wait_for_function("() => { const v = document.querySelector('.wl-camera-video'); return v && v.videoWidth > 0; }", timeout=30_000)
    camera.get_by_test_id("stCameraInputButton").click()
    expect(page.get_by_text("photo: image.jpg image/jpeg True")).to_be_visible(timeout=30_000)
    expect(camera.get_by_role("img", name="Captured photo")).to_be_visible()
    record = page.get_by_role("button", name="Record a voice message")
    record.click()
    page.wait_for_timeout(1200)
    page.get_by_test_id("stAudioInputActionButton").click()
    expect(page.get_by_text("audio: audio.wav 8000 1 True")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Clear recording").click()
    expect(page.get_by_text("audio: none")).to_be_visible()


def test_a_denied_camera_says_what_to_do(page: Page, app_url) -> None:
    page.add_init_script("""navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException("Permission denied", "NotAllowedError"));""")
    page.goto(app_url("cmd_capture", CAPTURE))
    wait_ready(page)
    message = page.get_by_test_id("stCameraInput").get_by_role("alert")
    expect(message).to_contain_text("does not have permission to use your camera", timeout=30_000)
    expect(message).to_contain_text("Allow camera access")
    page.get_by_role("button", name="Record a voice message").click()
    expect(page.get_by_test_id("stAudioInput").get_by_role("alert")).to_contain_text("permission to use your microphone")


ELEMENTS = '''
import streamlit as st
st.logo("data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHdpZHRoPSc0MCcgaGVpZ2h0PScyMCcvPg==", size="large")
st.sidebar.text("side")
st.mermaid_chart("graph LR\\n  A[Start] --> B[Stop]", alt="Start and stop")
st.mermaid_chart("graph LR\\n  A -->")
st.pdf(b"%PDF-1.1\\n%tiny\\n", height=320)
st.iframe("<p id='inner'>Inline frame</p>", height=90)
st.skeleton(height=80)
grid = st.grid(3)
with grid:
    for i in range(3):
        st.text(f"cell {i}")
'''


def test_mermaid_pdf_iframe_skeleton_grid_and_logo(open_app) -> None:
    page = open_app("cmd_elements", ELEMENTS)
    charts = page.get_by_test_id("stMarkdown").get_by_test_id("stMermaidChart")
    diagram = charts.first.get_by_role("img", name="Start and stop")
    expect(diagram).to_have_attribute("src", re.compile("^data:image/svg"), timeout=60_000)
    assert diagram.evaluate("el => el.naturalWidth") > 0
    # 1.67's "base" theme in the app's colours: nodes on the secondary background (light theme),
    # drawn again in the dark theme's when the theme changes.
    assert "f8f8f7" in diagram.evaluate("el => decodeURIComponent(el.src)").lower()
    page.emulate_media(color_scheme="dark")
    expect(diagram).to_have_attribute("src", re.compile("2d2b27", re.I), timeout=30_000)
    page.emulate_media(color_scheme="light")
    expect(charts.nth(1).get_by_test_id("stMermaidError")).to_contain_text("Mermaid diagram error", timeout=60_000)
    pdf = page.get_by_test_id("stPdf").locator("iframe")
    expect(pdf).to_have_attribute("src", re.compile("^blob:"))
    assert pdf.evaluate("el => el.getBoundingClientRect().height") == pytest.approx(320, abs=2)
    expect(page.frame_locator("[data-testid=stIFrame] iframe").locator("#inner")).to_have_text("Inline frame")
    skeleton = page.get_by_test_id("stSkeletonElement")
    assert skeleton.evaluate("el => el.getBoundingClientRect().height") == pytest.approx(80, abs=1)
    grid = page.get_by_test_id("stGrid")
    assert grid.evaluate("el => getComputedStyle(el).display") == "grid"
    tops = [page.get_by_text(f"cell {i}").evaluate("el => el.getBoundingClientRect().top") for i in range(3)]
    assert max(tops) - min(tops) < 2, "three cells share one row"
    expect(page.get_by_test_id("stHeader").get_by_test_id("stLogo")).to_have_count(1)
    expect(page.get_by_test_id("stSidebarHeader").get_by_test_id("stLogo")).to_have_count(1)


COMPONENT_HTML = """<!doctype html><html><body>
<button id="send">Send</button> <span id="args"></span>
<script>
const post = (type, extra) => window.parent.postMessage({ isStreamlitMessage: true, type, ...extra }, "*");
window.addEventListener("message", (ev) => {
  if (ev.data.type === "streamlit:render") document.getElementById("args").textContent = "stars=" + ev.data.args.stars;
});
document.getElementById("send").onclick = () => post("streamlit:setComponentValue", { value: { rating: 42 }, dataType: "json" });
post("streamlit:componentReady", { apiVersion: 1 });
post("streamlit:setFrameHeight", { height: 55 });
</script></body></html>
"""

COMPONENT_APP = '''
import os
import streamlit as st
import streamlit.components.v1 as components
rating = components.declare_component("rating", path=os.path.join(os.path.dirname(os.path.abspath(__file__)), "frontend"))
value = rating(stars=4, default=None, key="r")
st.write("v1:", value)
counter = st.components.v2.component(
    "counter", html="<button id='inc'>Add</button>", css="button { color: var(--st-primary-color); }",
    js="""export default function ({ parentElement, setStateValue, setTriggerValue }) {
        const theme = getComputedStyle(parentElement.host);
        parentElement.querySelector('#inc').dataset.theme = ['--st-secondary-background-color', '--st-font', '--st-heading-font-size-1']
            .map((name) => theme.getPropertyValue(name)).join(' | ');
        let n = 0;
        parentElement.querySelector('#inc').onclick = () => { n += 1; setStateValue('count', n); setTriggerValue('clicked', n); };
    }""")
result = counter(key="c", default={"count": 0}, on_count_change=lambda: None, on_clicked_change=lambda: None)
st.write("v2:", result.count, result.clicked)
'''


@pytest.fixture(scope="module")
def component_site(site_root: Path, server, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], str]:
    def build() -> str:
        folder = tmp_path_factory.mktemp("component_app")
        (folder / "frontend").mkdir()
        (folder / "frontend" / "index.html").write_text(COMPONENT_HTML, encoding="utf-8")
        (folder / "app.py").write_text(textwrap.dedent(COMPONENT_APP).lstrip(), encoding="utf-8")
        build_site(folder / "app.py", site_root / "cmd_components")
        return f"{server.url}cmd_components/"
    return build


def test_custom_components_v1_folder_and_v2(page: Page, component_site) -> None:
    page.goto(component_site())
    wait_ready(page)
    frame = page.frame_locator("iframe[data-testid=stCustomComponentV1]")
    expect(frame.locator("#args")).to_have_text("stars=4", timeout=BOOT_TIMEOUT_MS)
    iframe = page.locator("iframe[data-testid=stCustomComponentV1]")
    expect(iframe).to_have_attribute("sandbox", re.compile("allow-scripts"))
    page.wait_for_function("() => document.querySelector('iframe[data-testid=stCustomComponentV1]').getBoundingClientRect().height === 55")
    expect(page.get_by_text("v1: None")).to_be_visible()
    frame.locator("#send").click()
    expect(page.get_by_test_id("stJson")).to_contain_text("42")
    host = page.get_by_test_id("stBidiComponentIsolated")
    button = host.locator("#inc")
    expect(button).to_have_text("Add")
    # Streamlit's --st-* theme variables reach the component's CSS in its shadow root, and its
    # JS reads them as concrete values (a colour resolved, not the page's light-dark() token).
    assert button.evaluate("el => getComputedStyle(el).color") == "rgb(197, 57, 72)"
    expect(button).to_have_attribute("data-theme", 'rgb(248, 248, 247) | "Source Sans", sans-serif | 2.75rem')
    expect(page.get_by_text("v2: 0 None")).to_be_visible()
    button.click()
    expect(page.get_by_text("v2: 1 1")).to_be_visible()
    wait_idle(page)
    page.get_by_test_id("stMainMenuButton").or_(page.locator("body")).first.press("r")
    expect(page.get_by_text("v2: 1 None")).to_be_visible()


OPTIONS_167 = '''
import streamlit as st
st.title("A very long title that stays on one line", icon="🔥", text_alignment="center", wrap=False)
st.markdown("## Section", anchors=False)
fruit = st.selectbox("Fruit", ["Apple", "Banana", "Blueberry"], icon="🍎", filter_mode="prefix")
picked = st.multiselect("Letters", ["a", "b", "c"])
code = st.text_input("Code", validate=(r"^\\d+$", "Digits only"), required=True)
live = st.text_input("Search", live="0ms")
count = st.number_input("Count", value=None, required=True, step=1)
st.page_link("https://streamlit.io", label="Streamlit", icon="🌐", icon_position="right")
st.write(f"fruit={fruit}; picked={picked}; code={code!r}; live={live!r}; count={count}")

@st.dialog("Settings", position="right", icon="⚙️")
def settings():
    st.write("Inside the drawer")

if st.button("Open settings"):
    settings()
'''


def test_options_added_in_1_67_work_in_the_page(open_app) -> None:
    page = open_app("options_167", OPTIONS_167)
    summary = page.get_by_text(re.compile("^fruit="))
    heading = page.get_by_role("heading", name="A very long title that stays on one line")
    expect(heading).to_have_css("text-align", "center")
    expect(page.get_by_test_id("stHeading").locator(".wl-heading-text")).to_have_css("white-space", "nowrap")
    expect(page.get_by_test_id("stMarkdown").locator(".wl-anchor")).to_be_hidden()
    # filter_mode="prefix": "b" lists Banana and Blueberry, not Apple; the icon sits in the field.
    expect(page.get_by_test_id("stSelectboxIcon")).to_have_text("🍎")
    page.get_by_role("combobox", name="Fruit").fill("b")
    expect(page.get_by_role("option")).to_have_text(["Banana", "Blueberry"])
    page.get_by_role("option", name="Blueberry").click()
    expect(summary).to_contain_text("fruit=Blueberry;")
    # multiselect's "Select all" row.
    page.get_by_role("combobox", name="Letters").click()
    page.get_by_role("option", name="Select all").click()
    expect(summary).to_contain_text("picked=['a', 'b', 'c'];")
    wait_idle(page)
    # validate: a refused value shows its message and is not committed; a good one is.
    code = page.get_by_label("Code")
    code.fill("12a")
    code.press("Enter")
    expect(page.get_by_text("Digits only")).to_be_visible()
    expect(summary).to_contain_text("code='';")
    code.fill("123")
    code.press("Enter")
    expect(summary).to_contain_text("code='123';")
    expect(page.get_by_text("Digits only")).to_be_hidden()
    # required: clearing it keeps the last value and says why (Streamlit's words, and its error icon).
    code.fill("")
    code.press("Enter")
    wait_idle(page)
    expect(summary).to_contain_text("code='123';")
    expect(page.get_by_role("alert").filter(has_text="This field is required.")).to_be_visible()
    expect(page.get_by_test_id("stTextInputErrorIcon")).to_be_visible()
    # live="0ms": committed while typing, without Enter or blur.
    page.get_by_label("Search").press_sequentially("ab")
    expect(summary).to_contain_text("live='ab'")
    # A required number input has no clear button, and emptying it keeps its value and says why.
    count = page.get_by_role("spinbutton", name="Count")
    count.fill("4")
    count.press("Enter")
    expect(summary).to_contain_text("count=4")
    expect(page.get_by_test_id("stNumberInputClearButton")).to_have_count(0)
    count.fill("")
    count.press("Enter")
    expect(page.get_by_test_id("stNumberInput").get_by_role("alert")).to_have_text("This field is required.")
    wait_idle(page)
    expect(summary).to_contain_text("count=4")
    # icon_position="right": the icon after the label.
    link = page.get_by_test_id("stPageLink-NavLink")
    assert link.evaluate("(a) => a.lastElementChild.classList.contains('wl-icon')") is True
    # A dialog with position="right" is a drawer at the right edge, its icon before the title.
    page.get_by_role("button", name="Open settings").click()
    dialog = page.get_by_role("dialog", name="Settings")
    expect(dialog).to_contain_text("Inside the drawer")
    box = dialog.bounding_box()
    width = page.viewport_size["width"]
    assert box is not None and abs(box["x"] + box["width"] - width) <= 20 and box["y"] <= 1
    expect(dialog.get_by_test_id("stDialogIcon")).to_have_text("⚙️")


FORM_CHECKS = """
import streamlit as st
with st.form("signup"):
    name = st.text_input("Name", required=True)
    email = st.text_input("Email", type="email")
    pattern = st.text_input("Pattern", validate="^a")
    size = st.selectbox("Size", ["S", "M"], index=None, required=True)
    age = st.number_input("Age", value=None, required=True)
    sent = st.form_submit_button("Sign up")
st.write(f"sent={sent}; name={name!r}; email={email!r}; size={size}; age={age}")
"""


def test_a_form_with_a_required_or_invalid_field_is_not_submitted(open_app) -> None:
    # Streamlit 1.67: inside a form the fields are checked on submit; a blank required field or
    # a value its pattern refuses (type="email" brings one) blocks the submit and says why.
    page = open_app("form_checks", FORM_CHECKS)
    summary = page.get_by_text(re.compile("^sent="))
    expect(summary).to_have_text("sent=False; name=''; email=''; size=None; age=None")
    submit = page.get_by_role("button", name="Sign up")
    page.get_by_label("Email").fill("not an email")
    submit.click()
    required = page.get_by_role("alert").filter(has_text="This field is required.")
    expect(required).to_have_count(3)  # the name, the size and the age
    expect(page.get_by_test_id("stSelectboxErrorIcon")).to_be_visible()  # 1.67's icon in the field
    expect(page.get_by_role("alert").filter(has_text="Enter a valid email address.")).to_be_visible()
    page.get_by_label("Name").fill("Ada")
    page.get_by_label("Pattern").fill("b")
    page.get_by_role("combobox", name="Size").click()
    page.get_by_role("option", name="M").click()
    expect(required).to_have_count(1)  # picking a size cleared its message
    expect(page.get_by_test_id("stSelectboxErrorIcon")).to_be_hidden()
    submit.click()
    expect(page.get_by_role("alert").filter(has_text="Invalid input. Must match pattern: /^a/su")).to_be_visible()
    wait_idle(page)
    expect(summary).to_have_text("sent=False; name=''; email=''; size=None; age=None")  # nothing was sent
    expect(required).to_have_count(1)  # the age still
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_label("Pattern").fill("abc")
    page.get_by_role("spinbutton", name="Age").fill("36")
    submit.click()
    expect(summary).to_have_text("sent=True; name='Ada'; email='ada@example.com'; size=M; age=36.0")
    expect(page.get_by_role("alert")).to_have_count(0)


def test_an_iframe_of_another_site_loads_on_an_isolated_page(page: Page, app_url, other_origin) -> None:
    url, folder = other_origin
    (folder / "page.html").write_text("<p>Hello from the other site</p>")
    page.goto(app_url("iframe_of_another_site", f'import streamlit as st\nst.iframe("{url}/page.html", height=100)\n'))
    expect(page.frame_locator('[data-testid="stIFrame"] iframe').get_by_text("Hello from the other site")).to_be_visible(
        timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate("crossOriginIsolated") is True


SHORTCUTS = '''
import streamlit as st
st.session_state.setdefault("log", [])
with st.container(horizontal=True):
    if st.button("A", shortcut="A"):
        st.session_state.log.append("A")
    if st.button("S", shortcut="Ctrl+S"):
        st.session_state.log.append("S")
    if st.button("F", shortcut="Mod+Alt+Shift+F", disabled=st.session_state.get("off", False)):
        st.session_state.log.append("F")
st.checkbox("Disable F", key="off")
st.text_input("Field")
st.write("log:", ",".join(st.session_state.log))
'''


def test_button_shortcuts_click_their_button_and_leave_text_fields_their_typing(open_app) -> None:
    """1.67's docs example: a button shows its shortcut ("Ctrl + S" off a Mac) and the keys click it;
    a plain key typed into a text field is the field's, a Ctrl shortcut still fires there; a disabled
    button's shortcut does nothing."""
    page = open_app("cmd_shortcuts", SHORTCUTS)
    log = page.get_by_text(re.compile("^log:"))
    expect(page.get_by_test_id("stButton").locator("kbd")).to_have_text(["A", "Ctrl + S", "Ctrl + Alt + Shift + F"])
    expect(page.get_by_label("Shortcut Ctrl + S")).to_have_count(1)
    page.keyboard.press("a")
    expect(log).to_have_text("log: A")
    wait_idle(page)
    page.keyboard.press("Control+s")
    expect(log).to_have_text("log: A,S")
    wait_idle(page)
    page.keyboard.press("Control+Alt+Shift+f")
    expect(log).to_have_text("log: A,S,F")
    wait_idle(page)
    field = page.get_by_label("Field")
    field.click()
    page.keyboard.type("abc")
    expect(field).to_have_value("abc")
    page.keyboard.press("Control+s")
    expect(log).to_have_text("log: A,S,F,S")
    wait_idle(page)
    page.get_by_text("Disable F").click()
    wait_idle(page)
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("Control+Alt+Shift+f")
    page.keyboard.press("a")
    expect(log).to_have_text("log: A,S,F,S,A")
