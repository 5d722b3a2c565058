"""Media: st.audio and st.video, as Streamlit 1.67 has them. Binary data
travels as data URLs; a path is read from the app's files, and one that cannot
be read is Streamlit's error. NumPy audio becomes a WAV file, SRT subtitles
become WebVTT, and a YouTube link plays in YouTube's embedded player."""

from __future__ import annotations

import base64
import io
import os
from datetime import timedelta
from typing import Any, Self

from wasmlit.elements.lib.media_data import is_file, is_media_url, is_ndarray, to_url
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.durations import parse_duration
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

_TIME_ERROR = (
    "Failed to convert '{param_name}' to a timedelta. Please use a string in a format supported by "
    "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)
# Any YouTube watch, embed or short link (Streamlit's pattern); the video's code is one of the groups.
_YOUTUBE = (
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)"
    r"(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)"
    r"(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)?youtube(-nocookie)?\.com\/"
    r"((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})"
)


def _seconds(value: Any, name: str) -> int | None:
    """A start or end time in whole seconds: a number, a timedelta or a duration string."""
    if value is None:
        return None
    try:
        if isinstance(value, timedelta):
            return int(value.total_seconds())
        if isinstance(value, str):
            return int(parse_duration(value))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return int(value)
    except (ValueError, OverflowError):
        pass
    raise StreamlitAPIException(_TIME_ERROR.format(param_name=name, param_value=value))


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    start = _seconds(start_time, "start_time")
    if start is None:
        raise StreamlitAPIException(_TIME_ERROR.format(param_name="start_time", param_value=start_time))
    return start, _seconds(end_time, "end_time")


def _alt(alt: Any) -> str | None:
    """Streamlit's ``alt``: stripped text, and None when empty or blank."""
    text = None if alt is None else str(alt).strip()
    return text or None


def _wav(data: Any, sample_rate: int) -> bytes:
    """A NumPy signal as 16-bit PCM WAV, scaled to full range (Streamlit's rule):
    1-D is mono, 2-D has one row per channel."""
    import wave

    import numpy as np

    samples = np.array(data, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if samples.size:
        samples = samples / np.max(np.abs(samples)) * 32767
    buffer = io.BytesIO()
    with wave.open(buffer, mode="wb") as out:
        out.setnchannels(channels)
        out.setframerate(sample_rate)
        out.setsampwidth(2)
        out.setcomptype("NONE", "NONE")
        out.writeframes(samples.astype(np.int16).tobytes())
    return buffer.getvalue()


def _media_url(data: Any, mime: str) -> str | None:
    """The player's source: None plays nothing (``data=None``), as in Streamlit."""
    if data is None:
        return None
    if is_ndarray(data):
        data = data.tobytes()
    return to_url(data, mime)


def _youtube_embed(url: str) -> str | None:
    import re

    match = re.match(_YOUTUBE, url)
    if not match:
        return None
    code = match.group("video_id_1") or match.group("video_id_2") or match.group("video_id_3")
    return f"https://www.youtube.com/embed/{code}"


def _srt_to_vtt(text: str) -> str:
    import re

    return ("WEBVTT\n\n" + re.sub(r"(\d{2}:\d{2}:\d{2}),(\d{3})", r"\1.\2", text)).strip()


def _is_srt(text: str) -> bool:
    import re

    lines = text.strip()[:33].split("\n")
    return len(lines) >= 2 and lines[0].isdigit() and bool(re.search(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}", lines[1]))


def _subtitle_bytes(data: Any) -> bytes:
    """One subtitle track as WebVTT: a .vtt/.srt file, VTT or SRT text, or bytes
    (SRT bytes are converted, other bytes are taken as they are, as Streamlit does)."""
    if isinstance(data, (str, os.PathLike)) and is_file(os.fspath(data)):
        path = os.fspath(data)
        extension = os.path.splitext(path)[1].lower()
        if extension not in (".srt", ".vtt"):
            raise StreamlitValueError("subtitles", [".srt", ".vtt"], detail=f"Got {extension}.")
        with open(path, "rb") as f:
            raw = f.read()
        return _srt_bytes(raw) if extension == ".srt" else raw
    if isinstance(data, os.PathLike):
        raise StreamlitAPIException(f"File {data} does not exist.")
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, (bytes, bytearray)):
        raw = bytes(data)
        return _srt_bytes(raw) if _is_srt(raw[:33].decode("utf-8", "replace")) else raw
    if not isinstance(data, str):
        raise StreamlitInvalidParameterTypeError("subtitles", type(data).__name__, ["str", "bytes", "Path", "BytesIO"])
    text = data.strip()
    if text.startswith("WEBVTT") or text == "":
        return text.encode("utf-8")
    if _is_srt(text):
        return _srt_to_vtt(text).encode("utf-8")
    raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])


