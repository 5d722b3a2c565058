"""The wire protocol between the Python engine and the page.

This module is the single Python-side definition of every message that crosses
the worker/page boundary. Its JavaScript twin is ``web/src/protocol.js``; both
use the same names, and ``tests/test_protocol_sync.py`` fails when they drift.

Everything here is plain JSON: the host passes JSON *text* across the
JS/Python boundary, never one proxy per element.

One piece: this module is the whole vocabulary of the two sides (messages,
events, ops, node types, statuses and the shared constants), read by both
and compared with protocol.js by one test; splitting it would split the table.

The element tree
================
Each run of a script produces a tree of **nodes**. A node is a block (a
container with children) or an element (a leaf). Every node has a stable id:

* elements and blocks: their *delta path*, the position path as in Streamlit,
  written ``"0.3.1"`` (root 0 = main, 1 = sidebar, then the index in each
  block);
* widgets: their widget id, ``"$$ID-<md5>-<key or None>"``, so a widget keeps
  its DOM node (and the user's focus) when its position shifts.

A node travels as a ``NodeDict``::

    {"id": "0.2", "parent": "0", "index": 2, "type": "markdown",
     "key": None, "props": {"body": "Hello", ...}}

``parent`` is the id of the enclosing block (the roots ``"0"`` and ``"1"``
always exist on the page), ``index`` the position among the parent's children
in this run. ``key`` is the user's key, from which the page derives the
``st-key-<key>`` class. ``props`` depends on ``type``; see ``ELEMENT_TYPES``.

Deltas
======
The page receives only what changed since the last run it saw:

* ``{"op": "add", "node": NodeDict}``: a node the page does not have;
* ``{"op": "update", "node": NodeDict, "kept": [...]}``: a node the page has
  whose parent, index, type, key or props changed. Props are small and sent
  whole, except large ones that did not change (a table's data): those are
  named in ``kept`` and left out of ``node.props``, and the page keeps its copy;
* ``{"op": "remove", "id": str}``: a node that was not drawn by the run that
  just finished successfully.

A node that the run drew again without change is not sent. While a run is
slow (longer than ``FLUSH_INTERVAL_S``), each flush carries ``drawn``:
``{block_id: n}`` says the run has drawn every child of ``block_id`` at an
index below ``n`` (a script fills each block in order), so the page does not
mark those stale. It costs a few bytes per block, not one id per node.

Widget values on the wire
=========================
``props["value"]`` of a widget is its *wire value*, and events carry wire
values of the same shape (see ``WIRE_VALUES``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Final, Literal, NotRequired, TypedDict, get_type_hints

PROTOCOL_VERSION: Final = 1

#: A run longer than this flushes its pending deltas at the next ``st.*`` call,
#: so a slow script shows its progress. It stays under the page's 0.5 s stale
#: delay, and above what a typical rerun takes, so most runs send one message
#: and never need ``drawn``. (A spinner flushes at once.)
FLUSH_INTERVAL_S: Final = 0.25

MAIN_ROOT: Final = "0"
SIDEBAR_ROOT: Final = "1"
#: Toasts (Streamlit's EVENT root container): drawn over the page, never in its flow.
EVENT_ROOT: Final = "2"
#: ``st.bottom`` and a top-level ``st.chat_input`` (Streamlit's BOTTOM root): pinned below the page.
BOTTOM_ROOT: Final = "3"
#: Every root block, in Streamlit's delta-path order.
ROOTS: Final = (MAIN_ROOT, SIDEBAR_ROOT, EVENT_ROOT, BOTTOM_ROOT)


class NodeDict(TypedDict):
    """One node of the element tree, as it travels in a delta."""

    #: A delta path ("0.3.1") or a widget id ("$$ID-…").
    id: str
    #: The id of the enclosing block ("0" and "1" are the roots).
    parent: str
    #: The position among the parent's children in this run.
    index: int
    #: The node type (``BLOCK_TYPES`` / ``ELEMENT_TYPES``).
    type: str
    #: The user's key (the page adds the ``st-key-<key>`` class), or None.
    key: str | None
    #: The node's description; depends on ``type``.
    props: dict[str, Any]


class AddOp(TypedDict):
    """A node the page does not have."""

    op: Literal["add"]
    node: NodeDict


class UpdateOp(TypedDict):
    """A node the page has whose parent, index, type, key or props changed
    (the whole node is sent, less the large props named in ``kept``)."""

    op: Literal["update"]
    node: NodeDict
    #: Props the page keeps from its copy of the node (unchanged and large);
    #: ``node.props`` holds every other prop.
    kept: NotRequired[list[str]]


class RemoveOp(TypedDict):
    """A node (and its subtree) the page must drop."""

    op: Literal["remove"]
    id: str


DeltaOp = AddOp | UpdateOp | RemoveOp
OPS: Final[dict[str, type]] = {"add": AddOp, "update": UpdateOp, "remove": RemoveOp}

# ---------------------------------------------------------------------------
# Node types and their props. Blocks have children; elements do not.
# ---------------------------------------------------------------------------

#: Block types; each one's comment lists its props (comments, so that the
#: descriptions cost the browser's cold load nothing).
BLOCK_TYPES: Final[tuple[str, ...]] = (
    "vertical_block",  # border: bool, height: int|None (st.container / column body)
    "horizontal_block",  # gap: 'small'|'medium'|'large', vertical_alignment: str (holds columns)
    "column",  # weight: float (fraction of the row), gap: str
    "expander",  # label: str, expanded: bool, icon: str|None; with on_change: value: bool (open), form_id: str (a widget: toggling sends set_value)
    "tabs",  # labels: list[str] (children are 'tab' blocks, in order), default: int (index shown first); with on_change: value: int (selected index), form_id: str (a widget)
    "tab",  # label: str
    "form",  # form_id: str, clear_on_submit: bool, border: bool, enter_to_submit: bool
    "chat_message",  # name: str, avatar_type: 'icon'|'emoji'|'image', avatar: str ('user'|'assistant'|':material/x:'|'' for icons; the emoji; the image URL)
    "grid",  # columns: 'auto'|int, min_column_width: 'auto'|int, wrap: bool, row_gap, column_gap: str|int|None, vertical_alignment: str, border: bool, row_height: 'content'|int, height, dense: bool (st.grid; a child vertical_block with column_span/row_span is a grid.cell())
    "popover",  # label: str, icon: str|None, help: str|None, disabled: bool, kind: str, use_container_width: bool, value: bool|None (open, when it reruns on change), form_id: str
    "dialog",  # title: str, width: 'small'|'medium'|'large'|int (pixels), dismissible: bool, opened: int (the run that opened it: a new value reopens it), on_dismiss: bool (dismissing sends a click)
    "transparent",  # no props: a fragment's writes to a container made outside it; drawn as that container's own children
)

#: Element types, each with its props in a comment. Every string prop is plain text unless the
#: prop is named ``body`` on a markdown-like element (rendered through marked,
#: raw HTML escaped unless ``allow_html``).
ELEMENT_TYPES: Final[tuple[str, ...]] = (
    "heading",  # tag: 'h1'|'h2'|'h3', body: str, anchor: str|None, divider: str|None, help: str|None
    "markdown",  # body: str, allow_html: bool, help: str|None, variant: 'markdown'|'caption'|'divider'|'latex'
    "text",  # body: str, help: str|None
    "code",  # body: str, language: str|None, line_numbers: bool, wrap_lines: bool, height: int|'content'|'stretch', width: int|'stretch'|'content'
    "json",  # body: str (JSON text), expanded: bool|int (an int: the depth to which the tree opens)
    "alert",  # format: 'success'|'info'|'warning'|'error', body: str, icon: str|None (emoji or :material/name:), title: str (optional)
    "exception",  # type_name: str, message: str, stack_trace: list[str], is_warning: bool, message_is_markdown: bool
    "metric",  # label: str, value: str, delta: str, color: 'red'|'green'|'gray'|'orange'|'yellow'|'blue'|'violet'|'primary', direction: 'up'|'down'|'none', format: str|None (a number format for a numeric value and delta), help: str|None, border: bool, chart_data: list[float] (a sparkline when not empty), chart_type: 'line'|'bar'|'area', icon: str|None, delta_description: str|None
    "progress",  # value: int (0-100), text: str
    "spinner",  # text: str
    "empty",  # (no props: st.empty before anything is written to it); after_spinner: True for a spinner's slot once its block ended
    "unsupported",  # name: str (an st.* element wasmlit renders as a notice)
    # Widgets: every widget has label, help, disabled, label_visibility,
    # form_id (str, '' outside a form) and value (its wire value).
    "button",  # label, kind: 'primary'|'secondary'|'tertiary', icon, use_container_width
    "download_button",  # label, kind, file_name: str, mime: str, data: str (base64) | None (too large: ask with request_download), size: int (bytes), rerun: bool
    "form_submit_button",  # label, kind
    "checkbox",  # value: bool, style: 'checkbox'|'toggle'
    "radio",  # options: list[str], value: int|None (index), horizontal: bool, captions: list[str]
    "selectbox",  # options: list[str], value: int|None (index), placeholder: str, clearable: bool (index=None, not required: "Clear value")
    "multiselect",  # options: list[str], value: list[int] (indices), max_selections: int|None, placeholder: str
    "slider",  # data_type: 'int'|'float'|'date'|'time'|'datetime', min, max, step, value: list (1 or 2 numbers; dates/times as epoch micros), format: str|None, display: list[str] (formatted value), options: list[str] (select_slider only, then min/max are indices)
    "text_input",  # value: str|None, placeholder, max_chars: int|None, input_type: 'default'|'password'
    "text_area",  # value: str|None, placeholder, max_chars: int|None, height: int|None
    "number_input",  # value: float|int|None, min, max, step, format: str (printf-style; "%d" or "%0.2f" unless given), data_type: 'int'|'float', placeholder, icon, width, default: the value argument
    "date_input",  # value: list[str] (ISO dates; 0-2 items), is_range: bool, min: str, max: str, format: str, clearable: bool (started with no date, not required: "Clear date")
    "time_input",  # value: str|None ('HH:MM' or 'HH:MM:SS'), step: int (seconds), format: str, clearable: bool (value=None, not required)
    "color_picker",  # value: str ('#rrggbb')
    "file_uploader",  # value: list[FileInfo] (name, type, size; bytes stay in Python), accept_multiple_files: bool, type: list[str]|None
    "select_slider",  # options: list[str], min: 0, max: len-1, step: 1, value: list[int] (option indices, 1 or 2)
    "button_group",  # options: list[str], value: list[int] (chosen indices), selection_mode: 'single'|'multi', style: 'pills'|'segmented_control'|'borderless' (feedback), feedback: 'thumbs'|'faces'|'stars' (st.feedback only), required: bool, wrap: bool
    "chat_input",  # placeholder: str, max_chars: int|None, value: None (a submit is a click event with value)
    "link_button",  # label, url, kind, icon, disabled
    "dataframe",  # data: TableData (elements/lib/frame.py: num_rows, columns and index levels, each {name, kind, dtype, enc, data: bytes|list}; a pandas Styler adds styler: {display: list[list[str]|None] per column, css: list[[row, col, "color: ..; background-color: .."]], caption: str|None}), column_config: {name|'_index'|'_pos:<n>': config}, column_order: list[str]|None, width: 'stretch'|'content'|int, height: 'auto'|'stretch'|'content'|int, row_height: int|None, placeholder: str|None, editing_mode: 'read_only', alt; with on_select also a widget: selection_mode: list[str], value: {selection: {rows, columns, cells}}
    "data_editor",  # as dataframe, editing_mode: 'fixed'|'dynamic'|'add'|'delete', ignore_rerun: bool; a widget whose value is {edited_rows: {row: {column: value}}, added_rows: [...], deleted_rows: [...]}
    "table",  # data: TableData (as dataframe), border: 'all'|'none'|'horizontal', hide_index: bool, hide_header: bool, width, height, alt
    "imgs",  # urls: list[str] (data: URLs for bytes), captions: list[str]
    "audio",  # url: str|None (data: URL for files and bytes), start_time: int, end_time: int|None, loop: bool, autoplay: bool, alt: str|None, width: 'stretch'|int
    "video",  # as audio, muted: bool, youtube: bool (url is YouTube's embed URL), subtitles: list[{label: str, url: str (WebVTT data: URL)}]
    "html",  # body: str (sanitised by the page), unsafe_allow_javascript: True when its scripts run
    "help_info",  # name, signature, doc_string, type
    "page_link",  # label, url, icon, disabled, help
    "iframe",  # srcdoc: str|None, src: str|None, width, height, scrolling (components.v1.html / iframe)
    "toast",  # body: str, icon: str|None, duration: float|None (seconds; None stays until closed), run: int (the run that drew it: a new run shows a toast that is gone again)
    "balloons",  # seq: int (the run that launched them: a new value launches them again)
    "snow",  # seq: int (as balloons)
    "space",  # size: str|int
    "vega_lite_chart",  # spec: str (Vega-Lite JSON text, its data pulled out), data: Columnar|None (the inline data), datasets: list[{name: str, data: Columnar}] (Columnar = {fields: list[str], columns: list[list | {enc: 'f64', data: bytes}]}, floats as little-endian doubles), theme: 'streamlit'|'', use_container_width: bool|None, width: 'stretch'|'content'|int|None, height: 'stretch'|'content'|int, alt: str|None, selection_mode: list[str] (with on_select: a widget, value: JSON text of {selection: {param: ...}})
    "plotly_chart",  # spec: str (Plotly figure JSON), config: str (JSON), theme: 'streamlit'|'', width, height, alt, selection_mode: list['points'|'box'|'lasso'] (with on_select: a widget, value: JSON text of {selection: {points, point_indices, box, lasso}})
    "deck_gl_json_chart",  # json: str (deck.gl JSON: st.map's ScatterplotLayer, or pydeck's), kind: 'map'|'pydeck', width, height, alt, selection_mode: list['single-object'|'multi-object'] (pydeck with on_select: a widget, value: JSON text of {selection: {indices, objects}})
    "graphviz_chart",  # spec: str (DOT source), engine: str, element_id: str, width, height, alt
    "echarts_chart",  # spec: str (ECharts option JSON; a dataframe dataset.source is {name: str}), datasets: list[{name: str, data: Columnar}], theme: 'streamlit'|'', renderer: 'canvas'|'svg', width, height, alt: str|None, selection_activated: bool (with on_select: a widget, value: JSON text of {selection: {selected, areas}})
    "skeleton",  # height: int|'stretch'|None, width: int|'stretch' (st.skeleton; later writes replace it)
    "pdf",  # url: str (a data: URL for bytes and files), height: int|'stretch', alt: str|None
    "logo",  # image: str (URL), icon_image: str|None, size: 'small'|'medium'|'large', link: str|None (drawn in the header and sidebar)
    "menu_button",  # label, options: list[str], kind, icon, wrap; a choice is a click event whose value is the option index
    "pagination",  # num_pages: int, default: int, max_visible_pages: int|None, value: int (1-based page)
    "audio_input",  # value: list[FileInfo] (0 or 1 recording), sample_rate: int|None
    "camera_input",  # value: list[FileInfo] (0 or 1 photo), resolution_height: int|None
    "date_time_input",  # value: str|None ('YYYY-MM-DDTHH:MM'), min, max: str, format: str, step: int (seconds), required: bool, default: str|None, clearable: bool (value=None, not required)
    "component_instance",  # component_name: str, url: str (app/<folder>/index.html or a URL), args: dict, tab_index: int|None, value: JSON (components.v1)
    "bidi_component",  # component_name, html, css, js: str|None, isolate_styles: bool, data: JSON, width, height, trigger_id: str, value: {state: dict, changed: list[str]} (components.v2)
    "bidi_trigger",  # component_name: str; drawn as nothing: a v2 component's triggers arrive as clicks with value {name, value}
)

#: Widget types whose values travel in ``set_value`` events; the comments give the value's shape.
WIRE_VALUES: Final[tuple[str, ...]] = (
    "checkbox",  # bool
    "radio",  # int|None (option index)
    "selectbox",  # int|None (option index)
    "multiselect",  # list[int] (option indices, in the order chosen)
    "slider",  # list[number] (1 or 2 items; for select_slider, option indices)
    "text_input",  # str|None
    "text_area",  # str|None
    "number_input",  # number|None
    "date_input",  # list[str] (ISO dates)
    "time_input",  # str|None ('HH:MM[:SS]')
    "color_picker",  # str
    "file_uploader",  # list[{name: str, type: str, data: str (base64)}]
    "button_group",  # list[int] (chosen option indices)
    "vega_lite_chart",  # str|None (JSON text of {selection: {param: selection}}, as Streamlit's frontend sends)
    "plotly_chart",  # str|None (JSON text of {selection: {points, point_indices, box, lasso}}, as Streamlit's frontend sends)
    "echarts_chart",  # str|None (JSON text of {selection: {selected: list[{series_index, series_id, series_name, data_type, data_indices}], areas: list[{brush_index, brush_type, coord_range}]}})
    "deck_gl_json_chart",  # str|None (JSON text of {selection: {indices: {layer_id: [int]}, objects: {layer_id: [object]}}})
    "dataframe",  # {selection: {rows: list[int], columns: list[str], cells: list[[int, str]]}} (rows: positions in the data as given)
    "data_editor",  # {edited_rows: {row: {column: value}}, added_rows: list[{column: value}], deleted_rows: list[int]} (dates as ISO text)
    "pagination",  # int (1-based page)
    "audio_input",  # list[{name: str, type: str, data: str (base64)}] (0 or 1 recording)
    "camera_input",  # list[{name: str, type: str, data: str (base64)}] (0 or 1 photo)
    "date_time_input",  # str|None ('YYYY-MM-DDTHH:MM')
    "component_instance",  # JSON (what the component sent with streamlit:setComponentValue)
    "bidi_component",  # {state: dict (every state value), changed: list[str] (the names that changed)}
)

# ---------------------------------------------------------------------------
# Widget events (inside an ``events`` message). Each is a dict with a "type" tag.
# ---------------------------------------------------------------------------


class SetValueEvent(TypedDict):
    """A committed widget value. Successive values of one widget may merge."""

    type: Literal["set_value"]
    #: The widget's id (``$$ID-…``).
    id: str
    #: Its new wire value (see ``WIRE_VALUES``).
    value: Any
    #: The widget's fragment (its ``props.fragment_id``), absent outside one. Only the
    #: page reads it: an event in a fragment never cuts a running script short.
    fragment_id: NotRequired[str]


class ClickEvent(TypedDict):
    """A click on a button or download button, or a chat_input submit. Never
    merged: N clicks, N runs."""

    type: Literal["click"]
    #: The button's (or chat input's) widget id.
    id: str
    #: chat_input only: the submitted text. Absent for a button.
    value: NotRequired[str]
    #: The widget's fragment, as in ``SetValueEvent``.
    fragment_id: NotRequired[str]


class SubmitEvent(TypedDict):
    """A form submit: the staged values of the form, then the submitter's click."""

    type: Literal["submit"]
    #: The submit button's widget id.
    id: str
    #: The form's key (``st.form(key)``).
    form_id: str
    #: ``{widget id: wire value}`` of the form's widgets the user changed.
    values: dict[str, Any]
    #: The widget's fragment, as in ``SetValueEvent``.
    fragment_id: NotRequired[str]


