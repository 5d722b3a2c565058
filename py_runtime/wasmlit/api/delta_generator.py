"""``DeltaGenerator``: every ``st.*`` element and widget, on one cursor.

The placement mechanics live in ``engine/cursor.py``; each family of commands
is a mixin in ``elements/`` or ``widgets/``. This class only composes them,
and turns an unknown command into a clear error.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, NoReturn

from wasmlit.elements.alert import AlertMixin
from wasmlit.elements.code import CodeMixin
from wasmlit.elements.dialog import DialogMixin
from wasmlit.elements.empty import EmptyMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.form import FormMixin
from wasmlit.elements.heading import HeadingMixin
from wasmlit.elements.json import JsonMixin
from wasmlit.elements.layouts import GridMixin, LayoutsMixin
from wasmlit.elements.markdown import MarkdownMixin
from wasmlit.elements.space import SpaceMixin
from wasmlit.elements.spinner import SpinnerMixin
from wasmlit.elements.text import TextMixin
from wasmlit.elements.write import WriteMixin
from wasmlit.engine.cursor import set_main_cursor
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import BOTTOM_ROOT, EVENT_ROOT, MAIN_ROOT, SIDEBAR_ROOT
from wasmlit.widgets.button import ButtonMixin


class DeltaGenerator(
    HeadingMixin,
    WriteMixin,
    MarkdownMixin,
    TextMixin,
    CodeMixin,
    JsonMixin,
    AlertMixin,
    ExceptionMixin,
    SpinnerMixin,
    EmptyMixin,
    LayoutsMixin,
    FormMixin,
    SpaceMixin,
    DialogMixin,
    ButtonMixin,
    # Streamlit 1.67's newer commands (the commands branch).
    GridMixin,
):
    """A place in the page that elements can be written to (``st``, ``st.sidebar``, a column...)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ON_FIRST_USE:
            adopt_family(name)
            return getattr(self, name)
        # As 1.67: an unknown method is Streamlit's error when it is called, naming st.x when
        # st has it (st.sidebar.rerun(), a column's .stop()).
        from wasmlit.api.streamlit_names import STREAMLIT_API_NAMES

        where = "`st.sidebar`" if self._block_id == SIDEBAR_ROOT else "`DeltaGenerator` objects"
        message = (f"Method `{name}()` does not exist for {where}. Did you mean `st.{name}()`?"
                   if name in STREAMLIT_API_NAMES else f"`{name}()` is not a valid Streamlit command.")

        def refuse(*args: Any, **kwargs: Any) -> NoReturn:
            raise StreamlitAPIException(message)

        return refuse


#: The command families a script imports when it first calls one of them:
#: command -> (module, mixin). An app pays at boot only for the commands every
#: script can reach (text, layout, buttons, forms); a widget family is imported
#: by the first run that draws one. The charts, grids and the rarer newer
#: commands also leave the runtime wheel (a site ships them in the runtime's
#: second part, host/lazy_runtime.py); the common widgets stay in it
#: (tooling/site/runtime_split.py PROBE_APP), so their first use costs an
#: import, never a download.
ON_FIRST_USE: dict[str, tuple[str, str]] = {
    # The widgets and elements of ordinary apps: in the wheel, imported on first use.
    **dict.fromkeys(("checkbox", "toggle"), ("wasmlit.widgets.checkbox", "CheckboxMixin")),
    **dict.fromkeys(("text_input", "text_area"), ("wasmlit.widgets.text_widgets", "TextWidgetsMixin")),
    "number_input": ("wasmlit.widgets.number_input", "NumberInputMixin"),
    "slider": ("wasmlit.widgets.slider", "SliderMixin"),
    "select_slider": ("wasmlit.widgets.select_slider", "SelectSliderMixin"),
    "selectbox": ("wasmlit.widgets.selectbox", "SelectboxMixin"),
    "multiselect": ("wasmlit.widgets.multiselect", "MultiSelectMixin"),
    "radio": ("wasmlit.widgets.radio", "RadioMixin"),
    **dict.fromkeys(("date_input", "time_input"), ("wasmlit.widgets.time_widgets", "TimeWidgetsMixin")),
    "datetime_input": ("wasmlit.widgets.time_widgets", "DateTimeInputMixin"),
    "color_picker": ("wasmlit.widgets.color_picker", "ColorPickerMixin"),
    "file_uploader": ("wasmlit.widgets.file_uploader", "FileUploaderMixin"),
    **dict.fromkeys(("pills", "segmented_control", "feedback"), ("wasmlit.widgets.button_group", "ButtonGroupMixin")),
    **dict.fromkeys(("chat_input", "chat_message"), ("wasmlit.widgets.chat", "ChatMixin")),
    "metric": ("wasmlit.elements.metric", "MetricMixin"),
    # st.help, and st.write of a function, class or module.
    "help": ("wasmlit.elements.doc_string", "HelpMixin"),
    "progress": ("wasmlit.elements.progress", "ProgressMixin"),
    "toast": ("wasmlit.elements.toast", "ToastMixin"),
    "balloons": ("wasmlit.elements.balloons", "BalloonsMixin"),
    "snow": ("wasmlit.elements.snow", "SnowMixin"),
    "image": ("wasmlit.elements.image", "ImageMixin"),
    "html": ("wasmlit.elements.html", "HtmlMixin"),
    "page_link": ("wasmlit.elements.page_link", "PageLinkMixin"),
    # Charts, grids, maps and the rarer newer commands: in the runtime's second part.
    **dict.fromkeys(("dataframe", "table"), ("wasmlit.elements.arrow", "ArrowMixin")),
    "data_editor": ("wasmlit.widgets.data_editor", "DataEditorMixin"),
    **dict.fromkeys(("line_chart", "area_chart", "bar_chart", "scatter_chart", "vega_lite_chart", "altair_chart"),
                    ("wasmlit.elements.vega_charts", "VegaChartsMixin")),
    "plotly_chart": ("wasmlit.elements.plotly_chart", "PlotlyMixin"),
    "pyplot": ("wasmlit.elements.pyplot", "PyplotMixin"),
    "map": ("wasmlit.elements.map", "MapMixin"),
    "pydeck_chart": ("wasmlit.elements.deck_gl_json_chart", "PydeckMixin"),
    "graphviz_chart": ("wasmlit.elements.graphviz_chart", "GraphvizMixin"),
    "echarts_chart": ("wasmlit.elements.echarts_chart", "EChartsMixin"),
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
set_main_cursor(main_dg)
#: ``st.sidebar``.
sidebar_dg = DeltaGenerator(SIDEBAR_ROOT)
#: ``st.bottom`` / ``st._bottom``: pinned below the page (the BOTTOM root).
bottom_dg = DeltaGenerator(BOTTOM_ROOT)
#: ``st._event``: the EVENT root (toasts).
event_dg = DeltaGenerator(EVENT_ROOT)
