"""AppTest wrappers for elements (not widgets, not blocks).

Each wrapper reports Streamlit's element type string in ``.type`` and reads
its value the way Streamlit's AppTest does; ``.proto`` exposes the node's
props under Streamlit's proto field names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.engine.tree import Node
from wasmlit.testing.frame_values import data_frame
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
    def anchor(self) -> str:
        anchor = self._node.props.get("anchor")
        return anchor if isinstance(anchor, str) else ""  # 1.67's proto field: "" when none or hidden

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