WidgetEvent = SetValueEvent | ClickEvent | SubmitEvent
EVENTS: Final[dict[str, type]] = {"set_value": SetValueEvent, "click": ClickEvent, "submit": SubmitEvent}
#: Events that start a run of their own and are never merged or cut short.
TRIGGER_EVENTS: Final = ("click", "submit")

# ---------------------------------------------------------------------------
# Page -> worker messages.
# ---------------------------------------------------------------------------


class BootMsg(TypedDict):
    """Start Python and do the first run (once per worker)."""

    type: Literal["boot"]
    #: The script to run, relative to the app folder.
    entrypoint: str
    #: ``{path: text | {"base64": data}}``: every file of the app folder. The
    #: worker writes them to ``APP_DIR`` and leaves them out of what it hands Python.
    files: NotRequired[dict[str, Any]]
    #: Run ids start above this (a restarted worker continues the page's numbering).
    run_id_base: int
    #: Packages to ``loadPackage`` from the site's lock (the runtime first).
    packages: list[str]
    #: Requirement strings to install with micropip.
    micropip: list[str]
    #: Post a ``state_snapshot`` after every run (``wasmlit build --persist-state``).
    persist_state: bool
    #: Session state this tab saved before a reload (``{key: JSON value}``), or None.
    state: dict[str, Any] | None
    #: Answer ``dev_query`` and record the session for "Download this session as
    #: a test" (``wasmlit run``, ``wasmlit build --dev-tools``, the pytest plugin's builds).
    dev_tools: NotRequired[bool]
    #: The URL path of the page to open ('' is the default page), from the page's location.
    page: NotRequired[str]
    #: The URL's query string, without '?' (``st.query_params``).
    query: NotRequired[str]
    #: What ``st.context`` reports: ``{url, timezone, timezone_offset, locale, theme, is_embedded}`` from the browser.
    client: NotRequired[dict[str, Any]]
    #: Config options from the app's ``.streamlit/config.toml`` (``{"client.toolbarMode": ...}``).
    options: NotRequired[dict[str, Any]]


