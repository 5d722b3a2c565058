"""``DeltaGenerator``: every ``st.*`` element and widget, on one cursor.

The placement mechanics live in ``engine/cursor.py``; each family of commands
is a mixin in ``elements/`` or ``widgets/``. This class only composes them,
and turns an unknown command into a clear error.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from wasmlit.elements.alert import AlertMixin
from wasmlit.elements.balloons import BalloonsMixin
from wasmlit.elements.code import CodeMixin
from wasmlit.elements.dialog import DialogMixin
from wasmlit.elements.doc_string import DocStringMixin
from wasmlit.elements.empty import EmptyMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.form import FormMixin
from wasmlit.elements.heading import HeadingMixin
from wasmlit.elements.html import HtmlMixin
from wasmlit.elements.image import ImageMixin
from wasmlit.elements.json import JsonMixin
from wasmlit.elements.layouts import GridMixin, LayoutsMixin
from wasmlit.elements.markdown import MarkdownMixin
from wasmlit.elements.metric import MetricMixin
from wasmlit.elements.page_link import PageLinkMixin
from wasmlit.elements.progress import ProgressMixin
from wasmlit.elements.snow import SnowMixin
from wasmlit.elements.space import SpaceMixin
from wasmlit.elements.spinner import SpinnerMixin
from wasmlit.elements.text import TextMixin
from wasmlit.elements.toast import ToastMixin
from wasmlit.elements.write import WriteMixin
from wasmlit.errors import StreamlitAPIException, StreamlitUnsupportedError
from wasmlit.protocol import BOTTOM_ROOT, EVENT_ROOT, MAIN_ROOT, SIDEBAR_ROOT
from wasmlit.widgets.button import ButtonMixin
from wasmlit.widgets.button_group import ButtonGroupMixin
from wasmlit.widgets.chat import ChatMixin
from wasmlit.widgets.checkbox import CheckboxMixin
from wasmlit.widgets.color_picker import ColorPickerMixin
from wasmlit.widgets.file_uploader import FileUploaderMixin
from wasmlit.widgets.multiselect import MultiselectMixin
from wasmlit.widgets.number_input import NumberInputMixin
from wasmlit.widgets.radio import RadioMixin
from wasmlit.widgets.select_slider import SelectSliderMixin
from wasmlit.widgets.selectbox import SelectboxMixin
from wasmlit.widgets.slider import SliderMixin
from wasmlit.widgets.text_widgets import TextWidgetsMixin
from wasmlit.widgets.time_widgets import DateTimeInputMixin, TimeWidgetsMixin


class DeltaGenerator(
    HeadingMixin,
    WriteMixin,
    MarkdownMixin,
    TextMixin,
    CodeMixin,
    JsonMixin,
    AlertMixin,
    ExceptionMixin,
    MetricMixin,
    ProgressMixin,
    SpinnerMixin,
    ToastMixin,
    BalloonsMixin,
    SnowMixin,
    EmptyMixin,
    LayoutsMixin,
    FormMixin,
    DocStringMixin,
    ImageMixin,
    HtmlMixin,
    PageLinkMixin,
    SpaceMixin,
    DialogMixin,
    ButtonMixin,
    CheckboxMixin,
    RadioMixin,
    SelectboxMixin,
    MultiselectMixin,
    SelectSliderMixin,
    SliderMixin,
    NumberInputMixin,
    TextWidgetsMixin,
    TimeWidgetsMixin,
    ColorPickerMixin,
    FileUploaderMixin,
    ButtonGroupMixin,
    ChatMixin,
    # Streamlit 1.67's newer commands (the commands branch).
    GridMixin,
    DateTimeInputMixin,
):
    """A place in the page that elements can be written to (``st``, ``st.sidebar``, a column...)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ON_FIRST_USE:
            adopt_family(name)
            return getattr(self, name)
        # Unknown st.* element: a clear Streamlit error instead of AttributeError.
        raise StreamlitUnsupportedError(name)


