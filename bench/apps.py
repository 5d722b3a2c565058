"""The scripts the browser benchmark runs, identical for wasmlit and real Streamlit."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COUNTER = REPO / "examples" / "columns_counter.py"

#: An app of ``n`` elements: a button, a header whose value changes per click,
#: and ``n - 2`` static elements (every tenth a keyed checkbox, the rest markdown).
#: One click changes exactly one value (the header).
ELEMENTS_APP = '''import streamlit as st

st.session_state.setdefault("n", 0)
if st.button("bump"):
    st.session_state.n += 1
st.header(f"clicks {{st.session_state.n}}")
for i in range({rest}):
    if i % 10 == 0:
        st.checkbox(f"box {{i}}", key=f"box{{i}}")
    else:
        st.markdown(f"line {{i}}")
'''


def elements_app(n: int) -> str:
    """Source of the ``n``-element app (``n`` ≥ 2)."""
    return ELEMENTS_APP.format(rest=max(0, n - 2))


def counter_app() -> str:
    return COUNTER.read_text(encoding="utf-8")


#: How to click and what to wait for, per app kind: (button label, heading text after k clicks).
def counter_expect(k: int) -> str:
    return f"You clicked {k} times"


def elements_expect(k: int) -> str:
    return f"clicks {k}"


#: Three charts of 1,000 points each and one filter (a phase the "Shift" button
#: moves): one click is a rerun that changes the data of all three charts.
CHARTS_APP = '''import math

import streamlit as st

st.session_state.setdefault("phase", 0)
if st.button("Shift"):
    st.session_state.phase += 1
p = st.session_state.phase
st.header(f"phase {p}")
xs = range(1000)
st.line_chart({"y": [math.sin((x + 10 * p) / 50) for x in xs]})
st.area_chart({"y": [math.cos((x + 10 * p) / 40) for x in xs]})
st.scatter_chart({"x": list(xs), "y": [math.sin(x * 0.37 + p) for x in xs]}, x="x", y="y")
'''


def charts_app() -> str:
    return CHARTS_APP


#: Two pages of 50 elements each (st.navigation): a page switch replaces one with the other.
PAGES_APP = """import streamlit as st


def page_a():
    st.title("Page A")
    for i in range(50):
        st.write(f"A line {i}")


def page_b():
    st.title("Page B")
    for i in range(50):
        st.write(f"B line {i}")


pg = st.navigation([st.Page(page_a, title="Page A"), st.Page(page_b, title="Page B")])
pg.run()
"""


def pages_app() -> str:
    return PAGES_APP
