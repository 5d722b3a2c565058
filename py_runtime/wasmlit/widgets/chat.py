"""chat_input and chat_message.

chat_input is a *string trigger*: it returns the submitted text only in the
run that handles the submit, None otherwise. The page sends a submit as a
``click`` event carrying ``value``, so two quick messages are two runs."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


class ChatMixin(Cursor):
    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Any = None,
        max_chars: int | None = None,
        accept_file: Any = False,
        file_type: Any = None,
        disabled: bool = False,
        on_submit: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        width: Any = "stretch",
        max_upload_size: Any = None,
        accept_audio: bool = False,
    ) -> str | None:
        placeholder = str(placeholder)
        spec = WidgetSpec(
            type="chat_input",
            label=placeholder,
            identity={"placeholder": placeholder, "max_chars": max_chars, "accept_file": accept_file, "width": width},
            default=lambda: None,
            serialize=_text_or_none,
            deserialize=_text_or_none,
            is_trigger=True,
            trigger_reset_value=None,
            props={"placeholder": placeholder, "max_chars": max_chars},
        )
        return draw_widget(self, spec, key=key, on_change=on_submit, args=args, kwargs=kwargs,
                           disabled=disabled, label_visibility="collapsed")

    def chat_message(self, name: str, *, avatar: Any = None, width: Any = "stretch") -> Self:
        return self._open_block("chat_message", {"name": str(name), "avatar": None if avatar is None else str(avatar)})
