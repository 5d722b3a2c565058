"""Hostile or heavy input in Chromium: tracebacks without wasmlit's frames
(the site ships its runtime as bytecode), os._exit, a 3 GB allocation, a
`javascript:` page icon, the favicon rules, a 20 MB download, and a big
prerendered first screen served by `python3 -m http.server`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from wasmlit.tooling.site import prerender
from wasmlit.tooling.site.build import build_site

from .conftest import BOOT_TIMEOUT_MS, wait_ready

ERRORS_APP = """
import os
import streamlit as st

def helper():
    return {}["missing"]

choice = st.radio("Do", ["nothing", "exit", "allocate", "icon", "raise"])
if choice == "exit":
    os._exit(1)
    st.write("after exit")
if choice == "allocate":
    big = bytearray(3 * 1024**3)
if choice == "icon":
    st.set_page_config(page_icon="javascript:alert(1)")
if choice == "raise":
    helper()
st.write("still here")
"""


def test_errors_in_the_page_show_the_users_frames_and_say_what_happened(open_app) -> None:
    page = open_app("hostile_errors", ERRORS_APP)
    group = page.get_by_role("radiogroup", name="Do")

    group.get_by_role("radio", name="raise").check()
    exc = page.get_by_test_id("stException")
    expect(exc).to_contain_text("KeyError")
    rows = exc.get_by_test_id("stExceptionTraceRow")
    expect(rows.filter(has_text="in helper")).to_have_count(1)
    expect(rows.filter(has_text="in <module>")).to_have_count(1)
    # None of wasmlit's own frames (the runtime is sourceless bytecode here).
    expect(rows.filter(has_text="wasmlit")).to_have_count(0)
    expect(rows).to_have_count(2)

    group.get_by_role("radio", name="exit").check()
    expect(page.get_by_test_id("stAlert").filter(has_text="os._exit(1)")).to_be_visible()
    expect(page.get_by_text("after exit")).to_have_count(0)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-connection-state", "CONNECTED")

    group.get_by_role("radio", name="allocate").check()
    expect(page.get_by_test_id("stException")).to_contain_text("4 GB")

    group.get_by_role("radio", name="icon").check()
    expect(page.get_by_test_id("stException")).to_contain_text("is not a valid page_icon")
    assert not (page.evaluate("document.querySelector('link[rel=\"shortcut icon\"]')?.href") or "").startswith("javascript")

    group.get_by_role("radio", name="nothing").check()
    expect(page.get_by_text("still here")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_the_page_sets_only_safe_favicons(open_app) -> None:
    page: Page = open_app("favicons", "import streamlit as st\nst.set_page_config(page_icon='🎈')\n")
    href = page.evaluate("document.querySelector('link[rel=\"shortcut icon\"]').href")
    assert href.startswith("data:image/svg+xml,")
    results = page.evaluate("""async () => {
        const { faviconHref } = await import(new URL('assets/page_config.js', document.baseURI).href);
        return ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'x.png', ':material/home:',
                'https://example.com/i.png', 'data:image/png;base64,AA', '🇫🇷'].map((i) => faviconHref(i));
    }""")
    assert results[:4] == [None, None, None, None]
    assert results[4].endswith("/home/default/24px.svg")
    assert results[5] == "https://example.com/i.png"
    assert results[6] == "data:image/png;base64,AA"
    assert results[7].startswith("data:image/svg+xml,")


DOWNLOAD_APP = """
import streamlit as st

