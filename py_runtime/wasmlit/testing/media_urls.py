"""The media URLs Streamlit 1.67's AppTest shows, for the data wasmlit's elements carry.

The page gets a medium (an image, a sound, a download) as a data URL; Streamlit's
AppTest reads one as ``/mock/media/<file id><extension>``, the address its media
file manager would serve it from. The file id is Streamlit's: a 16-byte BLAKE2b
of the length, the bytes (head, middle and tail above 1 MiB), the MIME type and a
download's file name; so the same bytes give the same URL in both AppTests.
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import unquote_to_bytes

from wasmlit.elements.lib.media_data import extension_for

#: Where Streamlit's AppTest "serves" media from.
MOCK_MEDIA = "/mock/media"
#: Above this size only three samples of the bytes are hashed (as 1.67 does).
_PARTIAL_HASH_THRESHOLD = 1_048_576
_PARTIAL_HASH_SAMPLE_SIZE = 65_536


def file_id(data: bytes, mimetype: str, filename: str | None = None) -> str:
    digest = hashlib.blake2b(digest_size=16, usedforsecurity=False)
    digest.update(f"{len(data)}:".encode())
    if len(data) > _PARTIAL_HASH_THRESHOLD:
        middle = (len(data) - _PARTIAL_HASH_SAMPLE_SIZE) // 2
        for sample in (data[:_PARTIAL_HASH_SAMPLE_SIZE], data[middle:middle + _PARTIAL_HASH_SAMPLE_SIZE],
                       data[-_PARTIAL_HASH_SAMPLE_SIZE:]):
            digest.update(sample)
    else:
        digest.update(data)
    digest.update(mimetype.encode())
    if filename is not None:
        digest.update(filename.encode())
    return digest.hexdigest()


def mock_media_url(data: bytes, mimetype: str, filename: str | None = None) -> str:
    return f"{MOCK_MEDIA}/{file_id(data, mimetype, filename)}{extension_for(mimetype)}"


def as_mock_url(url: str) -> str:
    """A data URL as 1.67's AppTest names the same medium; any other URL as it is."""
    if not url.startswith("data:") or "," not in url:
        return url
    head, payload = url[5:].split(",", 1)
    mimetype, *params = head.split(";")
    data = base64.b64decode(payload) if "base64" in params else unquote_to_bytes(payload)
    return mock_media_url(data, mimetype or "text/plain")
