"""Buttons: button, download_button, form_submit_button, link_button.

Buttons are *triggers*: True only in the run that handles the click, and
read-only through session state. Where they may stand is a form rule
(engine/forms.py)."""

from __future__ import annotations

import base64
import io
import os
from typing import Any

from wasmlit.elements.lib.media_data import download_name
from wasmlit.engine import forms
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import Download
from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, check_width, check_wrap, draw_widget, to_key

_KINDS = ("primary", "secondary", "tertiary")
#: Base64 characters of download data that travel in the button's props; more
#: is kept in Python and sent when the button is clicked (``request_download``).
INLINE_DOWNLOAD_LIMIT = 256 * 1024

def _check_kind(kind: str) -> str:
    if kind not in _KINDS:
        raise StreamlitAPIException(
            f'The type argument to st.button must be "primary", "secondary", or "tertiary". \nThe argument passed was "{kind}".'
        )
    return kind

def _download_data(data: Any) -> tuple[str, str]:
    """Base64 of the data, and a default mime type."""
    if isinstance(data, str):
        return base64.b64encode(data.encode()).decode(), "text/plain"
    if isinstance(data, io.TextIOBase):
        return base64.b64encode(data.read().encode()).decode(), "text/plain"
    if isinstance(data, (io.RawIOBase, io.BufferedIOBase)):
        data.seek(0)
        return base64.b64encode(data.read()).decode(), "application/octet-stream"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(data)).decode(), "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _file_info(data: Any, file_name: str | None, mime: str | None) -> tuple[str | None, str | None]:
    """A file opened from disk names the download and its type when the call does not (1.67)."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):  # a property that raises, e.g. on a detached file
        return file_name, mime
    if not isinstance(name, str) or not name:  # FileIO's name is an int for a file descriptor
        return file_name, mime
    file_name = os.path.basename(name) if file_name is None else file_name
    if mime is None:
        import mimetypes

        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def _width(width: Any, use_container_width: bool | None) -> Any:
    """The width, with 1.67's reading of the deprecated ``use_container_width``."""
    if use_container_width is None:
        return width
    return "stretch" if use_container_width else "content"


def _trigger_spec(widget_type: str, label: str, identity: dict[str, Any], props: dict[str, Any], layout_check: Any,
                  shortcut: object = None) -> WidgetSpec:
    # A shortcut is part of the button's identity, as in 1.67.
    keys = _shortcut_prop(shortcut)
    return WidgetSpec(
        type=widget_type,
        label=label,
        identity={**identity, **keys},
        default=lambda: False,
        serialize=bool,
        deserialize=bool,
        read_only=True,
        is_trigger=True,
        props={**props, **keys},
        layout_check=layout_check,
        # A button's click is its run: on_click takes a callable only (download and
        # link buttons turn their own "rerun"/"ignore" into props first).
        on_change_modes=(),
        callback_param="on_click",
    )


def _shortcut_prop(shortcut: object) -> dict[str, str]:
    # A button's shortcut as a prop (and part of its identity), when given. Its checks are
    # imported on first use: most apps have no shortcut, and their runtime wheel stays smaller.
    if shortcut is None:
        return {}
    from wasmlit.elements.lib.shortcut_utils import normalize_shortcut

    return {"shortcut": normalize_shortcut(shortcut)}


def _icon_position(position: Any) -> dict[str, Any]:
    """A button's ``icon_position``: "left" (the default) or "right", as a prop when "right"."""
    if position not in ("left", "right"):
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])
    return {"icon_position": "right"} if position == "right" else {}


def _wrap(wrap: Any) -> dict[str, Any]:
    """A button's ``wrap`` as a prop, when given (None: Streamlit decides from the layout)."""
    check_wrap(wrap)
    return {} if wrap is None else {"wrap": wrap}