class EventsMsg(TypedDict):
    """Apply these widget events in order and rerun (one run per click/submit)."""

    type: Literal["events"]
    events: list[WidgetEvent]


class RerunMsg(TypedDict):
    """Rerun the script with no new input (the Rerun menu, a rerun the worker
    said it owes, a page switch, a fragment's ``run_every`` timer)."""

    type: Literal["rerun"]
    #: Switch to the page with this URL path ('' is the default page); absent: stay.
    page: NotRequired[str]
    #: The URL's query string (no '?') to use from now on; absent: keep the session's.
    query: NotRequired[str]
    #: Rerun only this fragment (its ``run_every`` timer); absent: the whole app.
    fragment_id: NotRequired[str]


class ClearCacheMsg(TypedDict):
    """Clear st.cache_data, st.cache_resource and st.session_state. No rerun."""

    type: Literal["clear_cache"]


class StopMsg(TypedDict):
    """Stop the current run (between runs there is nothing to stop)."""

    type: Literal["stop"]


class UpdateFilesMsg(TypedDict):
    """Write these files and rerun in the same session (hot reload)."""

    type: Literal["update_files"]
    #: As in ``BootMsg.files``.
    files: dict[str, Any]


class RequestDownloadMsg(TypedDict):
    """Send the data of a download button whose props carry none (it was too
    large to travel with the page): the worker answers with ``download``. No rerun."""

    type: Literal["request_download"]
    #: The download button's widget id.
    id: str


