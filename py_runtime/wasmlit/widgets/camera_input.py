"""st.camera_input: a photo taken with the browser's camera (getUserMedia), as one JPEG."""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitValueError
from wasmlit.widgets.base import WidgetCallback, draw_widget
from wasmlit.widgets.file_uploader import capture_spec

#: ``resolution=`` -> the photo's height in pixels (Streamlit's table).
RESOLUTION_HEIGHT = {"480p": 480, "720p": 720, "1080p": 1080}


class CameraInputMixin(Cursor):
    def camera_input(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        resolution: str | None = None,
        width: Any = "stretch",
    ) -> Any:
        label = str(label)
        if resolution is not None and resolution not in RESOLUTION_HEIGHT:
            raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
        spec = capture_spec("camera_input", label, {"label": label, "help": help, "width": width, "resolution": resolution},
                            {"resolution_height": RESOLUTION_HEIGHT.get(resolution or "")}, "image.jpg", "image/jpeg")
        value = draw_widget(self, spec, key=key, on_change=on_change, args=args,
                            kwargs=kwargs, disabled=disabled, help=help, label_visibility=label_visibility)
        if value is not None:
            value.seek(0)
        return value
