"""Media values as the page takes them: URLs pass through, files and bytes
become data URLs (with their type sniffed where the name does not say it).
Shared by st.image, st.audio / st.video, st.pyplot, st.html and the page
chrome (st.logo); st.audio and st.video themselves load on first use
(api/delta_generator.py ON_FIRST_USE)."""

from __future__ import annotations

import base64
import io
import os
from typing import Any

from wasmlit.errors import MediaFileStorageError, StreamlitAPIException

_MAGIC = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif", b"RIFF": "image/webp",
          b"<svg": "image/svg+xml", b"<?xm": "image/svg+xml", b"ID3": "audio/mpeg", b"OggS": "audio/ogg"}

def _sniff(data: bytes, fallback: str) -> str:
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "audio/wav"
    for prefix, mime in _MAGIC.items():
        if data.startswith(prefix):
            return mime
    return fallback

def is_media_url(text: str) -> bool:
    """Does Streamlit pass this string on as a URL? An http(s) URL with a host,
    a data: URL, or a path under the app's static folder (``/app/static/``)."""
    if text.startswith("/app/static/"):
        return True
    from urllib.parse import urlparse

    try:
        parsed = urlparse(text)
    except ValueError:
        return False
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    return parsed.scheme == "data" and bool(parsed.path)


def read_media_file(path: str) -> bytes:
    """A media file's bytes, or Streamlit's error for a path it cannot open."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except Exception as err:
        raise MediaFileStorageError(f"Error opening '{path}'") from err


def media_bytes(data: Any, fallback_mime: str) -> tuple[bytes, str] | str:
    """A media value's bytes and MIME type; a URL (or an SVG document, as its data URL)
    as the string it goes as. A string that is neither a URL nor an SVG document is a
    file path, and a missing file is Streamlit's error, as it is for any path it cannot read."""
    if isinstance(data, os.PathLike):
        data = os.fspath(data)
    if isinstance(data, str):
        if not is_file(data) and is_media_url(data):
            return data
        if data.lstrip().startswith("<svg"):
            return "data:image/svg+xml;base64," + base64.b64encode(data.encode()).decode()
        raw = read_media_file(data)
        import mimetypes  # on first use: importing it costs the browser's boot ~17 ms

        return raw, mimetypes.guess_type(data)[0] or _sniff(raw, fallback_mime)
    if hasattr(data, "save") and hasattr(data, "mode"):  # PIL image
        buffer = io.BytesIO()
        data.save(buffer, format="PNG")
        data = buffer.getvalue()
    elif hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        data = data.read()
    elif hasattr(data, "tobytes") and hasattr(data, "shape"):
        raise StreamlitAPIException("Image arrays need Pillow to encode; pass PNG/JPEG bytes or a URL instead.")
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        return raw, _sniff(raw, fallback_mime)
    raise StreamlitAPIException(f"Unsupported media data of type {type(data).__name__}.")


def to_url(data: Any, fallback_mime: str) -> str:
    """A URL for a media value: URLs pass, files and bytes become data URLs."""
    found = media_bytes(data, fallback_mime)
    if isinstance(found, str):
        return found
    raw, mime = found
    return f"data:{mime};base64,{base64.b64encode(raw).decode()}"


def is_file(path: str) -> bool:
    try:
        return os.path.isfile(path)
    except (OSError, ValueError):
        return False


def is_ndarray(data: Any) -> bool:
    """A NumPy array, without importing NumPy (an app without it never loads it)."""
    return type(data).__module__ == "numpy" and type(data).__name__ == "ndarray"


#: Extensions 1.67 pins instead of asking the platform's MIME table.
_PREFERRED_EXTENSIONS = {"audio/wav": ".wav", "text/vtt": ".vtt", "application/vnd.apache.arrow.stream": ""}


def extension_for(mimetype: str) -> str:
    """The file extension 1.67 gives a medium of this type ("" when none is known)."""
    if mimetype in _PREFERRED_EXTENSIONS:
        return _PREFERRED_EXTENSIONS[mimetype]
    import mimetypes

    return mimetypes.guess_extension(mimetype, strict=False) or ""


def download_name(file_name: str | None, mimetype: str) -> str:
    """What a download is saved as: its name, or 1.67's ``streamlit_download`` with its type's extension."""
    return file_name or f"streamlit_download{extension_for(mimetype)}"