#: The command families most apps never call (charts, grids, maps, and the rarer
#: newer commands): command ->
#: (module, mixin). Their modules are imported the first time a script calls
#: one of their commands, so their code is not on every app's cold load (a
#: site ships them in the runtime's second part, host/lazy_runtime.py).
ON_FIRST_USE: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("dataframe", "table"), ("wasmlit.elements.arrow", "ArrowMixin")),
    "data_editor": ("wasmlit.widgets.data_editor", "DataEditorMixin"),
    **dict.fromkeys(("line_chart", "area_chart", "bar_chart", "scatter_chart", "vega_lite_chart", "altair_chart"),
                    ("wasmlit.elements.vega_charts", "VegaChartsMixin")),
    "plotly_chart": ("wasmlit.elements.plotly_chart", "PlotlyChartMixin"),
    "pyplot": ("wasmlit.elements.pyplot", "PyplotMixin"),
    "map": ("wasmlit.elements.map", "MapMixin"),
    "pydeck_chart": ("wasmlit.elements.deck_gl_json_chart", "DeckGlJsonChartMixin"),
    "graphviz_chart": ("wasmlit.elements.graphviz_chart", "GraphvizChartMixin"),
    "echarts_chart": ("wasmlit.elements.echarts_chart", "EchartsChartMixin"),
    "mermaid_chart": ("wasmlit.elements.mermaid_chart", "MermaidChartMixin"),
    # Streamlit 1.67's rarer newer commands.
    "pdf": ("wasmlit.elements.pdf", "PdfMixin"),
    "skeleton": ("wasmlit.elements.skeleton", "SkeletonMixin"),
    "menu_button": ("wasmlit.widgets.menu_button", "MenuButtonMixin"),
    "pagination": ("wasmlit.widgets.pagination", "PaginationMixin"),
    "audio_input": ("wasmlit.widgets.audio_input", "AudioInputMixin"),
    "camera_input": ("wasmlit.widgets.camera_input", "CameraInputMixin"),
    **dict.fromkeys(("audio", "video"), ("wasmlit.elements.media", "MediaMixin")),
    "iframe": ("wasmlit.elements.iframe", "IframeMixin"),
}
#: The private helpers behind ``st.components.v1`` / ``.v2`` (api/components*.py adopt them;
#: components.v1's html and iframe adopt st.iframe's family).
COMPONENTS = ("wasmlit.widgets.components", "ComponentsMixin")
#: Two threads of a script may call their first chart at once.
_adopting = threading.Lock()


def adopt_family(command: str) -> None:
    """Make ``command``'s mixin a base of DeltaGenerator, as if it had been
    listed above from the start: its commands and their private helpers are
    then methods of every DeltaGenerator, with their own signatures and
    docstrings (``st.help(st.dataframe)``)."""
    adopt_mixin(*ON_FIRST_USE[command])


def adopt_mixin(module: str, mixin: str) -> None:
    """``adopt_family`` by module and class name (also for private helpers' mixins)."""
    family = getattr(importlib.import_module(module), mixin)
    with _adopting:
        if not issubclass(DeltaGenerator, family):
            DeltaGenerator.__bases__ = (*DeltaGenerator.__bases__, family)


def check_not_in_sidebar(dg: DeltaGenerator, what: str) -> None:
    if dg._root() == SIDEBAR_ROOT:
        raise StreamlitAPIException(f"`{what}` cannot be used in the sidebar.")


#: ``st`` itself: writes go to the innermost ``with`` container, else the main block.
main_dg = DeltaGenerator(MAIN_ROOT, is_main=True)
#: ``st.sidebar``.
sidebar_dg = DeltaGenerator(SIDEBAR_ROOT)
#: ``st.bottom`` / ``st._bottom``: pinned below the page (the BOTTOM root).
bottom_dg = DeltaGenerator(BOTTOM_ROOT)
#: ``st._event``: the EVENT root (toasts).
event_dg = DeltaGenerator(EVENT_ROOT)
