"""AppTest wrappers for elements (not widgets, not blocks).

Each wrapper reports Streamlit's element type string in ``.type`` and reads
its value the way Streamlit's AppTest does; ``.proto`` exposes the node's
props under Streamlit's proto field names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wasmlit.engine.tree import Node
from wasmlit.testing.protos import proto_of
from wasmlit.testing.queries import AppTestError

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest


class Node_:
    """Shared by elements and blocks: identity and the owning AppTest."""

    type: str = "unknown"
    #: Props the page needs but Streamlit's proto of this element does not have (AppTest reads
    #: neither): a chart's or grid's widget ``label``.
    _page_only_props: frozenset[str] = frozenset()

    def __init__(self, node: Node, root: AppTest) -> None:
        self._node = node
        self.root = root
        self.id = node.id
        self.proto = proto_of(node)

    @property
    def key(self) -> str | None:
        return self._node.key

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in self._page_only_props:
            raise AttributeError(name)
        # As in Streamlit's AppTest, a missing name is read from the proto first (its
        # field names and enum numbers: ``at.table[0].border_mode``), then from the props.
        proto = self.__dict__.get("proto")
        if proto is not None and hasattr(proto, name):
            return getattr(proto, name)
        node = self.__dict__.get("_node")
        props = node.props if node is not None else {}
        if name in props:
            return props[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, key={self.key!r}, value={getattr(self, 'value', None)!r})"


class Element(Node_):
    @property
    def value(self) -> Any:
        props = self._node.props
        for name in ("value", "body", "text", "label"):
            if name in props:
                return props[name]
        return None

    # Elements without interactions refuse them with Streamlit's AppTest message.
    def set_value(self, v: Any) -> Any:
        self._refuse_interaction("set_value")

    def click(self, *args: Any, **kwargs: Any) -> Any:
        self._refuse_interaction("click")

    def _refuse_interaction(self, method: str) -> Any:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for {self.type}{key_part}. AppTest can inspect this element but does "
            "not implement interactions for it. Set its value through at.session_state if it has a key, or use "
            "a Playwright e2e test."
        )


class Markdown(Element):
    type = "markdown"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def body(self) -> str:
        return self.value

    @property
    def allow_html(self) -> bool:
        return bool(self._node.props.get("allow_html"))

    @property
    def is_caption(self) -> bool:
        return self._node.props.get("variant") == "caption"


class Caption(Markdown):
    type = "caption"


class Divider(Markdown):
    type = "divider"


class Latex(Markdown):
    type = "latex"


class Heading(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return {"h1": "title", "h2": "header", "h3": "subheader"}.get(self._node.props["tag"], "heading")

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def tag(self) -> str:
        return str(self._node.props["tag"])

    @property
    def anchor(self) -> str | None:
        anchor = self._node.props.get("anchor")
        return anchor if isinstance(anchor, str) else None

    @property
    def hide_anchor(self) -> bool:
        return self._node.props.get("anchor") is False


class Text(Element):
    type = "text"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])


class Code(Element):
    type = "code"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def language(self) -> str:
        return str(self._node.props["language"])

    @property
    def show_line_numbers(self) -> bool:
        return bool(self._node.props.get("line_numbers"))


class Json(Element):
    type = "json"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def expanded(self) -> bool:
        # Streamlit's field: an int depth (even 0) is expanded=True plus max_expand_depth.
        return bool(self.proto.expanded)


class Alert(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return str(self._node.props["format"])

    @property
    def value(self) -> str:
        return str(self._node.props["body"])

    @property
    def icon(self) -> str:
        return str(self._node.props.get("icon") or "")


class ExceptionElement(Element):
    """``at.exception[i]``: ``.type`` is "exception"; the exception class name
    is in ``.proto.type``, as in Streamlit's AppTest."""

    type = "exception"

    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        self.proto.type = node.props["type_name"]
        self.proto.message_is_markdown = bool(node.props.get("message_is_markdown"))

    @property
    def value(self) -> str:
        return str(self._node.props["message"])

    @property
    def message(self) -> str:
        return str(self._node.props["message"])

    @property
    def stack_trace(self) -> list[str]:
        return list(self._node.props["stack_trace"])

    @property
    def is_warning(self) -> bool:
        return bool(self._node.props.get("is_warning"))

    @property
    def is_markdown(self) -> bool:
        return bool(self.proto.message_is_markdown)


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> str:
        return str(self._node.props["value"])

    @property
    def label(self) -> str:
        return str(self._node.props["label"])

    @property
    def delta(self) -> str:
        return str(self._node.props["delta"])


