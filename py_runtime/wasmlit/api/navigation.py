"""Multipage apps: ``st.Page``, ``st.navigation``, ``st.switch_page``.

The session's ``Navigation`` (``engine/pages.py``) knows the pages and which
one a run shows; this module is Streamlit's API over it. ``st.navigation``
declares the pages on every run and returns the page to show; its ``run()``
executes it with that page's identity (its widgets are the page's own).
``st.switch_page`` ends the run and reruns on the other page, with the query
parameters it is given (or none but the embed ones, as in Streamlit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from wasmlit.api.environment import magic_write
from wasmlit.elements.lib.media_data import is_media_url
from wasmlit.engine.pages import PageInfo, duplicate_url_path_error, page_icon_and_name, page_key
from wasmlit.engine.run_context import get_run_context, require_run_context
from wasmlit.engine.script import ScriptSource
from wasmlit.engine.signals import RerunSignal, RunRequest
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)

_ICON_PREFIXES = (":material/",)


class StreamlitPage:
    """One page of a multipage app: a script file or a function (``st.Page``)."""

    def __init__(self, page: str | Path | Callable[[], Any], *, title: str | None = None, icon: str | None = None,
                 url_path: str | None = None, default: bool = False, visibility: str = "visible",
                 help: str | None = None) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._default = bool(default)
        #: A tooltip for the page's entry in the navigation menu (1.67).
        self.help = None if help is None else str(help)
        self._visibility = visibility
        self._can_be_called = False
        #: A page that is a link to another site (1.67): the menu opens it in a new tab.
        self.external_url: str | None = None
        inferred_icon, inferred_name = "", ""
        if isinstance(page, str) and is_media_url(page) and not page.startswith("data:"):
            self._external(page, title, icon, url_path, default)
            return
        if isinstance(page, (str, Path)):
            ctx = get_run_context()
            base = Path(ctx.script.directory) if ctx is not None else Path.cwd()
            path = (base / Path(page)).resolve()
            if not path.is_file():
                raise StreamlitAPIException(f"Unable to create Page. The file `{path.name}` could not be found.")
            self._page: Path | Callable[[], Any] = path
            inferred_icon, inferred_name = page_icon_and_name(path)
        elif callable(page):
            self._page = page
            inferred_name = str(getattr(page, "__name__", ""))
            if not inferred_name and title is None:
                raise StreamlitAPIException("Cannot infer page title for Callable. Set the `title=` keyword argument.")
        else:
            raise StreamlitAPIException(
                f"Invalid page type: {type(page)}. Must be either a string path, a pathlib.Path, a callable function, "
                "or a st.Page object.")
        self._title = title or inferred_name.replace("_", " ")
        if not self._title.strip():
            raise StreamlitAPIException("The title of the page cannot be empty or consist of underscores/spaces only")
        self._icon = icon or inferred_icon
        self._url_path = inferred_name
        if url_path is not None:
            self._url_path = url_path.strip().strip("/")
            if not self._url_path.strip() and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page.")
            _check_single_segment(self._url_path)

    def _external(self, url: str, title: str | None, icon: str | None, url_path: str | None, default: bool) -> None:
        if title is None or not title.strip():
            raise StreamlitMissingRequiredParameterError(
                "title", detail=f"External URL pages require a non-empty title. Please provide a title for the URL: {url}")
        if default:
            raise StreamlitIncompatibleParametersError(
                "page=<external URL>", "default=True", explanation="External URL pages cannot be set as the default page.")
        self.external_url = url
        self._page = lambda: None  # nothing runs: the menu opens the URL
        self._title, self._icon = title, icon or ""
        self._url_path = (_url_path_of_title(title) if url_path is None else url_path).strip().strip("/")
        if not self._url_path:
            raise StreamlitMissingRequiredParameterError(
                "url_path", detail="Provide a non-empty `url_path`, or omit it and provide a `title` that can be "
                                   "converted to a valid URL path.")
        _check_single_segment(self._url_path)

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def url_path(self) -> str:
        """The page's URL path; '' for the default page."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def _script_hash(self) -> str:
        return page_key(self._url_path)

    def _info(self, section: str) -> PageInfo:
        script = str(self._page) if isinstance(self._page, Path) else None
        return PageInfo(self._script_hash, self.title, self.icon, self.url_path, section,
                        self._visibility == "hidden", script, self.help, self.external_url)

    def run(self) -> None:
        """Run the page returned by ``st.navigation`` (once per run)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be called once.")
        self._can_be_called = False
        ctx = get_run_context()
        if ctx is None:
            return
        outer = ctx.active_script_hash
        ctx.active_script_hash = self._script_hash
        try:
            if callable(self._page) and not isinstance(self._page, Path):
                self._page()
                return
            page_script = ctx.nav.source(str(self._page)) if ctx.nav is not None else ScriptSource(str(self._page))
            exec(page_script.compile(), page_script.fresh_namespace(magic_write))
        finally:
            ctx.active_script_hash = outer

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self.title!r}, url_path={self.url_path!r})"


def _check_single_segment(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested URL pathnames yet, so "
            "use a single path segment (e.g. `foo_bar`). To upvote support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971).")


def _url_path_of_title(title: str) -> str:
    """An external page's URL pathname from its title, as 1.67 makes it ("Our docs!" -> "our_docs!")."""
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)


