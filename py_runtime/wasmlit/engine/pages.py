"""The pages of a multipage app, and which page a run shows.

Two ways to declare pages, as in Streamlit:

* **a ``pages/`` folder** beside the entry script (``folder_pages``): the entry
  script is the default page, then every ``pages/*.py`` in Streamlit's order
  (number prefixes first, by number, then by name). A file's label drops the
  number prefix and a leading emoji (which becomes the icon), and shows
  underscores as spaces; its URL path keeps the underscores
  (``02_📈_Plot_demo.py`` → icon 📈, label "Plot demo", URL ``Plot_demo``).
  Each run executes only the chosen page's file.
* **``st.navigation``** (``api/navigation.py``), which tells the session its
  pages on every run (``Navigation.declare``). From then on the ``pages/``
  folder is ignored, and the entry script runs on every run, around the page.

A page's *key* is the MD5 of its URL name (Streamlit's page script hash); the
default page's URL path is ``''``. The page asks for a page by URL path (a link,
the address bar, back/forward) and AppTest by key (``at.switch_page``); a
page that does not exist falls back to the default page and says so.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasmlit.engine.script import ScriptSource
from wasmlit.errors import StreamlitAPIException

#: ``<number><separators><rest>.py``: Streamlit's page file name rule.
_PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
#: A leading emoji (with its modifiers and joiners) and the separators after it. Compiled on
#: first use (``re``'s own cache keeps it): its character classes cost Pyodide's start-up ~2 ms.
_LEADING_EMOJI = (
    r"^((?:[\u00a9\u00ae\u203c-\u3299\U0001F000-\U0001FAFF][\uFE0F\U0001F3FB-\U0001F3FF\u20E3]*"
    r"(?:\u200D[\u2600-\u27BF\U0001F000-\U0001FAFF][\uFE0F\U0001F3FB-\U0001F3FF]*)*))[_ -]*(.*)$"
)


def page_key(url_name: str) -> str:
    """A page's key (Streamlit's page script hash): the MD5 of its URL name."""
    return hashlib.md5(url_name.encode(), usedforsecurity=False).hexdigest()


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """``("📈", "Plot_demo")`` for ``"📈_Plot_demo"``; ``("", text)`` without a leading emoji."""
    match = re.match(_LEADING_EMOJI, text)
    if match is None or not match.group(1):
        return "", text
    return match.group(1), match.group(2)


def page_icon_and_name(path: Path) -> tuple[str, str]:
    """The icon and URL name of a page file (underscores kept, as in its URL)."""
    match = _PAGE_FILENAME.search(path.name)
    if match is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(name)


def page_sort_key(path: Path) -> tuple[float, str]:
    """Numbered files first (by number), then the rest, each by name."""
    match = _PAGE_FILENAME.search(path.name)
    number, label = (match.group(1), match.group(2).lower()) if match else ("", path.name.lower())
    return (float(number) if number else float("inf"), label)


@dataclass(frozen=True)
class PageInfo:
    """One page of the app, as the navigation menu shows it."""

    key: str
    title: str
    icon: str
    #: The path after the app's root URL; '' for the default page.
    url_path: str
    section: str = ""
    hidden: bool = False
    #: The page's file (None for a function page).
    script: str | None = None
    #: ``st.Page(help=...)`` (1.67): the menu entry's tooltip.
    help: str | None = None
    #: ``st.Page("https://...")`` (1.67): a link the menu opens in a new tab; never a page that runs.
    external_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        entry = {"key": self.key, "title": self.title, "icon": self.icon, "url_path": self.url_path,
                 "section": self.section, "hidden": self.hidden}
        if self.help:
            entry["help"] = self.help
        if self.external_url:
            entry["external_url"] = self.external_url
        return entry


def folder_pages(main_script: str) -> list[PageInfo]:
    """The pages of an app with a ``pages/`` folder: the entry script, then the
    folder's scripts in Streamlit's order. Just the entry script without one."""
    main = Path(main_script)
    icon, name = page_icon_and_name(main)
    pages = [PageInfo(page_key(name), name.replace("_", " "), icon, "", script=str(main.resolve()))]
    folder = main.parent / "pages"
    if not folder.is_dir():
        return pages
    files = sorted((f for f in folder.glob("*.py") if not f.name.startswith(".") and f.name != "__init__.py"),
                   key=page_sort_key)
    for path in files:
        icon, name = page_icon_and_name(path)
        pages.append(PageInfo(page_key(name), name.replace("_", " "), icon, name, script=str(path.resolve())))
    return pages


def duplicate_url_path_error(url_path: str, first: str, second: str, default_involved: bool) -> StreamlitAPIException:
    """1.67's error for two pages (described as ``first`` and ``second``) at one URL pathname."""
    note = (" The default page is served at the app root, but it still reserves this pathname."
            if default_involved else "")
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{url_path}`: {first} and {second}. Each page passed to "
        "`st.navigation` needs a unique URL pathname, including pages in different sections, hidden pages, and "
        "external URL pages. Streamlit infers the pathname from the filename, callable name, or the title of an "
        f"external URL page.{note} Set a unique `url_path` in `st.Page` for one of these pages.")


def _check_unique_folder_paths(pages: list[PageInfo], main: Path) -> None:
    """As 1.67 (which makes the folder's pages st.Pages): two files with one URL pathname are its error."""
    seen: dict[str, PageInfo] = {}
    for page in pages:
        first = seen.get(page.key)
        if first is None:
            seen[page.key] = page
            continue

        def described(p: PageInfo) -> str:
            path = Path(p.script or "")
            shown = path.relative_to(main.parent.resolve()) if path.is_relative_to(main.parent.resolve()) else path
            return f"`{shown}`" + (" (default page)" if p is pages[0] else "")

        url_path = page.url_path or Path(page.script or "").stem
        raise duplicate_url_path_error(url_path, described(first), described(page), first is pages[0])


@dataclass
class Navigation:
    """A session's pages: which exist, which the page asked for, which runs now."""

    main_script: str
    #: ``st.navigation`` was called: the ``pages/`` folder no longer counts.
    declared: bool = False
    #: The pages of the latest run, in menu order.
    pages: list[PageInfo] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    position: str = "sidebar"
    expanded: bool | int = False
    #: The page the latest run showed (None before the first run).
    current: PageInfo | None = None
    #: What the page asked for: a URL path, or a key (AppTest); None for "stay".
    asked_path: str | None = None
    asked_key: str | None = None
    #: A URL path that matched no page in the latest run (the page says "not found").
    not_found: str | None = None
    #: Told when a run has chosen its page (the session sends the page's URL then).
    on_choose: Callable[[], None] | None = None
    #: Page files, compiled once (by path).
    _sources: dict[str, ScriptSource] = field(default_factory=dict)

    def source(self, path: str, extra_globals: dict[str, Any] | None = None) -> ScriptSource:
        """The page file at ``path``, compiled once and again only when it changes."""
        script = self._sources.get(path)
        if script is None:
            script = self._sources[path] = ScriptSource(path, extra_globals=dict(extra_globals or {}))
        return script

    def ask(self, *, url_path: str | None = None, key: str | None = None) -> None:
        """Show this page from the next run on (by URL path or by key)."""
        self.asked_path, self.asked_key = url_path, key

    def choose(self, pages: list[PageInfo], default: PageInfo) -> PageInfo:
        """The page this run shows, among ``pages``: the one asked for, else the
        current one, else ``default``."""
        self.not_found = None
        if self.asked_key is not None:
            found = next((p for p in pages if p.key == self.asked_key), None)
        elif self.asked_path is not None:
            wanted = self.asked_path.strip("/")
            # An external page is a link, not a page: its path is "not found", as in 1.67.
            found = next((p for p in pages if p.url_path == wanted and not p.external_url), None)
            if found is None and wanted:
                self.not_found = wanted
        else:
            found = next((p for p in pages if self.current is not None and p.key == self.current.key), None)
        return found or default

    def folder_page(self) -> PageInfo | None:
        """Without ``st.navigation``: the ``pages/`` folder page this run runs
        (None when the app has no ``pages/`` folder, or declares its pages)."""
        if self.declared:
            return None
        pages = folder_pages(self.main_script)
        if len(pages) < 2:
            return None
        _check_unique_folder_paths(pages, Path(self.main_script))
        self.pages, self.sections = pages, [""]
        page = self.choose(pages, pages[0])
        self._chosen(page)
        return page

    def declare(self, pages: list[PageInfo], sections: list[str], default: PageInfo, *, position: str,
                expanded: bool | int) -> PageInfo:
        """``st.navigation``: these are the pages; return the one this run shows."""
        self.declared = True
        self.pages, self.sections, self.position, self.expanded = pages, sections, position, expanded
        page = self.choose(pages, default)
        self._chosen(page)
        return page

    def _chosen(self, page: PageInfo) -> None:
        self.current = page
        self.asked_path = self.asked_key = None
        if self.on_choose is not None:
            self.on_choose()

    def find_script(self, path: str) -> PageInfo | None:
        """The page whose file is ``path`` (``st.switch_page("pages/x.py")``)."""
        wanted = str(Path(path).resolve())
        candidates = self.pages if self.pages else folder_pages(self.main_script)
        return next((p for p in candidates if p.script is not None and p.script == wanted), None)

    def message_fields(self, position: str) -> dict[str, Any]:
        """The ``navigation`` message's fields for this run's pages."""
        return {
            "pages": [p.to_dict() for p in self.pages],
            "sections": list(self.sections),
            "position": position,
            "expanded": self.expanded,
            "current": self.current.key if self.current else "",
        }