class DevQueryMsg(TypedDict):
    """Dev tools only: ask the session something; the worker answers with
    ``dev_answer``. No rerun. A worker booted without ``dev_tools`` refuses it,
    and a normal site has no code that sends it."""

    type: Literal["dev_query"]
    #: Echoed in the answer.
    query_id: int
    #: One of ``DEV_QUERIES``.
    what: str
    #: ``session_test`` only: the visible text of each text element on the page, ``{node id: text}``.
    screen: NotRequired[dict[str, str]]


#: What a ``dev_query`` may ask: the session state as JSON (the pytest helpers'
#: ``session_state(page)``), or the session as two pytest files ("Download this session as a test").
DEV_QUERIES: Final = ("session_state", "session_test")

PageMsg = BootMsg | EventsMsg | RerunMsg | ClearCacheMsg | StopMsg | UpdateFilesMsg | RequestDownloadMsg | DevQueryMsg
PAGE_TO_WORKER: Final[dict[str, type]] = {
    "boot": BootMsg, "events": EventsMsg, "rerun": RerunMsg, "clear_cache": ClearCacheMsg,
    "stop": StopMsg, "update_files": UpdateFilesMsg, "request_download": RequestDownloadMsg,
    "dev_query": DevQueryMsg,
}

#: Page messages whose run a newer page message may cut short (fast reruns),
#: unless they carry one of ``TRIGGER_EVENTS``: a click's run always ends.
SUPERSEDABLE_MESSAGES: Final = ("rerun", "update_files", "events")


