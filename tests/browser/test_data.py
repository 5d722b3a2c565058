"""Data as Streamlit draws it, in Chromium: the st.dataframe grid (sorting,
virtual scrolling, search, CSV, selections under the key), st.data_editor
edits that land in session state and survive a rerun, st.table and st.json.
Plain Python data: the browser has no pandas here."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import wait_idle, wait_ready

GRID = """
import streamlit as st
rows = [{"name": n, "score": s} for n, s in [("cara", 3), ("abe", 1), ("bo", 2)]]
st.dataframe(rows, key="plain", column_config={"score": st.column_config.NumberColumn(help="Points **won**")})
big = [{"n": i, "half": i / 2, "word": "w%d" % (i % 7)} for i in range(100_000)]
st.dataframe(big, key="big", hide_index=True)
st.multiselect("Pick", ["a", "b"], default=["a"])
st.checkbox("Tick")
"""

SELECT = """
import streamlit as st
rows = [{"col_%d" % c: r * 10 + c for c in range(4)} for r in range(5)]
small = st.column_config.Column(width="small")
event = st.dataframe(rows, key="sel", hide_index=True, on_select="rerun",
                     selection_mode=["multi-row", "multi-column"],
                     column_config={"col_%d" % c: small for c in range(4)})
st.write("state: " + str(st.session_state["sel"]))
st.write("rows: " + str(event.selection.rows))
"""

EDITOR = """
import streamlit as st
data = [{"item": "apples", "count": 4, "fresh": True}, {"item": "pears", "count": 2, "fresh": False}]
out = st.data_editor(data, key="ed", num_rows="dynamic")
st.write("state: " + str(st.session_state["ed"]))
st.write("total: " + str(sum(r["count"] or 0 for r in out)))
st.button("Rerun")
with st.form("f"):
    st.data_editor({"x": [1, 2]}, key="formed")
    st.form_submit_button("Submit")
st.write("formed: " + str(st.session_state["formed"]["edited_rows"]))
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.data_editor({"q": [7]}, key="quiet", on_change="ignore")
st.write(f"quiet: {st.session_state['quiet']['edited_rows']} after {st.session_state.runs} runs")
"""

SHOW = """
import streamlit as st
st.table({"**bold** name": ["*a*", "b"], "n": [1, 2]})
st.table([[1, 2], [3, 4]], border="horizontal")
st.table({":material/folder: Project": "**Streamlit**", ":material/code: Repository": "[github](https://github.com)"})
st.json({"outer": {"inner": {"deep": 1}}, "list": [1, 2]}, expanded=2)
"""


def test_grid_sorts_when_a_header_is_clicked(open_app) -> None:
    page: Page = open_app("data_grid", GRID)
    grid = page.get_by_test_id("stDataFrame").first
    names = grid.get_by_role("gridcell")
    expect(names.filter(has_text=re.compile("^(cara|abe|bo)$"))).to_have_text(["cara", "abe", "bo"])
    grid.get_by_role("columnheader", name="name").click()
    expect(names.filter(has_text=re.compile("^(cara|abe|bo)$"))).to_have_text(["abe", "bo", "cara"])
    expect(grid.get_by_role("columnheader", name="↑ name")).to_be_visible()  # 1.67 marks the sorted column
    grid.get_by_role("columnheader", name="name").click()
    expect(names.filter(has_text=re.compile("^(cara|abe|bo)$"))).to_have_text(["cara", "bo", "abe"])
    expect(grid.get_by_role("columnheader", name="↓ name")).to_be_visible()
    # A third click: the data's own order again (1.67's "auto" cycle).
    grid.get_by_role("columnheader", name="name").click()
    expect(names.filter(has_text=re.compile("^(cara|abe|bo)$"))).to_have_text(["cara", "abe", "bo"])
    expect(grid.get_by_role("columnheader", name="name", exact=True)).to_be_visible()
    grid.get_by_role("columnheader", name="score").click()
    expect(grid.get_by_role("gridcell", name=re.compile("^[123]$"))).to_have_text(["1", "2", "3"])


def test_the_grids_stylesheet_leaves_other_widgets_alone(open_app) -> None:
    """The grid's cells have chips and checkboxes of their own: its stylesheet, loaded with the first
    grid, must not restyle a multiselect's tags or a checkbox elsewhere on the page."""
    page: Page = open_app("data_grid", GRID)
    expect(page.get_by_test_id("stDataFrame").first).to_have_attribute("data-wl-ready", "true")
    tag = page.get_by_test_id("stMultiSelect").get_by_role("group", name="Selected values").locator("[data-baseweb=tag]")
    primary = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).getPropertyValue('--primary').trim()")
    color = tag.evaluate("t => getComputedStyle(t).backgroundColor")
    probe = page.evaluate("c => { const d = document.createElement('div'); d.style.color = c; document.body.append(d);"
                          " const v = getComputedStyle(d).color; d.remove(); return v; }", primary)
    assert color == probe, (color, probe)
    assert page.get_by_test_id("stCheckbox").locator("label").evaluate("l => getComputedStyle(l).opacity") == "1"


