"""st.write and st.write_stream: display anything, choosing the element by the value's type."""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from io import StringIO
from typing import Any

from wasmlit.elements.empty import EmptyMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.json import JsonMixin
from wasmlit.elements.lib.type_util import (
    has_callable_attr,
    is_altair_chart,
    is_custom_dict,
    is_graphviz_chart,
    is_matplotlib_figure,
    is_namedtuple,
    is_pillow_image,
    is_plotly_chart,
    is_pydantic_model,
    is_pydeck,
    is_sequence_of_pydantic_models,
    is_sympy_expression,
    is_type,
    type_name,
)
from wasmlit.elements.markdown import MarkdownMixin
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitAPIException
from wasmlit.protocol import ROOTS

_JSON_TYPES = (dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap,
               UserList, ItemsView, KeysView, ValuesView)
#: Written with st.help, as in Streamlit (a class too, below).
_HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType, types.MethodType,
               types.ModuleType)
#: The data formats st.write draws as a dataframe (1.67's dataframe_util.is_dataframe_like).
_DATAFRAME_FORMATS = frozenset({"column_series_mapping", "numpy_list", "numpy_matrix", "pandas_array",
                                "pandas_dataframe", "pandas_index", "pandas_series", "pandas_styler",
                                "polars_dataframe", "polars_series", "pyarrow_array", "pyarrow_table"})
_DATAFRAME_LIBRARIES = ("pandas.", "numpy.", "polars.", "pyarrow.", "dask.", "modin.", "xarray.", "pyspark.",
                        "snowflake.")

_MEM_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$")


def _is_dataframe_like(obj: Any) -> bool:
    """A table of some dataframe library (a pandas object, a numpy array, a dict of Series ...)."""
    if obj is None or isinstance(obj, (tuple, set, str, bytes, int, float, bool)):
        return False
    if isinstance(obj, Mapping):
        first = next(iter(obj.values()), None) if isinstance(obj, dict) and obj else None
        return type_name(first).startswith("pandas.") and type(first).__name__ == "Series"
    name = type_name(obj)
    if not name.startswith(_DATAFRAME_LIBRARIES):
        return False
    if name.startswith("numpy."):
        return type(obj).__name__ == "ndarray"  # a numpy scalar is written as text
    if name.startswith("pandas."):
        # A Styler is a table; a Timestamp or a Timedelta is written as text.
        return hasattr(obj, "shape") or name == "pandas.io.formats.style.Styler"
    from wasmlit.elements.lib.dataframe_util import determine_data_format

    return determine_data_format(obj) in _DATAFRAME_FORMATS or hasattr(obj, "shape")


def _backticked(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{text}{fence}"


class WriteMixin(MarkdownMixin, JsonMixin, ExceptionMixin, EmptyMixin):
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Strings (and scalars, in backticks) join into one markdown; other
        values get the element that fits them, in 1.67's order of checks."""
        if len(args) == 1 and isinstance(args[0], str):
            self.markdown(args[0], unsafe_allow_html=unsafe_allow_html)
            return
        if len(args) > 1 and not (self._block_id in ROOTS and self._slot is None):
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when inserting elements rather than "
                "replacing. That is, only when called as `st.write()` or `st.sidebar.write()`.")
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
                continue
            command, value = _drawer(arg, unsafe_allow_html)
            if command == "text":
                buffer.append(_backticked(value))
                continue
            if command != "html":  # 1.67 puts an object's HTML ahead of the text before it
                flush()
            # A DeltaGenerator's command: its family loads on first use (delta_generator.ON_FIRST_USE).
            getattr(self, command)(value)
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


def _drawer(arg: Any, unsafe_allow_html: bool) -> tuple[str, Any]:
    """The command st.write draws ``arg`` with, and what it passes it; ``("text", str(arg))``
    to write it as inline code. The order of the checks is Streamlit 1.67's."""
    if isinstance(arg, Exception):
        return "exception", arg
    if isinstance(arg, Cursor):
        return "help", arg
    if _is_dataframe_like(arg):
        return "dataframe", arg
    for check, command in _CHART_CHECKS:
        if check(arg):
            return command, arg
    if isinstance(arg, _JSON_TYPES) or is_custom_dict(arg) or is_namedtuple(arg) or is_pydantic_model(arg) \
            or is_sequence_of_pydantic_models(arg):
        return "json", arg
    if is_pydeck(arg):
        return "pydeck_chart", arg
    if isinstance(arg, StringIO):
        return "markdown", arg.getvalue()
    if inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg) or inspect.isasyncgenfunction(arg) \
            or inspect.isasyncgen(arg) or is_type(arg, "openai.Stream"):
        return "write_stream", arg
    if isinstance(arg, _HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
        return "help", arg
    if unsafe_allow_html and has_callable_attr(arg, "_repr_html_"):
        return "html", arg._repr_html_()
    if has_callable_attr(arg, "to_pandas") or has_callable_attr(arg, "__dataframe__"):
        return "dataframe", arg
    text = str(arg)
    return ("help", arg) if _MEM_ADDRESS.match(text) else ("text", text)


#: Charts, figures and images st.write draws with their own command.
_CHART_CHECKS: tuple[tuple[Callable[[Any], bool], str], ...] = (
    (is_altair_chart, "altair_chart"), (is_matplotlib_figure, "pyplot"), (is_plotly_chart, "plotly_chart"),
    (is_graphviz_chart, "graphviz_chart"), (is_sympy_expression, "latex"), (is_pillow_image, "image"))


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
