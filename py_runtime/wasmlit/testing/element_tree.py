"""AppTest's view of a run: blocks over the engine's element tree, built
into typed wrappers (elements in ``elements.py``, widgets in ``widgets.py``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from wasmlit.engine.tree import Node, RunTree
from wasmlit.testing.charts import Chart
from wasmlit.testing.chat_input import ChatInput
from wasmlit.testing.commands import AudioInput, BidiComponent, CameraInput, DateTimeInput, MenuButton, Pagination
from wasmlit.testing.element_list import BlockList, ElementList, WidgetList
from wasmlit.testing.elements import (
    Alert,
    Caption,
    Code,
    Dataframe,
    Divider,
    Element,
    ExceptionElement,
    Heading,
    Json,
    Latex,
    Markdown,
    Metric,
    Node_,
    Progress,
    Table,
    Text,
    UnknownElement,
)
from wasmlit.testing.page_elements import HelpInfo, Html, Image, LinkButton, PageLink, Space
from wasmlit.testing.queries import AppTestError, ElementQueries
from wasmlit.testing.widgets import (
    _UNSET,
    Button,
    ButtonGroup,
    Checkbox,
    ColorPicker,
    DateInput,
    DownloadButton,
    FileUploader,
    Multiselect,
    NumberInput,
    Radio,
    Selectbox,
    SelectSlider,
    Slider,
    TextArea,
    TextInput,
    TimeInput,
    Widget,
)

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

__all__ = ["AppTestError", "BlockList", "Button", "ElementList", "WidgetList", "Widget", "_UNSET", "build_children"]


class Block(ElementQueries, Node_):
    """A container with children; it has the same element lists, scoped to it.

    ``children`` is a dict keyed by each child's index in the block (the last
    step of its delta path), as in Streamlit's AppTest."""

    def __init__(self, node: Node | None, root: AppTest, children: dict[int, Node_], block_type: str) -> None:
        if node is not None:
            super().__init__(node, root)
        else:
            self.root = root
            self.id = block_type
            self.proto = SimpleNamespace()
            self._node = Node(block_type, "", 0, block_type, None, {}, True)
        self.children = children
        self._type = block_type

    @property
    def type(self) -> str:  # type: ignore[override]
        return self._type

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Node_:
        return self.children[index]

    def __iter__(self) -> Iterator[Node_]:
        yield self
        for child in self.children.values():
            if isinstance(child, Block):
                yield from child
            else:
                yield child

    def _descendants(self) -> Iterator[Node_]:
        it = iter(self)
        next(it)
        return it

    def __getattr__(self, name: str) -> Any:
        return Node_.__getattr__(self, name)


class Column(Block):
    @property
    def weight(self) -> float:
        return float(self._node.props["weight"])

    @property
    def gap(self) -> str | None:
        """The gap's size name; None for no gap or a gap in pixels (as 1.67's AppTest)."""
        gap = self._node.props.get("gap", "small")
        return gap if isinstance(gap, str) else None


class Tab(Block):
    @property
    def label(self) -> str:
        return str(self._node.props["label"])


class Expander(Block):
    @property
    def label(self) -> str:
        return str(self._node.props["label"])

    @property
    def icon(self) -> str:
        return str(self._node.props.get("icon") or "")  # no icon: the protobuf's unset ""


#: The icon 1.67's status container shows in each state (its proto's ``icon``).
STATUS_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


class Status(Expander):
    @property
    def state(self) -> str:
        return str(self._node.props.get("state", "running"))

    @property
    def icon(self) -> str:
        return STATUS_ICONS.get(self.state, "")


class Form(Block):
    @property
    def key(self) -> str | None:
        return str(self._node.props["form_id"])


class ChatMessage(Block):
    @property
    def name(self) -> str:
        return str(self._node.props["name"])

    @property
    def avatar(self) -> str | None:
        return self._node.props.get("avatar")