TABBED = """
import streamlit as st
rows = [{"month": m, "region": "North", "sales": m * 10, "returns": m} for m in range(1, 31)]
a, b = st.tabs(["Chart", "Data"])
a.write("first tab")
b.dataframe(rows, hide_index=True, column_config={"sales": st.column_config.ProgressColumn("Sales", max_value=300)})
"""


def test_a_grid_in_a_hidden_tab_fits_its_columns_when_shown_and_is_400px_tall(open_app) -> None:
    """1.67 sizes a table of more rows than fit at 400 px (its defaultTableHeight), and a grid
    drawn while its tab was hidden fits its columns to the frame once the tab shows."""
    page: Page = open_app("data_tabbed", TABBED)
    page.get_by_role("tab", name="Data").click()
    grid = page.get_by_test_id("stDataFrame")
    expect(grid.get_by_role("columnheader", name="returns")).to_be_visible()
    page.wait_for_function("""g => {
        const frame = g.querySelector('.slick-viewport').getBoundingClientRect();
        const last = [...g.querySelectorAll('.slick-header-column')].pop().getBoundingClientRect();
        return last.right <= frame.right + 1 && last.right > frame.right - 30;
    }""", arg=grid.element_handle())
    assert abs(grid.bounding_box()["height"] - 400) <= 1


def test_grid_draws_only_rows_in_view_of_100k_and_scrolls_to_the_end(open_app) -> None:
    page: Page = open_app("data_grid", GRID)
    grid = page.get_by_test_id("stDataFrame").nth(1)
    expect(grid.get_by_role("gridcell", name="w0").first).to_be_visible()
    assert grid.get_by_role("row").count() < 60  # 100,000 rows, a few dozen in the DOM
    viewport = grid.locator(".slick-viewport").first
    viewport.evaluate("v => { v.scrollTop = v.scrollHeight; }")
    expect(grid.get_by_role("gridcell", name="99999", exact=True)).to_be_visible()
    expect(grid.get_by_role("gridcell", name="49999.5", exact=True)).to_be_visible()
    assert grid.get_by_role("row").count() < 60
    # Sorting 100,000 rows, descending: the last row comes first.
    grid.get_by_role("columnheader", name="n").click()
    grid.get_by_role("columnheader", name="n").click()
    viewport.evaluate("v => { v.scrollTop = 0; }")
    expect(grid.get_by_role("gridcell", name="99999", exact=True)).to_be_visible()



