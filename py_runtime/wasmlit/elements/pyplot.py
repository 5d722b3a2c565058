"""st.pyplot: a matplotlib figure drawn as a PNG image (an ``imgs`` element,
as in Streamlit), ``width="stretch"`` by default."""

from __future__ import annotations

import io
from typing import Any, Self

from wasmlit.elements.lib.layout_utils import validate_width
from wasmlit.elements.lib.media_data import to_url
from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

#: Streamlit's savefig defaults (a sharp image at any width).
_SAVEFIG = {"bbox_inches": "tight", "dpi": 200, "format": "png"}


class PyplotMixin(Cursor):
    def pyplot(self, fig: Any = None, clear_figure: bool = False, *, width: Any = "stretch",
               use_container_width: bool | None = None, alt: str | None = None, **kwargs: Any) -> Self:
        if fig is None:
            raise StreamlitAPIException(
                "The `fig` parameter is required. Passing `None` is not supported because Matplotlib's global "
                "figure object is not thread-safe.\n\nPass a figure explicitly:\n\n```python\n"
                "fig, ax = plt.subplots()\nax.scatter([1, 2, 3], [1, 2, 3])\nst.pyplot(fig)\n```"
            )
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        validate_width(width, allow_content=True)
        buffer = io.BytesIO()
        fig.savefig(buffer, **{**_SAVEFIG, **kwargs})
        if clear_figure:
            fig.clf()
        data = buffer.getvalue()
        mime = "image/svg+xml" if data.lstrip().startswith((b"<svg", b"<?xml")) else "image/png"
        return self._draw("imgs", {"urls": [to_url(data, mime)], "captions": [""], "width": width,
                                   "alts": [alt.strip() if isinstance(alt, str) and alt.strip() else ""]})
