"""st.image, as Streamlit 1.67 has it: one image or several (a list, a tuple,
a set or a 4-D array), captions and alt texts paired with them, a link on a
single image, and ``width`` ("content", "stretch" or pixels). NumPy arrays
are checked, clamped and encoded as Streamlit does; that needs Pillow."""

from __future__ import annotations

import base64
import io
import os
import re
from typing import Any, Self

from wasmlit.elements.lib.media_data import is_file, is_media_url, is_ndarray, media_bytes, read_media_file
from wasmlit.engine.cursor import Cursor, show_deprecation_warning
from wasmlit.errors import StreamlitAPIException, StreamlitValueError

# An SVG document (after an optional XML declaration): Streamlit's test.
_SVG = r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)"


def _svg_url(text: str) -> str:
    if "xmlns" not in text:
        # An <img> draws an SVG only with its namespace.
        text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("utf-8")


def _pil() -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise StreamlitAPIException(
            "Drawing this image needs Pillow, which is not installed. "
            "Add `pillow` to the app's requirements.txt (or import PIL in the app) and build it again."
        ) from None
    return Image


def _array_png(array: Any, clamp: bool, channels: str, output_format: str) -> tuple[bytes, str]:
    """A NumPy image as encoded bytes and their MIME type, with Streamlit's checks."""
    import numpy as np

    if array.ndim not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {array.shape[-1]}. Shape is {array.shape}")
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[:, :, 0]
    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif np.amin(array) < 0 or np.amax(array) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    if channels == "BGR":
        if array.ndim != 3:
            raise StreamlitAPIException('When using `channels="BGR"`, the input image should have exactly 3 color channels')
        array = array[:, :, [2, 1, 0]]
    return _pil_bytes(_pil().fromarray(array.astype(np.uint8)), output_format)


#: The widest an image is sent at (1.67's MAXIMUM_CONTENT_WIDTH): wider ones are scaled down.
_MAX_WIDTH = 2 * 730


def _image_format(image: Any, output_format: str) -> str:
    """The format Streamlit encodes an image in: JPEG or PNG when asked, else
    GIF for a GIF, PNG when it may have transparency, JPEG otherwise."""
    wanted = output_format.upper()
    if wanted == "JPG":
        return "JPEG"
    if wanted in ("JPEG", "PNG"):
        return wanted
    if getattr(image, "format", None) == "GIF":
        return "GIF"
    return "PNG" if image.mode in ("RGBA", "LA", "P") else "JPEG"


def _encoded(image: Any, wanted: str, quality: int = 100) -> bytes:
    if wanted == "JPEG" and image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=wanted, quality=quality)
    return buffer.getvalue()


def _pil_bytes(image: Any, output_format: str) -> tuple[bytes, str]:
    """A Pillow image encoded as Streamlit encodes it."""
    wanted = _image_format(image, output_format)
    return _encoded(image, wanted), f"image/{wanted.lower()}"


def _fitted(data: bytes, mime: str, width: Any, output_format: str) -> tuple[bytes, str]:
    """1.67's last step for a raster image: scaled down to its width (or the widest a page
    shows), in the format asked for. Without Pillow (a page that never imported it), or
    for data Pillow cannot open, the bytes go as they are: the browser scales them."""
    try:
        from PIL import Image
    except ImportError:
        return data, mime
    try:
        image = Image.open(io.BytesIO(data))
        wanted = _image_format(image, output_format)
        target = width if isinstance(width, int) and not isinstance(width, bool) else _MAX_WIDTH
        if 0 < target < image.size[0]:
            height = int(1.0 * image.size[1] * target / image.size[0])
            return _encoded(image.resize((target, height), resample=Image.Resampling.BILINEAR), wanted, 90), \
                f"image/{wanted.lower()}"
        if image.format != wanted:
            return _encoded(image, wanted, 90), f"image/{wanted.lower()}"
    except Exception:
        return data, mime
    return data, f"image/{wanted.lower()}"


