"""Charts in Chromium: every chart command draws marks, a selection lands in
session state, a filter redraws a chart in place, the theme follows the page,
and an app without charts loads no chart library. Plain Python data only
(pandas cannot load in the browser here); examples/charts.py is the fixture."""

from __future__ import annotations

import io
import json
import re
import textwrap
from collections.abc import Callable

from PIL import Image
from playwright.sync_api import Locator, Page, expect

from .conftest import wait_idle
from .test_renderer import apply, fixture, node  # noqa: F401 (fixture: the renderer-only page)

CHART_TIMEOUT_MS = 60_000
CHART_LIBRARIES = re.compile(r"vega|plotly|graphviz|echarts|deck\.gl|charts\.[0-9a-f]+\.css")


def _vega(page: Page, index: int):  # type: ignore[no-untyped-def]
    chart = page.get_by_test_id("stVegaLiteChart").nth(index)
    expect(chart.locator("svg.marks")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    return chart


def _legend_colors(chart) -> list[str]:  # type: ignore[no-untyped-def]
    """The legend's symbol colours, in the legend's order (cos, sin)."""
    return chart.locator("g.role-legend-symbol path").evaluate_all(  # type: ignore[no-any-return]
        "ps => ps.map(p => p.getAttribute('stroke') || p.getAttribute('fill'))")


def test_line_area_bar_and_scatter_charts_draw_their_marks(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    line, area, bar, scatter = (_vega(page, i) for i in range(4))
    expect(line.locator("g.mark-line path")).to_have_count(2)  # one line per column (sin, cos)
    expect(area.locator("g.mark-area path")).to_have_count(2)
    expect(bar.locator("g.mark-rect.role-mark path")).to_have_count(6)  # 3 fruits x 2 regions, stacked
    expect(scatter.locator("g.mark-symbol.role-mark path")).to_have_count(6)
    # Streamlit's look: no title, the legend at the bottom with the series names, the category palette.
    expect(line.locator("g.role-title")).to_have_count(0)
    expect(line.locator("g.role-legend-label text")).to_have_text(["cos", "sin"])
    assert _legend_colors(line) == ["#0068c9", "#83c9ff"]
    strokes = line.locator("g.mark-line path").evaluate_all("ps => ps.map(p => p.getAttribute('stroke'))")
    assert sorted(strokes) == ["#0068c9", "#83c9ff"]
    # The line chart's transparent hover points carry no ARIA labels; the scatter's visible points do.
    hover_points = line.locator("g.mark-symbol.role-mark path")
    expect(hover_points).to_have_count(120)
    assert hover_points.evaluate_all("ps => ps.filter(p => p.hasAttribute('aria-label')).length") == 0
    assert scatter.locator("g.mark-symbol.role-mark path").first.get_attribute("aria-label")


def test_point_selection_lands_in_session_state_and_the_return_value(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    chart = _vega(page, 4)
    expect(page.get_by_text("Picked: nothing yet")).to_be_visible()
    bars = chart.locator("g.mark-rect path")
    expect(bars).to_have_count(3)
    bars.first.click(force=True)  # apples
    expect(page.get_by_text("Picked: apples")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("In session state: True")).to_be_visible()


def test_a_filter_change_redraws_the_chart_in_place(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    line = _vega(page, 0)
    svg = line.locator("svg.marks")
    svg.evaluate("el => { el.__sameView = true; }")
    before = line.locator("g.mark-line path").first.get_attribute("d")
    slider = page.get_by_role("slider").first
    slider.focus()
    page.keyboard.press("End")
    expect(page.get_by_test_id("stSlider").first).to_contain_text("200")
    wait_idle(page)
    expect(line.locator("g.mark-line path").first).not_to_have_attribute("d", before or "", timeout=CHART_TIMEOUT_MS)
    assert svg.evaluate("el => el.__sameView === true"), "the chart was drawn again instead of updated in place"
    assert line.locator("g.mark-line path").first.evaluate("p => p.getBBox().width") > 0


def test_graphviz_chart_draws_its_nodes_and_edges(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    graph = page.get_by_test_id("stGraphVizChart")
    expect(graph.locator("svg g.node")).to_have_count(3, timeout=CHART_TIMEOUT_MS)
    expect(graph.locator("svg g.edge")).to_have_count(2)
    expect(graph.locator("svg g.node text")).to_have_text(["data", "chart", "insight"])


#: Where deck.gl drew a position (page pixels), and what it picks there (deck.gl's own picking).
PROJECT = """([box, lon, lat]) => {
  const deck = box.__deck, r = box.getBoundingClientRect();
  const [x, y] = deck.getViewports()[0].project([lon, lat]);
  const hit = deck.pickObject({ x, y, radius: 2 });
  return { x: r.left + x, y: r.top + y, picked: hit ? hit.object : null, layer: hit ? hit.layer.id : null };
}"""


def _deck_ready(chart) -> None:  # type: ignore[no-untyped-def]
    chart.locator(".wl-map canvas").wait_for(timeout=CHART_TIMEOUT_MS)
    chart.page.wait_for_function("(box) => box.__deck && box.__deck.isInitialized && box.__deck.getViewports().length > 0",
                                 arg=chart.locator(".wl-map").element_handle(), timeout=CHART_TIMEOUT_MS)


def test_map_draws_its_points_with_deck_gl_and_says_tiles_need_the_network(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    chart = page.get_by_test_id("stDeckGlJsonChart")
    _deck_ready(chart)
    box = chart.locator(".wl-map").element_handle()
    chart.scroll_into_view_if_needed()
    # Berlin is drawn where deck.gl projects it, in the theme's primary at alpha 160 (1.67's st.map).
    fill = page.evaluate("(box) => box.__deck.props.layers[0].props.getFillColor", box)
    assert fill == [197, 57, 72, 160]
    spot = page.evaluate(PROJECT, [box, 13.40, 52.52])
    shot = Image.open(io.BytesIO(page.screenshot(clip={"x": spot["x"] - 1, "y": spot["y"] - 1, "width": 3, "height": 3})))
    r, g, b = shot.convert("RGB").getpixel((1, 1))
    assert r > g + 50 and r > b + 50, (r, g, b)
    expect(chart.get_by_test_id("stDeckGlJsonChartNotice")).to_contain_text("Map tiles need the network")
    # 1.67's zoom buttons (Mapbox's, there) zoom the view.
    zoom = page.evaluate("(box) => box.__deck.props.viewState.zoom", box)
    chart.get_by_test_id("stDeckGlJsonChartZoomButton").get_by_role("button", name="Zoom In").click()
    assert page.evaluate("(box) => box.__deck.props.viewState.zoom", box) == zoom + 1


def test_a_hexagon_layer_aggregates_and_tooltips_fill_their_fields(open_app: Callable[..., Page]) -> None:
    """The docs' st.pydeck_chart example draws a HexagonLayer beside its points (every deck.gl layer works)."""
    page = open_app("pydeck_hexagons", """
        import json
        import streamlit as st
        rows = [{"lat": 37.76 + i * 0.0004, "lon": -122.4 + (i % 7) * 0.0004, "n": i} for i in range(60)]
        spec = {
            "initialViewState": {"latitude": 37.77, "longitude": -122.398, "zoom": 13, "pitch": 0},
            "layers": [{"@@type": "HexagonLayer", "id": "hex", "data": rows, "getPosition": "@@=[lon, lat]",
                        "radius": 200, "pickable": True},
                       {"@@type": "ScatterplotLayer", "id": "pts", "data": rows, "getPosition": "@@=[lon, lat]",
                        "getFillColor": [200, 30, 0, 160], "getRadius": 20, "pickable": True}],
        }

        class Deck:  # what st.pydeck_chart reads of a pydeck.Deck (pydeck needs numpy: not in this browser)
            _tooltip = {"text": "n = {n}"}

            def to_json(self):
                return json.dumps(spec)

        st.pydeck_chart(Deck())
    """)
    chart = page.get_by_test_id("stDeckGlJsonChart")
    _deck_ready(chart)
    box = chart.locator(".wl-map").element_handle()
    # The hexagons are drawn by the layer's own column sublayer, under the points.
    cells = page.evaluate("(box) => box.__deck.props.layers[0].getSubLayers().map((l) => l.id)", box)
    assert cells == ["hex-cells"], cells
    spot = page.evaluate(PROJECT, [box, -122.4 + 3 * 0.0004, 37.76 + 3 * 0.0004])
    assert spot["layer"] == "pts" and spot["picked"]["n"] == 3, spot
    page.mouse.move(spot["x"], spot["y"])
    expect(chart.locator(".deck-tooltip")).to_have_text("n = 3", timeout=CHART_TIMEOUT_MS)


#: Three cities in a pydeck spec, as a script's first lines (``deck``).
CITIES_DECK = """
    import streamlit as st
    deck = {"initialViewState": {"latitude": 50, "longitude": 10, "zoom": 3},
            "layers": [{"@@type": "ScatterplotLayer", "id": "cities", "getPosition": "@@=[lon, lat]", "getRadius": 40000,
                        "getFillColor": [0, 0, 255],
                        "data": [{"name": "Bern", "lon": 7.4, "lat": 46.9}, {"name": "Oslo", "lon": 10.7, "lat": 59.9},
                                 {"name": "Rome", "lon": 12.5, "lat": 41.9}]}]}
"""


def test_pydeck_objects_select_as_deck_gl_picks_them(open_app: Callable[..., Page]) -> None:
    page = open_app("pydeck_selection", textwrap.dedent(CITIES_DECK) + textwrap.dedent("""
        event = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="map")
        st.text(f"indices: {event.selection.indices}")
        st.text(f"names: {[o['name'] for o in st.session_state.map.selection.objects.get('cities', [])]}")
    """))
    chart = page.get_by_test_id("stDeckGlJsonChart")
    _deck_ready(chart)
    box = chart.locator(".wl-map").element_handle()
    expect(page.get_by_text("indices: {}")).to_be_visible()

    def click(lon: float, lat: float) -> None:
        spot = page.evaluate(PROJECT, [box, lon, lat])
        page.mouse.click(spot["x"], spot["y"])

    click(10.7, 59.9)  # every layer is pickable once the chart selects (none said otherwise)
    expect(page.get_by_text("indices: {'cities': [1]}")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("names: ['Oslo']")).to_be_visible()
    click(12.5, 41.9)  # multi-object: a second point joins
    expect(page.get_by_text("indices: {'cities': [1, 2]}")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    # Objects outside the selection fade to 40 %, the chosen ones are opaque.
    colours = page.evaluate("""(box) => { const l = box.__deck.props.layers[0];
      return l.props.data.map((d, index) => l.props.getFillColor(d, { index })); }""", box)
    assert colours == [[0, 0, 255, 102], [0, 0, 255, 255], [0, 0, 255, 255]]
    click(10.7, 59.9)  # a click on a chosen one takes it out
    expect(page.get_by_text("names: ['Rome']")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    click(25, 45)  # and a click on nothing clears
    expect(page.get_by_text("indices: {}")).to_be_visible(timeout=CHART_TIMEOUT_MS)


def test_pydeck_selections_in_a_form_stay_drawn_until_a_clearing_submit(open_app: Callable[..., Page]) -> None:
    page = open_app("pydeck_form", textwrap.dedent(CITIES_DECK) + textwrap.dedent("""
        with st.form("pick", clear_on_submit=True):
            event = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="map")
            st.form_submit_button("Send")
        st.text(f"indices: {event.selection.indices}")
    """))
    chart = page.get_by_test_id("stDeckGlJsonChart")
    _deck_ready(chart)
    box = chart.locator(".wl-map").element_handle()
    fills = """(box) => { const l = box.__deck.props.layers[0];
      return l.props.data.map((d, index) => typeof l.props.getFillColor === "function" ? l.props.getFillColor(d, { index }) : l.props.getFillColor); }"""

    def click(lon: float, lat: float) -> None:
        spot = page.evaluate(PROJECT, [box, lon, lat])
        page.mouse.click(spot["x"], spot["y"])

    # Staged in the form: no run, but the selection is drawn, and a second click adds to it.
    click(10.7, 59.9)
    page.wait_for_function(f"(box) => JSON.stringify(({fills})(box)[1]) === '[0,0,255,255]' && ({fills})(box)[0][3] === 102", arg=box)
    click(12.5, 41.9)
    page.wait_for_function(f"(box) => ({fills})(box)[2][3] === 255", arg=box)
    expect(page.get_by_text("indices: {}")).to_be_visible()

    # The submitting run sees both; the form then shows its default: nothing selected, nothing faded.
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("indices: {'cities': [1, 2]}")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    wait_idle(page)
    page.wait_for_function(f"(box) => ({fills})(box).every((c) => c.length < 4 || c[3] === 255)", arg=box)


def test_map_without_webgl2_draws_its_points_on_a_plain_projection(page: Page, open_app: Callable[..., Page]) -> None:
    page.add_init_script("""(() => { const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === "webgl2" ? null : get.call(this, kind, ...rest); }; })()""")
    page = open_app("charts")
    chart = page.get_by_test_id("stDeckGlJsonChart")
    expect(chart.locator("svg g.mark-symbol.role-mark path")).to_have_count(4, timeout=CHART_TIMEOUT_MS)
    expect(chart.get_by_test_id("stDeckGlJsonChartNotice")).to_contain_text("no WebGL 2")


def test_metric_sparkline_and_border(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    metric = page.get_by_test_id("stMetric").first
    expect(metric.get_by_test_id("stMetricChart").locator("svg g.mark-line path")).to_have_count(1, timeout=CHART_TIMEOUT_MS)
    assert metric.evaluate("el => getComputedStyle(el).borderTopStyle") == "solid"


METRIC_DELTAS_APP = """
import streamlit as st
st.metric("Revenue", 1234.5, 0.25, format="dollar")
st.metric("Flat", 10, 0)
st.metric("Named", 10, -3, delta_color="blue")
st.metric("Forced", 10, 5, delta_arrow="down")
st.metric("Sized", 1, border=True, width=200, height=150)
"""


def test_metric_delta_colours_arrows_and_number_format(open_app: Callable[..., Page]) -> None:
    page = open_app("metric_deltas", METRIC_DELTAS_APP)
    revenue, flat, named, forced = (page.get_by_test_id("stMetric").nth(i) for i in range(4))
    # format applies to a numeric value and delta, as 1.67's metric does.
    expect(revenue.get_by_test_id("stMetricValue")).to_have_text("$1,234.50")
    expect(revenue.get_by_test_id("stMetricDelta")).to_have_text("$0.25")
    expect(revenue.get_by_test_id("stMetricDeltaIcon-Up")).to_have_count(1)
    # A zero delta is gray and has no arrow.
    expect(flat.get_by_test_id("stMetricDelta")).to_have_text("0")
    expect(flat.locator('[data-testid^="stMetricDeltaIcon"]')).to_have_count(0)
    colors = {name: m.get_by_test_id("stMetricDelta").evaluate("el => getComputedStyle(el).color")
              for name, m in (("revenue", revenue), ("flat", flat), ("named", named))}
    assert colors == {"revenue": "rgb(12, 90, 68)", "flat": "rgb(104, 98, 85)", "named": "rgb(36, 79, 180)"}
    expect(named.get_by_test_id("stMetricDeltaIcon-Down")).to_have_count(1)
    # delta_arrow overrides the delta's own direction.
    expect(forced.get_by_test_id("stMetricDeltaIcon-Down")).to_have_count(1)
    # width and height in pixels, as 1.67 lays them out.
    box = page.get_by_test_id("stMetric").nth(4).bounding_box()
    assert box is not None and (round(box["width"]), round(box["height"])) == (200, 150)


def test_chart_colours_follow_the_dark_theme(open_app: Callable[..., Page]) -> None:
    page = open_app("charts")
    svg = _vega(page, 0).locator("svg.marks")
    expect(svg).to_have_css("background-color", "rgb(255, 255, 255)")
    page.emulate_media(color_scheme="dark")
    # The chart takes the app's own dark background (the theme's, Streamlit 1.67's).
    dark_bg = page.get_by_test_id("stApp").evaluate("el => getComputedStyle(el).backgroundColor")
    assert dark_bg not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
    expect(_vega(page, 0).locator("svg.marks")).to_have_css("background-color", dark_bg, timeout=CHART_TIMEOUT_MS)
    assert _legend_colors(_vega(page, 0)) == ["#83c9ff", "#0068c9"]  # Streamlit's dark palette starts light


def test_vega_lite_chart_with_many_points_draws_on_a_canvas(open_app: Callable[..., Page]) -> None:
    page = open_app("many_points", """
        import streamlit as st
        st.scatter_chart({"x": list(range(2500)), "y": [i % 97 for i in range(2500)]}, x="x", y="y")
        st.vega_lite_chart({"a": [1, 2, 3], "b": [2, 1, 3]}, {"mark": "point", "encoding": {
            "x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}})
    """)
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts.nth(0).locator("canvas.marks")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(charts.nth(1).locator("svg.marks g.mark-symbol.role-mark path")).to_have_count(3, timeout=CHART_TIMEOUT_MS)


def test_plotly_and_echarts_charts_draw(open_app: Callable[..., Page]) -> None:
    page = open_app("plotly_echarts", """
        import streamlit as st
        st.plotly_chart({"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [3, 1, 2]}]})
        st.echarts_chart({"xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {"type": "value"},
                          "series": [{"type": "line", "data": [1, 3]}]}, renderer="svg")
    """)
    plotly = page.get_by_test_id("stPlotlyChart")
    expect(plotly.locator("svg.main-svg").first).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(plotly.locator("g.trace.bars g.point")).to_have_count(3)
    echarts = page.get_by_test_id("stEChartsChart")
    expect(echarts.locator("svg path").first).to_be_attached(timeout=CHART_TIMEOUT_MS)


PLOTLY_SELECTIONS = """
    import streamlit as st
    fig = {"data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3], "y": [1, 3, 2],
                     "legendgroup": "fruit", "marker": {"size": 14}}],
           "layout": {"xaxis": {"range": [0, 4]}, "yaxis": {"range": [0, 4]}}}
    event = st.plotly_chart(fig, key="pts", on_select="rerun", width=500, height=400)
    st.text(f"indices: {st.session_state.pts.selection.point_indices}")
    st.text(f"points: {[(p['x'], p['y'], p['curve_number'], p.get('legendgroup')) for p in event.selection.points]}")
    st.text(f"boxes: {len(event.selection.box)}")
    st.text(f"runs: {st.session_state.setdefault('runs', 0) + 1}")
    st.session_state.runs += 1
"""


def test_plotly_figures_get_streamlits_theme_or_plotlys_own(open_app: Callable[..., Page]) -> None:
    page = open_app("plotly_theme", """
        import streamlit as st
        st.set_page_config(layout="wide")
        bars = [{"type": "bar", "x": ["a", "b"], "y": [1, 2]}, {"type": "bar", "x": ["a", "b"], "y": [2, 1]}]
        st.plotly_chart(bars)
        st.plotly_chart(bars, theme=None)
        st.plotly_chart(bars, width="content")
    """)
    themed, plain = (page.get_by_test_id("stPlotlyChart").nth(i) for i in range(2))
    fills = "ps => ps.map(p => getComputedStyle(p).fill)"
    expect(themed.locator("g.trace.bars path")).to_have_count(4, timeout=CHART_TIMEOUT_MS)
    expect(plain.locator("g.trace.bars path")).to_have_count(4, timeout=CHART_TIMEOUT_MS)
    # The template's placeholder colours become Streamlit's categorical colours, or Plotly's own.
    assert sorted(set(themed.locator("g.trace.bars path").evaluate_all(fills))) == ["rgb(0, 104, 201)", "rgb(131, 201, 255)"]
    assert sorted(set(plain.locator("g.trace.bars path").evaluate_all(fills))) == ["rgb(239, 85, 59)", "rgb(99, 110, 250)"]
    # Streamlit's layout: no vertical grid lines, horizontal ones in its grey, no side margins.
    expect(themed.locator("path.xgrid")).to_have_count(0)
    assert themed.locator("path.ygrid").first.evaluate("p => getComputedStyle(p).stroke") == "rgb(230, 234, 241)"
    # width="content": the figure's width, else Plotly's default 700 px (the wide column is wider).
    content = page.get_by_test_id("stPlotlyChart").nth(2).locator("svg.main-svg").first
    expect(content).to_have_attribute("width", "700", timeout=CHART_TIMEOUT_MS)
    assert themed.locator("svg.main-svg").first.evaluate("s => s.getBoundingClientRect().width") > 800
    left = themed.locator("rect.nsewdrag").first.evaluate("r => r.getBoundingClientRect().left - r.closest('.stPlotlyChart').getBoundingClientRect().left")
    assert left < 40, left


def _plotly_point(page: Page, index: int) -> tuple[float, float]:
    """The page position of the plot's point `index` (its marker's centre)."""
    box = page.get_by_test_id("stPlotlyChart").locator("g.trace.scatter path.point").nth(index).bounding_box()
    assert box
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_plotly_selections_land_in_session_state_as_streamlit_sends_them(open_app: Callable[..., Page]) -> None:
    page = open_app("plotly_selections", PLOTLY_SELECTIONS)
    chart = page.get_by_test_id("stPlotlyChart")
    expect(chart.locator("g.trace.scatter path.point")).to_have_count(3, timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("indices: []")).to_be_visible()
    # As Streamlit's modebar with every selection mode: box and lasso tools are there.
    expect(chart.locator(".modebar-btn[data-attr='dragmode'][data-val='select']")).to_have_count(1)
    expect(chart.locator(".modebar-btn[data-attr='dragmode'][data-val='lasso']")).to_have_count(1)

    # A click selects the nearest point (clickmode event+select): its index, x, y, trace and legend group.
    page.mouse.click(*_plotly_point(page, 1))
    expect(page.get_by_text("indices: [1]")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("points: [(2, 3, 0, 'fruit')]")).to_be_visible()
    expect(page.get_by_text("boxes: 0")).to_be_visible()
    # The rerun leaves the selection drawn: the other points stay dimmed.
    wait_idle(page)
    opacities = chart.locator("g.trace.scatter path.point").evaluate_all(
        "ps => ps.map(p => getComputedStyle(p).opacity)")
    assert opacities[1] == "1" and opacities[0] != "1", opacities

    # A box around the first two points.
    chart.locator(".modebar-btn[data-attr='dragmode'][data-val='select']").click()
    (x0, y0), (x1, y1) = (_plotly_point(page, i) for i in range(2))
    page.mouse.move(x0 - 20, y0 + 20)
    page.mouse.down()
    page.mouse.move(x1 + 20, y1 - 20, steps=10)
    page.mouse.up()
    expect(page.get_by_text("indices: [0, 1]")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("boxes: 1")).to_be_visible()

    # A double click clears the selection. Plotly counts a press within its doubleClickDelay
    # (300 ms) of the previous one (the box's) as a second click: a user's double click comes
    # later than that, and so does this one.
    wait_idle(page)
    page.wait_for_timeout(400)
    page.mouse.dblclick(x1 + 40, y0)
    expect(page.get_by_text("indices: []")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("boxes: 0")).to_be_visible()


PLOTLY_IN_A_FORM = """
    import streamlit as st
    fig = {"data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3], "y": [1, 3, 2], "marker": {"size": 14}}],
           "layout": {"xaxis": {"range": [0, 4]}, "yaxis": {"range": [0, 4]}}}
    with st.form("pick", clear_on_submit=True):
        event = st.plotly_chart(fig, key="pts", on_select="rerun", selection_mode="points", width=500, height=400)
        st.form_submit_button("Send")
    st.text(f"indices: {event.selection.point_indices}")
"""


def test_a_forms_clear_on_submit_takes_the_drawn_plotly_selection_off(open_app: Callable[..., Page]) -> None:
    page = open_app("plotly_in_a_form", PLOTLY_IN_A_FORM)
    chart = page.get_by_test_id("stPlotlyChart")
    points = chart.locator("g.trace.scatter path.point")
    expect(points).to_have_count(3, timeout=CHART_TIMEOUT_MS)
    opacities = "ps => ps.map(p => getComputedStyle(p).opacity)"

    # In a form the click is staged: no run, but the selection is drawn (the other points dimmed).
    page.mouse.click(*_plotly_point(page, 1))
    page.wait_for_function("() => [...document.querySelectorAll('g.trace.scatter path.point')]"
                           ".some(p => getComputedStyle(p).opacity !== '1')")
    expect(page.get_by_text("indices: []")).to_be_visible()

    # The submitting run sees the selection; the form then shows its default: no selection drawn.
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("indices: [1]")).to_be_visible(timeout=CHART_TIMEOUT_MS)
    wait_idle(page)
    page.wait_for_function("() => [...document.querySelectorAll('g.trace.scatter path.point')]"
                           ".every(p => getComputedStyle(p).opacity === '1')")
    assert points.evaluate_all(opacities) == ["1", "1", "1"]


def test_an_app_without_charts_loads_no_chart_library(page: Page, app_url: Callable[..., str]) -> None:
    url = app_url("no_charts", "import streamlit as st\nst.title('Plain')\nst.button('Go')\n")
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=90_000)
    page.get_by_role("button", name="Go").click()
    wait_idle(page)
    assert [u for u in fetched if "/vendor/" in u and CHART_LIBRARIES.search(u.rsplit("/", 1)[-1])] == []
    preloads = page.locator("link[rel=modulepreload]").evaluate_all("ls => ls.map(l => l.href)")
    assert preloads and not [u for u in preloads if "vendor/" in u and CHART_LIBRARIES.search(u)]


def test_a_chart_that_cannot_be_drawn_says_so_and_the_app_goes_on(open_app: Callable[..., Page]) -> None:
    page = open_app("bad_spec", """
        import streamlit as st
        st.vega_lite_chart({"a": [1]}, {"mark": "no-such-mark"})
        st.text("after the chart")
    """)
    expect(page.get_by_test_id("stChartError")).to_contain_text("could not be drawn", timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_text("after the chart")).to_be_visible()


def test_data_that_changes_the_axis_range_relabels_the_axis(open_app: Callable[..., Page]) -> None:
    page = open_app("axis_range", """
        import streamlit as st
        st.session_state.setdefault("k", 1)
        if st.button("Grow"):
            st.session_state.k *= 1000000
        st.line_chart({"y": [i * st.session_state.k for i in range(10)]})
    """)
    labels = _vega(page, 0).locator("g.role-axis[aria-label^='Y-axis'] g.role-axis-label text")
    expect(labels.filter(has_text=re.compile(r"^8$"))).to_have_count(1)
    page.get_by_role("button", name="Grow").click()
    expect(labels.filter(has_text="8,000,000")).to_have_count(1, timeout=CHART_TIMEOUT_MS)


def _marks_size(chart) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    box = chart.locator("svg.marks, canvas.marks").first.bounding_box()
    assert box is not None
    return box["width"], box["height"]


def test_the_toolbar_expands_a_chart_to_fill_the_viewport_and_collapses_it(open_app: Callable[..., Page]) -> None:
    """Streamlit's e2e helper: hover shows the toolbar, its last button (Fullscreen) expands the
    frame over the page and the chart redraws at that size; a second click, or Escape, restores it."""
    page = open_app("chart_fullscreen", """
        import streamlit as st
        st.line_chart({"x": list(range(20)), "y": [i * i for i in range(20)]}, x="x", y="y")
    """)
    chart = _vega(page, 0)
    frame = page.get_by_test_id("stFullScreenFrame").nth(0)
    toolbar = frame.get_by_test_id("stElementToolbar")
    expect(toolbar).to_have_css("opacity", "0")
    size = _marks_size(chart)
    frame.hover()
    expect(toolbar).to_have_css("opacity", "1")
    buttons = toolbar.get_by_test_id("stElementToolbarButton")
    expect(buttons.last.get_by_role("button")).to_have_accessible_name("Fullscreen")
    buttons.last.click()
    viewport = page.viewport_size
    assert viewport is not None
    expect(frame).to_have_css("position", "fixed")
    box = frame.bounding_box()
    assert box == {"x": 0, "y": 0, "width": viewport["width"], "height": viewport["height"]}
    expect(toolbar.get_by_role("button", name="Close fullscreen")).to_be_visible()
    page.wait_for_function("([w, h]) => { const m = document.querySelector('[data-testid=stVegaLiteChart] .marks');"
                           " const r = m.getBoundingClientRect(); return r.width > w + 100 && r.height > h + 100; }",
                           arg=list(size), timeout=CHART_TIMEOUT_MS)
    buttons.last.click()  # Close fullscreen
    expect(frame).not_to_have_css("position", "fixed")
    page.wait_for_function("([w, h]) => { const r = document.querySelector('[data-testid=stVegaLiteChart] .marks')"
                           ".getBoundingClientRect(); return Math.abs(r.width - w) < 2 && Math.abs(r.height - h) < 2; }",
                           arg=list(size), timeout=CHART_TIMEOUT_MS)
    # Escape collapses it too.
    frame.hover()
    buttons.last.click()
    expect(frame).to_have_css("position", "fixed")
    page.keyboard.press("Escape")
    expect(frame).not_to_have_css("position", "fixed")
    expect(toolbar.get_by_role("button", name="Fullscreen")).to_be_attached()


def test_show_data_puts_the_charts_rows_in_its_place_and_show_chart_brings_it_back(open_app: Callable[..., Page]) -> None:
    """Streamlit 1.67's chart toolbar: "Show data" replaces the chart with a dataframe of its rows
    (its toolbar starts with "Show chart"), and the rows follow the chart's data on a rerun."""
    page = open_app("chart_show_data", """
        import streamlit as st
        n = st.number_input("n", value=3)
        st.bar_chart({"fruit": ["apples", "pears", "figs"][:n], "sold": [30, 8, 17][:n]}, x="fruit", y="sold")
    """)
    _vega(page, 0)
    frame = page.get_by_test_id("stFullScreenFrame").nth(0)
    frame.hover()
    buttons = frame.get_by_test_id("stElementToolbar").get_by_role("button")
    expect(buttons.last).to_have_accessible_name("Fullscreen")
    assert buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))") == [
        "Show data", "Download as PNG", "Copy Vega-Lite spec", "Fullscreen"]
    buttons.first.click()
    grid = page.get_by_test_id("stDataFrame")
    expect(grid).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(0)
    expect(grid.get_by_role("columnheader", name="fruit")).to_be_visible()
    expect(grid.get_by_text("pears")).to_be_visible()
    # A rerun with other data: the table follows it.
    page.get_by_test_id("stNumberInput").locator("input").fill("2")
    page.keyboard.press("Enter")
    expect(grid.get_by_text("figs")).to_have_count(0, timeout=CHART_TIMEOUT_MS)
    expect(grid.get_by_text("pears")).to_be_visible()
    wait_idle(page)  # the rerun is over: its redraw does not replace the toolbar under the click
    grid.hover()
    show_chart = grid.get_by_role("button", name="Show chart")
    expect(grid.get_by_test_id("stElementToolbar").get_by_role("button").first).to_have_accessible_name("Show chart")
    show_chart.click()
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)
    expect(_vega(page, 0).locator("g.mark-rect path")).to_have_count(2)


ECHARTS_SELECTIONS = """
    import streamlit as st
    event = st.echarts_chart(
        {"animation": False, "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]}, "yAxis": {"type": "value"},
         "series": [{"type": "bar", "name": "Sales", "selectedMode": "multiple", "data": [120, 200, 150]}]},
        key="sales", on_select="rerun", renderer="svg", width=600)
    st.text(f"picked: {[(g['series_name'], g['data_indices']) for g in event.selection.selected]}")
    st.text(f"runs: {st.session_state.setdefault('runs', 0) + 1}")
    st.session_state.runs += 1
    brush = st.echarts_chart(
        {"animation": False, "brush": {"xAxisIndex": "all"}, "toolbox": {"left": 0, "feature": {"brush": {"type": ["lineX", "clear"]}}},
         "xAxis": {"type": "value", "min": 0, "max": 10}, "yAxis": {"type": "value"},
         "series": [{"type": "scatter", "data": [[1, 1], [3, 2], [5, 3], [7, 4], [9, 5]]}]},
        key="b", on_select="rerun", width=600)
    st.text(f"brushed: {[g['data_indices'] for g in brush.selection.selected]}")
    st.text(f"areas: {[(a['brush_type'], 1 < a['coord_range'][0] < 3, 5 < a['coord_range'][1] < 7) for a in brush.selection.areas]}")
"""


def test_echarts_selections_land_under_the_key_and_stay_drawn_after_the_rerun(open_app: Callable[..., Page]) -> None:
    """1.67's docs example 4 and its brush: a clicked bar (selectedMode) and a lineX brush are sent as
    {selected, areas}, the chart keeps showing them after the rerun, and a double click clears them."""
    page = open_app("echarts_selections", ECHARTS_SELECTIONS)
    texts = page.get_by_test_id("stText")
    expect(texts).to_have_text(["picked: []", "runs: 1", "brushed: []", "areas: []"], timeout=CHART_TIMEOUT_MS)
    bars = page.get_by_test_id("stEChartsChart").first.locator("svg path[fill='#0068c9']")
    expect(bars).to_have_count(3, timeout=CHART_TIMEOUT_MS)
    wait_idle(page)
    bars.nth(1).click()
    expect(texts.nth(0)).to_have_text("picked: [('Sales', [1])]", timeout=CHART_TIMEOUT_MS)
    expect(texts.nth(1)).to_have_text("runs: 2")
    wait_idle(page)
    # Still selected on the chart after the rerun (ECharts' select style: a dark outline).
    expect(bars).to_have_count(2)
    expect(page.get_by_test_id("stEChartsChart").first.locator("svg path[stroke-width='2']")).to_have_count(1)
    brush = page.get_by_test_id("stEChartsChart").nth(1)
    expect(brush.locator("canvas").first).to_be_visible()
    brush.scroll_into_view_if_needed()
    box = brush.locator("canvas").first.bounding_box()
    assert box is not None

    def at_x(value: float) -> float:
        """Roughly where `value` of the 0..10 axis is: the plot spans about 5 %..97 % of the canvas (Streamlit's
        grid), so a drag from at_x(2) to at_x(6) takes the points at 3 and 5 and no other."""
        return box["x"] + box["width"] * (0.05 + 0.092 * value)

    page.mouse.click(box["x"] + 25, box["y"] + 23)  # the toolbox's lineX brush, at its left
    page.mouse.move(at_x(2), box["y"] + box["height"] * 0.5)
    page.mouse.down()
    page.mouse.move(at_x(6), box["y"] + box["height"] * 0.5, steps=8)
    page.mouse.up()
    expect(texts.nth(2)).to_have_text("brushed: [[1, 2]]", timeout=CHART_TIMEOUT_MS)
    expect(texts.nth(3)).to_have_text("areas: [('lineX', True, True)]")  # in the x axis' values, around 3 and 5
    expect(texts.nth(0)).to_have_text("picked: [('Sales', [1])]")  # one chart's selection leaves the other's alone
    wait_idle(page)
    page.mouse.dblclick(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
    expect(texts.nth(2)).to_have_text("brushed: []", timeout=CHART_TIMEOUT_MS)
    expect(texts.nth(3)).to_have_text("areas: []")


def test_echarts_dataframe_source_draws_its_rows_and_shows_them_as_data(fixture: Page) -> None:  # noqa: F811
    """A dataframe source arrives as {name} beside its columns (Python's side is in tests/elements): the
    chart draws a bar per row and series, and "Show data" puts the table in the chart's place."""
    page = fixture
    spec = {"legend": {}, "dataset": {"source": {"name": "t1"}}, "xAxis": {"type": "category"}, "yAxis": {},
            "series": [{"type": "bar"}, {"type": "bar"}]}
    data = {"fields": ["product", "2015", "2016"], "columns": [["Matcha", "Milk Tea", "Cocoa"], [43.3, 83.1, 86.4], [85.8, 73.4, 65.2]]}
    page.evaluate("document.getElementById('main').style.paddingTop = '4rem'")  # room for the toolbar above the chart
    apply(page, 1, [{"op": "add", "node": node("0.0", "echarts_chart", 0, spec=json.dumps(spec), datasets=[{"name": "t1", "data": data}],
                                               theme="streamlit", renderer="svg", width="stretch", height=350, alt="Tea sales",
                                               selection_activated=False)}])
    chart = page.get_by_test_id("stEChartsChart")
    expect(chart.locator("svg path[fill='#0068c9']")).to_have_count(4, timeout=CHART_TIMEOUT_MS)  # 2015: 3 bars, 1 legend icon
    expect(chart.locator("svg text").filter(has_text="Milk Tea")).to_have_count(1)
    expect(chart.locator("svg text").filter(has_text="2016")).to_have_count(1)  # the legend names the columns
    frame = page.get_by_test_id("stFullScreenFrame")
    frame.hover()
    buttons = frame.get_by_test_id("stElementToolbar").get_by_role("button")
    assert buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))") == [
        "Show data: Tea sales", "Download as SVG: Tea sales", "Fullscreen: Tea sales"]
    buttons.first.click()
    grid = page.get_by_test_id("stDataFrame")
    expect(grid).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(grid.get_by_role("columnheader", name="2016")).to_be_visible()
    expect(grid.get_by_text("Milk Tea")).to_be_visible()
    grid.hover()
    grid.get_by_role("button", name="Show chart: Tea sales").click()
    expect(page.get_by_test_id("stEChartsChart")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)


def test_echarts_gets_streamlits_look_unless_theme_is_none(open_app: Callable[..., Page]) -> None:
    """theme="streamlit": the app's label colour and a grid that fills the chart's box (ECharts' own
    leaves 60 px above the plot); theme=None: ECharts' own look."""
    page = open_app("echarts_theme", """
        import streamlit as st
        option = {"xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {"type": "value"},
                  "series": [{"type": "bar", "data": [1, 3]}]}
        st.echarts_chart(option, renderer="svg")
        st.echarts_chart(option, renderer="svg", theme=None)
    """)
    charts = page.get_by_test_id("stEChartsChart")
    expect(charts.nth(1).locator("svg text").first).to_be_attached(timeout=CHART_TIMEOUT_MS)
    wait_idle(page)
    looks = charts.evaluate_all("""cs => cs.map(c => {
        const top = c.getBoundingClientRect().top;
        const labels = [...c.querySelectorAll('svg text')].filter(t => /^[0-9.]+$/.test(t.textContent));
        return [labels[0].getAttribute('fill'), Math.min(...labels.map(t => t.getBoundingClientRect().top)) - top];
    })""")
    (streamlit_fill, streamlit_gap), (own_fill, own_gap) = looks
    assert streamlit_fill == "#808495" and own_fill != "#808495"
    assert streamlit_gap < 30 < own_gap


def test_echarts_tooltip_value_formatter_is_a_number_format(open_app: Callable[..., Page]) -> None:
    """As in 1.67, a tooltip's valueFormatter text is a named number format or printf's (JSON cannot
    carry ECharts' function); other text is dropped with Streamlit's warning."""
    page = open_app("echarts_formatter", """
        import streamlit as st
        st.echarts_chart({"animation": False, "tooltip": {"valueFormatter": "dollar"}, "xAxis": {"type": "category", "data": ["a", "b"]},
                          "yAxis": {"type": "value"}, "series": [{"type": "bar", "data": [1200, 3]}]}, renderer="svg")
        st.echarts_chart({"tooltip": {"valueFormatter": "{value} €"}, "xAxis": {"type": "category", "data": ["a"]},
                          "yAxis": {"type": "value"}, "series": [{"type": "bar", "data": [5]}]}, renderer="svg")
    """)
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    chart = page.get_by_test_id("stEChartsChart").first
    bars = chart.locator("svg path[fill='#0068c9']")
    expect(bars).to_have_count(2, timeout=CHART_TIMEOUT_MS)
    bars.first.hover()
    expect(chart.get_by_text("$1,200.00")).to_be_visible()
    page.reload()
    expect(page.get_by_test_id("stEChartsChart").nth(1).locator("svg path[fill='#0068c9']")).to_have_count(1, timeout=CHART_TIMEOUT_MS)
    assert any('Ignoring the ECharts tooltip valueFormatter "{value} €"' in w for w in warnings)


def drawn_echarts(page: Page) -> Locator:
    """The page's first SVG ECharts chart, once drawn and the run is over (for pointer moves)."""
    chart = page.get_by_test_id("stEChartsChart").first
    expect(chart.locator("svg path").first).to_be_attached(timeout=CHART_TIMEOUT_MS)
    wait_idle(page)
    return chart


def point_at(page: Page, chart: Locator, x: float, y: float) -> None:
    """Move the mouse to a fraction of the chart's width and height."""
    box = chart.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * x, box["y"] + box["height"] * y)


