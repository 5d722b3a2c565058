"""Turning a Python exception into the description of an exception element."""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from typing import Any

from wasmlit.errors import MarkdownFormattedException


def _norm(path: str) -> str:
    """An absolute, normalised path. POSIX keeps a leading ``//`` as it is, and
    the bytecode the site ships names its files ``//lib/python3.14/...`` (the
    path Pyodide gave at build time), so repeated slashes are folded too."""
    path = os.path.normpath(os.path.abspath(path))
    return os.sep + path.lstrip(os.sep) if path.startswith(os.sep) else path


#: wasmlit's own package folder, as its frames name it: those frames are left out
#: of the traces users see. Taken from this module's code, not ``__file__``: in
#: the built site the modules are sourceless ``.pyc`` files imported from a zip,
#: and their frames name the ``.py`` files they were compiled from.
_PACKAGE_DIR = _norm(os.path.dirname(os.path.dirname(_norm.__code__.co_filename)))


def exception_type_name(exc: BaseException, uncaught: bool) -> str:
    """As Streamlit 1.67 records it: for an uncaught exception, built-ins bare
    (``KeyError``) and others dotted (``streamlit.errors.StreamlitDuplicateElementId``,
    ``__main__.MyError``); for ``st.exception(e)`` always the bare name."""
    cls = type(exc)
    if not uncaught or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__qualname__}"


def is_runtime_file(filename: str) -> bool:
    """Is ``filename`` (a frame's ``co_filename``) one of wasmlit's own modules?"""
    return _norm(filename).startswith(_PACKAGE_DIR + os.sep)


def user_stack_trace(exc: BaseException) -> list[str]:
    """The traceback, one formatted frame per item, without wasmlit's frames."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not is_runtime_file(f.filename)]
    return [item.strip() for item in traceback.format_list(frames)]


def exception_message(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError) and exc.text:
        caret = " " * max((exc.offset or 1) - 1, 0)
        return (
            f'File "{exc.filename}", line {exc.lineno}\n'
            f"  {exc.text.rstrip()}\n"
            f"  {caret}^\n"
            f"{type(exc).__name__}: {exc.msg}"
        )
    try:
        return str(exc).strip()
    except Exception:  # a broken __str__ must not break the error display
        return ""


#: Functions that may add a sentence to an exception's message (what to do about
#: it where the app runs); the browser host registers one for memory limits.
HINTS: list[Callable[[BaseException], str | None]] = []


def _with_hints(exc: BaseException, message: str) -> str:
    for hint in HINTS:
        extra = hint(exc)
        if extra:
            message = f"{message}\n\n{extra}" if message else extra
    return message


def exception_props(exc: BaseException, uncaught: bool = False) -> dict[str, Any]:
    return {
        "type_name": exception_type_name(exc, uncaught),
        "message": _with_hints(exc, exception_message(exc)),
        "stack_trace": user_stack_trace(exc),
        "is_warning": isinstance(exc, Warning),
        # Streamlit's own errors carry markdown (`st.button()` in backticks ...).
        "message_is_markdown": isinstance(exc, MarkdownFormattedException),
    }
