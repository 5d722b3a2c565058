"""st.image as Streamlit 1.67 has it: NumPy and Pillow images encoded as it
encodes them, several images with their captions and alt texts, a link, SVG,
and its errors in its words."""

from __future__ import annotations

import base64
import io
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest


def images_of(tmp_path: Path, source: str) -> list[dict[str, Any]]:
    """The props of every st.image the script draws (failing on any exception)."""
    (tmp_path / "app.py").write_text(textwrap.dedent(source))
    b = Bridge(lambda _msg: None, str(tmp_path), "app.py")
    b.first_run()
    exceptions = [n.props for n in b.session.tree.walk() if n.type == "exception"]
    assert not exceptions, exceptions
    return [n.props for n in b.session.tree.walk() if n.type == "imgs"]


def decoded(url: str) -> Any:
    head, body = url.split(",", 1)
    return head, Image.open(io.BytesIO(base64.b64decode(body)))


def test_arrays_and_pillow_images_are_encoded_as_streamlit_picks(tmp_path: Path) -> None:
    rgb, bgr, rgba, batch = images_of(tmp_path, """
        import numpy as np
        import streamlit as st
        from PIL import Image
        pixel = np.zeros((2, 2, 3), dtype=np.uint8)
        pixel[..., 0] = 200  # red in RGB, blue in BGR
        st.image(pixel, caption="**red**", width=200)
        st.image(pixel, channels="BGR", output_format="png")
        st.image(Image.new("RGBA", (3, 3), (0, 0, 255, 128)), width="stretch")
        st.image(np.random.rand(3, 4, 4, 3), caption=["a", "b", "c"], alt=["one", None, ""])
    """)
    head, img = decoded(rgb["urls"][0])
    assert head == "data:image/jpeg;base64" and img.size == (2, 2)  # no alpha: JPEG, as Streamlit's "auto"
    assert (rgb["captions"], rgb["width"], rgb["alts"], rgb["link"]) == (["**red**"], 200, [None], None)
    head, img = decoded(bgr["urls"][0])
    assert head == "data:image/png;base64" and img.getpixel((0, 0)) == (0, 0, 200)
    head, img = decoded(rgba["urls"][0])
    assert head == "data:image/png;base64" and img.mode == "RGBA" and rgba["width"] == "stretch"
    assert len(batch["urls"]) == 3 and batch["captions"] == ["a", "b", "c"] and batch["alts"] == ["one", None, ""]


def test_svg_text_and_urls(tmp_path: Path) -> None:
    svg, url, link = images_of(tmp_path, """
        import streamlit as st
        st.image('<svg width="4" height="4"><rect width="4" height="4"/></svg>')
        st.image("https://example.com/cat.png", use_container_width=True)
        st.image("https://example.com/dog.png", link="https://streamlit.io", alt="A dog")
    """)
    head, body = svg["urls"][0].split(",", 1)
    assert head == "data:image/svg+xml;base64" and b'xmlns="http://www.w3.org/2000/svg"' in base64.b64decode(body)
    assert (url["urls"], url["width"]) == (["https://example.com/cat.png"], "stretch")
    assert (link["link"], link["alts"]) == ("https://streamlit.io", ["A dog"])


@pytest.mark.parametrize(("call", "message"), [
    ("st.image(np.full((2, 2), 2.0))", "Data is outside [0.0, 1.0] and clamp is not set."),
    ("st.image(np.zeros((2, 2, 2)))", "Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)"),
    ("st.image(np.zeros(3))", "Invalid `image` value. Supported values: a 2D or 3D NumPy array."),
    ("st.image(np.zeros((2, 2)), channels='BGR')", 'When using `channels="BGR"`, the input image should have exactly 3 color channels'),
    ("st.image([b'1', b'2'], caption='one')", "Cannot pair 1 captions with 2 images."),
    ("st.image([b'1', b'2'], alt=['a'])", "Cannot pair 1 alt values with 2 images."),
    ("st.image({b'1', b'2'}, alt=['a', 'b'])", "A sequence-valued `alt` cannot be paired with a set of images"),
    ("st.image(b'x', width='big')", "Invalid width value: 'big'."),
])
def test_what_streamlit_refuses(call: str, message: str) -> None:
    at = AppTest.from_string(f"import numpy as np\nimport streamlit as st\n{call}\n").run()
    assert len(at.exception) == 1 and at.exception[0].value.startswith(message), [e.value for e in at.exception]


def test_clamp_brings_values_into_range(tmp_path: Path) -> None:
    (clamped,) = images_of(tmp_path, """
        import numpy as np
        import streamlit as st
        st.image(np.array([[-1.0, 0.5], [1.0, 3.0]]), clamp=True, output_format="PNG")
    """)
    _, img = decoded(clamped["urls"][0])
    assert [img.getpixel((x, y)) for y in (0, 1) for x in (0, 1)] == [0, 127, 255, 255]


def test_raster_images_are_scaled_to_their_width_and_put_in_the_asked_format_as_1_67(tmp_path: Path) -> None:
    """1.67's last step (image_utils._ensure_image_size_and_format): wider than the width (or
    1460 px) is scaled down, and bytes in another format than the one asked for are re-encoded."""
    gif = io.BytesIO()
    Image.new("P", (8, 8)).save(gif, format="GIF")
    (tmp_path / "wide.png").write_bytes(_png_bytes((300, 100)))
    (tmp_path / "circle.gif").write_bytes(gif.getvalue())
    narrowed, as_png, huge, kept = images_of(tmp_path, f"""
        import streamlit as st
        from PIL import Image
        st.image({str(tmp_path / "wide.png")!r}, width=150)
        st.image(open({str(tmp_path / "circle.gif")!r}, "rb").read(), output_format="PNG")
        st.image(Image.new("RGB", (2000, 10)))
        st.image({str(tmp_path / "circle.gif")!r})
    """)
    head, image = decoded(narrowed["urls"][0])
    assert (head, image.size) == ("data:image/jpeg;base64", (150, 50))  # an RGB image without alpha: JPEG
    head, image = decoded(as_png["urls"][0])
    assert (head, image.format) == ("data:image/png;base64", "PNG")
    head, image = decoded(huge["urls"][0])
    assert (head, image.size) == ("data:image/jpeg;base64", (1460, 7))
    assert decoded(kept["urls"][0])[1].format == "GIF"


def _png_bytes(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size).save(buffer, format="PNG")
    return buffer.getvalue()


def test_svg_text_reads_back_as_its_data_url_and_use_column_width_warns_as_1_67() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.sidebar.image('<svg width="10" height="10"></svg>', use_column_width=True)
    ''').run()
    assert at.sidebar.image[0].value[0].startswith("data:image/svg+xml;base64,")
    # 1.67 shows the deprecation with st.warning: in the main area, whatever the image's container.
    assert at.main.warning[0].value.startswith("`use_column_width` was removed and has no effect.")
