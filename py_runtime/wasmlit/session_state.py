"""``st.session_state``: user values and widget values of one session.

One store holds both. A value lives under its *storage key*: the user key for
user entries and keyed widgets, the widget id for unkeyed widgets. Each value
remembers its *owner*: the id of the widget whose value it is, or ``None``
for a value the user set that no widget has adopted yet. That one fact gives
Streamlit's observable rules:

* a widget adopts a user-set value (``owner is None``) or its own value
  (``owner == widget_id``); a value owned by another widget id with the same
  key (a slider whose bounds changed) is ignored, so the widget resets;
* at the end of a completed run, values owned by widgets that were not drawn
  are deleted, while user values are never cleaned up.

``SessionStateProxy`` is the dict-like ``st.session_state`` the script sees.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitWidgetAlreadyInstantiatedError

if TYPE_CHECKING:
    from wasmlit.widgets.base import WidgetMeta

_DOCS = (
    "Did you forget to initialize it? More info: "
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


def missing_key_message(key: str) -> str:
    return f'st.session_state has no key "{key}". {_DOCS}'


def missing_attr_message(key: str) -> str:
    return f'st.session_state has no attribute "{key}". {_DOCS}'


_MISSING = object()


def require_valid_user_key(key: str) -> None:
    """An empty key, or one that looks like a generated id, is refused."""
    from wasmlit.errors import StreamlitAPIException, StreamlitValueError

    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if key.startswith("$$ID"):
        raise StreamlitAPIException("Keys beginning with $$ID are reserved.")


@dataclass
class _Entry:
    value: Any
    owner: str | None  # widget id, or None for a user-set value


@dataclass
class SessionState:
    """The state of one session. The engine drives it through the run
    lifecycle methods; the script sees it through ``SessionStateProxy``."""

    _entries: dict[str, _Entry] = field(default_factory=dict)
    _key_to_id: dict[str, str] = field(default_factory=dict)
    #: Metadata of every widget seen, from its latest registration, in page order
    #: of the latest run that drew it.
    widget_meta: dict[str, WidgetMeta] = field(default_factory=dict)
    #: Widget ids registered in the current run (page order).
    ids_this_run: dict[str, None] = field(default_factory=dict)
    #: User keys assigned by script code or callbacks during the current run.
    _set_this_run: set[str] = field(default_factory=set)
    #: Form ids created in the current run (their keys are read-only too).
    forms_this_run: set[str] = field(default_factory=set)
    #: Set while the engine itself writes (applying events), to skip the checks.
    _engine_writing: bool = False
    #: Form id -> clear_on_submit, from the latest run that drew the form.
    form_settings: dict[str, bool] = field(default_factory=dict)

    # -- storage -----------------------------------------------------------

    @staticmethod
    def storage_key(widget_id: str, user_key: str | None) -> str:
        return user_key if user_key is not None else widget_id

    def _storage_key_of(self, widget_id: str) -> str:
        meta = self.widget_meta.get(widget_id)
        return self.storage_key(widget_id, meta.user_key if meta else None)

    # -- the dict-like view of user keys and keyed widgets -------------------

    def user_visible_keys(self) -> list[str]:
        """User keys plus keyed widget values (never unkeyed widget ids)."""
        return [k for k in self._entries if not k.startswith("$$ID-")]

    def has(self, key: str) -> bool:
        return key in self._entries and not key.startswith("$$ID-")

    def get_item(self, key: str) -> Any:
        entry = self._entries.get(key)
        if entry is None or key.startswith("$$ID-"):
            raise KeyError(missing_key_message(key))
        return entry.value

    def set_item(self, key: str, value: Any) -> None:
        """A write by user code (script, callback or test)."""
        if not self._engine_writing:
            widget_id = self._key_to_id.get(key)
            if (widget_id is not None and widget_id in self.ids_this_run) or key in self.forms_this_run:
                raise StreamlitWidgetAlreadyInstantiatedError(key)
            self._set_this_run.add(key)
        self._entries[key] = _Entry(value, None)

    def set_from_outside(self, key: str, value: Any) -> None:
        """A write between runs (AppTest, restored state): no run, no checks.
        It reaches the widget with that key like a user-set value."""
        self._entries[key] = _Entry(value, None)

    def del_item(self, key: str) -> None:
        if key not in self._entries or key.startswith("$$ID-"):
            raise KeyError(missing_key_message(key))
        del self._entries[key]
        self._set_this_run.discard(key)

    def clear(self) -> None:
        """Remove every user value and every widget value."""
        self._entries.clear()
        self._set_this_run.clear()

    # -- widgets ------------------------------------------------------------

    def is_new_user_value(self, key: str) -> bool:
        """True if user code assigned ``key`` during this run (for the
        read-only and duplicate-default checks)."""
        return key in self._set_this_run

    def register_widget(self, meta: WidgetMeta) -> Any:
        """Record a widget drawn in this run and return its current value."""
        widget_id = meta.id
        self.widget_meta.pop(widget_id, None)  # keep page order of the latest run
        self.widget_meta[widget_id] = meta
        self.ids_this_run[widget_id] = None
        if meta.user_key is not None:
            self._key_to_id[meta.user_key] = widget_id
        skey = self.storage_key(widget_id, meta.user_key)
        entry = self._entries.get(skey)
        if entry is None or entry.owner not in (None, widget_id):
            value = meta.default()
        else:
            value = meta.adopt(entry.value)
        self._entries[skey] = _Entry(value, widget_id)
        return value

    def widget_value(self, widget_id: str, default: Any = None) -> Any:
        entry = self._entries.get(self._storage_key_of(widget_id))
        if entry is None or entry.owner not in (None, widget_id):
            return default
        return entry.value

    def set_widget_value(self, widget_id: str, value: Any) -> None:
        """A value that came from the page (an event), owned by its widget."""
        self._entries[self._storage_key_of(widget_id)] = _Entry(value, widget_id)

    def widget_id_for_key(self, key: str) -> str | None:
        return self._key_to_id.get(key)

    # -- run lifecycle --------------------------------------------------------

    def begin_run(self) -> None:
        """Before a run: reset triggers left over from an interrupted run,
        and hand user-set values of known widget keys to their widget."""
        self.reset_triggers()
        for key, entry in self._entries.items():
            if entry.owner is None and key in self._key_to_id:
                entry.owner = self._key_to_id[key]
        self.ids_this_run = {}
        self._set_this_run = set()
        self.forms_this_run = set()

    def reset_triggers(self) -> None:
        for widget_id, meta in self.widget_meta.items():
            if meta.is_trigger:
                entry = self._entries.get(self.storage_key(widget_id, meta.user_key))
                if entry is not None and entry.owner == widget_id:
                    entry.value = meta.trigger_reset_value

    def finish_run(self) -> None:
        """After a completed run: reset triggers and drop the values of
        widgets that this run did not draw (user values stay)."""
        self.reset_triggers()
        active = self.ids_this_run
        for key in [k for k, e in self._entries.items() if e.owner is not None and e.owner not in active]:
            del self._entries[key]
        for widget_id in [w for w in self.widget_meta if w not in active]:
            del self.widget_meta[widget_id]

    def to_dict(self) -> dict[str, Any]:
        return {k: e.value for k, e in self._entries.items() if not k.startswith("$$ID-")}


class SessionStateProxy(MutableMapping[str, Any]):
    """``st.session_state``: a dict-like view with attribute access.

    It reaches the session of the current run through ``get_state``, so the
    same object serves every session (as ``st.session_state`` does)."""

    __slots__ = ("_get_state",)

    def __init__(self, get_state: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_get_state", get_state)

    @property
    def _state(self) -> SessionState:
        return self._get_state()  # type: ignore[no-any-return]

    def __getitem__(self, key: str) -> Any:
        require_valid_user_key(str(key))
        return self._state.get_item(str(key))

    def __setitem__(self, key: str, value: Any) -> None:
        require_valid_user_key(str(key))
        self._state.set_item(str(key), value)

    def __delitem__(self, key: str) -> None:
        require_valid_user_key(str(key))
        self._state.del_item(str(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._state.has(key)

    def __iter__(self) -> Iterator[str]:
        # A snapshot, so that deleting while iterating keys() works.
        return iter(self._state.user_visible_keys())

    def __len__(self) -> int:
        return len(self._state.user_visible_keys())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._state.get_item(key)
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state.set_item(key, value)

    def __delattr__(self, key: str) -> None:
        try:
            self._state.del_item(key)
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def keys(self) -> list[str]:  # type: ignore[override]
        return self._state.user_visible_keys()

    def values(self) -> list[Any]:  # type: ignore[override]
        return list(self._state.to_dict().values())

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return list(self._state.to_dict().items())

    def clear(self) -> None:
        self._state.clear()

    def to_dict(self) -> dict[str, Any]:
        return self._state.to_dict()

    def __repr__(self) -> str:
        return repr(self._state.to_dict())

    def __str__(self) -> str:
        return str(self._state.to_dict())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SessionStateProxy):
            return self.to_dict() == other.to_dict()
        return self.to_dict() == other
