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


#: How deep and how wide an ExceptionGroup's members are listed (1.67's limits, as CPython's).
_GROUP_DEPTH, _GROUP_WIDTH = 10, 15
_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def user_stack_trace(exc: BaseException) -> list[str]:
    """The traceback as 1.67 shows it, one item per frame, without wasmlit's frames: the
    exceptions it chains to come first, each with its ``Type: message`` line and the
    sentence that links it to the next (the outermost one's message is the header's).
    Only when no frame of the whole chain is left are wasmlit's own frames kept."""
    try:
        trace = traceback.TracebackException.from_exception(exc)
        _drop_runtime_frames(trace)
        if not _has_frames(trace):
            trace = traceback.TracebackException.from_exception(exc)
        return _rows(trace, own_line=False, depth=_GROUP_DEPTH)
    except Exception:  # showing an error must never hide it
        return []


def _drop_runtime_frames(trace: traceback.TracebackException) -> None:
    trace.stack[:] = [f for f in trace.stack if not is_runtime_file(f.filename)]
    for linked in (trace.__cause__, trace.__context__, *(trace.exceptions or ())):
        if linked is not None:
            _drop_runtime_frames(linked)


def _linked(trace: traceback.TracebackException) -> tuple[traceback.TracebackException | None, str]:
    """The exception this one chains to (its cause, else its unsuppressed context), and how."""
    if trace.__cause__ is not None:
        return trace.__cause__, _CAUSE
    if trace.__context__ is not None and not trace.__suppress_context__:
        return trace.__context__, _CONTEXT
    return None, ""


def _has_frames(trace: traceback.TracebackException) -> bool:
    linked, _ = _linked(trace)
    return bool(trace.stack) or (linked is not None and _has_frames(linked)) or any(
        _has_frames(member) for member in trace.exceptions or ())


def _rows(trace: traceback.TracebackException, *, own_line: bool, depth: int) -> list[str]:
    linked, sentence = _linked(trace)
    before = _rows(linked, own_line=True, depth=depth) if linked is not None else []
    own = [item.strip() for item in trace.stack.format()]
    if own_line:
        own += [line.rstrip("\n") for line in trace.format_exception_only() if line.strip()]
    rows = [*before, *([sentence] if before and own else []), *own]
    members = trace.exceptions or []
    if members and depth <= 0:
        rows.append(f"... ({len(members)} nested exceptions not shown)")
    elif members:
        for i, member in enumerate(members[:_GROUP_WIDTH], start=1):
            rows += [f"+---------------- {i} ----------------", *_rows(member, own_line=True, depth=depth - 1)]
        if len(members) > _GROUP_WIDTH:
            rows.append(f"... and {len(members) - _GROUP_WIDTH} more exceptions")
    return rows


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
