"""st.write and st.write_stream: display anything, choosing the element by the value's type."""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from io import StringIO
from typing import Any

from wasmlit.elements.arrow import ArrowMixin
from wasmlit.elements.doc_string import DocStringMixin
from wasmlit.elements.empty import EmptyMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.json import JsonMixin
from wasmlit.elements.markdown import MarkdownMixin

_JSON_TYPES = (dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap,
               UserList, ItemsView, KeysView, ValuesView)

_MEM_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$")

def _is_dataframe_like(obj: Any) -> bool:
    name = type(obj).__module__ + "." + type(obj).__qualname__
    return name.startswith(("pandas.", "polars.", "pyarrow.", "numpy.")) and hasattr(obj, "shape")

def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and hasattr(obj, "_fields")

def _backticked(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{text}{fence}"


class WriteMixin(MarkdownMixin, JsonMixin, ExceptionMixin, EmptyMixin, DocStringMixin, ArrowMixin):
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Strings (and scalars, in backticks) join into one markdown; other
        values get the element that fits them."""
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
            elif isinstance(arg, BaseException):
                flush()
                self.exception(arg)
            elif _is_dataframe_like(arg):
                flush()
                self.dataframe(arg)
            elif isinstance(arg, (_JSON_TYPES, Mapping)) or _is_namedtuple(arg):  # Mapping: st.session_state too
                flush()
                self.json(arg._asdict() if _is_namedtuple(arg) else arg)
            elif isinstance(arg, StringIO):
                flush()
                self.markdown(arg.getvalue())
            elif inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg):
                flush()
                self.write_stream(arg)
            elif inspect.isclass(arg) or inspect.isroutine(arg) or inspect.ismodule(arg) or dataclasses.is_dataclass(arg):
                flush()
                self.help(arg)
            else:
                text = str(arg)
                if _MEM_ADDRESS.match(text):
                    flush()
                    self.help(arg)
                else:
                    buffer.append(_backticked(text))
        flush()

    def write_stream(self, stream: Any) -> Any:
        """Write each chunk of a generator; returns the joined text."""
        if inspect.isgeneratorfunction(stream):
            stream = stream()
        text = ""
        placeholder = self.empty()
        written: list[Any] = []
        for chunk in stream:
            if isinstance(chunk, str):
                text += chunk
                placeholder.markdown(text)
            else:
                if text:
                    written.append(text)
                    text = ""
                    placeholder = self.empty()
                self.write(chunk)
                written.append(chunk)
                placeholder = self.empty()
        if text:
            written.append(text)
        return written[0] if len(written) == 1 else written
