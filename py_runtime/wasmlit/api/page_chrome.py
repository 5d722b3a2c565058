"""What sits in the page's chrome rather than in the element tree: ``st.logo``.

The logo travels as a ``logo`` node (the page draws it in the header and at
the top of the sidebar, not where the node stands); AppTest does not list it,
as Streamlit's AppTest does not."""

from __future__ import annotations

from typing import Any

from wasmlit.api.delta_generator import main_dg
from wasmlit.elements.lib.media_data import to_url
from wasmlit.errors import StreamlitAPIException


def _logo_url(image: Any, field: str) -> str:
    """A logo image's URL, or Streamlit's error for one it cannot use (a missing file, bad data)."""
    try:
        return to_url(image, "image/png")
    except Exception as err:
        raise StreamlitAPIException(
            f"The {field} passed to st.logo is invalid - See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
            "for more information on valid types") from err


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """Show ``image`` in the app's header and sidebar (``icon_image`` when the sidebar is closed)."""
    if size not in ("small", "medium", "large"):
        raise StreamlitAPIException(f'The size argument to st.logo must be "small", "medium", or "large". \n The argument passed was {size}.')
    if link is not None and not str(link).startswith(("http://", "https://")):
        raise StreamlitAPIException(f"Invalid link: {link} - the link param supports external links only and must start with either http:// or https://.")
    main_dg._draw("logo", {
        "image": _logo_url(image, "image"),
        "icon_image": None if icon_image is None else _logo_url(icon_image, "icon_image"),
        "size": size,
        "link": None if link is None else str(link),
    })