def Page(page: str | Path | Callable[[], Any], *, title: str | None = None, icon: str | None = None,  # noqa: N802
         url_path: str | None = None, default: bool = False, visibility: str = "visible",
         help: str | None = None) -> StreamlitPage:
    """``st.Page``: a page for ``st.navigation``."""
    return StreamlitPage(page, title=title, icon=icon, url_path=url_path, default=default, visibility=visibility,
                         help=help)


def _as_page(page: Any) -> StreamlitPage:
    return page if isinstance(page, StreamlitPage) else StreamlitPage(page)


def navigation(pages: Any, *, position: str = "sidebar", expanded: bool | int = False) -> StreamlitPage:
    """Declare the app's pages; returns the page this run shows (run it with ``.run()``)."""
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitAPIException(
            f'Invalid position "{position}". The position parameter must be one of "sidebar", "hidden", or "top".')
    if isinstance(expanded, bool) or expanded is None:
        expanded = bool(expanded)
    elif isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitAPIException(f"Invalid value for expanded: {expanded!r}. When using an int, expanded must "
                                        "be a non-negative integer.")
    else:
        raise StreamlitAPIException(f"Invalid type for expanded: {type(expanded).__name__!s}. expanded must be a "
                                    "bool or a non-negative integer.")
    if isinstance(pages, Mapping):
        sections = {str(name): [_as_page(p) for p in group] for name, group in pages.items()}
    elif isinstance(pages, Sequence) and not isinstance(pages, str):
        sections = {"": [_as_page(p) for p in pages]}
    else:
        sections = {"": [_as_page(pages)]}
    flat = [page for group in sections.values() for page in group]
    if not flat:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    if all(page.external_url for page in flat):
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the default page.")
    default: StreamlitPage | None = None
    for page in flat:
        if page._default:
            if default is not None:
                raise StreamlitAPIException(
                    "Multiple Pages specified with `default=True`. At most one Page can be set to default.")
            default = page
    if default is None:
        default = next(page for page in flat if not page.external_url)
        default._default = True
    ctx = get_run_context()
    if ctx is None or ctx.nav is None:
        default._can_be_called = True
        return default
    infos: list[PageInfo] = []
    seen: dict[str, tuple[str, StreamlitPage]] = {}
    for section, group in sections.items():
        for page in group:
            if page._script_hash in seen:
                first_section, first = seen[page._script_hash]
                raise duplicate_url_path_error(page._url_path, _described(first, first_section, ctx.script.directory),
                                               _described(page, section, ctx.script.directory),
                                               first._default or page._default)
            seen[page._script_hash] = (section, page)
            infos.append(page._info(section))
    chosen = ctx.nav.declare(infos, list(sections), default._info(""), position=position, expanded=expanded)
    ctx.navigation_called = True
    page_to_run = next((p for p in flat if p._script_hash == chosen.key), default)
    page_to_run._can_be_called = True
    return page_to_run


def _described(page: StreamlitPage, section: str, main_directory: str) -> str:
    """A page as 1.67's duplicate-pathname error names it: its file or title, and where it is."""
    if isinstance(page._page, Path):
        path = page._page.relative_to(main_directory) if page._page.is_relative_to(main_directory) else page._page
        text = f"`{path}`"
    else:
        text = f'callable titled "{page.title}"'
    context = [f'section "{section}"'] if section else []
    context += ["hidden"] if page._visibility == "hidden" else []
    context += ["default page"] if page._default else []
    return text + (f" ({', '.join(context)})" if context else "")


def switch_page(page: Any, *, query_params: Any = None) -> None:
    """End this run and run ``page`` (a file path relative to the main script, or an ``st.Page``)."""
    ctx = require_run_context()
    if ctx.nav is None:
        raise StreamlitAPIException("st.switch_page can only be used while the app runs.")
    if isinstance(page, StreamlitPage):
        key = page._script_hash
    else:
        main_dir = Path(ctx.script.directory)
        found = ctx.nav.find_script(str(main_dir / str(page)))
        if found is None:
            raise StreamlitPageNotFoundError(str(page), str(main_dir), ctx.nav.declared)
        key = found.key
    if query_params is None:
        ctx.query_params.clear(notify=False)
    else:
        ctx.query_params.from_dict(query_params)
    raise RerunSignal(RunRequest(page=key))
