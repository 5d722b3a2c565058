"""``width`` and ``height`` as Streamlit 1.67 checks them."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def validate_width(width: Any, allow_content: bool = False) -> None:
    if not (_positive_int(width) or width == "stretch" or (allow_content and width == "content")):
        raise StreamlitInvalidWidthError(width, allow_content)


def validate_height(height: Any, allow_content: bool = False, *, also: tuple[str, ...] = ()) -> None:
    if not (_positive_int(height) or height == "stretch" or (allow_content and height == "content")
            or height in also):
        raise StreamlitInvalidHeightError(height, allow_content)


def legacy_container_width(width: Any, use_container_width: bool | None) -> Any:
    """``use_container_width`` (deprecated) as the ``width`` it stands for."""
    if use_container_width is None:
        return width
    if use_container_width:
        return "stretch"
    return width if isinstance(width, int) and not isinstance(width, bool) else "content"
