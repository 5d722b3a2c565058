"""st.audio_input and st.camera_input: one captured file, or None."""

from __future__ import annotations

import base64

from wasmlit.testing import AppTest


def test_audio_input_returns_the_uploaded_recording():
    at = AppTest.from_string('''
        import streamlit as st
        audio = st.audio_input("Record a voice message")
        if audio:
            st.write(audio.name, audio.type, len(audio.read()))
    ''').run()
    assert at.audio_input[0].value is None
    assert at.audio_input[0].sample_rate == 16000
    at.audio_input[0].set_value(("clip.wav", b"RIFF0000", "audio/wav")).run()
    assert at.markdown[0].value == "clip.wav audio/wav `8`"


def test_camera_input_takes_bytes_from_the_page_and_clears():
    at = AppTest.from_string('''
        import streamlit as st
        photo = st.camera_input("Take a picture", resolution="720p")
        st.write("photo" if photo else "none", photo.read() if photo else b"")
    ''').run()
    assert at.camera_input[0].proto.resolution_height == 720
    widget_id = at.camera_input[0].id
    data = base64.b64encode(b"\\xff\\xd8jpeg").decode()
    at._session.run([{"type": "set_value", "id": widget_id, "value": [{"name": "image.jpg", "type": "image/jpeg", "data": data}]}])
    at._rebuild()
    assert at.camera_input[0].value.name == "image.jpg"
    assert at.markdown[0].value.startswith("photo")
    at.camera_input[0].clear().run()
    assert at.markdown[0].value.startswith("none")


def test_camera_resolution_must_be_known():
    at = AppTest.from_string('''
        import streamlit as st
        st.camera_input("x", resolution="low")
    ''').run()
    assert at.exception[0].message == "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."
