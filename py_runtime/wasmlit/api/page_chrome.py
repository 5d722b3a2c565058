"""What sits in the page's chrome rather than in the element tree: ``st.logo``."""

from __future__ import annotations

from typing import Any


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """The app logo sits in the page chrome, not in the element tree (not drawn yet)."""