def _srt_bytes(raw: bytes) -> bytes:
    try:
        return _srt_to_vtt(raw.decode("utf-8")).encode("utf-8")
    except UnicodeDecodeError:
        raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from None


def _subtitles(subtitles: Any) -> list[dict[str, str]]:
    """The tracks, in player order: ``{label, url}`` (a WebVTT data URL)."""
    if not subtitles:
        return []
    if isinstance(subtitles, (str, bytes, io.BytesIO, os.PathLike)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError("subtitles", type(subtitles).__name__, ["str", "bytes", "BytesIO", "Path", "dict"])
    tracks = []
    for label, data in items:
        try:
            vtt = _subtitle_bytes(data)
        except StreamlitAPIException as err:
            raise StreamlitAPIException(f"Failed to process the provided subtitle {label!r}: {err}") from err
        tracks.append({"label": str(label or ""), "url": "data:text/vtt;base64," + base64.b64encode(vtt).decode()})
    return tracks


class MediaMixin(Cursor):
    def audio(self, data: Any, format: str = "audio/wav", start_time: Any = 0, *, sample_rate: int | None = None,
              end_time: Any = None, loop: bool = False, autoplay: bool = False, alt: str | None = None,
              width: Any = "stretch") -> Self:
        # From the lazy runtime part, on first use: a plain app never loads it.
        from wasmlit.elements.lib.layout_utils import validate_width

        start, end = _times(start_time, end_time)
        validate_width(width)
        if is_ndarray(data):
            if sample_rate is None:
                raise StreamlitMissingRequiredParameterError(
                    "sample_rate", detail="Must be specified when `data` is a numpy array.")
            data = _wav(data, sample_rate)
            format = "audio/wav"
        if isinstance(data, str) and not is_file(data) and is_media_url(data):
            url: str | None = data
        else:
            url = _media_url(data, format)
        return self._draw("audio", {"url": url, "start_time": start, "end_time": end, "loop": bool(loop),
                                    "autoplay": bool(autoplay), "alt": _alt(alt), "width": width})

    def video(self, data: Any, format: str = "video/mp4", start_time: Any = 0, *, subtitles: Any = None,
              end_time: Any = None, loop: bool = False, autoplay: bool = False, muted: bool = False,
              alt: str | None = None, width: Any = "stretch") -> Self:
        from wasmlit.elements.lib.layout_utils import validate_width

        start, end = _times(start_time, end_time)
        if start < 0 or (end is not None and end <= start):
            raise StreamlitAPIException("Invalid start_time and end_time combination.")
        validate_width(width)
        if isinstance(data, os.PathLike):
            data = os.fspath(data)
        youtube = None
        if isinstance(data, str) and not is_file(data) and is_media_url(data):
            youtube = _youtube_embed(data)
            if youtube and subtitles:
                raise StreamlitIncompatibleParametersError(
                    "subtitles", "data=<YouTube URL>", explanation="Subtitles are not supported for YouTube videos.")
            url: str | None = youtube or data
        else:
            url = _media_url(data, format)
        return self._draw("video", {"url": url, "youtube": youtube is not None, "start_time": start, "end_time": end,
                                    "loop": bool(loop), "autoplay": bool(autoplay), "muted": bool(muted),
                                    "alt": _alt(alt), "width": width, "subtitles": _subtitles(subtitles)})
