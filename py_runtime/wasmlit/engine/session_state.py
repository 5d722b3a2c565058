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

from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass, field
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitValueError, StreamlitWidgetAlreadyInstantiatedError

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
    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if key.startswith("$$ID"):
        raise StreamlitAPIException("Keys beginning with $$ID are reserved.")


def _identity(value: Any) -> Any:
    return value


@dataclass
class WidgetMeta:
    """What the session remembers about a widget between runs."""

    id: str
    type: str
    user_key: str | None
    form_id: str
    default: Callable[[], Any]
    serialize: Callable[[Any], Any]
    deserialize: Callable[[Any], Any]
    #: Check or convert a value stored in session state before the widget uses it.
    adopt: Callable[[Any], Any] = _identity
    callback: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    #: A button-like widget: True (or the chat text) for one run only.
    is_trigger: bool = False
    trigger_reset_value: Any = False
    label: str = ""
    #: The fragment that drew the widget (None outside fragments): an event on it reruns only that fragment.
    fragment_id: str | None = None
    #: ``persist_state``: "page" or "session" keeps a keyed widget's value while it is not drawn.
    persist_state: str | None = None
    #: The page (script hash) whose run drew it, for ``persist_state="page"``.
    page: str = ""


@dataclass
class _Entry:
    """A value in session state and the widget that owns it."""

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
    #: The current run's registries (owned by its RunContext), read for the
    #: forbidden-write checks and the cleanup: widget ids in page order, form keys.
    _run_widgets: Mapping[str, None] = field(default_factory=dict)
    _run_forms: Set[str] = field(default_factory=set)
    #: User keys assigned by script code or callbacks during the current run.
    _set_this_run: set[str] = field(default_factory=set)
    #: Values of keyed widgets with ``persist_state`` that are not drawn: user key ->
    #: (scope, page). They wait, as user values, for the widget to come back.
    _persisted: dict[str, tuple[str, str]] = field(default_factory=dict)

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
        widget_id = self._key_to_id.get(key)
        if (widget_id is not None and widget_id in self._run_widgets) or key in self._run_forms:
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
        self._persisted.pop(key, None)

    def clear(self) -> None:
        """Remove every user value and every widget value."""
        self._entries.clear()
        self._set_this_run.clear()
        self._persisted.clear()

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
        if meta.user_key is not None:
            self._key_to_id[meta.user_key] = widget_id
            self._persisted.pop(meta.user_key, None)
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

    def begin_run(self, widget_ids: Mapping[str, None], form_ids: Set[str]) -> None:
        """Before a run: reset triggers left over from an interrupted run, and
        hand user-set values of known widget keys to their widget.
        ``widget_ids`` and ``form_ids`` are the new run's live registries."""
        self.reset_triggers()
        for key, entry in self._entries.items():
            if entry.owner is None and key in self._key_to_id:
                entry.owner = self._key_to_id[key]
        self._run_widgets = widget_ids
        self._run_forms = form_ids
        self._set_this_run = set()

    def reset_triggers(self) -> None:
        for widget_id, meta in self.widget_meta.items():
            if meta.is_trigger:
                entry = self._entries.get(self.storage_key(widget_id, meta.user_key))
                if entry is not None and entry.owner == widget_id:
                    entry.value = meta.trigger_reset_value

    def finish_run(self, fragment_ids: Set[str] = frozenset(), page: str | None = None) -> None:
        """After a completed run: reset triggers and drop the values of
        widgets that this run did not draw (user values stay). After a
        fragment run, only widgets of those fragments count. A keyed widget
        with ``persist_state`` keeps its value while it is not drawn: for the
        whole session ("session"), or until a run of another page ("page")."""
        self.reset_triggers()
        active = self._run_widgets
        if fragment_ids:
            considered = {w for w, m in self.widget_meta.items() if m.fragment_id in fragment_ids}
        else:
            considered = set(self.widget_meta) | {e.owner for e in self._entries.values() if e.owner is not None}
        gone = {w for w in considered if w not in active}
        for widget_id in gone:
            meta = self.widget_meta.get(widget_id)
            if meta is not None and meta.persist_state and meta.user_key in self._entries:
                self._persisted[meta.user_key] = (meta.persist_state, meta.page)
        for key in [k for k, e in self._entries.items() if e.owner is not None and e.owner in gone]:
            if key in self._persisted:
                self._entries[key].owner = None  # kept as a user value until its widget comes back
            else:
                del self._entries[key]
        for widget_id in [w for w in self.widget_meta if w in gone]:
            del self.widget_meta[widget_id]
        if page is not None:
            for key, (scope, where) in list(self._persisted.items()):
                if scope == "page" and where != page:
                    del self._persisted[key]
                    self._entries.pop(key, None)

    def to_dict(self) -> dict[str, Any]:
        return {k: e.value for k, e in self._entries.items() if not k.startswith("$$ID-")}
