"""chat_input and chat_message.

chat_input is a *string trigger*: it returns the submitted text only in the
run that handles the submit, None otherwise. The page sends a submit as a
``click`` event carrying ``value``, so two quick messages are two runs.

Where it goes (Streamlit 1.67): called on ``st`` at the top level, it is
pinned to the bottom of the page (the BOTTOM root, ``stBottom``); inside any
container (a column, a tab, the sidebar, ``st.container()``) it stays inline.

With ``accept_file`` or ``accept_audio`` a submit carries
``{text, files: [{name, type, data}], audio: {name, type, data} | None}`` and the
widget returns a ``ChatInputValue`` (``.text``, ``.files``, ``.audio``).
"""

from __future__ import annotations

import base64
from typing import Any, Self

from wasmlit.elements.icons import is_emoji, validate_material_icon
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.protocol import BOTTOM_ROOT, MAIN_ROOT
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget
from wasmlit.widgets.file_uploader import UploadedFile

_ACCEPT_FILE = (False, True, "multiple", "directory")


class ChatInputValue(dict[str, Any]):
    """What a chat input that accepts files or audio returns: ``text``, ``files``
    (and ``audio`` when it accepts audio), by key or by attribute."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self) -> str:
        return f"ChatInputValue({', '.join(f'{k}={v!r}' for k, v in self.items())})"


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _file(item: Any, n: int) -> UploadedFile:
    data = base64.b64decode(item.get("data", "")) if isinstance(item, dict) else b""
    name = str(item.get("name", "file")) if isinstance(item, dict) else "file"
    mime = str(item.get("type", "")) if isinstance(item, dict) else ""
    return UploadedFile(name, mime, data, f"chat-{name}-{len(data)}-{n}")


def _value_reader(with_audio: bool) -> Any:
    def to_value(wire: Any) -> ChatInputValue | None:
        if wire is None:
            return None
        if isinstance(wire, str):
            wire = {"text": wire}
        if not isinstance(wire, dict):
            raise ValueError(f"expected text or {{text, files, audio}}, got {type(wire).__name__}")
        value = ChatInputValue(text=str(wire.get("text") or ""),
                               files=[_file(item, i) for i, item in enumerate(wire.get("files") or [])])
        if with_audio:
            audio = wire.get("audio")
            value["audio"] = _file(audio, 0) if audio else None
        return value

    return to_value


def _to_wire(value: Any) -> Any:
    """A chat input's value as the page sends it; files travel only as wire dicts
    (AppTest's ``upload``), not as the UploadedFiles a run returned."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"text": value, "files": [], "audio": None}
    if isinstance(value, dict):
        files = [f for f in value.get("files") or [] if isinstance(f, dict)]
        audio = value.get("audio") if isinstance(value.get("audio"), dict) else None
        return {"text": str(value.get("text", "")), "files": files, "audio": audio}
    return {"text": str(value), "files": [], "audio": None}


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
        audio_sample_rate: int | None = 16000,
        submit_mode: str = "submit",
        height: Any = "content",
    ) -> Any:
        placeholder = str(placeholder)
        if submit_mode not in ("submit", "disable", "stop"):
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        if audio_sample_rate is not None and (isinstance(audio_sample_rate, bool) or not isinstance(audio_sample_rate, int)
                                              or audio_sample_rate <= 0):
            raise StreamlitAPIException(
                f"`audio_sample_rate` must be a positive integer or None. Got {audio_sample_rate!r}.")
        extra: dict[str, Any] = {}
        if submit_mode != "submit":
            extra["submit_mode"] = submit_mode
        if height != "content":
            extra["height"] = height
        if accept_file not in _ACCEPT_FILE:
            raise StreamlitAPIException(
                "The `accept_file` parameter must be a boolean or 'multiple' or 'directory'.")
        rich = bool(accept_file) or bool(accept_audio)
        types = None if file_type is None else [str(t) for t in ([file_type] if isinstance(file_type, str) else file_type)]
        spec = WidgetSpec(
            type="chat_input",
            label=placeholder,
            identity={"placeholder": placeholder, "max_chars": max_chars, "accept_file": accept_file,
                      "file_type": types, "accept_audio": bool(accept_audio), "width": width},
            default=lambda: None,
            serialize=_to_wire if rich else _text_or_none,
            deserialize=_value_reader(bool(accept_audio)) if rich else _text_or_none,
            is_trigger=True,
            trigger_reset_value=None,
            props={"placeholder": placeholder, "max_chars": max_chars, "accept_file": accept_file,
                   "file_type": types, "accept_audio": bool(accept_audio), "max_upload_size": max_upload_size, **extra},
            on_change_modes=(),
            callback_param="on_submit",
        )
        acting = self._active()
        at_top = acting._slot is None and acting._block_id == MAIN_ROOT
        target = type(self)(BOTTOM_ROOT) if at_top else self
        return draw_widget(target, spec, key=key, on_change=on_submit, args=args, kwargs=kwargs,
                           disabled=disabled, label_visibility="collapsed")

    def chat_message(self, name: str, *, avatar: Any = None, width: Any = "stretch") -> Self:
        if name is None:
            raise StreamlitMissingRequiredParameterError("name")
        name = str(name)
        if avatar is None and (name.lower() in _PRESET_NAMES or is_emoji(name)):
            avatar = name.lower()  # the preset names and an emoji name bring their own avatar
        avatar_type, shown = _avatar(avatar)
        return self._open_block("chat_message", {"name": name, "avatar": shown, "avatar_type": avatar_type})


#: Names with a preset avatar: "user"/"human" and "assistant"/"ai".
_PRESET_NAMES = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}


def _avatar(avatar: Any) -> tuple[str, str]:
    """(type, avatar) as Streamlit 1.67 sends them: ``("icon", "user" | "assistant" | ":material/x:" | "")``,
    ``("emoji", "🦖")`` or ``("image", url)`` for anything ``st.image`` takes."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in _PRESET_NAMES:
        return "icon", _PRESET_NAMES[avatar]
    if isinstance(avatar, str) and is_emoji(avatar):
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return "icon", validate_material_icon(avatar)
    from wasmlit.elements.image import image_url

    try:
        return "image", image_url(avatar, False, "RGB", "auto")
    except Exception as exc:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image.") from exc