def test_show_hide_columns_leaves_an_unchecked_column_out_of_the_grid(open_app) -> None:
    """Streamlit 1.67's toolbar: Show/hide columns, Download as CSV, Search, Fullscreen; the menu has a
    checkbox per column, and an unchecked column leaves the grid until it is checked again."""
    page: Page = open_app("data_grid", GRID)
    grid = page.get_by_test_id("stDataFrame").first
    grid.hover()
    buttons = grid.get_by_test_id("stElementToolbar").get_by_role("button")
    expect(buttons.last).to_have_accessible_name("Fullscreen")
    assert buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))") == [
        "Show/hide columns", "Download as CSV", "Search", "Fullscreen"]
    expect(grid.get_by_role("columnheader", name="score")).to_be_visible()
    buttons.first.click()
    menu = page.get_by_test_id("stDataFrameColumnVisibilityMenu")
    menu.get_by_role("checkbox", name="score").uncheck()
    expect(grid.get_by_role("columnheader", name="score")).to_have_count(0)
    expect(grid.get_by_role("gridcell", name="cara")).to_be_visible()
    # The columns left fill the frame, as in Streamlit.
    frame = grid.locator(".slick-viewport").first.bounding_box()["width"]
    page.wait_for_function("([g, w]) => g.querySelector('.slick-header-column:not(.wl-marker)').getBoundingClientRect().width > w - 60",
                           arg=[grid.element_handle(), frame])
    expect(menu.get_by_role("checkbox", name="Select all")).to_have_attribute("aria-checked", "mixed")
    menu.get_by_role("checkbox", name="score").check()
    expect(grid.get_by_role("columnheader", name="score")).to_be_visible()
    expect(menu.get_by_role("checkbox", name="Select all")).to_be_checked()
    # "Select all" unchecked hides every column; checked again shows them all.
    menu.get_by_role("checkbox", name="Select all").uncheck()
    expect(grid.get_by_role("columnheader", name="name")).to_have_count(0)
    menu.get_by_role("checkbox", name="Select all").check()
    expect(grid.get_by_role("columnheader", name="name")).to_be_visible()
    expect(menu.get_by_role("checkbox")).to_have_count(3)  # Select all, name, score
    page.keyboard.press("Escape")
    expect(menu).to_have_count(0)


