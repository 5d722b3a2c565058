"""Multipage apps in the browser (issue 12, point 2): the examples/multipage
(pages/ folder) and examples/navigation (st.navigation) apps. Each page has
its own URL (History API: back and forward work), a page's URL opens that
page on a plain static host, the menu has Streamlit's test ids, session state
is shared across pages, and st.query_params follows the URL."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import BOOT_TIMEOUT_MS, wait_idle, wait_ready
from .test_runtime_interrupts import plain_server  # noqa: F401 (the fixture)


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def test_pages_folder_menu_links_back_forward_and_shared_state(open_app) -> None:
    page = open_app("multipage")
    nav = page.get_by_test_id("stSidebarNav")
    links = nav.get_by_test_id("stSidebarNavLink")
    expect(links).to_have_count(3)
    # (An emoji icon is part of a link's text, as in Streamlit's DynamicIcon.)
    expect(links).to_have_text(["app", "Profile", re.compile("^📈 ?Plot demo$")])
    expect(nav.get_by_test_id("stSidebarNavItems")).to_be_visible()
    expect(links.nth(0)).to_have_attribute("aria-current", "page")
    page.get_by_label("Your name").fill("Ada")
    page.get_by_label("Your name").press("Enter")
    wait_idle(page)

    links.nth(1).click()
    expect(heading(page)).to_have_text("Profile")
    expect(page.get_by_text("Hello, Ada!")).to_be_visible()  # session state is shared
    assert page.url.rstrip("/").endswith("/multipage/Profile")
    expect(links.nth(1)).to_have_attribute("aria-current", "page")
    expect(links.nth(0)).not_to_have_attribute("aria-current", "page")

    page.get_by_role("button", name="Back home").click()  # st.switch_page("app.py")
    expect(heading(page)).to_have_text("Home")
    # The URL follows when the run ends (Streamlit's comes with the run's start): wait for it.
    expect(page).to_have_url(re.compile(r"/multipage/?$"))
    # The widgets of the page that was left are cleaned up, as in Streamlit: back home, the
    # keyed input starts from its default.
    expect(page.get_by_label("Your name")).to_have_value("")

    page.go_back()
    expect(heading(page)).to_have_text("Profile")
    page.go_back()
    expect(heading(page)).to_have_text("Home")
    page.go_forward()
    expect(heading(page)).to_have_text("Profile")


def test_a_page_url_opens_that_page_and_page_links_carry_query_params(page: Page, app_url) -> None:
    base = app_url("multipage")
    page.goto(base + "Plot_demo")  # the site's own entry for the page
    wait_ready(page)
    expect(heading(page)).to_have_text("Plot demo")
    expect(page.get_by_test_id("stSidebarNavLink").nth(2)).to_have_attribute("aria-current", "page")
    page.get_by_test_id("stSidebarNavLink").nth(0).click()
    expect(heading(page)).to_have_text("Home")
    link = page.get_by_test_id("stPageLink-NavLink")
    # 1.67's page link: a 28px row, no underline, 14px text, tinted under the pointer.
    expect(link).to_have_css("height", "28px")
    expect(link).to_have_css("text-decoration-line", "none")
    expect(link).to_have_css("font-size", "14px")
    link.click()
    expect(heading(page)).to_have_text("Profile")
    expect(page.get_by_text("Query parameters: {'tab': 'bio'}")).to_be_visible()
    assert page.url.endswith("/multipage/Profile?tab=bio")


def test_a_page_url_the_app_does_not_have_runs_the_main_page_and_says_so(page: Page, app_url) -> None:
    page.goto(app_url("multipage") + "?x=1")
    wait_ready(page)
    page.evaluate("window.__wasmlit.queue.push({type: 'rerun', page: 'nope', query: ''})")
    expect(page.get_by_test_id("wlWorkerError")).to_contain_text("You have requested page /nope")
    expect(heading(page)).to_have_text("Home")


def test_navigation_sections_switch_page_and_a_sidebar_widget_shared_by_every_page(open_app) -> None:
    page = open_app("navigation")
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_test_id("stNavSectionHeader")).to_have_text(["Admin"])
    expect(nav.get_by_test_id("stSidebarNavLink")).to_have_text([re.compile("Dashboard$"), re.compile("Settings$"), re.compile("Reports$")])
    expect(nav.get_by_test_id("stSidebarNavSeparator")).to_be_visible()  # the sidebar has a widget below
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("combobox").click()
    page.get_by_role("option", name="West").click()
    expect(page.get_by_text("Region: West")).to_be_visible()
    page.get_by_role("button", name="Open settings").click()  # st.switch_page(st.Page)
    expect(heading(page)).to_have_text("Settings")
    assert page.url.rstrip("/").endswith("/navigation/settings")
    assert page.title() == "Settings"
    nav.get_by_test_id("stSidebarNavLink").filter(has_text="Reports").click()
    expect(page.get_by_text("Reports for West")).to_be_visible()


TOP = """
import streamlit as st

