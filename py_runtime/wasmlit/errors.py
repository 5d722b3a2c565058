"""Streamlit's exception classes, importable as ``streamlit.errors``.

The classes report ``__module__ == "streamlit.errors"`` so that the exception
type recorded for an app (``streamlit.errors.StreamlitDuplicateElementId``)
matches what Streamlit records, and tests written for one pass on the other.
"""

from __future__ import annotations

import os
import re
from typing import Any

_MODULE = "streamlit.errors"


class Error(Exception):
    """The base class for all exceptions thrown by Streamlit."""


class MarkdownFormattedException(Error):
    """An exception whose message may contain markdown."""


class StreamlitAPIException(MarkdownFormattedException):
    """Raised when user code calls the Streamlit API incorrectly."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class LocalizableStreamlitException(StreamlitAPIException):
    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message.format(**kwargs))
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A warning displayed with ``st.exception``."""


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget inside ``st.cache_data`` / ``st.cache_resource`` (shown with ``st.exception``)."""

    def __init__(self) -> None:
        super().__init__(
            "\nYour script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function.\n"
        )


class DuplicateWidgetID(StreamlitAPIException):
    """Base of the two duplicate-identity errors."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two elements computed the same auto-generated id."""

    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements were given the same user key."""

    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )


def session_state_item(key: str) -> str:
    """`` `st.session_state['k']` `` as a markdown code span."""
    text = f"st.session_state[{key!r}]"
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence}{text}{fence}"


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    """A widget's key was assigned after the widget was created in this run."""

    def __init__(self, key: str) -> None:
        item = session_state_item(key)
        super().__init__(
            f"{item} cannot be modified after the widget with that key is instantiated. "
            f"Assign {item} before creating the widget, or update it from an `on_change` "
            "or `on_click` callback, which runs before the widget is instantiated. "
            "If this is a read-only session state key (buttons, file and media inputs, "
            "`st.data_editor`, forms, chart or `ButtonColumn` selections), store the value "
            "under a different session state key."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    """A session-state write to a read-only widget (button, uploader, form)."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"{session_state_item(key)} is read-only and cannot be assigned through "
            "session state. Use a different session state key for values you need to set."
        )


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A widget or block was used where the layout does not allow it."""


FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """``st.switch_page`` or ``st.page_link`` named a file that is not a page of the app."""

    def __init__(self, page: str, main_script_directory: str, navigation_declared: bool = False) -> None:
        # Streamlit's two messages: a pages/ folder beside the main script (and no st.navigation) or not.
        if navigation_declared or not os.path.isdir(os.path.join(main_script_directory, "pages")):
            super().__init__(
                f"Could not find page: `{page}`. You must provide a `Page` object or file path relative to the "
                "entrypoint file. Only pages previously defined by `st.Page` and passed to `st.navigation` are "
                "allowed.")
            return
        super().__init__(
            f"Could not find page: `{page}`. You must provide a file path relative to the entrypoint file (from the "
            f"directory `{os.path.basename(main_script_directory)}`). Only the entrypoint file and files in the "
            "`pages/` directory are supported.")


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a "
            "positive integer (number of columns) or a list of positive numbers "
            "(width ratios of the columns). "
            "See [documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: object, min_value: object, max_value: object) -> None:
        super().__init__(
            f"The `{parameter}` parameter, set to {value}, is outside the required range "
            f"[{min_value}, {max_value}]."
        )


class StreamlitValueError(StreamlitAPIException):
    def __init__(self, parameter: str, valid_values: list[str], detail: str | None = None) -> None:
        message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
        super().__init__(message + (f" {detail}" if detail else ""))


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    def __init__(self, **values: object) -> None:
        lines = "".join(
            f"\n`{name}` has {type(v).__name__} type." for name, v in values.items() if v is not None
        )
        super().__init__("All numerical arguments must be of the same type." + lines)


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            super().__init__(
                f"The `min_value` and `max_value` parameters are both set to {min_value}. They must not be equal."
            )
        else:
            super().__init__(
                f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, set to {max_value}."
            )


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    def __init__(self, value: object) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options."
        )


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    def __init__(self, format: str) -> None:
        super().__init__(f"Format string for `st.number_input` contains invalid characters: {format}")


class UnserializableSessionStateError(StreamlitAPIException):
    pass


class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """A secret cannot be found, or the secrets file cannot be read."""


class StreamlitStaticSiteError(StreamlitAPIException):
    """An ``st.*`` API that needs a server, which a static wasmlit site does not have."""


class StreamlitUnsupportedError(StreamlitAPIException):
    """An ``st.*`` API that wasmlit does not implement yet."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"`st.{name}` is not supported by wasmlit yet. "
            "Remove the call or replace it with a supported element."
        )


class StreamlitDataframeConversionError(StreamlitAPIException):
    """A value that cannot be drawn as a table."""


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    """Two or more arguments that cannot be used together."""

    def __init__(self, first_use: str, second_use: str, *other_uses: str, explanation: str | None = None) -> None:
        quoted = [f"`{use}`" for use in (first_use, second_use, *other_uses)]
        uses = f"{quoted[0]} and {quoted[1]}" if len(quoted) == 2 else ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        super().__init__(f"{uses} cannot be used together." + (f" {explanation}" if explanation else ""))


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    def __init__(self, parameter: str, provided_type: str, expected_types: list[str], *,
                 detail: str | None = None) -> None:
        message = (f"Invalid `{parameter}` type. Expected one of: {', '.join(expected_types)}. "
                   f"Provided type: {provided_type}.")
        super().__init__(message + (f" {detail}" if detail else ""))


class StreamlitInvalidWidthError(StreamlitAPIException):
    """A ``width`` that is neither a positive number of pixels nor a named size."""

    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels), 'stretch', or 'content'" if allow_content else \
            "a positive integer (pixels) or 'stretch'"
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitInvalidHeightError(StreamlitAPIException):
    """A ``height`` that is neither a positive number of pixels nor a named size."""

    def __init__(self, height: object, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels), 'stretch', or 'content'" if allow_content else \
            "a positive integer (pixels) or 'stretch'"
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    """A required parameter that is missing, ``None`` or empty."""

    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        super().__init__(f"The `{parameter}` parameter is required." + (f" {detail}" if detail else ""))


class MediaFileStorageError(Exception):
    """A media file (``st.audio``, ``st.video``, ``st.image``) that cannot be read.
    Streamlit's class lives in ``streamlit.runtime.media_file_storage``."""


for _cls in list(globals().values()):
    if isinstance(_cls, type) and issubclass(_cls, Exception) and _cls.__module__ == __name__:
        _cls.__module__ = _MODULE
del _cls

MediaFileStorageError.__module__ = "streamlit.runtime.media_file_storage"
