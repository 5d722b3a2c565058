"""AppTest's view of a run: typed wrappers over the engine's element tree.

Each wrapper reports Streamlit's element type string in ``.type`` and reads
its value the way Streamlit's AppTest does. Widget interaction methods stage
a value; ``run()`` sends the staged values as events.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, time
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from wasmlit.identity import user_key_from_id
from wasmlit.testing.queries import AppTestError, ElementQueries
from wasmlit.tree import Node, RunTree

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

_UNSET = object()
T = TypeVar("T")


class ElementList(Generic[T]):
    """A list of elements: ``len``, indexing, iteration, ``.values`` and
    lookup by key (``at.button(key="k")``)."""

    def __init__(self, elements: Sequence[T]) -> None:
        self._list = list(elements)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> T: ...
    @overload
    def __getitem__(self, idx: slice) -> ElementList[T]: ...
    def __getitem__(self, idx: int | slice) -> T | ElementList[T]:
        if isinstance(idx, slice):
            return ElementList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[T]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return id(self)

    def __call__(self, key: str) -> T:
        for element in self._list:
            if getattr(element, "key", None) == key:
                return element
        raise KeyError(key)

    @property
    def values(self) -> Sequence[Any]:
        return [getattr(e, "value", None) for e in self._list]

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"


WidgetList = ElementList
BlockList = ElementList


class Node_:
    """Shared by elements and blocks: identity and the owning AppTest."""

    type: str = "unknown"

    def __init__(self, node: Node, root: AppTest) -> None:
        self._node = node
        self.root = root
        self.id = node.id
        props = dict(node.props)
        self.proto = SimpleNamespace(id=node.id, **props)

    @property
    def key(self) -> str | None:
        return self._node.key

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        props = self.__dict__.get("_node").props if "_node" in self.__dict__ else {}
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, key={self.key!r}, value={getattr(self, 'value', None)!r})"


class Element(Node_):
    @property
    def value(self) -> Any:
        props = self._node.props
        for name in ("value", "body", "text", "label"):
            if name in props:
                return props[name]
        return None

    # Elements without interactions refuse them as Streamlit's AppTest does.
    def set_value(self, v: Any) -> Any:
        raise AppTestError(
            f"set_value() is not supported for {self.type}. AppTest can inspect this element but does "
            "not implement interactions for it."
        )


class Markdown(Element):
    type = "markdown"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def body(self) -> str:
        return self.value

    @property
    def allow_html(self) -> bool:
        return bool(self._node.props.get("allow_html"))

    @property
    def is_caption(self) -> bool:
        return self._node.props.get("variant") == "caption"


class Caption(Markdown):
    type = "caption"


class Divider(Markdown):
    type = "divider"


class Latex(Markdown):
    type = "latex"


class Heading(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return {"h1": "title", "h2": "header", "h3": "subheader"}.get(self._node.props["tag"], "heading")

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def tag(self) -> str:
        return str(self._node.props["tag"])

    @property
    def anchor(self) -> str | None:
        anchor = self._node.props.get("anchor")
        return anchor if isinstance(anchor, str) else None

    @property
    def hide_anchor(self) -> bool:
        return self._node.props.get("anchor") is False


class Text(Element):
    type = "text"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])


class Code(Element):
    type = "code"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def language(self) -> str:
        return str(self._node.props["language"])

    @property
    def show_line_numbers(self) -> bool:
        return bool(self._node.props.get("line_numbers"))


class Json(Element):
    type = "json"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def expanded(self) -> bool:
        return bool(self._node.props.get("expanded"))


class Alert(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return str(self._node.props["format"])

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def icon(self) -> str | None:
        return self._node.props.get("icon")


class ExceptionElement(Element):
    """``at.exception[i]``: ``.type`` is "exception"; the exception class name
    is in ``.proto.type``, as in Streamlit's AppTest."""

    type = "exception"

    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        self.proto.type = node.props["type_name"]
        self.proto.message_is_markdown = node.props["type_name"].startswith("streamlit.")

    @property
    def value(self) -> str:
        return str(self._node.props["message"])

    @property
    def message(self) -> str:
        return str(self._node.props["message"])

    @property
    def stack_trace(self) -> list[str]:
        return list(self._node.props["stack_trace"])

    @property
    def is_warning(self) -> bool:
        return bool(self._node.props.get("is_warning"))

    @property
    def is_markdown(self) -> bool:
        return bool(self.proto.message_is_markdown)


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> str:
        return str(self._node.props["value"])

    @property
    def label(self) -> str:
        return str(self._node.props["label"])

    @property
    def delta(self) -> str:
        return str(self._node.props["delta"])