def test_a_headers_column_menu_sorts_pins_autosizes_and_hides_its_column(open_app) -> None:
    """Streamlit 1.67's column menu (stDataFrameColumnMenu): sort, pin, autosize, hide."""
    page: Page = open_app("data_grid", GRID)
    grid = page.get_by_test_id("stDataFrame").first
    names = grid.get_by_role("gridcell").filter(has_text=re.compile("^(cara|abe|bo)$"))

    def open_menu(column: str):
        header = grid.get_by_role("columnheader", name=column, exact=True)
        header.hover()
        header.locator(".wl-col-menu-button").click()
        menu = page.get_by_test_id("stDataFrameColumnMenu")
        expect(menu.get_by_role("menu", name="Dataframe column menu")).to_be_visible()
        return menu

    # A column's help shows on its header, as markdown, in 1.67's grid tooltip.
    grid.get_by_role("columnheader", name="score", exact=True).hover()
    tip = page.get_by_test_id("stDataFrameTooltipContent")
    expect(tip).to_have_text("Points won")
    expect(tip.locator("strong")).to_have_text("won")
    menu = open_menu("name")
    expect(tip).to_have_count(0)
    expect(menu.get_by_role("menuitem")).to_contain_text(["Sort ascending", "Sort descending", "Autosize", "Pin column", "Hide column"])
    expect(menu.get_by_role("menuitem", name="Format")).to_have_count(0)  # text: nothing to format
    expect(menu.get_by_role("button", name="Copy column name")).to_be_visible()
    expect(page.get_by_test_id("stDataFrameColumnMenuTarget")).to_have_count(1)
    menu.get_by_role("menuitem", name="Sort descending").click()
    expect(menu).to_have_count(0)
    expect(names).to_have_text(["cara", "bo", "abe"])
    open_menu("↓ name").get_by_role("menuitem", name="Sort ascending").click()
    expect(names).to_have_text(["abe", "bo", "cara"])
    # The direction it is sorted in already: unsorted again, as in 1.67.
    open_menu("↑ name").get_by_role("menuitem", name="Sort ascending").click()
    expect(names).to_have_text(["cara", "abe", "bo"])
    # Pinned: the column moves next to the index, and its menu offers to unpin it.
    headers = grid.get_by_role("columnheader")
    expect(headers.filter(has_text=re.compile("^(name|score)$"))).to_have_text(["name", "score"])
    open_menu("score").get_by_role("menuitem", name="Pin column").click()
    expect(headers.filter(has_text=re.compile("^(name|score)$"))).to_have_text(["score", "name"])
    open_menu("score").get_by_role("menuitem", name="Unpin column").click()
    expect(headers.filter(has_text=re.compile("^(name|score)$"))).to_have_text(["name", "score"])
    # Autosize: the stretched column as wide as its content.
    header = grid.get_by_role("columnheader", name="name", exact=True)
    assert header.bounding_box()["width"] > 300
    open_menu("name").get_by_role("menuitem", name="Autosize").click()
    page.wait_for_function("h => h.isConnected && h.getBoundingClientRect().width < 100", arg=header.element_handle())
    # Statistics: the column's figures, and its histogram.
    stats = open_menu("score").get_by_role("menuitem", name="Statistics")
    stats.hover()
    content = page.get_by_test_id("stDataFrameStatisticsMenu").get_by_test_id("stDataFrameStatisticsContent")
    metrics = content.get_by_test_id("stDataFrameStatisticsMetrics")
    expect(metrics).to_contain_text("Values3")
    expect(metrics).to_contain_text("Empty0 (0%)")
    expect(metrics).to_contain_text("Average2")
    expect(metrics).to_contain_text("Median2")
    expect(metrics).to_contain_text("Sum6")
    expect(content.get_by_test_id("stDataFrameStatisticsChart")).to_have_attribute("aria-label", "Distribution histogram")
    expect(content.get_by_test_id("stDataFrameStatisticsChart").locator("rect")).to_have_count(2)
    page.keyboard.press("Escape")
    open_menu("name").get_by_role("menuitem", name="Statistics").hover()
    chart = page.get_by_test_id("stDataFrameStatisticsChart")
    expect(chart).to_have_attribute("aria-label", re.compile("^Top values frequency chart: (cara|abe|bo): 1 \\(33.3%\\)"))
    expect(page.get_by_test_id("stDataFrameStatisticsMetrics")).to_contain_text("Distinct3")
    page.keyboard.press("Escape")
    # Format (numbers): the submenu's formats, Dollar applied to the cells.
    fmt = open_menu("score").get_by_role("menuitem", name="Format")
    fmt.hover()
    formats = page.get_by_test_id("stDataFrameColumnFormattingMenu")
    expect(formats.get_by_role("menuitem")).to_contain_text(["Automatic", "Localized", "Plain", "Compact", "Dollar", "Euro",
                                                            "Yen", "Percent", "Scientific", "Accounting"])
    formats.get_by_role("menuitem", name="Dollar").click()
    expect(grid.get_by_role("gridcell", name="$3.00")).to_be_visible()
    expect(formats).to_have_count(0)
    open_menu("score").get_by_role("menuitem", name="Format").hover()
    page.get_by_test_id("stDataFrameColumnFormattingMenu").get_by_role("menuitem", name="Automatic").click()
    expect(grid.get_by_role("gridcell", name="3", exact=True)).to_be_visible()
    # Escape closes it; Hide column takes the column out, and Show/hide columns brings it back.
    open_menu("name")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stDataFrameColumnMenu")).to_have_count(0)
    open_menu("name").get_by_role("menuitem", name="Hide column").click()
    expect(grid.get_by_role("columnheader", name="name", exact=True)).to_have_count(0)
    grid.hover()
    grid.get_by_role("button", name="Show/hide columns").click()
    page.get_by_test_id("stDataFrameColumnVisibilityMenu").get_by_role("checkbox", name="name").check()
    expect(grid.get_by_role("columnheader", name="name", exact=True)).to_be_visible()

def test_grid_search_filters_rows_and_csv_download_has_the_data(open_app) -> None:
    page: Page = open_app("data_grid", GRID)
    grid = page.get_by_test_id("stDataFrame").first
    grid.hover()
    grid.get_by_role("button", name="Search").click()
    grid.get_by_role("textbox", name="Search").fill("bo")
    expect(grid.get_by_role("gridcell", name="cara")).to_have_count(0)
    expect(grid.get_by_role("gridcell", name="bo", exact=True)).to_be_visible()
    grid.get_by_role("textbox", name="Search").press("Escape")
    expect(grid.get_by_role("gridcell", name="cara")).to_be_visible()
    grid.hover()
    with page.expect_download() as info:
        grid.get_by_role("button", name="Download as CSV").click()
    download = info.value
    assert download.suggested_filename.endswith("_export.csv")
    text = open(download.path(), encoding="utf-8-sig").read()
    assert text.splitlines() == ["name,score", "cara,3", "abe,1", "bo,2"]  # a list of dicts: no index


