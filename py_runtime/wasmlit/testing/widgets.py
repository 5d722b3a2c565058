"""AppTest wrappers for widgets: a staged value (from an interaction
method) or the session's value. ``run()`` sends staged values as events."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any

from wasmlit.engine.identity import user_key_from_id
from wasmlit.engine.tree import Node
from wasmlit.testing.elements import Element
from wasmlit.testing.media_urls import mock_media_url
from wasmlit.testing.queries import AppTestError

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

#: A widget with no staged value.
_UNSET = object()


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
    def help(self) -> str:
        return str(self._node.props.get("help") or "")  # Streamlit's proto: "" without help

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
        return self.root._session.widget_value(self.id)

    def set_value(self, v: Any) -> Widget:
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

    def _refuse_interaction(self, method: str) -> Any:
        # A widget without this interaction (checkbox.click()): Streamlit's AppTest message.
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for {self.type}{key_part}. Use set_value() or one of this widget's "
            "typed interaction methods."
        )


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

    @property
    def url(self) -> str:
        """Where 1.67's AppTest says the data is (``/mock/media/...``); "" for a deferred download,
        whose data is made only when the button is pressed."""
        props = self._node.props
        data = props.get("data")
        if not isinstance(data, str):
            kept = self.root._session.downloads.get(self.id)
            data = kept.data if kept is not None and kept.generate is None else None
        if data is None:
            return ""
        return mock_media_url(base64.b64decode(data), str(props.get("mime") or ""),
                              props.get("file_name") if props.get("named") else None)


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
        meta = self.root._session.widgets.get(self.id)
        if meta is None:
            return self.options
        count = len(self.options)
        if self.type == "multiselect":
            return [meta.deserialize([i])[0] for i in range(count)]
        return [meta.deserialize(i) for i in range(count)]

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The widget's option formatting: an option's label as the widget shows it."""
        return _label_of(self._raw_options(), self.options)

    @property
    def index(self) -> int | None:
        v = self.value
        if v is None:  # as Streamlit's AppTest: no index for a None value, even a None option's
            return None
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
    def values(self) -> list[str]:
        """The chosen options as the widget shows them (``format_func``'s text)."""
        labels = list(self._node.props.get("options", []))
        return [labels[i] for i in self.indices if 0 <= i < len(labels)]

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

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The widget's option formatting: an option's label as the widget shows it."""
        meta = self.root._session.widgets.get(self.id)
        raw = [meta.deserialize([i]) for i in range(len(self.options))] if meta is not None else list(self.options)
        return _label_of(raw, self.options)


def _label_of(raw: list[Any], labels: list[str]) -> Callable[[Any], str]:
    def label(value: Any) -> str:
        for option, text in zip(raw, labels, strict=False):
            if option == value:
                return text
        return str(value)
    return label


class TextInput(Widget):
    type = "text_input"

    @property
    def max_chars(self) -> int:
        return int(self._node.props.get("max_chars") or 0)  # Streamlit's proto: 0 without a limit

    @property
    def placeholder(self) -> str:
        return str(self._node.props.get("placeholder", ""))

    def input(self, v: str) -> TextInput:
        if self.max_chars and v is not None and len(v) > self.max_chars:
            return self
        return self.set_value(v)  # type: ignore[return-value]


class TextArea(TextInput):
    type = "text_area"


class NumberInput(Widget):
    type = "number_input"

    # Streamlit's proto keeps the bounds and the step as doubles: AppTest reads them as floats.
    @property
    def step(self) -> float | None:
        return _as_float(self._node.props.get("step"))

    @property
    def min(self) -> float | None:
        return _as_float(self._node.props.get("min"))

    @property
    def max(self) -> float | None:
        return _as_float(self._node.props.get("max"))

    def increment(self) -> NumberInput:
        if self.value is None:
            return self
        top = self.max if self.max is not None else float("inf")
        return self.set_value(min(self.value + (self.step or 1), top))  # type: ignore[return-value]

    def decrement(self) -> NumberInput:
        if self.value is None:
            return self
        bottom = self.min if self.min is not None else float("-inf")
        return self.set_value(max(self.value - (self.step or 1), bottom))  # type: ignore[return-value]


def _as_float(value: Any) -> float | None:
    return None if value is None else float(value)


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
        """Each option's text as Streamlit's proto holds it: a leading icon (a Material icon or
        an emoji, alone or followed by a space) is not part of it."""
        from wasmlit.elements.icons import extract_leading_icon

        contents = []
        for option in self._node.props.get("options", []):
            first, _, rest = str(option).partition(" ")
            icon, remaining = extract_leading_icon(first.strip())
            contents.append(rest if icon and not remaining else str(option))
        return contents

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


class TriggerValue(Widget):
    """A widget whose value is what the run it started returned (chat_input, menu_button)."""

    @property
    def value(self) -> Any:
        if self._value is not _UNSET:
            return self._value
        return self.root._session.returned_values.get(self.id)


# -- blocks -------------------------------------------------------------------
