"""Durations written as text, as Streamlit reads them (``"2s"``, ``"1m30s"``,
``"1.5 days"``, ``"250ms"``) without pandas, which a static site may not have."""

from __future__ import annotations

import re

_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
# Compiled on first use (re caches it): a timer-less app never pays for it at boot.
_PART = (r"(\d+(?:\.\d+)?)\s*(milliseconds?|ms|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)")


def parse_duration(text: str) -> float:
    """Seconds in ``text``: its parts added up, or a plain number. Raises ValueError."""
    parts = re.findall(_PART, text.strip().lower())
    if not parts:
        return float(text)
    return sum(float(number) * _UNITS["ms" if unit.startswith("milli") or unit == "ms" else unit[0]]
               for number, unit in parts)
