"""The block of ``st.dialog``: a modal over the page (``api/execution.py`` runs its body as a fragment)."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.widget_registry import WidgetSpec, register_widget


class DialogMixin(Cursor):
    def _dialog(self, title: str, *, width: str | int = "small", dismissible: bool = True,
                on_dismiss: Any = "ignore", position: str = "center", icon: str = "") -> Self:
        """Open a dialog block here. ``opened`` (this run's id) makes the page show
        it again when the app opens it again, even with the same title. With
        ``on_dismiss`` other than ``"ignore"``, dismissing it is a click on a
        trigger widget: a rerun, after the callback if there is one."""
        ctx = require_run_context()
        props: dict[str, Any] = {"title": title, "width": width, "dismissible": dismissible, "opened": ctx.run_id,
                                 "on_dismiss": on_dismiss != "ignore",
                                 **({} if position == "center" else {"position": position}),
                                 **({"icon": icon} if icon else {})}
        if on_dismiss != "ignore":
            spec = WidgetSpec(type="dialog", label=title, identity={"title": title, "width": width},
                              default=lambda: False, is_trigger=True)
            callback = on_dismiss if callable(on_dismiss) else None
            widget_id, _, _ = register_widget(self, spec, on_change=callback, label_visibility="collapsed")
            props["widget_id"] = widget_id
        return self._open_block("dialog", props)
