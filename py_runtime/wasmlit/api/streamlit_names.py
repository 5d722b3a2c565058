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

#: Former ``st.*`` names and the names that replaced them: Streamlit 1.67
#: answers these with "has been removed. Use st.X instead." (its text exactly).
REMOVED_NAMES: dict[str, tuple[str, ...]] = {
    "beta_color_picker": ("color_picker",), "beta_columns": ("columns",), "beta_container": ("container",),
    "beta_expander": ("expander",), "beta_secrets": ("secrets",), "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"), "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",), "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",), "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",), "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",), "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",), "experimental_singleton": ("cache_resource",), "experimental_user": ("user",),
}


def _st_names(names: tuple[str, ...] | list[str]) -> str:
    labeled = [f"st.{n}" for n in names]
    if len(labeled) <= 1:
        return "".join(labeled)
    if len(labeled) == 2:
        return f"{labeled[0]} or {labeled[1]}"
    return f"{', '.join(labeled[:-1])}, or {labeled[-1]}"


def missing_attribute_message(name: str, public: frozenset[str] | set[str]) -> str:
    """Streamlit 1.67's AttributeError text for an ``st.*`` name it does not have:
    a removed name says what replaced it; a typo gets close matches."""
    prefix = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        return prefix
    if name in REMOVED_NAMES:
        return f"{prefix}. st.{name} has been removed. Use {_st_names(REMOVED_NAMES[name])} instead."
    if name == "bokeh_chart":
        return f"{prefix}. st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."
    if name == "input":
        return f"{prefix}. Use a specific input command such as {_st_names(sorted(n for n in public if n.endswith('_input')))}."
    import difflib  # only on this error path

    close = [m for m in difflib.get_close_matches(name, sorted(public), n=3, cutoff=0.8) if abs(len(m) - len(name)) <= 1]
    return f"{prefix}. Did you mean {_st_names(close)}?" if close else prefix
