"""AppTest wrappers for Streamlit 1.67's newer commands: menu_button,
pagination, audio_input, camera_input, datetime_input and components.v2, with the
attributes and interactions of ``streamlit.testing.v1``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wasmlit.testing.widgets import TriggerValue, Widget


class MenuButton(TriggerValue):
    """``at.menu_button[i]``: the chosen option in the run that handled the choice, else None."""

    type = "menu_button"

    @property
    def options(self) -> list[str]:
        return list(self._node.props.get("options", []))

    def click(self, v: Any) -> MenuButton:
        return self.set_value(v)  # type: ignore[return-value]

    def click_index(self, index: int) -> MenuButton:
        meta = self.root._session.widgets.get(self.id)
        if meta is None:
            raise IndexError(index)
        return self.set_value(meta.deserialize(index))  # type: ignore[return-value]  # index -> option, as the page's value


class Pagination(Widget):
    type = "pagination"

    @property
    def num_pages(self) -> int:
        return int(self._node.props["num_pages"])

    @property
    def default(self) -> int:
        return int(self._node.props["default"])

    @property
    def max_visible_pages(self) -> int | None:
        return self._node.props.get("max_visible_pages")

    def select(self, page: int) -> Pagination:
        return self.set_value(page)  # type: ignore[return-value]


class _Capture(Widget):
    """A one-file capture widget: ``set_value((name, bytes, mime))`` / ``upload`` / ``clear``."""

    def upload(self, name: str, content: bytes, mime: str | None = None) -> _Capture:
        return self.set_value((name, content, mime or self._default_mime))  # type: ignore[return-value]

    def clear(self) -> _Capture:
        return self.set_value(None)  # type: ignore[return-value]

    _default_mime = "application/octet-stream"


class AudioInput(_Capture):
    type = "audio_input"
    _default_mime = "audio/wav"

    @property
    def sample_rate(self) -> int | None:
        return self._node.props.get("sample_rate")


class CameraInput(_Capture):
    type = "camera_input"
    _default_mime = "image/jpeg"


class DateTimeInput(Widget):
    type = "date_time_input"

    @property
    def min(self) -> str:
        return str(self._node.props["min"])

    @property
    def max(self) -> str:
        return str(self._node.props["max"])

    @property
    def step(self) -> int:
        return int(self._node.props.get("step", 900))

    @property
    def format(self) -> str:
        return str(self._node.props.get("format", "YYYY/MM/DD"))

    def set_value(self, v: Any) -> DateTimeInput:
        if isinstance(v, str):
            for fmt in ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M"):
                try:
                    v = datetime.strptime(v, fmt)
                    break
                except ValueError:
                    pass
        return super().set_value(v)  # type: ignore[return-value]


class BidiComponent(Widget):
    """A components.v2 instance: its value is its state dict, as in Streamlit's AppTest."""

    type = "bidi_component"


__all__ = ["AudioInput", "BidiComponent", "CameraInput", "DateTimeInput", "MenuButton", "Pagination"]