class Progress(Element):
    type = "progress"

    @property
    def value(self) -> int:
        return int(self._node.props["value"])

    @property
    def text(self) -> str:
        return str(self._node.props["text"])


def data_frame(data: dict[str, Any]) -> Any:
    """The pandas DataFrame of a table's encoded data (what Streamlit's AppTest
    gives: it reads the element's Arrow data back into pandas)."""
    from wasmlit.elements.lib.dataframe_util import pandas
    from wasmlit.elements.lib.decode import decode_column

    pd = pandas()
    columns = data.get("columns") or []
    names = [c.get("label", c["name"]) for c in columns]
    values = {i: _categorical(pd, pd.Series(_typed(pd, c, decode_column(c)), dtype=_dtype(c)), c)
              for i, c in enumerate(columns)}
    df = pd.DataFrame(values)
    df.columns = pd.MultiIndex.from_tuples([tuple(n) for n in names]) if names and all(
        isinstance(n, list) for n in names) else names
    levels = data.get("index") or []
    if levels:
        # A nullable-integer index reads back from Arrow as floats (NaN for missing), as 1.67's AppTest gives it.
        decoded = [decode_column(level) for level in levels]
        levels = [{**level, "dtype": "float64" if None in values else str(level["dtype"]).lower()}
                  if re.fullmatch(r"U?Int(8|16|32|64)", str(level.get("dtype"))) else level
                  for level, values in zip(levels, decoded, strict=True)]
        index_values = [_typed(pd, level, values) for level, values in zip(levels, decoded, strict=True)]
        if data.get("range_index") and len(levels) == 1 and levels[0]["enc"] == "range":
            # Arrow keeps a pandas RangeIndex as start/stop/step, so Streamlit's AppTest
            # reads back RangeIndex(1, 4) or RangeIndex(0, 4, 2) (rows deleted in a data editor).
            start, step, length = levels[0]["data"]
            df.index = pd.RangeIndex(start, start + step * length, step, name=levels[0]["name"] or None)
        elif data.get("range_index") and list(index_values[0]) == list(range(len(df))) and len(levels) == 1:
            df.index = pd.RangeIndex(len(df), name=levels[0]["name"] or None)
        elif len(levels) == 1:
            df.index = pd.Index(index_values[0], name=levels[0]["name"] or None, dtype=_dtype(levels[0]))
        else:
            df.index = pd.MultiIndex.from_arrays(index_values, names=[lv["name"] or None for lv in levels])
    return df


def _categorical(pd: Any, series: Any, column: dict[str, Any]) -> Any:
    """A categorical column as Arrow's dictionary reads back: its categories and order kept."""
    if column.get("categories") is None:
        return series
    return series.astype(pd.CategoricalDtype(column["categories"], ordered=bool(column.get("ordered"))))


#: Kinds Arrow cannot hold as they are: Streamlit sends them as text, and pandas reads
#: them back as its "string" dtype (dataframe_util.fix_arrow_incompatible_column_types).
_ARROW_AS_TEXT = frozenset({"complex", "mixed", "mixed-integer", "unknown"})


def _dtype(column: dict[str, Any]) -> Any:
    kind, dtype = column["kind"], column.get("dtype")
    if kind in ("integer", "float", "boolean") and column["enc"] != "json":
        return dtype if dtype not in (None, "object") else None
    if dtype == "string" or (kind in _ARROW_AS_TEXT and dtype in ("object", "str", None)) or (
            kind == "complex"):
        return "string"  # pandas' own string dtype (missing values are <NA>), as Arrow's pandas metadata keeps it
    if kind == "period" and isinstance(dtype, str) and dtype.startswith("period["):
        return dtype
    return None