class ButtonMixin(Cursor):
    def button(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_click: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
        icon_position: str = "left",
        wrap: bool | None = None,
    ) -> bool:
        label = str(label)
        spec = _trigger_spec(
            "button",
            label,
            {"label": label, "icon": icon, "help": help, "is_form_submitter": False, "type": type,
             "width": _width(width, use_container_width)},
            {"kind": _check_kind(type), "icon": icon, **_wrap(wrap), **_icon_position(icon_position)},
            forms.forbid_in_form("button", " Use `st.form_submit_button()` instead to submit the form."), shortcut,
        )
        return bool(draw_widget(self, spec, key=key, on_change=on_click, args=args, kwargs=kwargs, disabled=disabled, help=help))

    def form_submit_button(
        self,
        label: str = "Submit",
        help: str | None = None,
        on_click: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        key: Any = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
        icon_position: str = "left",
        wrap: bool | None = None,
    ) -> bool:
        label = str(label)
        form_id = self._form_id()
        spec = _trigger_spec(
            "form_submit_button",
            label,
            {"label": label, "icon": icon, "help": help, "is_form_submitter": True, "type": type,
             "width": _width(width, use_container_width)},
            {"kind": _check_kind(type), "icon": icon, **_wrap(wrap), **_icon_position(icon_position)},
            forms.require_form, shortcut,
        )
        submit_key = key if key is not None else forms.submit_button_key(form_id, label)
        return bool(draw_widget(self, spec, key=submit_key, on_change=on_click, args=args, kwargs=kwargs, disabled=disabled, help=help))

    def download_button(
        self,
        label: str,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_click: Any = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: str | None = None,
        icon_position: str = "left",
        wrap: bool | None = None,
    ) -> bool:
        label = str(label)
        # A function as data runs when the button is pressed, not in the run
        # (Streamlit 1.67's deferred download): the page asks for its result.
        deferred = callable(data)
        file_name, mime = _file_info(data, file_name, mime)
        encoded, default_mime = ("", "") if deferred else _download_data(data)
        content_type = mime or default_mime
        callback = on_click if callable(on_click) else None
        # Large data stays in Python and reaches the page only when clicked: a
        # first screen, every rerun's comparison and every delta stay small.
        inline = not deferred and len(encoded) <= INLINE_DOWNLOAD_LIMIT
        spec = _trigger_spec(
            "download_button",
            label,
            {"label": label, "icon": icon, "file_name": file_name, "mime": mime, "help": help, "type": type,
             "width": _width(width, use_container_width)},
            {
                "kind": _check_kind(type),
                "icon": icon,
                # An unnamed download is saved as 1.67's "streamlit_download.<ext>" (a deferred one's
                # type, so its name, is known once made: host/bridge.py); AppTest's URL hashes the name as given.
                "file_name": "" if deferred else download_name(file_name, content_type),
                "named": file_name is not None,
                "mime": content_type,
                "data": encoded if inline else None,
                "size": None if deferred else len(encoded) * 3 // 4 - encoded[-2:].count("="),
                "deferred": deferred,
                "rerun": on_click != "ignore",
                **_wrap(wrap), **_icon_position(icon_position),
            },
            forms.forbid_in_form("download_button"), shortcut,
        )
        if deferred:
            spec.download = Download(file_name or "", content_type, "", generate=lambda: _download_data(data()))
        elif not inline:
            spec.download = Download(download_name(file_name, content_type), content_type, encoded)
        return bool(draw_widget(self, spec, key=key, on_change=callback, args=args, kwargs=kwargs, disabled=disabled, help=help))

    def link_button(
        self,
        label: str,
        url: str,
        *,
        on_click: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        help: str | None = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        key: Any = None,
        shortcut: str | None = None,
        icon_position: str = "left",
        wrap: bool | None = None,
    ) -> Any:
        check_width(width, allow_content=True)
        props = {"url": str(url), "kind": _check_kind(type), "icon": icon,
                 "width": "stretch" if use_container_width else width, **_wrap(wrap), **_icon_position(icon_position),
                 **_shortcut_prop(shortcut)}
        if on_click == "ignore":
            return self._draw("link_button", {"label": str(label), "help": help, "disabled": bool(disabled), **props},
                              key=to_key(key))
        if on_click != "rerun" and not callable(on_click):
            raise StreamlitValueError("on_click", ["'ignore'", "'rerun'", "a callable"])
        # With on_click (1.67), the link is also a button: True for the run its click starts.
        label = str(label)
        spec = _trigger_spec(
            "link_button", label,
            {"label": label, "url": str(url), "icon": icon, "help": help, "type": type, "width": width},
            {**props, "rerun": True},
            forms.forbid_in_form("link_button"), shortcut,
        )
        return bool(draw_widget(self, spec, key=key, on_change=on_click if callable(on_click) else None, args=args,
                                kwargs=kwargs, disabled=disabled, help=help))
