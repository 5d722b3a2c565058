"""Media: st.audio and st.video. Binary data travels as data URLs."""

from __future__ import annotations

import base64
import io
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

_MAGIC = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif", b"RIFF": "image/webp",
          b"<svg": "image/svg+xml", b"<?xm": "image/svg+xml", b"ID3": "audio/mpeg", b"OggS": "audio/ogg"}

def _sniff(data: bytes, fallback: str) -> str:
    for prefix, mime in _MAGIC.items():
        if data.startswith(prefix):
            return mime
    return fallback

def to_url(data: Any, fallback_mime: str) -> str:
    """A URL for a media value: str URLs and paths pass, bytes become data URLs."""
    if isinstance(data, str):
        if data.startswith(("http://", "https://", "data:", "/")) and not is_file(data):
            return data
        if is_file(data):
            with open(data, "rb") as f:
                raw = f.read()
            import mimetypes  # on first use: importing it costs the browser's boot ~17 ms

            mime = mimetypes.guess_type(data)[0] or _sniff(raw, fallback_mime)
            return f"data:{mime};base64,{base64.b64encode(raw).decode()}"
        if data.lstrip().startswith("<svg"):
            return "data:image/svg+xml;base64," + base64.b64encode(data.encode()).decode()
        return data
    if hasattr(data, "save") and hasattr(data, "mode"):  # PIL image
        buffer = io.BytesIO()
        data.save(buffer, format="PNG")
        data = buffer.getvalue()
    elif hasattr(data, "read"):
        data = data.read()
    elif hasattr(data, "tobytes") and hasattr(data, "shape"):
        raise StreamlitAPIException("Image arrays need Pillow to encode; pass PNG/JPEG bytes or a URL instead.")
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        return f"data:{_sniff(raw, fallback_mime)};base64,{base64.b64encode(raw).decode()}"
    raise StreamlitAPIException(f"Unsupported media data of type {type(data).__name__}.")

def is_file(path: str) -> bool:
    import os

    try:
        return os.path.isfile(path)
    except (OSError, ValueError):
        return False


class MediaMixin(Cursor):
    def audio(self, data: Any, format: str = "audio/wav", start_time: int = 0, *, sample_rate: Any = None,
              end_time: Any = None, loop: bool = False, autoplay: bool = False, width: Any = "stretch") -> Self:
        return self._draw("audio", {"url": to_url(data, format), "start_time": start_time, "loop": bool(loop)})

    def video(self, data: Any, format: str = "video/mp4", start_time: int = 0, *, subtitles: Any = None,
              end_time: Any = None, loop: bool = False, autoplay: bool = False, muted: bool = False, width: Any = "stretch") -> Self:
        return self._draw("video", {"url": to_url(data, format), "start_time": start_time, "loop": bool(loop)})