def image_url(image: Any, clamp: bool, channels: str, output_format: str, width: Any = "content") -> str:
    """The URL one image is drawn from: URLs pass, the rest become data: URLs."""
    if isinstance(image, os.PathLike):
        image = os.fspath(image)
    if isinstance(image, str):
        if not is_file(image) and is_media_url(image):
            return image
        if image.endswith(".svg") and is_file(image):
            image = read_media_file(image).decode("utf-8")
        if re.search(_SVG, image):
            return _svg_url(image)
    if is_ndarray(image):
        data, mime = _array_png(image, clamp, channels, output_format)
    elif hasattr(image, "save") and hasattr(image, "mode"):  # a Pillow image
        data, mime = _pil_bytes(image, output_format)
    else:
        found = media_bytes(image, "image/png")
        if isinstance(found, str):  # a URL
            return found
        data, mime = found
    if mime.startswith("image/") and mime != "image/svg+xml":  # raster: scaled and encoded as 1.67 sends it
        data, mime = _fitted(data, mime, width, output_format)
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _paired(name: str, values: Any, count: int, from_set: bool) -> list[Any]:
    """Captions or alt texts, one per image, as Streamlit pairs them."""
    if values is None:
        return [None] * count
    if isinstance(values, (str, bytes, bytearray)) or not hasattr(values, "__len__"):
        if count != 1:
            if name == "captions":
                raise StreamlitAPIException(f"Cannot pair 1 captions with {count} images.")
            raise StreamlitAPIException(
                f"A single `alt` string can only be used with a single image. You passed {count} images; "
                f"provide a sequence of {count} alt values (use None to skip an image).")
        return [values]
    items = values.tolist() if is_ndarray(values) else list(values)
    if name == "alt values" and from_set:
        raise StreamlitAPIException("A sequence-valued `alt` cannot be paired with a set of images because set "
                                    "order is undefined. Pass a list or tuple of images.")
    if len(items) != count:
        raise StreamlitAPIException(f"Cannot pair {len(items)} {name} with {count} images.")
    return items


def _alt_text(alt: Any) -> str | None:
    """Streamlit's ``alt`` for an image: "" marks it decorative; blank is unset."""
    if alt is None:
        return None
    text = alt.decode("utf-8", "replace") if isinstance(alt, (bytes, bytearray)) else str(alt)
    if text == "":
        return ""
    return text.strip() or None


class ImageMixin(Cursor):
    def image(self, image: Any, caption: Any = None, width: Any = "content", clamp: bool = False,
              channels: str = "RGB", output_format: str = "auto", *, use_container_width: bool | None = None,
              link: str | None = None, use_column_width: Any = None, alt: Any = None) -> Self:
        if use_column_width is not None:  # kept so pre-1.61 calls do not fail, with 1.67's warning
            show_deprecation_warning("`use_column_width` was removed and has no effect. Use `width='stretch'`, "
                                     "`width='content'`, or an integer pixel value instead.")
        if width != "content" or use_container_width is not None:
            # Checked only when given: layout_utils is in the lazy runtime part.
            from wasmlit.elements.lib.layout_utils import legacy_container_width, validate_width

            width = legacy_container_width(width, use_container_width)
            validate_width(width, allow_content=True)
        from_set = isinstance(image, set)
        if isinstance(image, (list, set, tuple)):
            images = list(image)
        elif is_ndarray(image) and image.ndim == 4:
            images = [image[i] for i in range(image.shape[0])]
        else:
            images = [image]
        captions = _paired("captions", caption, len(images), from_set=False)
        alts = _paired("alt values", alt, len(images), from_set)
        if link and len(images) > 1:
            raise StreamlitAPIException("The `link` parameter is only supported when displaying a single image. "
                                        f"You passed {len(images)} images.")
        urls = [image_url(i, clamp, str(channels).upper(), str(output_format), width) for i in images]
        return self._draw("imgs", {"urls": urls, "captions": ["" if c is None else str(c) for c in captions],
                                   "alts": [_alt_text(a) for a in alts], "width": width, "link": link or None})
