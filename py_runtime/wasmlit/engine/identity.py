"""Element ids, computed as Streamlit computes them.

A widget id is ``$$ID-<hash>-<user key or None>`` (BLAKE2b, 16 bytes, as in
Streamlit 1.67). The hash covers the element type, the user key, and the
parameters that make up the widget's identity: every parameter for an unkeyed
widget (plus its form and root container), and for a keyed widget only the few
that Streamlit keeps (``key_as_main_identity``): a keyed
text_input keeps its value when its label changes, a keyed slider does not
keep it when its bounds change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from typing import Any

ID_PREFIX = "$$ID"
_KEY_CLASS_RE = re.compile(r"[^a-zA-Z0-9_-]")


def compute_element_id(
    element_type: str,
    user_key: str | None,
    form_id: str,
    params: Mapping[str, Any],
    key_identity: bool | Collection[str] = True,
    root: str = "0",
    page: str = "",
) -> str:
    """The id of an element. ``key_identity`` says which ``params`` still count
    when a key is given: ``True`` for none, a set for those named. ``page`` is
    the key of the page whose code draws it ('' for the entry script): the
    same widget on two pages is two widgets."""
    h = hashlib.blake2b(digest_size=16)
    h.update(element_type.encode())
    if page:
        h.update(f"page={page};".encode())
    if user_key:
        h.update(user_key.encode())
    if user_key is not None and key_identity is not False:
        if key_identity is not True:
            params = {k: v for k, v in params.items() if k in key_identity}
        else:
            params = {}
    else:
        params = {**params, "form_id": form_id, "root": root}
    for name, value in params.items():
        h.update(f"{name}={_stable_repr(value)};".encode())
    return f"{ID_PREFIX}-{h.hexdigest()}-{user_key}"


def user_key_from_id(element_id: str) -> str | None:
    if not element_id.startswith(ID_PREFIX + "-"):
        return None
    key = element_id.split("-", 2)[2]
    return None if key == "None" else key


def key_class_name(user_key: str) -> str:
    """The ``st-key-…`` CSS class of a keyed element."""
    return "st-key-" + _KEY_CLASS_RE.sub("-", user_key.strip())


def _stable_repr(value: Any) -> str:
    # repr() of a function or object includes its address, which changes every
    # run; identity must not, or an unkeyed widget would reset on each rerun.
    if isinstance(value, (str, int, float, bool, type(None), bytes)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_stable_repr(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{_stable_repr(k)}:{_stable_repr(v)}" for k, v in value.items()) + "}"
    text = repr(value)
    return re.sub(r" at 0x[0-9a-fA-F]+", "", text)
