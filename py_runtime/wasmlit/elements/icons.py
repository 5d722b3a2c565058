"""Icons of elements (alerts, badges, buttons, toasts ...): emoji or Material
Symbols shortcodes, checked as Streamlit 1.67 checks them, and the leading
icon an alert's body gives up to its icon slot.

Streamlit keeps a catalogue of every emoji; wasmlit recognises emoji by their
Unicode ranges instead (a catalogue would weigh on every cold load), which
accepts the same single emoji, with their variation selectors, skin tones,
keycaps, flags and joined sequences.
"""

from __future__ import annotations

import functools
import re

from wasmlit.errors import StreamlitAPIException

# One emoji "atom": a pictograph (with an optional variation selector / skin
# tone), a keycap (1️⃣) or a flag (two regional indicators).
_PICTO = (
    "[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23e9-\u23f3"
    "\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf\u2934\u2935\u2b05-\u2b07"
    "\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_ATOM = rf"(?:{_PICTO}[\ufe0e\ufe0f]?[\U0001f3fb-\U0001f3ff]?|[0-9#*]\ufe0f?\u20e3|[\U0001f1e6-\U0001f1ff]{{2}})"
_EMOJI = rf"{_ATOM}(?:\u200d{_ATOM})*[\U000e0020-\U000e007f]*"


# The two emoji patterns compile on first use: their character classes cost
# ~7 ms of Pyodide's start-up, and many apps have no icon at all.
@functools.cache
def _emoji_re() -> re.Pattern[str]:
    return re.compile(rf"^{_EMOJI}$")


@functools.cache
def _leading_emoji_re() -> re.Pattern[str]:
    return re.compile(rf"^({_EMOJI})[_ -]*(.*)", re.DOTALL)


_MATERIAL_RE = re.compile(r"^\s*:(.+)/(.+):\s*$")
_SHORTCODE_RE = re.compile(r":[\w+-]+:")
_ZWSP = "\u200b"


def is_emoji(text: str) -> bool:
    """A single emoji (sequences joined with ZWJ, flags and keycaps count as one)."""
    # 1.67 drops every variation selector before looking the text up, so a stray
    # one ("\ufe0f🚨") is still an emoji (the pattern takes them as optional anyway).
    return bool(text) and not text.isascii() and bool(_emoji_re().match(text.replace("\ufe0f", "")))


def validate_material_icon(icon: str) -> str:
    """``":material/thumb_up:"``, normalised; anything else raises as Streamlit does."""
    match = _MATERIAL_RE.match(icon)
    shown = icon.replace("/", _ZWSP + "/")
    if not match or match.group(1) != "material" or not re.fullmatch(r"[a-z0-9_]+", match.group(2)):
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode '
            f"like **`:material{_ZWSP}/thumb_up:`**."
        )
    return f":material/{match.group(2)}:"


def validate_icon_or_emoji(icon: str | None) -> str:
    """An element's ``icon=``: an emoji, a Material shortcode or ``"spinner"``; ``""`` for none."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitAPIException(f"The icon must be a string or None, not {type(icon).__name__}.")
    icon = icon.strip()
    if not icon or icon == "spinner":
        return icon
    if icon.lower().startswith(":material"):
        return validate_material_icon(icon)
    if _SHORTCODE_RE.fullmatch(icon):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. '
            "Use a single emoji, a Material icon shortcode (`:material/icon_name:`) or `\"spinner\"`."
        )
    if not is_emoji(icon):
        raise StreamlitAPIException(f'The value "{icon}" is not a valid emoji. Please use a single emoji.')
    return icon


def extract_leading_icon(text: str) -> tuple[str, str]:
    """``("🚨", "Error occurred")`` from ``"🚨 Error occurred"``; ``("", text)`` when
    the text does not start with an emoji or a Material icon shortcode."""
    if not text:
        return "", text
    if text.startswith(":material"):
        match = re.match(r"^(:[^:]+:)\s*(.*)", text, re.DOTALL)
        if match:
            try:
                return validate_material_icon(match.group(1)), match.group(2)
            except StreamlitAPIException:
                pass
    if text.isascii():
        return "", text
    match = _leading_emoji_re().match(text)
    return (match.group(1), match.group(2)) if match else ("", text)
