"""The module a script gets from ``import streamlit as st``.

Every element and widget command is a method of the main DeltaGenerator,
bound here by name, so an IDE and a type checker see each ``st.*`` name.
The rest (session state, caching, rerun/stop, page config, navigation) comes
from its own module. Any other ``st.*`` name that Streamlit has raises a
StreamlitAPIException naming it, never an AttributeError, so an unsupported
command fails clearly.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from wasmlit import errors
from wasmlit.api.cache import cache_data, cache_resource
from wasmlit.api.context import context
from wasmlit.api.control import rerun, set_page_config, stop
from wasmlit.api.delta_generator import ON_FIRST_USE, DeltaGenerator
from wasmlit.api.delta_generator import bottom_dg as _bottom
from wasmlit.api.delta_generator import main_dg as _main
from wasmlit.api.delta_generator import sidebar_dg as sidebar
from wasmlit.api.execution import dialog, fragment
from wasmlit.api.navigation import Page, StreamlitPage, navigation, switch_page
from wasmlit.api.options import get_option, set_option
from wasmlit.api.page_chrome import logo
from wasmlit.api.query_params import query_params
from wasmlit.api.session_state_proxy import SessionStateProxy
from wasmlit.api.streamlit_alias import lazy_module
from wasmlit.api.streamlit_names import STREAMLIT_API_NAMES, missing_attribute_message
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitUnsupportedError

__version__ = "1.67.0"

session_state = SessionStateProxy(lambda: require_run_context().state)
#: ``st.bottom``: pinned below the page (Streamlit's BOTTOM root).
bottom = _bottom


class _DeprecatedBottom:
    """``st._bottom``: ``st.bottom`` under its old name. As in 1.67, the first use of the
    old name shows a deprecation warning in the page (once, as 1.67's wrapper does)."""

    _warned = False

    def _use(self) -> DeltaGenerator:
        if not _DeprecatedBottom._warned:
            _DeprecatedBottom._warned = True
            _main.warning("Please replace `st._bottom` with `st.bottom`.\n\n`st._bottom` will be removed after 2026-07-01.")
        return bottom

    def __getattr__(self, name: str) -> Any:
        return getattr(self._use(), name)

    def __enter__(self) -> DeltaGenerator:
        return self._use().__enter__()

    def __exit__(self, *exc: Any) -> Any:
        return bottom.__exit__(*exc)


globals()["_bottom"] = _DeprecatedBottom()

# -- element and widget commands (methods of the main DeltaGenerator) ---------
title = _main.title
header = _main.header
subheader = _main.subheader
markdown = _main.markdown
caption = _main.caption
latex = _main.latex
divider = _main.divider
badge = _main.badge
text = _main.text
code = _main.code
json = _main.json
write = _main.write
write_stream = _main.write_stream
success = _main.success
info = _main.info
warning = _main.warning
error = _main.error
exception = _main.exception
spinner = _main.spinner
container = _main.container
empty = _main.empty
columns = _main.columns
tabs = _main.tabs
expander = _main.expander
popover = _main.popover
status = _main.status
form = _main.form
button = _main.button
download_button = _main.download_button
form_submit_button = _main.form_submit_button
link_button = _main.link_button
space = _main.space
# Streamlit 1.67's newer commands
grid = _main.grid
# The widget families and rarer elements: bound on first use by __getattr__ below (their modules load
# then, delta_generator.ON_FIRST_USE), declared here as names of st.
help: Any
metric: Any
progress: Any
toast: Any
balloons: Any
snow: Any
checkbox: Any
toggle: Any
text_input: Any
text_area: Any
number_input: Any
slider: Any
select_slider: Any
selectbox: Any
multiselect: Any
radio: Any
date_input: Any
time_input: Any
color_picker: Any
file_uploader: Any
image: Any
html: Any
chat_input: Any
chat_message: Any
pills: Any
segmented_control: Any
feedback: Any
page_link: Any
datetime_input: Any
# The chart and grid commands, and the rarer newer ones: bound on first use by __getattr__ below (their
# families load then, delta_generator.ON_FIRST_USE), declared here as names of st.
dataframe: Any
table: Any
data_editor: Any
pyplot: Any
line_chart: Any
area_chart: Any
bar_chart: Any
scatter_chart: Any
vega_lite_chart: Any
altair_chart: Any
plotly_chart: Any
map: Any
pydeck_chart: Any
graphviz_chart: Any
echarts_chart: Any
mermaid_chart: Any
pdf: Any
skeleton: Any
menu_button: Any
pagination: Any
audio_input: Any
camera_input: Any
audio: Any
video: Any
iframe: Any
#: Rare commands that are no DeltaGenerator method: name -> module, imported on first use.
_FUNCTIONS_ON_FIRST_USE: dict[str, str] = {
    "echo": "wasmlit.api.echo",
    **dict.fromkeys(("login", "logout", "user", "connection", "App"), "wasmlit.api.auth"),
    # Most apps never read secrets: their module (and the TOML it reads) loads on first use.
    "secrets": "wasmlit.api.secrets",
}
secrets: Any
echo: Any
login: Any
logout: Any
user: Any
connection: Any
App: Any


def __getattr__(name: str) -> Any:
    # A command whose family's module is imported on first use
    # (delta_generator.ON_FIRST_USE); from then on it is an attribute like the rest.
    if name in ON_FIRST_USE:
        command = getattr(_main, name)
        globals()[name] = command
        return command
    if name in _FUNCTIONS_ON_FIRST_USE:
        value = getattr(importlib.import_module(_FUNCTIONS_ON_FIRST_USE[name]), name)
        globals()[name] = value
        return value
    # A Streamlit API wasmlit lacks fails loudly; a name Streamlit lacks too is
    # Streamlit's own AttributeError (a removed name says what replaced it), so
    # hasattr(st, ...) works as it does in Streamlit.
    if name not in STREAMLIT_API_NAMES:
        raise AttributeError(missing_attribute_message(name, STREAMLIT_API_NAMES), name=name, obj=sys.modules[__name__])
    raise StreamlitUnsupportedError(name)


def __dir__() -> list[str]:
    # The commands bound on first use are names of st before that too.
    return sorted(set(globals()) | set(ON_FIRST_USE) | set(_FUNCTIONS_ON_FIRST_USE))


#: ``st.column_config``: its classes are imported when an app first uses one.
column_config = lazy_module("streamlit.column_config")
#: ``st.typing``: the classes of what commands return (for annotations), imported when first used.
typing = lazy_module("streamlit.typing")

class _Components:
    """``st.components.v1`` and ``.v2``, imported when an app first uses one: few apps
    do, and their code is not on every app's cold load (``import streamlit.components.v1``
    resolves through the alias)."""

    _MODULES = {"v1": "wasmlit.api.components", "v2": "wasmlit.api.components_v2"}

    def __getattr__(self, name: str) -> Any:
        if name not in self._MODULES:
            raise AttributeError(name)
        module = importlib.import_module(self._MODULES[name])
        setattr(self, name, module)
        return module


components = _Components()

__all__ = [
    "DeltaGenerator", "Page", "StreamlitPage", "bottom", "context", "get_option", "set_option",
    "cache_data", "components", "cache_resource", "dialog", "echo", "errors",
    "fragment", "logo", "navigation", "query_params", "rerun", "secrets", "session_state",
    "App", "connection", "login", "logout", "user",
    "datetime_input", "pagination", "menu_button", "skeleton", "audio_input", "camera_input", "mermaid_chart", "pdf",
    "iframe", "grid",
    "set_page_config", "sidebar", "stop", "switch_page",
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "latex",
    "divider",
    "badge",
    "text",
    "code",
    "json",
    "write",
    "write_stream",
    "help",
    "success",
    "info",
    "warning",
    "error",
    "exception",
    "metric",
    "progress",
    "spinner",
    "toast",
    "balloons",
    "snow",
    "container",
    "empty",
    "columns",
    "tabs",
    "expander",
    "popover",
    "status",
    "form",
    "button",
    "download_button",
    "form_submit_button",
    "link_button",
    "checkbox",
    "toggle",
    "text_input",
    "text_area",
    "number_input",
    "slider",
    "select_slider",
    "selectbox",
    "multiselect",
    "radio",
    "date_input",
    "time_input",
    "color_picker",
    "file_uploader",
    "dataframe",
    "table",
    "data_editor",
    "column_config",
    "image",
    "pyplot",
    "audio",
    "video",
    "html",
    "line_chart",
    "area_chart",
    "bar_chart",
    "scatter_chart",
    "vega_lite_chart",
    "altair_chart",
    "plotly_chart",
    "map",
    "pydeck_chart",
    "graphviz_chart",
    "echarts_chart",
    "chat_input",
    "chat_message",
    "pills",
    "segmented_control",
    "feedback",
    "page_link",
    "space",
]