def is_supersedable(message: Mapping[str, Any]) -> bool:
    """May a newer page message cut this message's run short? (The page's
    ``isSupersedable`` in protocol.js applies the same rule.)"""
    if message.get("type") not in SUPERSEDABLE_MESSAGES:
        return False
    events = message.get("events") or []
    return not any(isinstance(e, Mapping) and e.get("type") in TRIGGER_EVENTS for e in events)


# ---------------------------------------------------------------------------
# Worker -> page messages.
# ---------------------------------------------------------------------------

#: "compile_error": the script did not compile (a ``script_compile_error`` message came first);
#: nothing ran, and the page keeps what it shows, as Streamlit does.
RunStatus = Literal["success", "stopped", "error", "rerun", "interrupted", "compile_error"]
RUN_STATUS: Final = ("success", "stopped", "error", "rerun", "interrupted", "compile_error")
#: Statuses after which the page holds exactly what the run drew (the run's
#: removals were sent); after "rerun" and "interrupted" old nodes stay.
CLEARING_STATUSES: Final = ("success", "stopped", "error")


class LoadingMsg(TypedDict):
    """Boot progress, for the loading screen."""

    type: Literal["loading"]
    #: 'download' | 'start' | 'install' | 'run', or 'snapshot' (Python started from the
    #: browser's memory snapshot; the page shows it as 'start').
    stage: str
    #: What to show; '' for the page's own text for the stage.
    message: str