def test_grid_sits_in_a_full_screen_frame_that_its_toolbar_expands(open_app) -> None:
    """As in Streamlit 1.67, stFullScreenFrame wraps the grid (tests index frames across grids and
    charts), and the toolbar's last button expands that frame over the page and collapses it."""
    page: Page = open_app("data_grid", GRID)
    frame = page.get_by_test_id("stFullScreenFrame").first
    expect(frame.get_by_test_id("stDataFrame")).to_have_count(1)
    expect(page.get_by_test_id("stFullScreenFrame")).to_have_count(2)
    frame.hover()
    toolbar = frame.get_by_test_id("stElementToolbar")
    expect(toolbar).to_have_css("opacity", "1")
    toolbar.get_by_test_id("stElementToolbarButton").last.click()
    expect(frame).to_have_css("position", "fixed")
    viewport = page.viewport_size
    assert viewport is not None
    assert frame.bounding_box() == {"x": 0, "y": 0, "width": viewport["width"], "height": viewport["height"]}
    toolbar.get_by_role("button", name="Close fullscreen").click()
    expect(frame).not_to_have_css("position", "fixed")
    frame.hover()
    toolbar.get_by_role("button", name="Fullscreen").click()
    expect(frame).to_have_css("position", "fixed")
    page.keyboard.press("Escape")  # as Streamlit's frame
    expect(frame).not_to_have_css("position", "fixed")


def test_row_and_column_selections_land_under_the_key(open_app) -> None:
    page: Page = open_app("data_select", SELECT)
    grid = page.get_by_test_id("stDataFrame")
    state = page.get_by_text(re.compile("^state: "))
    expect(state).to_have_text("state: {'selection': {'rows': [], 'columns': [], 'cells': []}}")
    # The grid library replaces the plain preview cells; a click on the preview selects nothing
    # (a CI run under load clicked it and saw rows [2] only).
    expect(grid.locator(".wl-grid-preview")).to_have_count(0)
    # Streamlit's own e2e geometry: 35px header and rows, a 30px row marker column.
    grid.click(position={"x": 15, "y": 35 + 17})
    expect(state).to_have_text("state: {'selection': {'rows': [0], 'columns': [], 'cells': []}}")
    wait_idle(page)
    grid.click(position={"x": 15, "y": 3 * 35 + 17})
    expect(state).to_have_text("state: {'selection': {'rows': [0, 2], 'columns': [], 'cells': []}}")
    expect(page.get_by_text("rows: [0, 2]")).to_be_visible()
    grid.get_by_role("columnheader", name="col_1").click()
    wait_idle(page)
    grid.get_by_role("columnheader", name="col_3").click(modifiers=["Control"])
    expect(state).to_have_text("state: {'selection': {'rows': [0, 2], 'columns': ['col_1', 'col_3'], 'cells': []}}")
    grid.get_by_role("gridcell", name="11", exact=True).click()
    page.keyboard.press("Escape")
    expect(state).to_have_text("state: {'selection': {'rows': [], 'columns': [], 'cells': []}}")


def test_a_click_on_the_grids_preview_reaches_the_grid_once_it_is_drawn(browser, app_url) -> None:
    # Until the grid library has loaded, the table shows plain preview cells (with the row markers'
    # column). A click there is held and given to the grid at the same place once it is drawn.
    # (No service worker here: requests it answers never reach Playwright's routes.)
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        held: list = []  # the grid library's request, answered only after the click
        page.route(re.compile(r"/vendor/slickgrid(\.[0-9a-f]+)?\.mjs$"), lambda route: held.append(route))
        page.goto(app_url("data_select", SELECT))
        wait_ready(page)
        grid = page.get_by_test_id("stDataFrame")
        expect(grid.locator(".wl-grid-preview")).to_have_count(1)
        grid.click(position={"x": 15, "y": 2 * 35 + 17})  # the second row's marker, before the grid is there
        for _ in range(100):  # the route's callback runs while Playwright waits
            if held:
                break
            page.wait_for_timeout(50)
        assert held, "the page never asked for the grid library"
        expect(page.get_by_text(re.compile("^state: "))).to_contain_text("'rows': []")  # nothing yet
        held[0].continue_()
        expect(page.get_by_text(re.compile("^state: "))).to_have_text(
            "state: {'selection': {'rows': [1], 'columns': [], 'cells': []}}")
    finally:
        context.close()