data = bytes(range(256)) * (20 * 1024 * 1024 // 256)
st.download_button("Get the big file", data, file_name="big.bin")
st.download_button("Get the small file", "hello", file_name="small.txt")
st.download_button("Get the unnamed file", "unnamed")
"""


def test_a_20_mb_download_is_asked_for_and_saved(open_app, site_root: Path) -> None:
    page = open_app("big_download", DOWNLOAD_APP)
    # The data is not in the page: the first screen and every delta stay small.
    assert (site_root / "big_download" / "index.html").stat().st_size < 200_000
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Get the big file").click()
    path = info.value.path()
    assert info.value.suggested_filename == "big.bin"
    data = Path(path).read_bytes()
    assert len(data) == 20 * 1024 * 1024
    assert data[:256] == bytes(range(256)) and data[-1] == 255
    with page.expect_download() as small:
        page.get_by_role("button", name="Get the small file").click()
    assert Path(small.value.path()).read_bytes() == b"hello"
    with page.expect_download() as unnamed:
        page.get_by_role("button", name="Get the unnamed file").click()
    assert unnamed.value.suggested_filename == "streamlit_download.txt"  # 1.67's name for it


DEFERRED_DOWNLOAD_APP = """
import time
import streamlit as st

st.session_state.setdefault("made", 0)

def make_report():
    time.sleep(1)
    st.session_state.made += 1
    st.write("drawn by the report")
    return f"col1,col2\\n{st.session_state.made},2".encode("utf-8")

def broken():
    raise ValueError("no data today")

st.download_button("Download report", data=make_report, file_name="report.csv", mime="text/csv")
st.download_button("Download broken", data=broken, file_name="broken.csv")
st.write(f"Reports made: {st.session_state.made}")
"""


def test_a_deferred_download_is_made_on_press_and_a_failure_shows_under_its_button(open_app) -> None:
    # Streamlit 1.67's "Generate the data on-click with a callable" example, and one that raises.
    page = open_app("deferred_download", DEFERRED_DOWNLOAD_APP)
    expect(page.get_by_text("Reports made: 0")).to_be_visible()
    report = page.get_by_test_id("stDownloadButton").filter(has_text="Download report").get_by_role("button")
    with page.expect_download(timeout=30_000) as info:
        report.click()
        # While the function runs the button is disabled and shows a spinner, as in 1.67.
        expect(report).to_be_disabled()
        expect(report.locator(".wl-spinner-icon")).to_be_visible()
    assert info.value.suggested_filename == "report.csv"
    assert Path(info.value.path()).read_text() == "col1,col2\n1,2"
    expect(report).to_be_enabled()
    expect(report.locator(".wl-spinner-icon")).to_have_count(0)
    expect(page.get_by_text("Reports made: 1")).to_be_visible()  # the press's rerun came after the data
    expect(page.get_by_text("drawn by the report")).to_have_count(0)
    broken = page.get_by_test_id("stDownloadButton").filter(has_text="Download broken")
    broken.get_by_role("button").click()
    expect(broken.get_by_test_id("stDownloadButtonError")).to_have_text("Failed to generate file for download")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(broken.get_by_test_id("stDownloadButtonError")).to_be_hidden(timeout=10_000)  # gone after 5 s
    with page.expect_download(timeout=30_000) as again:
        report.click()
    assert Path(again.value.path()).read_text() == "col1,col2\n2,2"


BIG_FIRST_SCREEN = """
import streamlit as st
st.title("Big first screen")
st.markdown("word " * 400_000)
if st.button("Click"):
    st.write("clicked")
"""


@pytest.fixture
def plain_http_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``site(source)``: build with a prerender (whatever its size), serve with `python3 -m http.server`."""
    procs: list[subprocess.Popen[bytes]] = []

    def make(source: str, *, inline_anything: bool) -> tuple[str, Path]:
        script = tmp_path / "app" / "app.py"
        script.parent.mkdir()
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        if inline_anything:
            monkeypatch.setattr(prerender, "MAX_INLINE_BYTES", 10**9)
        site = build_site(script, tmp_path / "site", hash_assets=True, prerender=True, service_worker=True)
        proc = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", str(site)],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        procs.append(proc)
        line = proc.stdout.readline().decode()  # "Serving HTTP on 127.0.0.1 port N ..."
        port = line.split(" port ")[1].split()[0]
        return f"http://127.0.0.1:{port}/", site

    yield make
    for proc in procs:
        proc.terminate()
        proc.wait()


def test_a_big_inline_first_screen_boots_behind_a_plain_static_server(page: Page, plain_http_site) -> None:
    url, site = plain_http_site(BIG_FIRST_SCREEN, inline_anything=True)
    assert (site / "index.html").stat().st_size > 2_000_000  # the first screen is inlined
    page.goto(url, wait_until="commit", timeout=BOOT_TIMEOUT_MS)
    # Not isolated, the page starts its modules at once; they wait for the body.
    wait_ready(page)
    page.get_by_role("button", name="Click").click()
    expect(page.get_by_text("clicked")).to_be_visible(timeout=30_000)
