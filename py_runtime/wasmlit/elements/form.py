"""st.form: a block whose widgets submit together (the rules live in engine/forms.py)."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.engine import forms
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context


class FormMixin(Cursor):
    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: Any = "stretch",
        height: Any = "content",
    ) -> Self:
        form_id = str(key)
        forms.open_form(require_run_context(), form_id, self._form_id(), bool(clear_on_submit))
        return self._open_block(
            "form",
            {"form_id": form_id, "clear_on_submit": bool(clear_on_submit), "border": bool(border),
             "enter_to_submit": bool(enter_to_submit)},
            form_id=form_id,
        )