def _typed(pd: Any, column: dict[str, Any], values: list[Any]) -> Any:
    kind = column["kind"]
    if kind == "integer" and column["enc"] == "json":  # past JavaScript's safe integers: sent as text
        return [None if v is None else int(v) for v in values]
    if kind == "dict":  # Arrow's struct has every key any row has: missing ones read back as None
        keys = list(dict.fromkeys(k for v in values if isinstance(v, dict) for k in v))
        return [{k: v.get(k) for k in keys} if isinstance(v, dict) else v for v in values]
    if kind == "list":  # Arrow lists read back into pandas as numpy arrays (of str objects for text)
        import numpy as np

        def cell(v: Any) -> Any:
            array = np.array(v)
            return np.array(v, dtype=object) if array.dtype.kind in "USO" else array

        return [None if v is None else cell(v) for v in values]
    if kind == "integer" and any(v is None for v in values):
        return pd.array(values, dtype="Int64") if column.get("dtype") == "Int64" else [
            float("nan") if v is None else float(v) for v in values]
    if kind == "interval" and str(column.get("dtype", "")).startswith("interval["):
        return _intervals(pd, str(column["dtype"]), values)
    if kind == "decimal":
        from decimal import Decimal

        step = Decimal(1).scaleb(-int(column.get("scale", 0)))
        return [None if v is None or v != v else Decimal(repr(v)).quantize(step) for v in values]
    if kind == "bytes":  # Arrow's binary column reads back as bytes
        return [v.encode("utf-8") if isinstance(v, str) else v for v in values]
    if kind == "datetime":
        return pd.to_datetime(values, utc=bool(column.get("tz"))).tz_convert(column["tz"]) if column.get(
            "tz") else pd.to_datetime(values)
    return values


_INTERVAL = re.compile(r"^([\[(])(.*), (.*)([\])])$")
_CLOSED = {("[", "]"): "both", ("[", ")"): "left", ("(", "]"): "right", ("(", ")"): "neither"}


def _intervals(pd: Any, dtype: str, values: list[Any]) -> Any:
    """Intervals from their text ("(0, 1]"), as Arrow's interval extension type reads back."""
    subtype, closed = dtype[len("interval["):-1].rsplit(", ", 1)
    bound = pd.Timestamp if subtype.startswith("datetime64") else (int if subtype.startswith("int") else float)
    parsed = [None if v is None else _INTERVAL.match(str(v)) for v in values]
    if any(v is not None and m is None for v, m in zip(values, parsed, strict=True)):
        return values
    pairs = [None if m is None else (bound(m.group(2)), bound(m.group(3))) for m in parsed]
    return pd.arrays.IntervalArray.from_tuples(pairs, closed=closed, dtype=dtype)


class Dataframe(Element):
    """st.dataframe and st.data_editor (a data editor is a dataframe that is
    not read-only, as in Streamlit's AppTest)."""

    type = "dataframe"
    _page_only_props = frozenset({"label"})

    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        if node.type == "dataframe" and not node.props.get("selection_mode"):
            self.proto.id = ""  # only a dataframe with selections is a widget with an id

    @property
    def key(self) -> str | None:
        """The user's key of a data editor or a dataframe with selections; None for a plain
        dataframe, which 1.67 draws without an id (its key only names its container)."""
        from wasmlit.engine.identity import user_key_from_id

        if not self.proto.id:
            return None
        return user_key_from_id(self._node.id) or self._node.key

    @property
    def editing_mode(self) -> str:
        return str(self._node.props.get("editing_mode", "read_only"))

    @property
    def value(self) -> Any:
        return data_frame(self._node.props["data"])

    def _refuse_interaction(self, method: str) -> Any:
        if self.editing_mode == "read_only":
            return super()._refuse_interaction(method)
        key_part = f" (key={self.key!r})" if self.key else ""
        note = (" Assign the edit state (edited_rows, added_rows, deleted_rows) on at.session_state before run()."
                if self.key else " Use a Playwright e2e test.")
        raise AppTestError(f"{method}() is not supported for data_editor{key_part}. AppTest can read the table and "
                           f"editing_mode, but it does not apply cell edits through {method}().{note}")


class Table(Element):
    type = "table"

    @property
    def value(self) -> Any:
        return data_frame(self._node.props["data"])


class UnknownElement(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return self._node.type


# -- widgets ------------------------------------------------------------------
