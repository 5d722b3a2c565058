"""Every form rule, in one place.

* **Opening.** ``st.form(key)`` opens a block whose key is unique in the run;
  forms do not nest. Every block opened inside a form belongs to it.
* **Widgets inside a form.** Only ``st.form_submit_button`` may have a
  callback (``StreamlitInvalidFormCallbackError``); ``st.button`` and
  ``st.download_button`` may not stand in a form, and a submit button may not
  stand outside one (``StreamlitInvalidLayoutContextError``). An unkeyed submit
  button's key is ``FormSubmitter:<form key>-<label>``.
* **Staged values.** Values of a form's widgets count only when the form is
  submitted: the page keeps them until then, and a value event for a form
  widget that arrives without a submit is ignored (rule 62).
* **clear_on_submit.** The submitting run sees the submitted values, and so
  does a plain rerun; the page shows the widgets' defaults at once (each
  widget's ``default`` prop) and the next submit applies them (rule 72).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.errors import (
    FORM_DOCS_INFO,
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidLayoutContextError,
)

if TYPE_CHECKING:
    from wasmlit.engine.run_context import RunContext
    from wasmlit.engine.session_state import SessionState

SUBMIT_BUTTON = "form_submit_button"


@dataclass
class SessionForms:
    """What a session remembers about its forms between runs."""

    #: Form key -> clear_on_submit, from the latest run that drew the form.
    clear_on_submit: dict[str, bool] = field(default_factory=dict)
    #: Forms submitted with clear_on_submit: the page shows their defaults,
    #: which the next submit applies.
    cleared: set[str] = field(default_factory=set)

    def clear(self) -> None:
        self.cleared.clear()


# -- opening and nesting --------------------------------------------------------


def form_of(ctx: RunContext, block_id: str) -> str:
    """The key of the form ``block_id`` belongs to ('' if none)."""
    return ctx.block_forms.get(block_id, "")


def inherit_form(ctx: RunContext, block_id: str, parent: str, form_id: str | None) -> None:
    """A new block belongs to its own form (a form block) or its parent's."""
    ctx.block_forms[block_id] = form_id if form_id is not None else form_of(ctx, parent)


def open_form(ctx: RunContext, key: str, enclosing_form: str, clear_on_submit: bool) -> None:
    """Register a form opened in this run, or raise Streamlit's error."""
    if enclosing_form:
        raise StreamlitAPIException("Forms cannot be nested in other forms.")
    if key in ctx.form_ids:
        raise StreamlitAPIException(
            f"There are multiple identical forms with `key='{key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each `st.form` you create."
        )
    ctx.form_ids.add(key)
    ctx.forms.clear_on_submit[key] = clear_on_submit


# -- widgets inside forms ----------------------------------------------------------


def check_callback(callback: Any, form_id: str, widget_type: str) -> None:
    """Inside a form only the submit button may have a callback."""
    if callback is not None and form_id and widget_type != SUBMIT_BUTTON:
        raise StreamlitInvalidFormCallbackError()


def forbid_in_form(command: str, extra: str = "") -> Callable[[str], None]:
    """A layout check for buttons that may not stand in a form."""

    def check(form_id: str) -> None:
        if form_id:
            raise StreamlitInvalidLayoutContextError(
                f"`st.{command}()` can't be used in an `st.form()`.{extra}" + FORM_DOCS_INFO
            )

    return check


def require_form(form_id: str) -> None:
    """The layout check of ``st.form_submit_button``."""
    if not form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS_INFO
        )


def submit_button_key(form_id: str, label: str) -> str:
    """The implicit key of an unkeyed submit button (rule 67)."""
    return f"FormSubmitter:{form_id}-{label}"


def clears_on_submit(ctx: RunContext, form_id: str) -> bool:
    """Does the form reset its widgets to their defaults after a submit?"""
    return bool(form_id) and ctx.forms.clear_on_submit.get(form_id, False)


# -- submit ---------------------------------------------------------------------------


def is_submit(trigger: Mapping[str, Any], submitter_type: str | None) -> bool:
    return trigger.get("type") == "submit" or submitter_type == SUBMIT_BUTTON


def apply_submit(
    state: SessionState,
    forms: SessionForms,
    form_id: str,
    trigger: Mapping[str, Any],
    loose_values: Mapping[str, Any],
    apply: Callable[[str, Any], None],
) -> None:
    """Apply a form's submit: reset a cleared form to its defaults, then the
    staged values (those in the submit, then any loose value events of the
    form's widgets that arrived with it)."""
    if form_id in forms.cleared:
        for meta in list(state.widget_meta.values()):
            if meta.form_id == form_id and not meta.is_trigger:
                apply(meta.id, meta.serialize(meta.default()))
        forms.cleared.discard(form_id)
    staged = dict(trigger.get("values") or {})
    def in_form(widget_id: str) -> bool:
        meta = state.widget_meta.get(widget_id)
        return meta is not None and meta.form_id == form_id

    for widget_id, wire in loose_values.items():
        if in_form(widget_id):
            staged.setdefault(widget_id, wire)
    for widget_id, wire in staged.items():
        if in_form(widget_id):
            apply(widget_id, wire)
    if forms.clear_on_submit.get(form_id):
        forms.cleared.add(form_id)
