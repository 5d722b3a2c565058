"""st.pagination: page numbers (1 … num_pages) with previous/next buttons."""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitValueOutOfRangeError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget
from wasmlit.widgets.wire import require_number


class PaginationMixin(Cursor):
    def pagination(
        self,
        num_pages: int,
        *,
        default: int = 1,
        max_visible_pages: int | None = 7,
        width: Any = "content",
        key: Any = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        disabled: bool = False,
        bind: Any = None,
        persist_state: Any = None,
    ) -> int:
        if not isinstance(num_pages, int) or isinstance(num_pages, bool) or num_pages < 1:
            raise StreamlitAPIException(f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
        if isinstance(default, bool) or not isinstance(default, int):
            raise StreamlitAPIException(f"The `default` parameter must be of type int, not {type(default).__name__}.")
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (
            not isinstance(max_visible_pages, int) or isinstance(max_visible_pages, bool) or max_visible_pages < 0
        ):
            raise StreamlitAPIException(f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}.")

        def deserialize(wire: Any) -> int:
            if wire is None:
                return default
            page = int(require_number(wire, 1, num_pages, integer=True))
            return page

        def adopt(value: Any) -> int:
            # A value out of range (num_pages shrank, or a key was set) falls back to the default.
            ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= num_pages
            return value if ok else default

        spec = WidgetSpec(
            type="pagination",
            label="",
            identity={"num_pages": num_pages, "default": default, "max_visible_pages": max_visible_pages, "width": width},
            default=lambda: default,
            deserialize=deserialize,
            adopt=adopt,
            props={"num_pages": num_pages, "default": default, "max_visible_pages": max_visible_pages},
        )
        return int(draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                               disabled=disabled, label_visibility="collapsed", bind=bind, persist_state=persist_state))
