"""``width`` and ``height`` as Streamlit 1.67 checks them."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError


def validate_width(width: Any, allow_content: bool = False) -> None:
    if isinstance(width, bool) or not isinstance(width, (int, str)):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)


def validate_height(height: Any, allow_content: bool = False) -> None:
    if isinstance(height, bool) or not isinstance(height, (int, str)):
        raise StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, str):
        if height not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidHeightError(height, allow_content)
    elif height <= 0:
        raise StreamlitInvalidHeightError(height, allow_content)
