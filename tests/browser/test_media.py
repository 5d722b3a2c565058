"""st.audio, st.video and st.image in the browser, as Streamlit 1.67 draws them:
the test id on the player itself, its start time and accessible name, subtitles
as tracks, YouTube in its embedded player, images side by side with markdown
captions, a linked image, and a missing file as an error box."""

from __future__ import annotations

import base64

from playwright.sync_api import expect

from .conftest import wait_idle

MEDIA = '''
import io, math, struct, wave
import streamlit as st

def tone() -> bytes:
    """Two seconds of a tone, as WAV bytes."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 5))) for i in range(16000)))
    return buffer.getvalue()

st.audio(tone(), start_time=1, end_time=2, alt="A short tone")
srt = "1\\n00:00:01,000 --> 00:00:02,000\\nHello"
st.video(b"\\x00\\x00\\x00\\x18ftypmp42", subtitles={"English": srt, "French": "WEBVTT"}, muted=True, width=300)
st.video("https://youtu.be/_T8LGqJtuGc", start_time=5, loop=True)
square = '<svg width="60" height="60"><rect width="60" height="60" fill="{}"/></svg>'
st.image([square.format("red"), square.format("blue")], caption=["**Red**", "Blue"], width=80)
st.image(square.format("green"), link="https://streamlit.io", caption="Go to Streamlit")
st.audio("sounds/missing.mp3")
'''


def test_players_carry_streamlits_test_ids_options_and_errors(open_app) -> None:
    page = open_app("media", MEDIA)
    wait_idle(page)
    audio = page.get_by_test_id("stAudio")
    expect(audio).to_have_count(1)  # the missing file drew an error instead
    expect(audio).to_have_attribute("aria-label", "A short tone")
    assert audio.evaluate("(el) => el.tagName") == "AUDIO"
    # The WAV loads and the player waits at start_time.
    page.wait_for_function("document.querySelector('[data-testid=stAudio]').readyState >= 1", timeout=10_000)
    assert audio.evaluate("(el) => [Math.round(el.duration), el.currentTime, el.paused]") == [2, 1, True]

    video, youtube = page.get_by_test_id("stVideo").all()
    assert video.evaluate("(el) => [el.tagName, el.muted, el.loop, el.getBoundingClientRect().width]") == ["VIDEO", True, False, 300]
    tracks = video.get_by_test_id("stVideoSubtitle")
    expect(tracks).to_have_count(2)
    assert tracks.evaluate_all("(ts) => ts.map((t) => [t.kind, t.label, t.default, t.src.startsWith('data:text/vtt')])") == [
        ["captions", "English", True, True], ["captions", "French", False, True]]

    assert youtube.evaluate("(el) => el.tagName") == "IFRAME"
    expect(youtube).to_have_attribute("src", "https://www.youtube.com/embed/_T8LGqJtuGc?start=5&loop=1&playlist=_T8LGqJtuGc")

    error = page.get_by_test_id("stException")
    expect(error).to_contain_text("MediaFileStorageError")
    expect(error).to_contain_text("Error opening 'sounds/missing.mp3'")


def test_images_sit_side_by_side_with_markdown_captions_and_links(open_app) -> None:
    page = open_app("media", MEDIA)
    pair, linked = page.get_by_test_id("stImage").all()
    left, right = (box.bounding_box() for box in pair.get_by_test_id("stImageContainer").all())
    assert left["y"] == right["y"] and right["x"] >= left["x"] + 80  # one row, as Streamlit's image list
    assert pair.locator("img").first.evaluate("(img) => img.getBoundingClientRect().width") == 80
    expect(pair.get_by_test_id("stImageCaption").first.locator("strong")).to_have_text("Red")
    link = page.get_by_role("link", name="Go to Streamlit")
    expect(link).to_have_attribute("href", "https://streamlit.io")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("data-testid", "stImageLink")
    expect(linked.get_by_test_id("stImageLink").locator("img")).to_be_visible()


DOT_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==")


def test_an_image_from_another_site_loads_on_an_isolated_page(page, app_url, other_origin) -> None:
    """The page is cross-origin isolated (shared memory, interrupts) with COEP credentialless,
    so st.image("https://...") of a host that sends no CORP header still shows (require-corp blocked it)."""
    url, folder = other_origin
    (folder / "dot.png").write_bytes(DOT_PNG)
    page.goto(app_url("image_from_another_site", f'import streamlit as st\nst.image("{url}/dot.png", width=40)\n'))
    image = page.get_by_test_id("stImage").locator("img")
    expect(image).to_be_visible(timeout=90_000)
    assert page.evaluate("crossOriginIsolated") is True
    page.wait_for_function("document.querySelector('[data-testid=stImage] img').complete")
    assert image.evaluate("(img) => img.naturalWidth") == 4