def test_echarts_streamlit_theme_formats_tooltip_values_and_tints_the_zoom_slider(open_app: Callable[..., Page]) -> None:
    """1.67's ECharts theme (read from its bundle): tooltip values grouped, at most 4 decimals from 1 up,
    scientific under 1e-4; the dataZoom slider's range in the primary colour at 15 %."""
    page = open_app("echarts_theme_extras", """
        import streamlit as st
        st.echarts_chart({"animation": False, "tooltip": {"trigger": "axis"}, "xAxis": {"type": "category", "data": ["a", "b", "c"]},
                          "yAxis": {"type": "value"}, "dataZoom": [{"type": "slider"}],
                          "series": [{"type": "bar", "data": [1.23456789, 0.000012345, 1234567]}]}, renderer="svg")
    """)
    chart = drawn_echarts(page)
    for fraction, shown in ((0.2, "1.2346"), (0.5, "1.2345E-5"), (0.85, "1,234,567")):
        point_at(page, chart, fraction, 0.4)
        expect(chart.get_by_text(shown, exact=True)).to_be_visible()
    fills = chart.locator("svg path, svg rect").evaluate_all(
        "els => els.map(e => [e.getAttribute('fill'), e.getAttribute('fill-opacity')].join(' '))")
    primary = page.evaluate("""() => {
        const probe = document.createElement('span'); probe.style.color = 'var(--primary)'; document.body.append(probe);
        const color = getComputedStyle(probe).color; probe.remove(); return color.replaceAll(' ', ''); }""")
    assert f"{primary} 0.15" in fills, str(sorted(set(fills)))


