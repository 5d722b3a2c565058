"""AppTest wrappers for the elements that show something other than text:
images, HTML, st.help, link buttons, page links and spaces, read as Streamlit
1.67's AppTest reads them (links refuse clicks in its words)."""

from __future__ import annotations

from typing import Any

from wasmlit.testing.elements import Element
from wasmlit.testing.media_urls import as_mock_url
from wasmlit.testing.queries import AppTestError


class Image(Element):
    type = "image"

    @property
    def value(self) -> list[str]:
        # 1.67 sends an SVG given as text as its data: URL, not as a media file.
        return [url if url.startswith("data:image/svg+xml;") else as_mock_url(url) for url in self._node.props["urls"]]

    @property
    def captions(self) -> list[str]:
        return list(self._node.props["captions"])


class Html(Element):
    type = "html"

    @property
    def value(self) -> str:
        return str(self._node.props["body"])


class HelpInfo(Element):
    """``at.help[i]``, as Streamlit's ``Help``: ``.value`` is the short summary (the
    name the call gave the object when the summary is only its signature), ``.name``
    that name, ``.doc_string`` its docstring."""

    type = "help_info"

    @property
    def name(self) -> str:
        return str(self._node.props.get("var_name") or "")

    @property
    def doc_string(self) -> str:
        return str(self._node.props.get("doc_string") or "")

    @property
    def value(self) -> str:
        props = self._node.props
        raw = str(props.get("value") or "")
        if self.name and (not raw or props.get("value_is_signature")):
            return self.name
        return raw


class _Link(Element):
    """A link element: read-only, its value is its label (Streamlit's AppTest)."""

    @property
    def value(self) -> str:
        return str(self._node.props.get("label", ""))


class LinkButton(_Link):
    """``at.link_button[i]``: read-only; its value is its label, as in Streamlit's AppTest."""

    type = "link_button"

    def _refuse_interaction(self, method: str) -> Any:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(f"{method}() is not supported for link_button{key_part}. AppTest does not open URLs or "
                           "trigger on_click. Use a Playwright e2e test.")


class PageLink(_Link):
    """``at.page_link[i]``: read-only; switch pages with ``at.switch_page``."""

    type = "page_link"

    def _refuse_interaction(self, method: str) -> Any:
        raise AppTestError(f"{method}() is not supported for page_link. "
                           "Switch pages with AppTest.switch_page(page_path).")


class Space(Element):
    """``at.space[i]``: its value is the size ``st.space`` was given ("small" when omitted)."""

    type = "space"

    @property
    def size(self) -> Any:
        size = self._node.props.get("size", "small")
        return int(size) if isinstance(size, str) and size.isdigit() else size

    @property
    def value(self) -> Any:
        return self.size
