"""st.pyplot: a matplotlib figure drawn as a PNG image."""

from __future__ import annotations

import io
from typing import Any, Self

from wasmlit.elements.media import to_url
from wasmlit.engine.cursor import Cursor


class PyplotMixin(Cursor):
    def pyplot(self, fig: Any = None, clear_figure: Any = None, *, width: Any = "stretch", use_container_width: Any = None, **kwargs: Any) -> Self:
        if fig is None:
            import matplotlib.pyplot as plt  # only when the app uses matplotlib

            fig = plt.gcf()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", bbox_inches="tight", **kwargs)
        return self._draw("imgs", {"urls": [to_url(buffer.getvalue(), "image/png")], "captions": [""]})
