"""The wire protocol between the Python engine and the page.

This module is the single Python-side definition of every message that crosses
the worker/page boundary. Its JavaScript twin is ``web/src/protocol.js``; both
use the same names, and ``tests/test_protocol_sync.py`` fails when they drift.

Everything here is plain JSON: the bridge passes JSON *text* across the
JS/Python boundary, never one proxy per element.

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
* ``{"op": "update", "node": NodeDict}``: a node the page has whose parent,
  index, type, key or props changed (the whole node is sent: props are small);
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

from typing import Any, Final, Literal, TypedDict

PROTOCOL_VERSION: Final = 1

#: A run longer than this flushes its pending deltas at the next ``st.*`` call,
#: so a slow script shows its progress. It stays under the page's 0.5 s stale
#: delay, and above what a typical rerun takes, so most runs send one message
#: and never need ``drawn``. (A spinner flushes at once.)
FLUSH_INTERVAL_S: Final = 0.25

MAIN_ROOT: Final = "0"
SIDEBAR_ROOT: Final = "1"


class NodeDict(TypedDict):
    """One node of the element tree, as it travels in a delta."""

    id: str
    parent: str
    index: int
    type: str
    key: str | None
    props: dict[str, Any]


class AddOp(TypedDict):
    op: Literal["add"]
    node: NodeDict


class UpdateOp(TypedDict):
    op: Literal["update"]
    node: NodeDict


class RemoveOp(TypedDict):
    op: Literal["remove"]
    id: str


DeltaOp = AddOp | UpdateOp | RemoveOp

# ---------------------------------------------------------------------------
# Node types and their props. Blocks have children; elements do not.
# ---------------------------------------------------------------------------

#: Block types: ``type -> props``.
BLOCK_TYPES: Final[dict[str, str]] = {
    "vertical_block": "border: bool, height: int|None (st.container / column body)",
    "horizontal_block": "gap: 'small'|'medium'|'large', vertical_alignment: str (holds columns)",
    "column": "weight: float (fraction of the row), gap: str",
    "expander": "label: str, expanded: bool, icon: str|None",
    "tabs": "labels: list[str] (children are 'tab' blocks, in order)",
    "tab": "label: str",
    "form": "form_id: str, clear_on_submit: bool, border: bool, enter_to_submit: bool",
    "chat_message": "name: str, avatar: str|None",
}

#: Element types: ``type -> props``. Every string prop is plain text unless the
#: prop is named ``body`` on a markdown-like element (rendered through marked,
#: raw HTML escaped unless ``allow_html``).
ELEMENT_TYPES: Final[dict[str, str]] = {
    "heading": "tag: 'h1'|'h2'|'h3', body: str, anchor: str|None, divider: str|None, help: str|None",
    "markdown": "body: str, allow_html: bool, help: str|None, variant: 'markdown'|'caption'|'divider'|'latex'",
    "text": "body: str, help: str|None",
    "code": "body: str, language: str|None, line_numbers: bool",
    "json": "body: str (JSON text), expanded: bool|int",
    "alert": "format: 'success'|'info'|'warning'|'error', body: str, icon: str|None",
    "exception": "type_name: str, message: str, stack_trace: list[str], is_warning: bool",
    "metric": "label: str, value: str, delta: str, delta_color: str, help: str|None, border: bool",
    "progress": "value: int (0-100), text: str",
    "spinner": "text: str",
    "empty": "(no props: st.empty before anything is written to it)",
    "unsupported": "name: str (an st.* element wasmlit renders as a notice)",
    # Widgets: every widget has label, help, disabled, label_visibility,
    # form_id (str, '' outside a form) and value (its wire value).
    "button": "label, kind: 'primary'|'secondary'|'tertiary', icon, use_container_width",
    "download_button": "label, kind, file_name: str, mime: str, data: str (base64)",
    "form_submit_button": "label, kind",
    "checkbox": "value: bool, style: 'checkbox'|'toggle'",
    "radio": "options: list[str], value: int|None (index), horizontal: bool, captions: list[str]",
    "selectbox": "options: list[str], value: int|None (index), placeholder: str",
    "multiselect": "options: list[str], value: list[int] (indices), max_selections: int|None, placeholder: str",
    "slider": "data_type: 'int'|'float'|'date'|'time'|'datetime', min, max, step, value: list (1 or 2 numbers; dates/times as epoch micros), format: str|None, display: list[str] (formatted value), options: list[str] (select_slider only, then min/max are indices)",
    "text_input": "value: str|None, placeholder, max_chars: int|None, input_type: 'default'|'password'",
    "text_area": "value: str|None, placeholder, max_chars: int|None, height: int|None",
    "number_input": "value: float|int|None, min, max, step, format: str|None, data_type: 'int'|'float', placeholder",
    "date_input": "value: list[str] (ISO dates; 0-2 items), is_range: bool, min: str, max: str, format: str",
    "time_input": "value: str|None ('HH:MM' or 'HH:MM:SS'), step: int (seconds)",
    "color_picker": "value: str ('#rrggbb')",
    "file_uploader": "value: list[FileInfo] (name, type, size; bytes stay in Python), accept_multiple_files: bool, type: list[str]|None",
    "select_slider": "options: list[str], min: 0, max: len-1, step: 1, value: list[int] (option indices, 1 or 2)",
    "button_group": "options: list[str], value: list[int] (chosen indices), selection_mode: 'single'|'multi', style: 'pills'|'segmented_control'|'borderless' (feedback)",
    "chat_input": "placeholder: str, max_chars: int|None, value: None (a submit is a click event with value)",
    "link_button": "label, url, kind, icon, disabled",
    "dataframe": "columns: list[str], index: list[str], rows: list[list[str]], hide_index: bool",
    "table": "as dataframe (a static table)",
    "imgs": "urls: list[str] (data: URLs for bytes), captions: list[str]",
    "audio": "url: str, start_time: int, loop: bool",
    "video": "as audio",
    "html": "body: str (sanitised by the page)",
    "help_info": "name, signature, doc_string, type",
    "page_link": "label, url, icon, disabled, help",
    "iframe": "srcdoc: str|None, src: str|None, width, height, scrolling (components.v1.html / iframe)",
    "toast": "body: str, icon: str|None",
    "space": "size: str|int",
    "vega_lite_chart": "kind: str, columns, index, rows (drawn as a table of the chart's data for now)",
    "plotly_chart": "as vega_lite_chart",
    "deck_gl_json_chart": "as vega_lite_chart (st.map, st.pydeck_chart)",
    "graphviz_chart": "as vega_lite_chart, plus dot: str",
}

#: Wire values carried by ``set_value`` events, per widget type.
WIRE_VALUES: Final[dict[str, str]] = {
    "checkbox": "bool",
    "radio": "int|None (option index)",
    "selectbox": "int|None (option index)",
    "multiselect": "list[int] (option indices, in the order chosen)",
    "slider": "list[number] (1 or 2 items; for select_slider, option indices)",
    "text_input": "str|None",
    "text_area": "str|None",
    "number_input": "number|None",
    "date_input": "list[str] (ISO dates)",
    "time_input": "str|None ('HH:MM[:SS]')",
    "color_picker": "str",
    "file_uploader": "list[{name: str, type: str, data: str (base64)}]",
    "button_group": "list[int] (chosen option indices)",
}

# ---------------------------------------------------------------------------
# Page -> worker. Each message is a dict with a "type" tag.
# ---------------------------------------------------------------------------


class SetValueEvent(TypedDict):
    """A committed widget value. Successive values of one widget may merge."""

    type: Literal["set_value"]
    id: str
    value: Any


class ClickEvent(TypedDict, total=False):
    """A click on a button or download button, or a chat_input submit (with
    ``value``, the text). Never merged: N clicks, N runs."""

    type: Literal["click"]
    id: str
    value: str


class SubmitEvent(TypedDict):
    """A form submit: the staged values of the form, then the submitter's click."""

    type: Literal["submit"]
    id: str
    form_id: str
    values: dict[str, Any]


