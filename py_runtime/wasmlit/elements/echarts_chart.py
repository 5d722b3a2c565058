"""st.echarts_chart: an Apache ECharts option (a dict, its JSON text, or a
pyecharts chart), drawn on the page by ECharts (npm ``echarts``, loaded on
first use).

As in Streamlit 1.67, a dataframe in ``dataset.source`` leaves the option: the
source becomes ``{"name": <hash>}`` and the table travels beside it in the
``datasets`` prop (columnar, as the Vega charts' datasets). The page puts its
rows back, with the columns as ``dimensions``, and offers it under "Show data".
Lists and dicts of lists are ECharts' own source formats and stay in the option.

With ``on_select`` the chart is a read-only widget whose value is the JSON text
of ``{"selection": {"selected": [...], "areas": [...]}}`` (see
``event_utils.EChartsSelectionState``). How the option is checked and prepared
is elements/lib/echarts_option.py, in the runtime's lazy part."""

from __future__ import annotations

import logging
from typing import Any

from wasmlit.elements.lib.layout_utils import validate_height, validate_width
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitValueError

_LOGGER = logging.getLogger(__name__)


class EChartsMixin(Cursor):
    def echarts_chart(self, spec: Any, *, width: Any = "stretch", height: Any = "content",
                      theme: str | None = "streamlit", key: Any = None, on_select: Any = "ignore",
                      renderer: str = "canvas", alt: str | None = None) -> Any:
        from wasmlit.elements.lib.echarts_option import (
            content_size,
            enables_selection,
            normalize,
            selection_state,
            serialize,
        )
        from wasmlit.elements.lib.event_utils import check_on_select, draw_selection_widget
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if renderer not in ("canvas", "svg"):
            raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
        check_on_select(on_select)
        selecting = on_select != "ignore"
        option, datasets = normalize(spec)
        if selecting and not enables_selection(option):
            _LOGGER.warning(
                "`st.echarts_chart` has selections activated through `on_select`, but the provided spec doesn't "
                "enable any: no series sets `selectedMode`, there is no `brush` component, and no "
                "`toolbox.feature.brush`. The chart will render, but it will never return a selection.")
        text = serialize(option)
        alt_text = alt.strip() if isinstance(alt, str) and alt.strip() else None
        width, height = content_size(width, spec, "width"), content_size(height, spec, "height")
        props = {"spec": text, "datasets": datasets, "theme": theme or "", "renderer": renderer,
                 "width": width, "height": height, "alt": alt_text, "selection_activated": selecting}
        if not selecting:
            return self._draw("echarts_chart", props, key=None if key is None else str(key))
        # Keyed: the key (and that selections are on) is the identity, so new data keeps the selection
        # state; unkeyed: every parameter is, so a changed spec starts from nothing selected.
        identity = {"spec": text, "theme": theme, "renderer": renderer, "width": width, "height": height,
                    "is_selection_activated": True, "alt": alt_text}
        return draw_selection_widget(self, "echarts_chart", identity, {"is_selection_activated"}, props,
                                     selection_state, key, on_select)
