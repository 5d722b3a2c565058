"""Streamlit's "streamlit" Plotly template, made Plotly's default as Streamlit does.

Its colours are placeholders (``#000001`` …): the page swaps them for the
theme's chart colours when it draws a figure with ``theme="streamlit"``, and
for Plotly's own when ``theme=None`` (web/src/renderer/elements/plotly_chart.js).
A figure built with plotly.express or ``go.Figure`` in a wasmlit app thus has
the same JSON it has on Streamlit, and the same colours on the page.
"""

from __future__ import annotations

from typing import Any

CATEGORY = [f"#{n:06d}" for n in range(1, 11)]
SEQUENTIAL = [f"#{n:06d}" for n in range(11, 21)]
DIVERGING = [f"#{n:06d}" for n in range(21, 31)]
INCREASING, DECREASING, TOTAL = "#000032", "#000033", "#000034"
GRAY_70, GRAY_90, BG_COLOR, FADED_TEXT_05, BG_MIX = "#000036", "#000037", "#000038", "#000039", "#000040"


def _scale(colors: list[str]) -> list[list[Any]]:
    return [[i / (len(colors) - 1), color] for i, color in enumerate(colors)]


def template() -> dict[str, Any]:
    """The template as Plotly's dict form (what Streamlit builds with graph objects)."""
    sequential = _scale(SEQUENTIAL)
    return {
        "data": {
            "candlestick": [{"decreasing": {"line": {"color": DECREASING}},
                             "increasing": {"line": {"color": INCREASING}}}],
            "contour": [{"colorscale": sequential}],
            "contourcarpet": [{"colorscale": sequential}],
            "heatmap": [{"colorscale": sequential}],
            "histogram2d": [{"colorscale": sequential}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": GRAY_70}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [{
                "cells": {"fill": {"color": BG_COLOR}, "font": {"color": GRAY_90}, "line": {"color": FADED_TEXT_05}},
                "header": {"font": {"color": GRAY_70}, "line": {"color": FADED_TEXT_05}, "fill": {"color": BG_MIX}},
            }],
            "waterfall": [{
                "increasing": {"marker": {"color": INCREASING}},
                "decreasing": {"marker": {"color": DECREASING}},
                "totals": {"marker": {"color": TOTAL}},
                "connector": {"line": {"color": GRAY_70, "width": 2}},
            }],
        },
        "layout": {
            "colorway": CATEGORY,
            "colorscale": {"sequential": sequential, "sequentialminus": sequential,
                           "diverging": _scale(DIVERGING)},
            "coloraxis": {"colorscale": sequential},
        },
    }


def make_default() -> Any:
    """Register the template and make it Plotly's default; the previous default is returned."""
    import plotly.io as pio

    if "streamlit" not in pio.templates:
        pio.templates["streamlit"] = template()
    previous = pio.templates.default
    pio.templates.default = "streamlit"
    return previous


def restore_default(previous: Any) -> None:
    """Plotly's default as it was before ``make_default`` (unless the app chose another meanwhile)."""
    import plotly.io as pio

    if pio.templates.default == "streamlit":
        pio.templates.default = previous