WidgetEvent = SetValueEvent | ClickEvent | SubmitEvent

#: Page -> worker message tags.
PAGE_TO_WORKER: Final[dict[str, str]] = {
    "boot": "files: {path: str (text) | {base64: str}}, entrypoint: str, run_id_base: int, packages: list[str], micropip: list[str], persist_state: bool, state: {key: JSON value}|None (saved by this tab before a reload, when persist_state is on). Start Python and do the first run.",
    "events": "events: list[WidgetEvent]. Apply them in order and rerun (one run per click/submit).",
    "rerun": "(no fields) Rerun the script with no new input.",
    "clear_cache": "(no fields) Clear st.cache_data, st.cache_resource and st.session_state. No rerun.",
    "stop": "(no fields) Stop the current run.",
    "update_files": "files: as in boot. Write the files and rerun in the same session (hot reload).",
}

# ---------------------------------------------------------------------------
# Worker -> page.
# ---------------------------------------------------------------------------

RunStatus = Literal["success", "stopped", "error", "rerun", "interrupted"]

#: Worker -> page message tags.
WORKER_TO_PAGE: Final[dict[str, str]] = {
    "loading": "stage: 'download'|'start'|'install'|'run', message: str. Boot progress.",
    "ready": "(no fields) Python is up; the session exists.",
    "run_started": "run_id: int.",
    "deltas": "run_id: int, ops: list[DeltaOp], drawn: {block_id: int} (a slow run's progress per block; {} otherwise).",
    "run_finished": "run_id: int, status: RunStatus. On every status but 'rerun' the removals were sent first.",
    "page_config": "title: str|None, icon: str|None, layout: 'centered'|'wide', sidebar_state: str",
    "download": "id: str, file_name: str, mime: str, data: str (base64). The data of a clicked download_button.",
    "error": "message: str, detail: str. A worker-level problem (bad message, boot failure); the session lives on.",
    "state_snapshot": "state: {key: JSON value}, skipped: list[str]. After each run when persist_state is on: the JSON-serialisable user keys and keyed widget values (buttons excluded); skipped names the keys that could not be serialised.",
    "idle": "(no fields) Sent by worker.js itself, never by Python, after each page message it has handled: the page may send the next.",
}


class RunStartedMsg(TypedDict):
    type: Literal["run_started"]
    run_id: int


class DeltasMsg(TypedDict):
    type: Literal["deltas"]
    run_id: int
    ops: list[DeltaOp]
    drawn: dict[str, int]


class RunFinishedMsg(TypedDict):
    type: Literal["run_finished"]
    run_id: int
    status: RunStatus


class PageConfigMsg(TypedDict):
    type: Literal["page_config"]
    title: str | None
    icon: str | None
    layout: str
    sidebar_state: str


WorkerMsg = RunStartedMsg | DeltasMsg | RunFinishedMsg | PageConfigMsg | dict[str, Any]
