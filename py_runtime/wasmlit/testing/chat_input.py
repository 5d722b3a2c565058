"""AppTest's ``at.chat_input[i]``: a message and, with ``accept_file``, files
staged for the same submit, as in Streamlit 1.67's AppTest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.engine.tree import Node
from wasmlit.testing.queries import AppTestError
from wasmlit.testing.widgets import _UNSET, TriggerValue

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest


class ChatInput(TriggerValue):
    """``at.chat_input[i]``: ``set_value`` sets the message; ``upload`` stages files for
    the same submit (with ``accept_file``), as in Streamlit 1.67's AppTest."""

    type = "chat_input"
    # Streamlit's ChatInput proto has a placeholder and no label: AppTest has no .label either.
    _page_only_props = frozenset({"label"})

    @property
    def label(self) -> str:
        raise AttributeError("'ChatInput' object has no attribute 'label'; its text is .placeholder")

    def __init__(self, node: Node, root: AppTest) -> None:
        super().__init__(node, root)
        self._files: list[dict[str, Any]] | None = None

    def _assert_accepts_files(self) -> None:
        if self._node.props.get("accept_file") in (True, "multiple", "directory"):
            return
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(f"st.chat_input{key_part} does not accept files. "
                           "Pass accept_file=True, 'multiple', or 'directory'.")

    def _assert_can_interact(self) -> None:
        if self._node.props.get("disabled"):
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(f"Cannot update a disabled chat_input widget{key_part}. "
                               "A browser user cannot interact with a disabled widget.")

    def upload(self, filename: str, content: bytes, mime_type: str = "application/octet-stream") -> ChatInput:
        """Stage one file for the next submit (``accept_file=True`` replaces the one staged)."""
        import base64

        self._assert_can_interact()
        self._assert_accepts_files()
        if not isinstance(filename, str) or filename == "":
            raise AppTestError(f"st.chat_input file names must be a non-empty string. Got {filename!r}.")
        if not isinstance(content, bytes):
            raise AppTestError(f"st.chat_input file content must be bytes. Got {type(content).__name__}.")
        if not isinstance(mime_type, str) or mime_type == "":
            raise AppTestError(f"st.chat_input file MIME types must be a non-empty string. Got {mime_type!r}.")
        allowed = [t.lower() for t in self._node.props.get("file_type") or []]
        extensions = [t if t.startswith(".") else f".{t}" for t in allowed if "/" not in t]
        if extensions and not any("/" in t for t in allowed) and not filename.lower().endswith(tuple(extensions)):
            extension = filename[filename.rfind("."):] if "." in filename else ""
            raise AppTestError(f"Invalid file extension: `{extension}`. Allowed: {extensions}")
        record = {"name": filename, "type": mime_type, "size": len(content), "data": base64.b64encode(content).decode()}
        if self._node.props.get("accept_file") in ("multiple", "directory"):
            self._files = [*(self._files or []), record]
        else:
            self._files = [record]
        return self

    def clear(self) -> ChatInput:
        """Remove the files staged for the next submit (the text stays)."""
        self._assert_can_interact()
        self._assert_accepts_files()
        self._files = None
        return self

    @property
    def _staged(self) -> Any:
        if not self._files:
            return self._value
        # Files without text submit "" as the text, as the browser does.
        text = "" if self._value is _UNSET or self._value is None else self._value
        return {"text": text, "files": list(self._files), "audio": None}