class ReadyMsg(TypedDict):
    """Python is up and the session exists."""

    type: Literal["ready"]


class RunStartedMsg(TypedDict):
    """A script run began."""

    type: Literal["run_started"]
    run_id: int
    #: A fragment run: the ids of the containers it redraws (only their nodes may go
    #: stale); ``[]`` for a full run.
    scope: list[str]


class DeltasMsg(TypedDict):
    """What changed on the page since the last message (see "Deltas" above)."""

    type: Literal["deltas"]
    run_id: int
    ops: list[DeltaOp]
    #: A slow run's progress, ``{block_id: n}``: every child of the block below
    #: index n was drawn by this run. ``{}`` otherwise.
    drawn: dict[str, int]


class RunFinishedMsg(TypedDict):
    """A script run ended. On every status but 'rerun' the removals came first."""

    type: Literal["run_finished"]
    run_id: int
    status: RunStatus


class ScriptCompileErrorMsg(TypedDict):
    """The script has a syntax error: the page shows it in Streamlit's "Script execution error"
    dialog instead of running anything."""

    type: Literal["script_compile_error"]
    #: The error as Python reports it (file, line, the line with a caret, the message).
    message: str


class PageConfigMsg(TypedDict):
    """``st.set_page_config``: the page's title, icon and layout (sent when they change)."""

    type: Literal["page_config"]
    title: str | None
    icon: str | None
    #: 'centered' | 'wide'.
    layout: str
    #: 'auto' | 'expanded' | 'collapsed' | 'locked' (st.set_page_config's initial_sidebar_state).
    sidebar_state: str
    #: The sidebar's first width in pixels (initial_sidebar_state as an int), or None for the default.
    sidebar_width: int | None


