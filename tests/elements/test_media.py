"""st.audio and st.video as Streamlit 1.67 has them: paths, URLs, YouTube,
times, NumPy audio, subtitles, and Streamlit's errors for what it refuses."""

from __future__ import annotations

import base64
import io
import textwrap
import wave
from pathlib import Path
from typing import Any

import pytest

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest


def props_of(tmp_path: Path, source: str, files: dict[str, bytes] | None = None) -> list[dict[str, Any]]:
    """The props of every audio and video the script draws, in order (run from the app's
    folder, the working directory the browser's worker gives it)."""
    (tmp_path / "app.py").write_text(textwrap.dedent(source))
    for name, data in (files or {}).items():
        (tmp_path / name).write_bytes(data)
    b = Bridge(lambda _msg: None, str(tmp_path), "app.py")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        b.first_run()
    exceptions = [n.props for n in b.session.tree.walk() if n.type == "exception"]
    assert not exceptions, exceptions
    return [n.props for n in b.session.tree.walk() if n.type in ("audio", "video")]


def error_of(source: str) -> tuple[str, str]:
    """The one exception's type (qualified, as Streamlit's proto has it) and message."""
    at = AppTest.from_string(source).run()
    assert len(at.exception) == 1, [e.value for e in at.exception]
    return at.exception[0].proto.type, at.exception[0].value


@pytest.mark.parametrize("call", ["st.audio", "st.video", "st.image"])
def test_a_path_that_cannot_be_opened_is_streamlits_error(call: str) -> None:
    kind, message = error_of(f"import streamlit as st\n{call}('sounds/missing.mp3')\n")
    assert (kind, message) == ("streamlit.runtime.media_file_storage.MediaFileStorageError", "Error opening 'sounds/missing.mp3'")


def test_files_become_data_urls_and_urls_pass_as_they_are(tmp_path: Path) -> None:
    audio, video, static = props_of(tmp_path, """
        from pathlib import Path
        import streamlit as st
        st.audio("purr.mp3", format="audio/mpeg", loop=True, alt="  A cat purring  ")
        st.video(Path("clip.mp4"), start_time="1m", end_time=75, muted=True, width=320)
        st.audio("/app/static/chime.ogg")
    """, {"purr.mp3": b"ID3\x03rest", "clip.mp4": b"\x00\x00\x00\x18ftypmp42"})
    assert audio["url"] == "data:audio/mpeg;base64," + base64.b64encode(b"ID3\x03rest").decode()
    assert (audio["loop"], audio["alt"], audio["start_time"], audio["end_time"], audio["width"]) == (True, "A cat purring", 0, None, "stretch")
    assert video["url"].startswith("data:video/mp4;base64,")
    assert (video["start_time"], video["end_time"], video["muted"], video["width"], video["youtube"]) == (60, 75, True, 320, False)
    assert static["url"] == "/app/static/chime.ogg"


def test_youtube_links_play_in_youtubes_embedded_player(tmp_path: Path) -> None:
    short, watch, plain = props_of(tmp_path, """
        import streamlit as st
        st.video("https://youtu.be/_T8LGqJtuGc")
        st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ", autoplay=True)
        st.video("https://example.com/movie.webm")
    """)
    assert (short["url"], short["youtube"]) == ("https://www.youtube.com/embed/_T8LGqJtuGc", True)
    assert (watch["url"], watch["autoplay"]) == ("https://www.youtube.com/embed/dQw4w9WgXcQ", True)
    assert (plain["url"], plain["youtube"]) == ("https://example.com/movie.webm", False)


def test_numpy_audio_becomes_a_wav_scaled_to_full_range(tmp_path: Path) -> None:
    np = pytest.importorskip("numpy")
    (audio,) = props_of(tmp_path, """
        import numpy as np
        import streamlit as st
        st.audio(np.array([[0.0, 0.5, -0.25], [0.1, 0.2, 0.3]]), sample_rate=8000)
    """)
    head, body = audio["url"].split(",", 1)
    assert head == "data:audio/wav;base64"
    with wave.open(io.BytesIO(base64.b64decode(body))) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getsampwidth(), wav.getnframes()) == (2, 8000, 2, 3)
        frames = np.frombuffer(wav.readframes(3), dtype=np.int16)
    assert frames.tolist() == [0, 6553, 32767, 13106, -16383, 19660]  # interleaved, the peak at 32767, truncated


def test_srt_subtitles_become_webvtt_tracks_in_order(tmp_path: Path) -> None:
    (video,) = props_of(tmp_path, """
        import streamlit as st
        srt = "1\\n00:00:01,000 --> 00:00:02,500\\nHello\\n"
        vtt = "WEBVTT\\n\\n00:01.000 --> 00:02.000\\nBonjour"
        st.video("clip.mp4", subtitles={"English": srt, "French": vtt})
    """, {"clip.mp4": b"\x00\x00\x00\x18ftypmp42"})
    labels = [t["label"] for t in video["subtitles"]]
    texts = [base64.b64decode(t["url"].split(",", 1)[1]).decode() for t in video["subtitles"]]
    assert labels == ["English", "French"]
    assert texts[0] == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello"
    assert texts[1].startswith("WEBVTT")


@pytest.mark.parametrize(("source", "kind", "message"), [
    ("st.audio(b'', start_time='soon')", "streamlit.errors.StreamlitAPIException", "Failed to convert 'start_time' to a timedelta."),
    ("st.video(b'', start_time=10, end_time=5)", "streamlit.errors.StreamlitAPIException", "Invalid start_time and end_time combination."),
    ("import numpy as np\nst.audio(np.zeros(4))", "streamlit.errors.StreamlitMissingRequiredParameterError", "The `sample_rate` parameter is required."),
    ("st.video('https://youtu.be/_T8LGqJtuGc', subtitles='WEBVTT')", "streamlit.errors.StreamlitIncompatibleParametersError", "`subtitles` and `data=<YouTube URL>` cannot be used together."),
    ("st.video(b'', subtitles='not subtitles')", "streamlit.errors.StreamlitAPIException", "Failed to process the provided subtitle 'default'"),
    ("st.audio(b'', width='wide')", "streamlit.errors.StreamlitInvalidWidthError", "Invalid width value: 'wide'."),
])
def test_what_streamlit_refuses_it_refuses_in_its_words(source: str, kind: str, message: str) -> None:
    got_kind, got = error_of(f"import streamlit as st\n{source}\n")
    assert got_kind == kind and got.startswith(message), (got_kind, got)


def test_a_logo_that_cannot_be_read_is_streamlits_logo_error() -> None:
    kind, message = error_of("import streamlit as st\nst.logo('images/missing.png')\n")
    assert kind == "streamlit.errors.StreamlitAPIException"
    assert message.startswith("The image passed to st.logo is invalid - See [documentation]")
