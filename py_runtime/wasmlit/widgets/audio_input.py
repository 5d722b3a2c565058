"""st.audio_input: a recording made in the browser (MediaRecorder), as one WAV file."""

from __future__ import annotations

from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.widgets.base import WidgetCallback, draw_widget
from wasmlit.widgets.file_uploader import capture_spec


class AudioInputMixin(Cursor):
    def audio_input(
        self,
        label: str,
        *,
        sample_rate: int | None = 16000,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        label = str(label)
        spec = capture_spec("audio_input", label, {"label": label, "help": help, "width": width, "sample_rate": sample_rate},
                            {"sample_rate": sample_rate}, "audio.wav", "audio/wav")
        value = draw_widget(self, spec, key=key, on_change=on_change, args=args,
                            kwargs=kwargs, disabled=disabled, help=help, label_visibility=label_visibility)
        if value is not None:
            value.seek(0)
        return value