BUTTONS = """
import streamlit as st
rows = [{"name": "cara", "view": "View"}, {"name": "abe", "view": "View"},
        {"name": "bo", "actions": ["Edit", "Delete"]}]
st.session_state.setdefault("log", [])
def on_view():
    st.session_state.log.append("view row %d" % st.session_state.view_click["row"])
st.dataframe(rows, key="buttons", column_config={
    "view": st.column_config.ButtonColumn("View", on_click=on_view, key="view_click"),
    "actions": st.column_config.ButtonColumn("Actions", type="tertiary", key="action_click"),
})
st.write("log: " + ", ".join(st.session_state.log))
st.write("action: " + str(st.session_state.action_click))
"""


def test_button_column_clicks_land_under_its_key_for_one_run(open_app) -> None:
    page: Page = open_app("data_buttons", BUTTONS)
    grid = page.get_by_test_id("stDataFrame")
    action = page.get_by_text(re.compile("^action: "))
    expect(action).to_have_text("action: None")
    # Sorted by name, "abe" is drawn first: the click still names its row in the data (1).
    grid.get_by_role("columnheader", name="name").click()
    grid.get_by_role("button", name="View").first.click()
    expect(page.get_by_text("log: view row 1")).to_be_visible()
    # A list of labels is one "more" button; its menu (1.67's button action menu) offers them.
    grid.get_by_role("button", name="More actions").click()
    menu = page.get_by_test_id("stDataFrameButtonActionMenu").get_by_role("menu", name="Button action menu")
    expect(menu.get_by_role("menuitem")).to_have_text(["Edit", "Delete"])
    expect(page.get_by_test_id("stDataFrameButtonActionMenuTarget")).to_have_count(1)
    menu.get_by_role("menuitem", name="Delete").click()
    expect(action).to_have_text("action: {'row': 2, 'label': 'Delete'}")
    expect(page.get_by_test_id("stDataFrameButtonActionMenu")).to_have_count(0)
    page.get_by_text("log: view row 1").click()  # no-op; a rerun from elsewhere resets the trigger
    page.keyboard.press("r")
    expect(action).to_have_text("action: None")


def test_data_editor_edits_land_in_session_state_and_survive_a_rerun(open_app) -> None:
    page: Page = open_app("data_editor", EDITOR)
    grid = page.get_by_test_id("stDataFrame").first
    state = page.get_by_text(re.compile("^state: "))
    grid.get_by_role("gridcell", name="4", exact=True).dblclick()
    page.keyboard.press("Control+A")
    page.keyboard.type("10")
    page.keyboard.press("Enter")
    expect(state).to_have_text("state: {'edited_rows': {0: {'count': 10}}, 'added_rows': [], 'deleted_rows': []}")
    expect(page.get_by_text("total: 12")).to_be_visible()
    page.get_by_role("button", name="Rerun").click()
    wait_idle(page)
    expect(grid.get_by_role("gridcell", name="10", exact=True)).to_be_visible()
    expect(state).to_have_text("state: {'edited_rows': {0: {'count': 10}}, 'added_rows': [], 'deleted_rows': []}")
    # A checkbox cell toggles on click.
    grid.get_by_role("checkbox").filter(has=page.locator(".wl-checkbox")).first.click()
    expect(state).to_contain_text("0: {'count': 10, 'fresh': False}")
    # Add a row from the toolbar, delete the second row with its marker.
    grid.hover()
    grid.get_by_role("button", name="Add row").click()
    expect(state).to_contain_text("'added_rows': [{}]")
    wait_idle(page)
    # Row markers show on hover, as in Streamlit.
    second = grid.locator(".slick-row").nth(1)
    second.hover()
    second.get_by_role("checkbox", name="Select row").click()
    grid.hover()
    grid.get_by_role("button", name="Delete row(s)").click()
    expect(state).to_contain_text("'deleted_rows': [1]")
    expect(page.get_by_text("total: 10")).to_be_visible()


