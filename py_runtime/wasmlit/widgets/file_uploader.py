"""file_uploader. The files' bytes stay in Python; the page sees names and sizes."""

from __future__ import annotations

import base64
import io
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget


class UploadedFile(io.BytesIO):
    """A file sent by the page: a BytesIO with ``name``, ``type`` and ``size``."""

    def __init__(self, name: str, mime: str, data: bytes, file_id: str) -> None:
        super().__init__(data)
        self.name = name
        self.type = mime
        self.size = len(data)
        self.file_id = file_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadedFile) and other.file_id == self.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"

def _normalize_types(type: Any) -> list[str] | None:
    if type is None:
        return None
    items = [type] if isinstance(type, str) else list(type)
    return [t if t.startswith(".") or "/" in t else f".{t}" for t in (str(x).lower() for x in items)]


class FileUploaderMixin(Cursor):
    def file_uploader(
        self,
        label: str,
        type: Any = None,
        accept_multiple_files: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        max_upload_size: int | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        label = str(label)
        types = _normalize_types(type)
        multiple = bool(accept_multiple_files)
        counter = {"n": 0}

        def deserialize(wire: Any) -> Any:
            files = []
            for item in wire or []:
                counter["n"] += 1
                data = base64.b64decode(item.get("data", ""))
                files.append(UploadedFile(str(item.get("name", "file")), str(item.get("type", "")), data,
                                          str(item.get("file_id") or f"{item.get('name')}-{len(data)}-{counter['n']}")))
            if multiple:
                return files
            return files[0] if files else None

        def serialize(v: Any) -> list[dict[str, Any]]:
            files = v if isinstance(v, list) else ([] if v is None else [v])
            return [{"name": f.name, "type": f.type, "size": f.size, "file_id": f.file_id} for f in files]

        spec = WidgetSpec(
            type="file_uploader",
            label=label,
            identity={"max_upload_size": max_upload_size, "label": label, "type": types,
                      "accept_multiple_files": multiple, "help": help, "width": width},
            key_identity={"type", "accept_multiple_files", "max_upload_size"},
            default=lambda: [] if multiple else None,
            serialize=serialize, deserialize=deserialize, read_only=True,
            props={"accept_multiple_files": multiple, "type": types, "max_upload_size": max_upload_size},
        )
        value = draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                            disabled=disabled, help=help, label_visibility=label_visibility)
        # Streamlit hands every run freshly opened files, so a script that reads
        # the upload on each rerun (pd.read_csv(f)) must not find it exhausted.
        for f in value if isinstance(value, list) else [value]:
            if f is not None:
                f.seek(0)
        return value


def capture_spec(widget_type: str, label: str, identity: dict[str, Any], props: dict[str, Any], default_name: str,
                 default_mime: str) -> WidgetSpec:
    """The spec of a one-file capture widget (audio_input, camera_input): its
    value is one UploadedFile or None. AppTest may stage ``(name, bytes, mime)``
    or bytes; the page sends ``[{name, type, data (base64)}]`` or ``[]``."""
    counter = {"n": 0}

    def deserialize(wire: Any) -> Any:
        items = wire or []
        if not isinstance(items, list):
            raise ValueError(f"expected a list of files, got {wire!r}")
        if not items:
            return None
        item = items[0]
        counter["n"] += 1
        data = base64.b64decode(item.get("data", ""))
        return UploadedFile(str(item.get("name") or default_name), str(item.get("type") or default_mime), data,
                            str(item.get("file_id") or f"{widget_type}-{len(data)}-{counter['n']}"))

    def serialize(value: Any) -> list[dict[str, Any]]:
        if value is None:
            return []
        if isinstance(value, (bytes, bytearray)):
            value = (default_name, bytes(value), default_mime)
        if isinstance(value, tuple):
            name, data, mime = (list(value) + [default_mime])[:3]
            return [{"name": str(name), "type": str(mime), "size": len(data), "data": base64.b64encode(data).decode()}]
        return [{"name": value.name, "type": value.type, "size": value.size, "file_id": value.file_id}]

    return WidgetSpec(type=widget_type, label=label, identity=identity, key_identity=True, default=lambda: None,
                      serialize=serialize, deserialize=deserialize, read_only=True, props=props)
