"""``streamlit.typing`` (and ``st.typing``): the classes of what Streamlit's
commands return, for annotations and ``isinstance`` checks in apps. They are
the classes wasmlit's commands really return, imported on first use."""

from __future__ import annotations

from wasmlit.elements.lib.event_utils import (
    ButtonColumnClickState,
    DataEditorState,
    DataframeState,
    EChartsState,
    PlotlyState,
    PydeckState,
)
from wasmlit.elements.vega_charts import VegaLiteState
from wasmlit.widgets.chat import ChatInputValue
from wasmlit.widgets.file_uploader import UploadedFile

__all__ = [
    "ButtonColumnClickState",
    "ChatInputValue",
    "DataEditorState",
    "DataframeState",
    "EChartsState",
    "PlotlyState",
    "PydeckState",
    "UploadedFile",
    "VegaLiteState",
]