class Progress(Element):
    type = "progress"

    @property
    def value(self) -> int:
        return int(self._node.props["value"])

    @property
    def text(self) -> str:
        return str(self._node.props["text"])


class Table(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return self._node.type

    @property
    def value(self) -> Any:
        props = self._node.props
        try:
            import pandas as pd  # optional: tests with pandas get a DataFrame

            return pd.DataFrame(props["rows"], columns=props["columns"])
        except ImportError:
            return {"columns": props["columns"], "rows": props["rows"]}


class Image(Element):
    type = "image"

    @property
    def value(self) -> list[str]:
        return list(self._node.props["urls"])

    @property
    def captions(self) -> list[str]:
        return list(self._node.props["captions"])


class Html(Element):
    type = "html"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])


class HelpInfo(Element):
    type = "help_info"

    @property
    def value(self) -> str:
        return str(self._node.props["doc_string"])


class UnknownElement(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return self._node.type


# -- widgets ------------------------------------------------------------------


class Widget(Element):
    """A widget: a staged value (from an interaction) or the session's value."""

    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        self._value: Any = _UNSET

    @property
    def key(self) -> str | None:
        return user_key_from_id(self._node.id)

    @property
    def label(self) -> str:
        return str(self._node.props.get("label", ""))

    @property
    def help(self) -> str | None:
        return self._node.props.get("help")

    @property
    def disabled(self) -> bool:
        return bool(self._node.props.get("disabled"))

    @property
    def form_id(self) -> str:
        return str(self._node.props.get("form_id", ""))

    @property
    def value(self) -> Any:
        if self._value is not _UNSET:
            return self._value
        return self.root._session.state.widget_value(self.id)

    def set_value(self, v: Any) -> Widget:  # type: ignore[override]
        if self.disabled:
            key = f" (key='{self.key}')" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key}. A browser user cannot interact with a disabled widget."
            )
        self._value = v
        return self

    @property
    def _staged(self) -> Any:
        return self._value


class Button(Widget):
    type = "button"

    @property
    def value(self) -> bool:
        if self._value is not _UNSET and self._value:
            return True
        return bool(self.root._session.returned_values.get(self.id, False))

    def click(self) -> Button:
        self.set_value(True)
        return self


class DownloadButton(Button):
    type = "download_button"


class Checkbox(Widget):
    @property
    def type(self) -> str:  # type: ignore[override]
        return "toggle" if self._node.props.get("style") == "toggle" else "checkbox"

    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[return-value]


class _Options(Widget):
    @property
    def options(self) -> list[str]:
        return list(self._node.props.get("options", []))

    def _raw_options(self) -> list[Any]:
        """The options as Python values (``.options`` holds their labels)."""
        meta = self.root._session.state.widget_meta.get(self.id)
        if meta is None:
            return self.options
        count = len(self.options)
        if self.type == "multiselect":
            return [meta.deserialize([i])[0] for i in range(count)]
        return [meta.deserialize(i) for i in range(count)]

    @property
    def index(self) -> int | None:
        v = self.value
        for i, option in enumerate(self._raw_options()):
            if option == v:
                return i
        return None

    def select(self, v: Any) -> _Options:
        return self.set_value(v)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> _Options:
        return self.set_value(None if index is None else self._raw_options()[index])  # type: ignore[return-value]


class Radio(_Options):
    type = "radio"


class Selectbox(_Options):
    type = "selectbox"


class Multiselect(_Options):
    type = "multiselect"

    @property
    def value(self) -> list[Any]:
        return list(super().value or [])

    @property
    def indices(self) -> list[int]:
        raw = self._raw_options()
        return [raw.index(v) for v in self.value if v in raw]

    def select(self, v: Any) -> Multiselect:
        current = self.value
        if v not in current:
            current.append(v)
        return self.set_value(current)  # type: ignore[return-value]

    def unselect(self, v: Any) -> Multiselect:
        return self.set_value([x for x in self.value if x != v])  # type: ignore[return-value]


class Slider(Widget):
    type = "slider"

    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))  # type: ignore[return-value]


class SelectSlider(Slider):
    type = "select_slider"

    @property
    def options(self) -> list[str]:
        return list(self._node.props.get("options", []))


class TextInput(Widget):
    type = "text_input"

    @property
    def max_chars(self) -> int | None:
        return self._node.props.get("max_chars")

    @property
    def placeholder(self) -> str:
        return str(self._node.props.get("placeholder", ""))

    def input(self, v: str) -> TextInput:
        if self.max_chars is not None and v is not None and len(v) > self.max_chars:
            return self
        return self.set_value(v)  # type: ignore[return-value]


class TextArea(TextInput):
    type = "text_area"


