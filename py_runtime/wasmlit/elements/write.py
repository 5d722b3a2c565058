"""st.write and st.write_stream: display anything, choosing the element by the value's type."""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from io import StringIO
from typing import Any

from wasmlit.elements.doc_string import DocStringMixin
from wasmlit.elements.empty import EmptyMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.json import JsonMixin
from wasmlit.elements.markdown import MarkdownMixin
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitAPIException

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


class WriteMixin(MarkdownMixin, JsonMixin, ExceptionMixin, EmptyMixin, DocStringMixin):
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
                # A DeltaGenerator's: its family loads on first use (delta_generator.ON_FIRST_USE).
                self.dataframe(arg)  # type: ignore[attr-defined]
            elif isinstance(arg, (_JSON_TYPES, Mapping)) or _is_namedtuple(arg):  # Mapping: st.session_state too
                flush()
                self.json(arg._asdict() if _is_namedtuple(arg) else arg)
            elif isinstance(arg, StringIO):
                flush()
                self.markdown(arg.getvalue())
            elif inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg) or inspect.isasyncgen(arg):
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

    def write_stream(self, stream: Any, *, cursor: str | None = None) -> Any:
        """Write a stream's chunks as they come (each one reaches the page at
        once); strings grow one markdown element, anything else is written
        with ``st.write``. Returns the text (or a list, when the stream held
        more than text). Generators, async generators, their functions, and
        OpenAI or LangChain chunks are all streams."""
        chunks = _iterate(stream)
        ctx = require_run_context()
        text = ""
        placeholder: Any = None
        written: list[Any] = []
        for chunk in chunks:
            piece = _chunk_text(chunk)
            if isinstance(piece, str):
                if placeholder is None:
                    placeholder = self.empty()
                text += piece
                placeholder.markdown(text + (cursor or ""))
            else:
                if text:
                    written.append(text)
                    if cursor:
                        placeholder.markdown(text)
                    text, placeholder = "", None
                self.write(piece)
                written.append(piece)
            ctx.deltas.flush()  # every chunk reaches the page as it comes
        if text:
            if cursor and placeholder is not None:
                placeholder.markdown(text)
            written.append(text)
        elif placeholder is None and not written:
            self.empty()
        if not written:
            return ""
        return written[0] if len(written) == 1 and isinstance(written[0], str) else written


def _chunk_text(chunk: Any) -> Any:
    """The text of an OpenAI or LangChain chunk; anything else as it is."""
    if isinstance(chunk, str):
        return chunk
    choices = getattr(chunk, "choices", None)
    if isinstance(choices, list) and choices:
        delta = getattr(choices[0], "delta", None)
        content = getattr(delta, "content", None) if delta is not None else None
        return content or ""
    if type(chunk).__name__ in ("AIMessageChunk", "AIMessage") and isinstance(getattr(chunk, "content", None), str):
        return chunk.content
    return chunk


def _iterate(stream: Any) -> Iterator[Any]:
    """The chunks of a (sync or async) generator, a generator function, or any iterable."""
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if hasattr(stream, "__aiter__"):
        return _iterate_async(stream)
    if isinstance(stream, str) or not hasattr(stream, "__iter__"):
        raise StreamlitAPIException(
            f"`st.write_stream` expects a generator or stream-like object as input not {type(stream)}. "
            "Please use `st.write` instead for this data type.")
    return iter(stream)


def _iterate_async(stream: Any) -> Iterator[Any]:
    """An async generator, stepped from synchronous script code on a loop of its own
    (``_StepLoop``). Pyodide's own event loop counts as running and cannot block
    without JavaScript stack switching, so it is set aside while a chunk is awaited."""
    import asyncio

    agen = stream.__aiter__()
    loop = _step_loop()
    try:
        while True:
            outer = asyncio.events._get_running_loop()
            asyncio.events._set_running_loop(None)
            try:
                yield loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
            finally:
                asyncio.events._set_running_loop(outer)
    finally:
        loop.close()


def _step_loop() -> Any:
    """A plain asyncio loop whose only I/O is waiting (``time.sleep``: in the browser
    the worker's ``Atomics.wait``, which Stop and newer events wake)."""
    import asyncio
    import time

    class SleepSelector:
        def select(self, timeout: float | None = None) -> list[Any]:
            if timeout:
                time.sleep(timeout)
            return []

        def close(self) -> None:
            pass

    class StepLoop(asyncio.BaseEventLoop):
        def __init__(self) -> None:
            super().__init__()
            self._selector = SleepSelector()

        def _process_events(self, event_list: Any) -> None:
            pass

        def _write_to_self(self) -> None:
            pass

    return StepLoop()