class Grid(Block):
    """``at.grid[i]``: an st.grid block."""

    def __init__(self, node: Node | None, root: AppTest, children: dict[int, Any], block_type: str) -> None:
        super().__init__(node, root, children, block_type)
        props = node.props if node is not None else {}
        self.column_count: int | str = props.get("columns", "auto")
        self.wrap = bool(props.get("wrap", True))
        self.border = bool(props.get("border", False))
        self.row_height: int | str = props.get("row_height", "content")
        self.min_column_width: int | str = props.get("min_column_width", "auto")
        row_gap, column_gap = props.get("row_gap", "small"), props.get("column_gap", "small")
        self.gap: Any = row_gap if row_gap == column_gap else (row_gap, column_gap)
        self.vertical_alignment = str(props.get("vertical_alignment", "top"))
        self.dense = bool(props.get("dense", False))
        self.height: Any = props.get("height", "content")



_BLOCKS: dict[str, tuple[type[Block], str]] = {
    # st.container and the row st.columns makes are both flex containers in 1.67.
    "vertical_block": (Block, "flex_container"),
    "horizontal_block": (Block, "flex_container"),
    "column": (Column, "column"),
    "tabs": (Block, "tab_container"),
    "tab": (Tab, "tab"),
    "expander": (Expander, "expander"),
    "form": (Form, "form"),
    "chat_message": (ChatMessage, "chat_message"),
    "grid": (Grid, "grid_container"),
    "transparent": (Block, "transparent"),
}

_ELEMENTS: dict[str, type[Element]] = {
    "heading": Heading,
    "text": Text,
    "code": Code,
    "json": Json,
    "alert": Alert,
    "exception": ExceptionElement,
    "metric": Metric,
    "progress": Progress,
    "dataframe": Dataframe,
    "data_editor": Dataframe,
    "imgs": Image,
    "html": Html,
    "help_info": HelpInfo,
    "link_button": LinkButton,
    "page_link": PageLink,
    "space": Space,
    "table": Table,
    "button": Button,
    "form_submit_button": Button,
    "download_button": DownloadButton,
    "checkbox": Checkbox,
    "radio": Radio,
    "selectbox": Selectbox,
    "multiselect": Multiselect,
    "slider": Slider,
    "select_slider": SelectSlider,
    "text_input": TextInput,
    "text_area": TextArea,
    "number_input": NumberInput,
    "date_input": DateInput,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "file_uploader": FileUploader,
    "chat_input": ChatInput,
    "button_group": ButtonGroup,
    "vega_lite_chart": Chart,
    "plotly_chart": Chart,
    "graphviz_chart": Chart,
    "deck_gl_json_chart": Chart,
    "echarts_chart": Chart,
    "menu_button": MenuButton,
    "pagination": Pagination,
    "audio_input": AudioInput,
    "camera_input": CameraInput,
    "date_time_input": DateTimeInput,
    "bidi_component": BidiComponent,
}

_MARKDOWN_VARIANTS: dict[str, type[Markdown]] = {
    "markdown": Markdown, "caption": Caption, "divider": Divider, "latex": Latex,
}

#: Nodes that Streamlit's AppTest never lists (a spinner leaves nothing
#: behind; st.logo is page chrome), and that take no index among their block's children.
_HIDDEN = {"spinner", "logo", "bidi_trigger"}


def build_children(tree: RunTree, block_id: str, root: AppTest) -> dict[int, Node_]:
    out: dict[int, Node_] = {}
    for node in tree.children(block_id):
        if node.type in _HIDDEN or node.props.get("after_spinner"):
            continue
        index = len(out)
        if node.is_block:
            cls, type_name = _BLOCKS.get(node.type, (Block, node.type))
            if node.type == "expander" and node.props.get("state"):
                cls, type_name = Status, "status"
            out[index] = cls(node, root, build_children(tree, node.id, root), type_name)
        elif node.type == "markdown":
            out[index] = _MARKDOWN_VARIANTS.get(node.props.get("variant", "markdown"), Markdown)(node, root)
        else:
            out[index] = _ELEMENTS.get(node.type, UnknownElement)(node, root)
    return out


def json_value(element: Json) -> Any:
    return json.loads(element.value)