class DownloadMsg(TypedDict):
    """The data of a clicked download_button, for the page to save (the answer
    to ``request_download``)."""

    type: Literal["download"]
    id: str
    file_name: str
    mime: str
    #: base64.
    data: str
    #: Set when a deferred download's function failed (then there is no data): the page shows it.
    error: NotRequired[str]


class ErrorMsg(TypedDict):
    """A worker-level problem (a bad message, a boot failure); the session lives on."""

    type: Literal["error"]
    #: One line for the user.
    message: str
    #: A traceback or other detail ('' when there is none).
    detail: str


class StateSnapshotMsg(TypedDict):
    """After each run when persist_state is on: the JSON-serialisable user keys
    and keyed widget values (buttons excluded)."""

    type: Literal["state_snapshot"]
    state: dict[str, Any]
    #: The keys that could not be serialised.
    skipped: list[str]


class DevAnswerMsg(TypedDict):
    """The answer to a ``dev_query``."""

    type: Literal["dev_answer"]
    #: The query's ``query_id``.
    query_id: int
    #: The query's ``what``.
    what: str
    #: ``session_state``: ``{"state": {key: JSON value}, "skipped": [key]}``;
    #: ``session_test``: ``{"files": {file name: Python source}}``.
    data: dict[str, Any]


class IdleMsg(TypedDict):
    """Sent by worker_boot.js itself (never by Python) once it has handled a page
    message: the page may send the next queued one."""

    type: Literal["idle"]
    #: The last run ended with ``st.rerun()`` (or a page switch): the page sends a
    #: ``rerun`` next, unless a message it already holds covers it.
    rerun: bool


class NavigationMsg(TypedDict):
    """The app's pages (``st.navigation`` or a ``pages/`` folder), sent when they or the current page change."""

    type: Literal["navigation"]
    #: ``{key, title, icon, url_path, section, hidden}`` per page, in menu order (and ``help``, its tooltip, and
    #: ``external_url``, a link the menu opens in a new tab, when set).
    pages: list[dict[str, Any]]
    #: Section headers, in order ('' for pages without a section).
    sections: list[str]
    #: 'sidebar' | 'top' | 'hidden'.
    position: str
    #: ``st.navigation(expanded=)``: True, False, or how many pages show before "View more".
    expanded: bool | int
    #: The key of the page this run shows.
    current: str


class UrlMsg(TypedDict):
    """The page's URL: the current page's path and ``st.query_params``."""

    type: Literal["url"]
    #: The page's URL path, relative to the app's root ('' is the default page).
    url_path: str
    #: The query string, without '?'.
    query: str
    #: 'push' for a new page (a history entry), 'replace' for new query params.
    history: str


class AutoRerunMsg(TypedDict):
    """The fragments that rerun on a timer (``st.fragment(run_every=)``), after a full run."""

    type: Literal["auto_rerun"]
    #: ``{fragment id: seconds}``; a fragment not listed has no timer any more.
    timers: dict[str, float]


