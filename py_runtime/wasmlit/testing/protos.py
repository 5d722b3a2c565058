"""``.proto`` of AppTest's elements: the node's props under the field names of
Streamlit's protobuf messages (``at.exception[0].proto.type``,
``at.code[0].proto.code_text``, ``at.metric[0].proto.body`` ...).

Each node's props stay readable under wasmlit's names too; the table below
adds Streamlit's names (and its enum numbers where a field is an enum), and
fills the fields wasmlit has no value for with the protobuf defaults, so
reading any field Streamlit's AppTest exposes gives a value, not an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from wasmlit.engine.tree import Node
from wasmlit.testing.media_urls import as_mock_url

Props = dict[str, Any]

_ALERT_FORMAT = {"error": 1, "warning": 2, "info": 3, "success": 4}
_MARKDOWN_TYPE = {"markdown": 1, "caption": 2, "latex": 4, "divider": 5}
_METRIC_COLOR = {"red": 0, "green": 1, "gray": 2, "orange": 3, "yellow": 4, "blue": 5, "violet": 6, "primary": 7}
_VERTICAL_ALIGNMENT = {"top": 0, "center": 1, "bottom": 2}
_METRIC_CHART_TYPE = {"line": 0, "bar": 1, "area": 2}
_TABLE_BORDER_MODE = {"all": 0, "none": 1, "horizontal": 2}
_EDITING_MODE = {"read_only": 0, "fixed": 1, "dynamic": 2, "add": 3, "delete": 4}
_SELECTION_MODE = {"single-row": 0, "multi-row": 1, "single-column": 2, "multi-column": 3, "single-cell": 4,
                   "multi-cell": 5, "single-row-required": 6}


_METRIC_DIRECTION = {"down": 0, "up": 1, "none": 2}


def _json_expanded(p: Props) -> tuple[bool, int]:
    # Streamlit keeps an int ``expanded`` as expanded=True plus a depth.
    expanded = p.get("expanded", True)
    return (expanded, 0) if isinstance(expanded, bool) else (True, int(expanded))


#: st.dataframe / st.data_editor: the Dataframe message's fields (``columns``
#: is the column config as JSON text, as Streamlit writes it; enums as their numbers).
_GRID: dict[str, Callable[[Props], Any]] = {
    "columns": lambda p: json.dumps(p.get("column_config") or {}, allow_nan=False),
    "editing_mode": lambda p: _EDITING_MODE.get(p.get("editing_mode", "read_only"), 0),
    "disabled": lambda p: bool(p.get("disabled")), "form_id": lambda p: p.get("form_id", ""),
    "column_order": lambda p: list(p.get("column_order") or []),
    "selection_mode": lambda p: sorted(_SELECTION_MODE[m] for m in p.get("selection_mode") or []),
    "row_height": lambda p: p.get("row_height") or 0, "placeholder": lambda p: p.get("placeholder") or "",
    "selection_state": lambda p: p.get("selection_state") or "",
    "selection_default": lambda p: p.get("selection_default") or "",
    "button_click_widgets": lambda p: dict(p.get("button_click_widgets") or {}),
    "alt": lambda p: p.get("alt") or "", "ignore_rerun": lambda p: bool(p.get("ignore_rerun")),
}


def _label_visibility(p: Props) -> SimpleNamespace:
    return SimpleNamespace(value={"visible": 0, "hidden": 1, "collapsed": 2}.get(p.get("label_visibility", "visible"), 0))


_WIDGET: dict[str, Callable[[Props], Any]] = {
    "label": lambda p: p.get("label", ""),
    "help": lambda p: p.get("help") or "",
    "form_id": lambda p: p.get("form_id", ""),
    "disabled": lambda p: bool(p.get("disabled")),
    "label_visibility": _label_visibility,
}

#: node type -> {Streamlit field: how to read it from the props}
#: The texts the page shows in an empty selectbox or multiselect when the app gives no placeholder.
_DEFAULT_PLACEHOLDERS = frozenset({"Choose an option", "Choose options", "No options to select"})


def _own_placeholder(p: Props) -> str:
    # Streamlit's proto holds the app's own placeholder ("" when none: its frontend picks the
    # words); wasmlit's props hold the words shown, so a default one reads as "".
    text = str(p.get("placeholder") or "")
    return "" if text in _DEFAULT_PLACEHOLDERS else text


FIELDS: dict[str, dict[str, Callable[[Props], Any]]] = {
    "heading": {"tag": lambda p: p.get("tag", ""), "anchor": lambda p: p.get("anchor") or "", "body": lambda p: p.get("body", ""),
                "help": lambda p: p.get("help") or "", "hide_anchor": lambda p: p.get("anchor") is False,
                "divider": lambda p: p.get("divider") or "", "wrap": lambda p: bool(p.get("wrap", True))},
    "markdown": {"body": lambda p: p.get("body", ""), "allow_html": lambda p: bool(p.get("allow_html")),
                 "element_type": lambda p: _MARKDOWN_TYPE.get(p.get("variant", "markdown"), 1), "help": lambda p: p.get("help") or "",
                 # st.markdown and st.caption wrap by default; latex and divider leave the field unset.
                 "wrap": lambda p: bool(p.get("wrap", p.get("variant", "markdown") in ("markdown", "caption")))},
    "text": {"body": lambda p: p.get("body", ""), "help": lambda p: p.get("help") or "",
             "wrap": lambda p: bool(p.get("wrap", True))},
    "code": {"code_text": lambda p: p.get("body", ""), "language": lambda p: p.get("language") or "",
             "show_line_numbers": lambda p: bool(p.get("line_numbers")), "wrap_lines": lambda p: bool(p.get("wrap_lines"))},
    "json": {"body": lambda p: p.get("body", ""), "expanded": lambda p: _json_expanded(p)[0],
             "max_expand_depth": lambda p: _json_expanded(p)[1]},
    "alert": {"body": lambda p: p.get("body", ""), "format": lambda p: _ALERT_FORMAT.get(p.get("format", ""), 0),
              "icon": lambda p: p.get("icon") or "", "title": lambda p: p.get("title") or ""},
    "exception": {"type": lambda p: p.get("type_name", ""), "message": lambda p: p.get("message", ""),
                  "message_is_markdown": lambda p: bool(p.get("message_is_markdown")),
                  "stack_trace": lambda p: list(p.get("stack_trace", [])), "is_warning": lambda p: bool(p.get("is_warning")),
                  "is_streamlit_exception": lambda p: str(p.get("type_name", "")).startswith("streamlit.")},
    "metric": {"label": lambda p: p.get("label", ""), "body": lambda p: p.get("value", ""), "delta": lambda p: p.get("delta", ""),
               "direction": lambda p: _METRIC_DIRECTION.get(p.get("direction", "none"), 2),
               "color": lambda p: _METRIC_COLOR.get(p.get("color", "gray"), 2), "format": lambda p: p.get("format") or "", "help": lambda p: p.get("help") or "",
               "label_visibility": _label_visibility, "show_border": lambda p: bool(p.get("border")),
               "icon": lambda p: p.get("icon") or "", "delta_description": lambda p: p.get("delta_description") or "",
               "chart_data": lambda p: list(p.get("chart_data") or []),
               "chart_type": lambda p: _METRIC_CHART_TYPE.get(p.get("chart_type", "line"), 0)},
    "progress": {"value": lambda p: p.get("value", 0), "text": lambda p: p.get("text", "")},
    "toast": {"body": lambda p: p.get("body", ""), "icon": lambda p: p.get("icon") or ""},
    "html": {"body": lambda p: p.get("body", ""), "unsafe_allow_javascript": lambda p: False},
    # 1.67 sizes buttons by their width alone: their use_container_width field is never set.
    "button": {**_WIDGET, "type": lambda p: p.get("kind", "secondary"), "icon": lambda p: p.get("icon") or "",
               "default": lambda p: False, "is_form_submitter": lambda p: False, "use_container_width": lambda p: False},
    "form_submit_button": {**_WIDGET, "type": lambda p: p.get("kind", "secondary"), "icon": lambda p: p.get("icon") or "",
                           "default": lambda p: False, "is_form_submitter": lambda p: True,
                           "use_container_width": lambda p: False},
    # A medium's data URL as 1.67's AppTest names it (``/mock/media/...``).
    **dict.fromkeys(("audio", "video"), {"url": lambda p: as_mock_url(str(p.get("url") or ""))}),
    "download_button": {**_WIDGET, "type": lambda p: p.get("kind", "secondary"), "icon": lambda p: p.get("icon") or "",
                        "use_container_width": lambda p: False},
    "link_button": {**_WIDGET, "type": lambda p: p.get("kind", "secondary"), "url": lambda p: p.get("url", ""),
                    "icon": lambda p: p.get("icon") or ""},
    "checkbox": {**_WIDGET, "type": lambda p: 1 if p.get("style") == "toggle" else 0},
    "radio": {**_WIDGET, "options": lambda p: list(p.get("options", [])), "horizontal": lambda p: bool(p.get("horizontal")),
              "captions": lambda p: list(p.get("captions", []))},
    "selectbox": {**_WIDGET, "options": lambda p: list(p.get("options", [])), "placeholder": lambda p: _own_placeholder(p)},
    "multiselect": {**_WIDGET, "options": lambda p: list(p.get("options", [])), "placeholder": lambda p: _own_placeholder(p),
                    "max_selections": lambda p: p.get("max_selections") or 0},
    # 1.67's slider proto holds its bounds and step as doubles, whatever the value's type.
    "slider": {**_WIDGET, "min": lambda p: float(p["min"]), "max": lambda p: float(p["max"]), "step": lambda p: float(p["step"]),
               "format": lambda p: p.get("format") or "", "options": lambda p: list(p.get("options", []))},
    "text_input": {**_WIDGET, "max_chars": lambda p: p.get("max_chars") or 0, "placeholder": lambda p: p.get("placeholder", ""),
                   "icon": lambda p: p.get("icon") or "",
                   "type": lambda p: 1 if p.get("input_type") == "password" else 0},
    "text_area": {**_WIDGET, "max_chars": lambda p: p.get("max_chars") or 0, "placeholder": lambda p: p.get("placeholder", "")},
    "number_input": {**_WIDGET, "min": lambda p: p.get("min"), "max": lambda p: p.get("max"), "step": lambda p: p.get("step"),
                     "format": lambda p: p.get("format") or "", "placeholder": lambda p: p.get("placeholder", ""),
                     "icon": lambda p: p.get("icon") or "", "has_min": lambda p: p.get("min") is not None, "has_max": lambda p: p.get("max") is not None},
    "date_input": {**_WIDGET, "min": lambda p: p.get("min", ""), "max": lambda p: p.get("max", ""),
                   "is_range": lambda p: bool(p.get("is_range")), "format": lambda p: p.get("format", "")},
    "time_input": {**_WIDGET, "step": lambda p: p.get("step", 900),
                   "format": lambda p: p.get("format", "24h")},  # the page is sent "24h" as no format
    "select_slider": {**_WIDGET, "format": lambda p: "%s", "options": lambda p: list(p.get("options", [])),
                      "data_type": lambda p: 0, "min": lambda p: float(p.get("min", 0)),
                      "max": lambda p: float(p.get("max", 0)), "step": lambda p: float(p.get("step", 1))},
    "color_picker": _WIDGET,
    "file_uploader": {**_WIDGET, "type": lambda p: list(p.get("type") or []),
                      "multiple_files": lambda p: bool(p.get("accept_multiple_files"))},
    "chat_input": {"placeholder": lambda p: p.get("placeholder", ""), "max_chars": lambda p: p.get("max_chars") or 0,
                   "disabled": lambda p: bool(p.get("disabled")),
                   # ChatInput.AcceptFile: NONE, SINGLE, MULTIPLE, DIRECTORY.
                   "accept_file": lambda p: {True: 1, "multiple": 2, "directory": 3}.get(p.get("accept_file"), 0)},
    "button_group": {**_WIDGET, "options": lambda p: list(p.get("options", []))},
    "menu_button": {**_WIDGET, "options": lambda p: list(p.get("options", [])), "type": lambda p: p.get("kind", "secondary"),
                    "icon": lambda p: p.get("icon") or ""},
    "pagination": {"num_pages": lambda p: p.get("num_pages"), "default": lambda p: p.get("default"),
                   "max_visible_pages": lambda p: p.get("max_visible_pages") or 0, "disabled": lambda p: bool(p.get("disabled")),
                   "form_id": lambda p: p.get("form_id", "")},
    "audio_input": {**_WIDGET, "sample_rate": lambda p: p.get("sample_rate") or 0},
    "camera_input": {**_WIDGET, "resolution_height": lambda p: p.get("resolution_height") or 0},
    "date_time_input": {**_WIDGET, "min": lambda p: p.get("min", ""), "max": lambda p: p.get("max", ""),
                        "step": lambda p: p.get("step", 900), "format": lambda p: p.get("format", ""),
                        "default": lambda p: p.get("default") or "", "is_range": lambda p: False},
    "table": {"hide_index": lambda p: bool(p.get("hide_index")), "hide_header": lambda p: bool(p.get("hide_header")),
              "border_mode": lambda p: _TABLE_BORDER_MODE.get(p.get("border", "all"), 0), "alt": lambda p: p.get("alt") or ""},
    "dataframe": _GRID,
    "data_editor": _GRID,
    "deck_gl_json_chart": {"json": lambda p: p.get("json", ""), "tooltip": lambda p: p.get("tooltip") or "",
                           "mapbox_token": lambda p: "", "selection_mode": lambda p: [],
                           "form_id": lambda p: p.get("form_id", ""), "alt": lambda p: p.get("alt") or ""},
    "expander": {"label": lambda p: p.get("label", ""), "expanded": lambda p: bool(p.get("expanded")), "icon": lambda p: p.get("icon") or "",
                 "state": lambda p: p.get("state") or ""},
    "tab": {"label": lambda p: p.get("label", "")},
    "column": {"weight": lambda p: p.get("weight"),
               "vertical_alignment": lambda p: _VERTICAL_ALIGNMENT.get(p.get("vertical_alignment", "top"), 0)},
    "chat_message": {"name": lambda p: p.get("name", ""), "avatar": lambda p: p.get("avatar") or ""},
    "grid": {"columns": lambda p: p.get("columns") if p.get("columns") != "auto" else 0, "border": lambda p: bool(p.get("border")),
             "vertical_alignment": lambda p: p.get("vertical_alignment", "top"), "dense": lambda p: bool(p.get("dense")),
             "wrap": lambda p: bool(p.get("wrap", True))},
}


def proto_of(node: Node) -> SimpleNamespace:
    """The node's props plus Streamlit's field names for its type."""
    props = dict(node.props)
    fields = _with_unset(node, {name: read(props) for name, read in FIELDS.get(node.type, {}).items()})
    return SimpleNamespace(id=node.id, **{**props, **fields})


#: Fields of Streamlit's messages that wasmlit's props do not carry, per node
#: type, read as the protobuf default (the value an unset field reads as).
UNSET_FIELDS: dict[str, tuple[str, ...]] = {
    "heading": ("icon",), "markdown": ("unterminated_parsing", "hide_anchors"),
    "button": ("shortcut", "icon_position", "wrap"), "form_submit_button": ("shortcut", "icon_position", "wrap"),
    "download_button": ("default", "url", "ignore_rerun", "deferred_file_id", "shortcut", "icon_position", "wrap"),
    "checkbox": ("default", "set_value", "query_param_key", "wrap", "ignore_rerun"),
    "radio": ("default", "raw_value", "set_value", "query_param_key", "ignore_rerun"),
    "selectbox": ("default", "raw_value", "set_value", "accept_new_options", "query_param_key", "filter_mode", "ignore_rerun", "required", "icon"),
    "multiselect": ("default", "raw_values", "set_value", "accept_new_options", "query_param_key", "filter_mode", "wrap", "ignore_rerun"),
    "slider": ("default", "set_value", "raw_value", "query_param_key", "ignore_rerun"),
    "select_slider": ("default", "set_value", "raw_value", "query_param_key", "ignore_rerun"),
    "text_input": ("default", "set_value", "autocomplete", "query_param_key", "validate_regex", "validate_message", "ignore_rerun",
                   "live_debounce_ms", "required", "icon"),
    "text_area": ("default", "set_value", "query_param_key", "ignore_rerun", "required"),
    "number_input": ("default", "set_value", "query_param_key", "ignore_rerun", "required", "icon"),
    "date_input": ("default", "set_value", "query_param_key", "ignore_rerun", "required"),
    "time_input": ("default", "set_value", "query_param_key", "ignore_rerun", "required"),
    "color_picker": ("default", "set_value", "query_param_key", "ignore_rerun"),
    "file_uploader": ("accept_directory", "ignore_rerun"),
    "button_group": ("default", "click_mode", "set_value", "raw_values", "query_param_key", "required", "wrap", "ignore_rerun"),
    "link_button": ("use_container_width", "shortcut", "icon_position", "ignore_rerun", "wrap"),
    "page_link": ("page", "page_script_hash", "use_container_width", "external", "query_string", "icon_position"),
    "help_info": ("members",), "imgs": ("link",),
    "pagination": ("set_value", "query_param_key"), "audio_input": ("ignore_rerun",), "camera_input": ("ignore_rerun",),
    "date_time_input": ("set_value", "query_param_key", "ignore_rerun"), "form": ("allow_empty", "autoscroll"),
    "expander": ("query_param_key", "default_expanded"), "tabs": ("allow_empty", "autoscroll"),
    "vertical_block": ("allow_empty", "autoscroll"), "horizontal_block": ("allow_empty", "autoscroll"), "column": ("show_border",),
    "grid": ("min_column_width_px", "row_height_mode"), "toast": ("duration",),
    "chat_input": ("set_value", "default", "accept_file", "file_type", "accept_audio", "submit_mode"),
}
_UNSET_VALUE: dict[str, Any] = {
    "wrap": False, "icon": "", "max_expand_depth": 0, "chart_data": [], "chart_type": 0, "format": "", "shortcut": "",
    "icon_position": 0, "default": None, "url": "", "deferred_file_id": "", "query_param_key": "", "raw_value": "",
    "raw_values": [], "filter_mode": 0, "autocomplete": "", "validate_regex": "", "validate_message": "",
    "live_debounce_ms": 0, "page": "", "page_script_hash": "", "query_string": "", "members": [], "link": "",
    "border_mode": 0, "alt": "", "min_column_width_px": 0, "row_height_mode": 0, "duration": 4, "accept_file": 0,
    "file_type": [], "submit_mode": 0, "click_mode": 0, "external": False,
}


def _with_unset(node: Node, fields: dict[str, Any]) -> dict[str, Any]:
    for name in UNSET_FIELDS.get(node.type, ()):
        if name not in fields and name not in node.props:
            fields[name] = _UNSET_VALUE.get(name, False)
    return fields