def test_echarts_tooltip_template_names_values_by_dimension(open_app: Callable[..., Page]) -> None:
    """1.67 fills `{@name}` and `{@[index]}` in a tooltip formatter from the item's value for every
    trigger (ECharts' own templates leave them out on an axis trigger); compared with 1.67's page."""
    page = open_app("echarts_dimension_template", """
        import streamlit as st
        st.echarts_chart({
            "animation": False,
            "dataset": {"dimensions": ["product", "sales", "profit"], "source": [["Tea", 10, 3.5], ["Coffee", 20, 7.25]]},
            "xAxis": {"type": "category"}, "yAxis": {},
            "tooltip": {"trigger": "axis", "formatter": "{b}: {@sales} sold, profit {@[2]}"},
            "series": [{"type": "bar"}]}, renderer="svg")
    """)
    chart = drawn_echarts(page)
    point_at(page, chart, 0.75, 0.5)
    expect(chart.get_by_text("Coffee: 20 sold, profit 7.25")).to_be_visible()


def test_echarts_time_axis_pointer_label_reads_as_streamlits(open_app: Callable[..., Page]) -> None:
    """With Streamlit's look a time axis's pointer label is the date, and the time unless midnight
    (1.67's formatter); compared with 1.67's page."""
    page = open_app("echarts_time_pointer", """
        import streamlit as st
        days = [f"2024-01-{d:02d}" for d in range(1, 11)]
        st.echarts_chart({
            "animation": False, "xAxis": {"type": "time"}, "yAxis": {"type": "value"},
            "tooltip": {"trigger": "axis", "axisPointer": {"type": "cross"}},
            "series": [{"type": "line", "data": [[d, i] for i, d in enumerate(days)]}]}, renderer="svg")
    """)
    chart = drawn_echarts(page)
    point_at(page, chart, 0.5, 0.5)
    # ECharts' own label: "2024-01-05 00:00:00"; 1.67's: the date alone at midnight.
    expect(chart.locator("svg text").filter(has_text=re.compile(r"^2024-01-\d\d$")).first).to_be_visible()
