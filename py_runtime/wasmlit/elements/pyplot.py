"""st.pyplot: a matplotlib figure drawn as a PNG image (an ``imgs`` element,
as in Streamlit), ``width="stretch"`` by default."""

from __future__ import annotations

import io
from typing import Any, Self

from wasmlit.elements.image import image_url
from wasmlit.elements.lib.layout_utils import validate_width
from wasmlit.engine.cursor import Cursor, show_deprecation_warning
from wasmlit.errors import StreamlitMissingRequiredParameterError

#: Streamlit's savefig defaults (a sharp image at any width).
_SAVEFIG = {"bbox_inches": "tight", "dpi": 200, "format": "png"}


_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""

_SAVEFIG_KWARGS_DEPRECATION = """Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```"""


class PyplotMixin(Cursor):
    def pyplot(self, fig: Any, clear_figure: bool = False, *, width: Any = "stretch",
               use_container_width: bool | None = None, alt: str | None = None, **kwargs: Any) -> Self:
        if fig is None:
            raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED)
        if kwargs:
            show_deprecation_warning(_SAVEFIG_KWARGS_DEPRECATION)
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        validate_width(width, allow_content=True)
        buffer = io.BytesIO()
        fig.savefig(buffer, **{**_SAVEFIG, **kwargs})
        if clear_figure:
            fig.clf()
        data = buffer.getvalue()
        # As 1.67: SVG goes as its text; a PNG as any image does (scaled down to an int width).
        svg = data.lstrip().startswith(b"<svg") or (data.lstrip().startswith(b"<?xml") and b"<svg" in data[:2048])
        url = image_url(data.decode("utf-8") if svg else data, False, "RGB", "PNG", width)
        return self._draw("imgs", {"urls": [url], "captions": [""], "width": width,
                                   "alts": [alt.strip() if isinstance(alt, str) and alt.strip() else ""]})
