"""st.plotly_chart: a Plotly figure as its JSON, drawn on the page by
plotly.js (npm ``plotly.js-dist-min``, loaded on first use).

With ``on_select`` the chart is a widget as in Streamlit: its value is the
selection state (``{"selection": {"points", "point_indices", "box",
"lasso"}}``) and the page sends a new one as the JSON text Streamlit's
frontend sends after a click, a box or a lasso.
"""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor


class PlotlyMixin(Cursor):
    def plotly_chart(self, figure_or_data: Any, use_container_width: bool | None = None, *, width: Any = "stretch",
                     height: Any = "content", theme: str | None = "streamlit", key: Any = None,
                     on_select: Any = "ignore", selection_mode: Any = ("points", "box", "lasso"),
                     config: dict[str, Any] | None = None, alt: str | None = None) -> Any:
        from wasmlit.elements.lib.plotly_figure import plotly_chart
        return plotly_chart(self, figure_or_data, use_container_width, width, height, theme, key, on_select,
                            selection_mode, config, alt)