def alpha():
    st.title("Alpha")

def beta():
    st.title("Beta")

def gamma():
    st.title("Gamma")
    st.write(f"url={st.context.url}")

docs = st.Page("https://docs.streamlit.io/", title="Docs", icon="📘")
pg = st.navigation({"": [st.Page(alpha), docs], "More": [st.Page(beta), st.Page(gamma)]}, position="top")
pg.run()
"""


def test_top_navigation_in_the_header(open_app) -> None:
    page = open_app("top_nav", TOP)
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_test_id("stTopNavLink")).to_have_text(["alpha", "📘Docs"])
    # An external page (1.67) is a link to its site, opened in a new tab; it never runs here.
    docs = page.get_by_test_id("stTopNavLink").nth(1)
    expect(docs).to_have_attribute("href", "https://docs.streamlit.io/")
    expect(docs).to_have_attribute("target", "_blank")
    section = page.get_by_test_id("stTopNavSection")
    expect(section).to_have_text(re.compile("More"))
    section.click()
    popover = page.get_by_test_id("stTopNavPopover")
    expect(popover).to_be_visible()
    popover.get_by_test_id("stTopNavDropdownLink").filter(has_text="gamma").click()
    expect(heading(page)).to_have_text("Gamma")
    expect(popover).to_be_hidden()
    expect(page.get_by_text(re.compile(r"url=http://127\.0\.0\.1:\d+/top_nav/gamma"))).to_be_visible()
    page.go_back()
    expect(heading(page)).to_have_text("Alpha")


QUERY = """
import streamlit as st
st.write(f"Got: {st.query_params.get_all('tag')}")
if st.button("Set"):
    st.query_params["page"] = "2"
    st.query_params.tag = ["a", "b"]
st.write(f"tz={st.context.timezone} locale={st.context.locale} theme={st.context.theme.type}")
"""


def test_query_params_follow_the_url_both_ways(page: Page, app_url) -> None:
    page.goto(app_url("query_params", QUERY) + "?tag=x&tag=y&embed=true")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_text("Got: ['x', 'y']")).to_be_visible()
    expect(page.get_by_text(re.compile(r"tz=\S+ locale=\S+ theme=(light|dark)"))).to_be_visible()
    length = page.evaluate("history.length")
    page.get_by_role("button", name="Set").click()
    wait_idle(page)
    # replaceState: the URL changed, no new history entry; the embed parameter stays.
    expect(page).to_have_url(re.compile(r"page=2"))
    assert "page=2" in page.url and "tag=a&tag=b" in page.url and "embed=true" in page.url
    assert page.evaluate("history.length") == length
    page.reload()
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_text("Got: ['a', 'b']")).to_be_visible()


def test_a_page_url_on_a_plain_static_host(page: Page, app_url, plain_server: str) -> None:  # noqa: F811
    """Python's http.server, no special headers or rewrites: the page's own entry answers."""
    app_url("multipage")
    page.goto(plain_server + "multipage/Profile")
    wait_ready(page)
    expect(heading(page)).to_have_text("Profile")
    page.get_by_test_id("stSidebarNavLink").nth(2).click()
    expect(heading(page)).to_have_text("Plot demo")
    page.reload()  # the URL the app wrote is one the host answers too
    wait_ready(page)
    expect(heading(page)).to_have_text("Plot demo")
