"""A button's keyboard ``shortcut``, checked and written as Streamlit 1.67 writes it.

The page binds the written form (``web/src/renderer/shortcuts.js``): modifiers
first, in the order ctrl, cmd, alt, shift, then one key, all lower case and
joined by ``+`` ("Mod+Alt+Shift+F" is "ctrl+alt+shift+f").
"""

from __future__ import annotations

from typing import Final

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_MODIFIER_ALIASES: Final = {
    "ctrl": "ctrl", "control": "ctrl", "cmd": "cmd", "command": "cmd", "meta": "cmd",
    "alt": "alt", "option": "alt", "shift": "shift", "mod": "ctrl",
}
_MODIFIER_ORDER: Final = ("ctrl", "cmd", "alt", "shift")
_KEY_ALIASES: Final = {
    "enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
    "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete", "del": "delete",
    "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
    "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right",
    "up": "up", "arrowup": "up", "down": "down", "arrowdown": "down",
}
#: "C" and "R" belong to Streamlit's own shortcuts (clear cache, rerun).
_RESERVED_KEYS: Final = {"c", "r"}


def _key(token: str) -> str:
    if token in _KEY_ALIASES:
        return _KEY_ALIASES[token]
    if (len(token) == 1 and token.isalnum()) or (token.startswith("f") and token[1:].isdigit()):
        return token
    raise StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys (e.g. Enter, Space, Tab, Escape)."
    )


def normalize_shortcut(shortcut: object) -> str:
    """``shortcut`` as the page binds it; a shortcut Streamlit refuses raises its error."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [token.strip() for token in shortcut.split("+") if token.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: list[str] = []
    key: str | None = None
    for raw in tokens:
        token = raw.lower()
        if token in _MODIFIER_ALIASES:
            if _MODIFIER_ALIASES[token] not in modifiers:
                modifiers.append(_MODIFIER_ALIASES[token])
            continue
        if key is not None:
            raise StreamlitAPIException("The `shortcut` may only specify a single non-modifier key.")
        key = _key(token)
        if key in _RESERVED_KEYS:
            raise StreamlitAPIException("The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.")
    if key is None:
        raise StreamlitAPIException("The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.")
    return "+".join([m for m in _MODIFIER_ORDER if m in modifiers] + [key])
