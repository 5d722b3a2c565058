"""st.pdf: a PDF document, shown by the browser's own PDF viewer.

Streamlit needs the ``streamlit-pdf`` component for this; a wasmlit page
shows the document itself (a data: URL for bytes and files, or the URL)."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any, Self

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException

#: A PDF bigger than this is not sent to the page (it would be copied on every run).
MAX_PDF_BYTES = 50 * 1024 * 1024


class PdfMixin(Cursor):
    def pdf(self, data: Any, *, height: Any = 500, key: str | None = None, alt: str | None = None) -> Self:
        if data is None:
            raise StreamlitAPIException(
                "The `data` parameter is required. Please provide a valid PDF file path, URL, bytes data, or file-like object."
            )
        url = _pdf_url(data)
        if height != "stretch" and (not isinstance(height, int) or isinstance(height, bool) or height < 1):
            raise StreamlitAPIException(f"Invalid height value: {height!r}. Height must be a positive integer or 'stretch'.")
        return self._draw("pdf", {"url": url, "height": height, "alt": alt}, key=None if key is None else str(key))


def _pdf_url(data: Any) -> str:
    if isinstance(data, str) and re.match(r"^(https?|data|blob):", data, re.I):
        return data
    if isinstance(data, (str, Path)):
        try:
            raw = Path(data).read_bytes()
        except OSError as err:
            raise StreamlitAPIException(f"Unable to read the PDF file '{data}': {err}") from err
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    elif hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        raw = data.read()
        if isinstance(raw, str):
            raw = raw.encode("latin-1")
    else:
        raise StreamlitAPIException(
            f"Unsupported data type for st.pdf: {type(data).__name__}. Use a file path, a URL, bytes or a file-like object."
        )
    if len(raw) > MAX_PDF_BYTES:
        raise StreamlitAPIException(f"The PDF is {len(raw)} bytes; st.pdf shows PDFs up to {MAX_PDF_BYTES} bytes in a wasmlit app.")
    return "data:application/pdf;base64," + base64.b64encode(raw).decode()
