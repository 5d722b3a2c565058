"""The public top-level names of Streamlit 1.67 (``dir(streamlit)`` minus
private names), used to tell two kinds of missing ``st.*`` attribute apart:

- a Streamlit API that wasmlit does not implement yet raises
  ``StreamlitUnsupportedError``, so the user learns why it is missing;
- any other name is a plain ``AttributeError``, as in Streamlit, so
  ``hasattr(st, "anything")`` and ``getattr(st, name, default)`` keep working.
"""

from __future__ import annotations

STREAMLIT_API_NAMES: frozenset[str] = frozenset({
    "App", "Page", "altair_chart", "area_chart", "audio", "audio_input", "badge", "balloons",
    "bar_chart", "bottom", "button", "cache_data", "cache_resource", "camera_input", "caption",
    "chat_input", "chat_message", "checkbox", "code", "color_picker", "column_config", "columns",
    "components", "connection", "container", "context", "data_editor", "dataframe", "date_input",
    "datetime_input", "dialog", "divider", "download_button", "echarts_chart", "echo", "empty",
    "error", "exception", "expander", "feedback", "file_uploader", "form", "form_submit_button",
    "fragment", "get_option", "graphviz_chart", "grid", "header", "help", "html", "iframe", "image",
    "info", "json", "latex", "line_chart", "link_button", "login", "logo", "logout", "map",
    "markdown", "menu_button", "mermaid_chart", "metric", "multiselect", "navigation",
    "number_input", "page_link", "pagination", "pdf", "pills", "plotly_chart", "popover",
    "progress", "pydeck_chart", "pyplot", "query_params", "radio", "rerun", "scatter_chart",
    "secrets", "segmented_control", "select_slider", "selectbox", "session_state", "set_option",
    "set_page_config", "sidebar", "skeleton", "slider", "snow", "space", "spinner", "status",
    "stop", "subheader", "success", "switch_page", "table", "tabs", "text", "text_area",
    "text_input", "time_input", "title", "toast", "toggle", "user", "vega_lite_chart", "video",
    "warning", "write", "write_stream",
})
