"""st.image."""

from __future__ import annotations

from typing import Any, Self

from wasmlit.elements.media import to_url
from wasmlit.engine.cursor import Cursor


class ImageMixin(Cursor):
    def image(self, image: Any, caption: Any = None, width: Any = "content", use_column_width: Any = None,
              clamp: bool = False, channels: str = "RGB", output_format: str = "auto", *,
              use_container_width: Any = None, link: Any = None) -> Self:
        images = image if isinstance(image, list) else [image]
        captions = caption if isinstance(caption, list) else [caption] * len(images)
        urls = [to_url(i, "image/png") for i in images]
        return self._draw("imgs", {"urls": urls, "captions": ["" if c is None else str(c) for c in captions]})
