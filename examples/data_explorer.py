"""Data as Streamlit draws it: a grid with sorting, search, CSV download and
row selections, an editable table whose edits live in session state, a
static table with Markdown, and a JSON tree. Plain Python data, no pandas."""

import datetime as dt
import random

import streamlit as st

st.title("Data explorer")

random.seed(7)
cities = ["Berlin", "Lagos", "Lima", "Osaka", "Perth", "Quito", "Tunis", "Oslo"]
rows = [
    {
        "city": cities[i % len(cities)],
        "visits": random.randint(10, 900),
        "rating": round(random.uniform(1, 5), 3),
        "open": i % 3 != 0,
        "since": dt.date(2020, 1, 1) + dt.timedelta(days=37 * i),
        "trend": [random.randint(0, 20) for _ in range(8)],
    }
    for i in range(200)
]

st.subheader("Browse")
event = st.dataframe(
    rows,
    key="browse",
    on_select="rerun",
    selection_mode="multi-row",
    column_config={
        "rating": st.column_config.NumberColumn("Rating", format="%.1f ⭐"),
        "trend": st.column_config.LineChartColumn("Trend", y_min=0, y_max=20),
        "since": st.column_config.DateColumn("Since", format="MMM D, YYYY"),
    },
)
chosen = [rows[i]["city"] for i in event.selection.rows]
st.write("Selected rows:", event.selection.rows, "cities:", ", ".join(chosen) or "none")

st.subheader("Edit")
if "stock" not in st.session_state:
    st.session_state.stock = [
        {"item": "apples", "count": 4, "organic": True},
        {"item": "pears", "count": 2, "organic": False},
    ]
edited = st.data_editor(
    st.session_state.stock,
    key="editor",
    num_rows="dynamic",
    column_config={"count": st.column_config.NumberColumn("Count", min_value=0, step=1)},
)
st.write("Total items:", sum(r["count"] or 0 for r in edited))
st.write("Edit state:", st.session_state["editor"])

st.subheader("Summary")
st.table({"**metric**": ["rows", "cities"], "value": [len(rows), len(set(cities))]})
st.json({"cities": cities[:3], "rows": len(rows), "nested": {"a": [1, 2, {"b": None}]}}, expanded=2)
