"""Charts as Streamlit draws them, from plain Python data (no pandas needed).

Run it with ``wasmlit run examples/charts.py``. It doubles as the fixture of
tests/browser/test_charts.py.
"""

import math

import streamlit as st

st.title("Charts")

points = st.slider("Points", 10, 200, 60, key="points")
xs = list(range(points))
waves = {
    "sin": [round(math.sin(x / 8), 3) for x in xs],
    "cos": [round(math.cos(x / 8), 3) for x in xs],
}

left, right = st.columns(2)
left.metric("Waves drawn", 2, "+1", chart_data=[3, 1, 4, 1, 5, 9, 2, 6], border=True)
right.metric("Points", points, -3, chart_data=[5, 4, 6, 3, 2], chart_type="bar", border=True)

st.subheader("Line chart")
st.line_chart(waves)

st.subheader("Area chart")
st.area_chart(waves, stack="center")

st.subheader("Bar chart")
sales = [
    {"fruit": "apples", "region": "north", "sold": 30},
    {"fruit": "apples", "region": "south", "sold": 12},
    {"fruit": "pears", "region": "north", "sold": 8},
    {"fruit": "pears", "region": "south", "sold": 21},
    {"fruit": "figs", "region": "north", "sold": 17},
    {"fruit": "figs", "region": "south", "sold": 5},
]
st.bar_chart(sales, x="fruit", y="sold", color="region")

st.subheader("Scatter chart")
st.scatter_chart(
    {"x": [1, 2, 3, 4, 5, 6], "y": [3, 1, 4, 1, 5, 9], "size": [10, 40, 20, 80, 30, 60], "kind": list("abcabc")},
    x="x", y="y", size="size", color="kind",
)

st.subheader("A selection")
spec = {
    "mark": {"type": "bar", "tooltip": True},
    "encoding": {
        "x": {"field": "fruit", "type": "nominal"},
        "y": {"field": "sold", "type": "quantitative", "aggregate": "sum"},
        "fillOpacity": {"condition": {"param": "pick", "value": 1}, "value": 0.3},
    },
    "params": [{"name": "pick", "select": {"type": "point", "fields": ["fruit"]}}],
}
event = st.vega_lite_chart(sales, spec, on_select="rerun", key="picked")
chosen = [p["fruit"] for p in event.selection.pick] if isinstance(event.selection.pick, list) else []
st.write("Picked:", ", ".join(chosen) or "nothing yet")
st.write("In session state:", str(st.session_state.picked.selection.pick == event.selection.pick))

st.subheader("Graphviz")
st.graphviz_chart("digraph { rankdir=LR; data -> chart -> insight }")

st.subheader("Map")
st.map({"lat": [52.52, 48.86, 51.51, 41.9], "lon": [13.40, 2.35, -0.13, 12.5]})
