"""st.help: a description of any Python object.

As in Streamlit 1.67, the object is named by the text of the call's argument
(``st.help(my_df)`` is "my_df"; a literal has no name), and its summary is its
readable ``repr`` or, for classes, callables and objects whose repr is only an
address, ``module.name(signature)``.
"""

from __future__ import annotations

import inspect
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.exception_props import is_runtime_file


def _caller_line() -> str | None:
    """The line of the app's code that called st.help (or st.write)."""
    import linecache
    import sys

    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not is_runtime_file(filename):
            line = linecache.getline(filename, frame.f_lineno, frame.f_globals)
            return " ".join(line.split("\n")).strip() or None
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _argument_text(code: str) -> str | None:
    """Streamlit's name for the object: the argument's text in ``st.help(...)``."""
    import ast

    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    statement = tree.body[0] if tree.body else None
    call = statement.value if isinstance(statement, ast.Expr) else None
    is_command = isinstance(call, ast.Call) and (
        getattr(call.func, "id", None) in ("help", "write") or getattr(call.func, "attr", None) in ("help", "write"))
    if not is_command:
        return code.removesuffix(",")
    assert isinstance(call, ast.Call)
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr) and isinstance(arg.target, ast.Name):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset:getattr(arg, "end_col_offset", None)]


def _signature(obj: Any) -> str | None:
    if not inspect.isclass(obj) and not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return None


def readable_value(obj: Any) -> str | None:
    """A repr worth showing (not for classes, modules, callables or bare addresses)."""
    import re

    if inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj):
        return None
    text = repr(obj)
    if not isinstance(obj, str) and re.match(r"^<.* at 0x[0-9a-fA-F]+>$", text):
        return None
    text = text.strip()
    return text if len(text) <= 300 else text[:297] + "..."


def _summary(obj: Any, var_name: str | None) -> tuple[str | None, bool]:
    """The summary line, and whether it is only the object's signature."""
    readable = readable_value(obj)
    if readable is not None:
        return readable, False
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if inspect.ismodule(obj):
        # A module is named, not called; ``st`` itself is the app's ``streamlit``.
        value = "streamlit" if name == "wasmlit.api.st" else name
        return (None if value == var_name else value), False
    named = obj if name else type(obj)
    name = name or getattr(named, "__qualname__", None) or getattr(named, "__name__", None)
    if not name:
        return None, False
    module = getattr(named, "__module__", None)
    value = f"{module}.{name}{_signature(named) or ''}" if module else f"{name}{_signature(named) or ''}"
    return (None if value == var_name else value), True


def type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


class HelpMixin(Cursor):
    def help(self, obj: Any = None, *, width: Any = "stretch") -> Self:
        """A description of ``obj``: its name, summary, signature and docstring."""
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or type(obj).__name__
        doc = inspect.getdoc(obj) or ""
        try:
            signature = str(inspect.signature(obj)) if callable(obj) else ""
        except (TypeError, ValueError):
            signature = ""
        from wasmlit.elements.lib.help_members import members  # on first use: off the cold load

        line = _caller_line()
        var_name = _argument_text(line) if line else None
        value, is_signature = _summary(obj, var_name)
        return self._draw("help_info", {"name": str(name), "signature": signature, "doc_string": doc,
                                           "type": type_name(obj), "var_name": var_name, "value": value,
                                           "value_is_signature": is_signature, "members": members(obj, readable_value, type_name)})