class NumberInput(Widget):
    type = "number_input"

    @property
    def step(self) -> Any:
        return self._node.props.get("step")

    @property
    def min(self) -> Any:
        return self._node.props.get("min")

    @property
    def max(self) -> Any:
        return self._node.props.get("max")

    def increment(self) -> NumberInput:
        if self.value is None:
            return self
        return self.set_value(min(self.value + self.step, self.max or float("inf")))  # type: ignore[return-value]

    def decrement(self) -> NumberInput:
        if self.value is None:
            return self
        return self.set_value(max(self.value - self.step, self.min or float("-inf")))  # type: ignore[return-value]


class DateInput(Widget):
    type = "date_input"

    @property
    def min(self) -> date:
        return date.fromisoformat(self._node.props["min"])

    @property
    def max(self) -> date:
        return date.fromisoformat(self._node.props["max"])


class TimeInput(Widget):
    type = "time_input"

    @property
    def step(self) -> int:
        return int(self._node.props.get("step", 900))

    def _shift(self, seconds: int) -> TimeInput:
        v = self.value
        if v is None:
            return self
        total = (v.hour * 3600 + v.minute * 60 + v.second + seconds) % 86400
        return self.set_value(time(total // 3600, total % 3600 // 60, total % 60))  # type: ignore[return-value]

    def increment(self) -> TimeInput:
        return self._shift(self.step)

    def decrement(self) -> TimeInput:
        return self._shift(-self.step)


class ColorPicker(Widget):
    type = "color_picker"

    def pick(self, v: str) -> ColorPicker:
        return self.set_value(v if v.startswith("#") else f"#{v}")  # type: ignore[return-value]


class FileUploader(Widget):
    type = "file_uploader"


class ButtonGroup(Widget):
    """pills and segmented_control (type "button_group"), feedback ("feedback")."""

    @property
    def type(self) -> str:  # type: ignore[override]
        return "feedback" if self._node.props.get("style") == "borderless" else "button_group"

    @property
    def options(self) -> list[str]:
        return list(self._node.props.get("options", []))

    def _multi(self) -> bool:
        return self._node.props.get("selection_mode") == "multi"

    def select(self, v: Any) -> ButtonGroup:
        if not self._multi():
            return self.set_value(v)  # type: ignore[return-value]
        current = list(self.value or [])
        return self.set_value(current + [v] if v not in current else current)  # type: ignore[return-value]

    def unselect(self, v: Any) -> ButtonGroup:
        if not self._multi():
            return self.set_value(None)  # type: ignore[return-value]
        return self.set_value([x for x in (self.value or []) if x != v])  # type: ignore[return-value]


class ChatInput(Widget):
    type = "chat_input"

    @property
    def value(self) -> str | None:
        if self._value is not _UNSET:
            return self._value  # type: ignore[no-any-return]
        return self.root._session.returned_values.get(self.id)



# -- blocks -------------------------------------------------------------------


class Block(ElementQueries, Node_):
    """A container with children; it has the same element lists, scoped to it."""

    def __init__(self, node: Node | None, root: AppTest, children: list[Node_], block_type: str) -> None:
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
        for child in self.children:
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
    def gap(self) -> str:
        return str(self._node.props.get("gap", "small"))


class Tab(Block):
    @property
    def label(self) -> str:
        return str(self._node.props["label"])


class Expander(Block):
    @property
    def label(self) -> str:
        return str(self._node.props["label"])

    @property
    def icon(self) -> str | None:
        return self._node.props.get("icon")


class Status(Expander):
    @property
    def state(self) -> str:
        return str(self._node.props.get("state", "running"))


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
    "dataframe": Table,
    "imgs": Image,
    "html": Html,
    "help_info": HelpInfo,
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
}

_MARKDOWN_VARIANTS: dict[str, type[Markdown]] = {
    "markdown": Markdown, "caption": Caption, "divider": Divider, "latex": Latex,
}

#: Transient or invisible nodes that Streamlit's AppTest never lists.
_HIDDEN = {"spinner", "empty"}


def build_children(tree: RunTree, block_id: str, root: AppTest) -> list[Node_]:
    out: list[Node_] = []
    for node in tree.children(block_id):
        if node.type in _HIDDEN:
            continue
        if node.is_block:
            cls, type_name = _BLOCKS.get(node.type, (Block, node.type))
            if node.type == "expander" and node.props.get("state"):
                cls, type_name = Status, "status"
            out.append(cls(node, root, build_children(tree, node.id, root), type_name))
        elif node.type == "markdown":
            out.append(_MARKDOWN_VARIANTS.get(node.props.get("variant", "markdown"), Markdown)(node, root))
        else:
            out.append(_ELEMENTS.get(node.type, UnknownElement)(node, root))
    return out


def json_value(element: Json) -> Any:
    return json.loads(element.value)