def test_data_editor_edits_in_a_form_wait_for_submit(open_app) -> None:
    page: Page = open_app("data_editor", EDITOR)
    formed = page.get_by_test_id("stDataFrame").nth(1)
    formed.get_by_role("gridcell", name="2", exact=True).dblclick()
    page.keyboard.press("Control+A")
    page.keyboard.type("5")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Rerun").click()
    wait_idle(page)
    expect(page.get_by_text("formed: {}")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("formed: {1: {'x': 5}}")).to_be_visible()


def test_table_renders_markdown_cells_and_json_opens_to_its_depth(open_app) -> None:
    page: Page = open_app("data_show", SHOW)
    first, second, third = page.get_by_test_id("stTable").all()
    expect(first.locator("th strong")).to_have_text("bold")
    expect(first.locator("td em")).to_have_text("a")
    expect(first.locator("tbody th")).to_have_count(0)  # a range index is hidden
    expect(second.locator("thead")).to_have_count(0)  # a list of rows has no header
    expect(second).to_have_attribute("data-border", "horizontal")
    # A material icon in an index cell is drawn with the icon font (one glyph), not as its name.
    icon = third.locator("tbody th").first.get_by_role("img", name="folder icon")
    expect(icon).to_have_text("folder")
    page.wait_for_function("el => el.getBoundingClientRect().width < 1.5 * parseFloat(getComputedStyle(el).fontSize)",
                           arg=icon.element_handle())
    expect(third.locator("tbody td a")).to_have_text("github")
    tree = page.get_by_test_id("stJson")
    expect(tree.get_by_text('"inner"')).to_be_visible()
    expect(tree.get_by_text('"deep"')).to_have_count(0)  # opened to depth 2: "inner" is closed
    tree.get_by_text('"inner"').locator("xpath=..").get_by_role("button", name="Toggle").click()
    expect(tree.get_by_text('"deep"')).to_be_visible()


def test_data_editor_with_on_change_ignore_sends_edits_with_the_next_run(open_app) -> None:
    page: Page = open_app("data_editor", EDITOR)
    quiet = page.get_by_test_id("stDataFrame").nth(2)
    line = page.get_by_text(re.compile("^quiet: "))
    expect(line).to_have_text("quiet: {} after 1 runs")
    quiet.get_by_role("gridcell", name="7", exact=True).dblclick()
    page.keyboard.press("Control+A")
    page.keyboard.type("8")
    page.keyboard.press("Enter")
    expect(quiet.get_by_role("gridcell", name="8", exact=True)).to_be_visible()
    expect(line).to_have_text("quiet: {} after 1 runs")  # no run of its own
    page.get_by_role("button", name="Rerun").click()
    expect(line).to_have_text("quiet: {0: {'q': 8}} after 2 runs")


DURATIONS = """
import datetime as dt
import streamlit as st
spans = [dt.timedelta(seconds=5), dt.timedelta(hours=2), dt.timedelta(days=1, hours=2), dt.timedelta(seconds=1.5)]
st.table({"span": spans})
st.dataframe({"span": spans, "clock": spans, "secs": [5, 7200, 93600, 1.5]}, hide_index=True, column_config={
    "clock": st.column_config.NumberColumn(format="compact"),
    "secs": st.column_config.NumberColumn(format="duration")})
"""