WorkerMsg = (LoadingMsg | ReadyMsg | RunStartedMsg | DeltasMsg | RunFinishedMsg | PageConfigMsg
             | DownloadMsg | ErrorMsg | StateSnapshotMsg | IdleMsg | DevAnswerMsg | NavigationMsg | UrlMsg
             | AutoRerunMsg | ScriptCompileErrorMsg)
WORKER_TO_PAGE: Final[dict[str, type]] = {
    "loading": LoadingMsg, "ready": ReadyMsg, "run_started": RunStartedMsg, "deltas": DeltasMsg,
    "run_finished": RunFinishedMsg, "page_config": PageConfigMsg, "download": DownloadMsg,
    "error": ErrorMsg, "state_snapshot": StateSnapshotMsg, "idle": IdleMsg,
    "dev_answer": DevAnswerMsg,
    "navigation": NavigationMsg, "url": UrlMsg, "auto_rerun": AutoRerunMsg,
    "script_compile_error": ScriptCompileErrorMsg,
}
#: Every message, by tag: the one table both directions are read from.
MESSAGES: Final[dict[str, type]] = {**PAGE_TO_WORKER, **WORKER_TO_PAGE}


def fields_of(typed_dict: type, tag: str | None = "type") -> list[str]:
    """The field names of a message, event or op TypedDict, without its tag
    (``type`` for messages and events, ``op`` for delta ops; None keeps all)."""
    return [name for name in get_type_hints(typed_dict) if name != tag]


def encode(message: Mapping[str, Any]) -> str:
    """A message as the JSON text that crosses the worker boundary."""
    return json.dumps(message, default=str, separators=(",", ":"))


#: How a ``bytes`` value in a message travels: ``{BUFFER_REF: i}`` in the JSON
#: text stands for the i-th binary buffer posted beside it (a table's columns),
#: which the page reads as an ``ArrayBuffer`` (protocol.js ``parseMessage``).
BUFFER_REF: Final = "$buffer"


def encode_with_buffers(message: Mapping[str, Any]) -> tuple[str, list[bytes]]:
    """A message as JSON text plus the binary buffers its ``bytes`` values
    became (``{"$buffer": i}`` in the text); no buffers for most messages."""
    buffers: list[bytes] = []

    def default(value: Any) -> Any:
        if isinstance(value, (bytes, bytearray, memoryview)):
            buffers.append(bytes(value))
            return {BUFFER_REF: len(buffers) - 1}
        return str(value)

    return json.dumps(message, default=default, separators=(",", ":")), buffers


# ---------------------------------------------------------------------------
# Rules both sides share.
# ---------------------------------------------------------------------------

#: Slots of the Int32Array the page shares with the worker when it is
#: cross-origin isolated (see host/pyodide_host.py).
INTERRUPT_SLOTS: Final = {"interrupt": 0, "pending": 1, "wake": 2}
#: What the page writes into the interrupt slot to stop a run.
SIGINT: Final = 2
#: Where the worker writes the app's files (its working directory).
APP_DIR: Final = "/home/pyodide/app"
#: Where the worker writes the runtime wheel, which Python imports from as a zip,
#: and Python the runtime's second part (host/lazy_runtime.py).
RUNTIME_DIR: Final = "/home/pyodide/wasmlit"
#: Headers that make a page cross-origin isolated (shared memory, interrupts).
#: ``credentialless``, not ``require-corp``: an app's images, media and markdown
#: from other sites (``st.image("https://...")``) load without the CORP header most
#: hosts do not send. Chromium and Firefox isolate with it; a browser without it
#: (Safari) runs the page un-isolated, which works, without interrupts.
ISOLATION_HEADERS: Final = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "credentialless",
    "Cross-Origin-Resource-Policy": "same-origin",
}
#: Hex digits of a content hash in a hashed name (40 bits).
HASH_LENGTH: Final = 10
#: Content-hashed names (``name.<hash>.ext``, ``runtime/<hash>/file``): their
#: bytes never change, so they are cached forever.
HASHED_NAME_PATTERN: Final = rf"\.[0-9a-f]{{{HASH_LENGTH}}}\.[A-Za-z0-9]+$|/[0-9a-f]{{{HASH_LENGTH}}}/[^/]+$"
HASHED_NAME: Final = re.compile(HASHED_NAME_PATTERN)