def test_durations_show_humanized_or_as_a_clock_as_in_1_67(open_app) -> None:
    """A timedelta is humanized by default (moment's words, Streamlit 1.67), a clock with
    "compact"; a number column with format="duration" humanizes its seconds."""
    page: Page = open_app("durations", DURATIONS)
    expect(page.get_by_test_id("stTable").locator("tbody td")).to_have_text(
        ["a few seconds", "2 hours", "a day", "a few seconds"])
    grid = page.get_by_test_id("stDataFrame")
    cells = grid.get_by_role("gridcell")
    expect(cells).to_have_count(12)
    texts = cells.all_inner_texts()
    assert texts[0::3] == ["a few seconds", "2 hours", "a day", "a few seconds"]
    assert texts[1::3] == ["00:00:05", "02:00:00", "26:00:00", "00:00:01.5"]
    assert texts[2::3] == ["a few seconds", "2 hours", "a day", "a few seconds"]
    # Humanized durations are words, left-aligned; the clock is a number, right-aligned (as 1.67).
    aligns = cells.evaluate_all("cs => cs.slice(0, 3).map(c => getComputedStyle(c.firstElementChild || c).textAlign)")
    assert aligns[0] in ("left", "start") and aligns[2] in ("left", "start") and aligns[1] in ("right", "end"), aligns
    # The header's menu offers Duration among the number formats, as 1.67 does.
    header = grid.get_by_role("columnheader", name="secs", exact=True)
    header.hover()
    header.locator(".wl-col-menu-button").click()
    page.get_by_test_id("stDataFrameColumnMenu").get_by_role("menuitem", name="Format").hover()
    expect(page.get_by_role("menuitem", name=re.compile("Duration"))).to_be_visible()


SPARKLINES = """
import streamlit as st
trend = {"views": [[0, 4, 26, 80, 100, 40], [80, 20, 80, 35, 40, 10]]}
st.dataframe(trend, column_config={"views": st.column_config.LineChartColumn(y_min=0, y_max=100)}, key="plain")
st.dataframe(trend, column_config={"views": st.column_config.AreaChartColumn(color="auto")}, key="auto")
st.dataframe({"tags": [["alpha", "beta", "gamma"], ["c"]], "n": [1, 2]}, key="chips", width="content")
"""


def test_chart_columns_draw_smoothed_lines_in_the_primary_colour_unless_told_otherwise(open_app) -> None:
    """1.67's LineChartColumn: no colour is the primary colour (not green/red), the line is a
    B-spline from the first to the last value, over a faint zero line; "auto" colours by trend."""
    page: Page = open_app("sparklines", SPARKLINES)
    plain, auto = page.get_by_test_id("stDataFrame").nth(0), page.get_by_test_id("stDataFrame").nth(1)
    expect(plain.locator("svg.wl-spark")).to_have_count(2)
    expect(auto.locator("svg.wl-spark")).to_have_count(2)
    primary = page.evaluate("getComputedStyle(document.querySelector('.stApp')).getPropertyValue('--primary').trim()")
    strokes = plain.locator("svg.wl-spark path").evaluate_all("ps => ps.map(p => getComputedStyle(p).stroke)")
    rgb = page.evaluate("c => { const d = document.createElement('div'); d.style.color = c; document.body.append(d);"
                        " const v = getComputedStyle(d).color; d.remove(); return v; }", primary)
    assert strokes == [rgb, rgb], (strokes, rgb)
    d = plain.locator("svg.wl-spark path").first.get_attribute("d") or ""
    assert d.startswith("M0.00,24.00") and "C" in d and d.endswith("L100.00,14.40"), d  # from 0 to 40, smoothed between
    expect(plain.locator("svg.wl-spark line.wl-spark-axis")).to_have_count(2)
    # "auto": the first series ends higher than it starts (green), the second lower (red).
    fills = auto.locator("svg.wl-spark stop").evaluate_all("ss => ss.map(s => s.style.stopColor)")
    assert fills == ["var(--green)"] * 2 + ["var(--red)"] * 2, fills  # the area's gradient, from top to foot
    # A list column is as wide as its chips (glide measures bubbles so), none cut off.
    chips = page.get_by_test_id("stDataFrame").nth(2).locator(".wl-cell-chip")
    expect(chips).to_have_count(4)
    cell = chips.nth(2).locator("xpath=ancestor::*[@role='gridcell'][1]")
    assert chips.nth(2).bounding_box()["x"] + chips.nth(2).bounding_box()["width"] <= (
        cell.bounding_box()["x"] + cell.bounding_box()["width"])
