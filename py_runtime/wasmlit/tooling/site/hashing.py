"""Content-hashed asset names, so static hosts can cache them forever.

Every file under ``assets/`` is renamed ``name.<hash>.ext``. ES modules import
each other by relative URL, so a module's imports are rewritten to the hashed
names of what it imports *before* its own hash is taken: hashing runs leaves
first, and a change in ``dom.js`` changes the names of every module that
imports it, up to ``app.js``. Three literal forms are rewritten in modules:
``import ... from "./x.js"`` / ``export ... from "./x.js"``, ``import("./x.js")``
and ``new URL("./x.js", import.meta.url)`` (how ``app.js`` finds the worker);
in stylesheets, relative ``url(...)`` references and ``@import`` (fonts, a
library's own CSS).

A dynamic ``import("./x.js")`` is how a heavy library loads only when a page
first needs it (``web/src/lazy.js``), so the modulepreload list
(``module_graph``) leaves it out; an ``await import(...)`` is taken for one
that runs as its module loads (top-level await), and is preloaded.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re
from pathlib import Path

from wasmlit.protocol import HASH_LENGTH

MODULE_SUFFIXES = (".js", ".mjs")

_SPECIFIER = re.compile(
    # ``import\s*``: a minified side-effect import has no space (mermaid's ``import"./chunk.mjs"``).
    r"""(?P<head>\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|\bnew\s+URL\(\s*)"""
    r"""(?P<quote>["'])(?P<spec>\.{1,2}/[^"'\n]+)(?P=quote)"""
)


#: Relative references in CSS: ``url(fonts/a.woff2)``, ``url("./b.png")``, ``@import "c.css"``.
_CSS_REFERENCE = re.compile(
    r"""(?P<head>url\(\s*|@import\s+)(?P<quote>["']?)(?P<spec>(?!data:|url\(|[a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^"')\s;]+)(?P=quote)"""
)
STYLE_SUFFIXES = (".css",)


class HashingError(Exception):
    """Assets cannot be hashed (an import cycle, or an import of a missing file)."""


def record_line(name: str, data: bytes) -> str:
    """A wheel RECORD line for file ``name`` holding ``data`` (urlsafe base64 sha256, no padding, and size)."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:HASH_LENGTH]


def hashed_name(rel: str, digest: str) -> str:
    """``renderer/dom.js`` -> ``renderer/dom.<digest>.js`` (``purify.es.mjs`` -> ``purify.es.<digest>.mjs``)."""
    head, name = posixpath.split(rel)
    stem, dot, ext = name.rpartition(".")
    new = f"{stem}.{digest}.{ext}" if dot else f"{name}.{digest}"
    return posixpath.join(head, new) if head else new


def _in_comment(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a comment line (``// ...``, or `` * ...`` / ``/* ...`` of a block)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos].lstrip()
    return line.startswith(("//", "/*", "*")) or "//" in line.split('"')[0].split("'")[0]


def _specifiers(text: str) -> list[re.Match[str]]:
    return [m for m in _SPECIFIER.finditer(text) if not _in_comment(text, m.start())]


def module_imports(rel: str, text: str) -> list[str]:
    """Paths (relative to the assets root) that module ``rel`` imports by relative URL."""
    base = posixpath.dirname(rel)
    return [posixpath.normpath(posixpath.join(base, m.group("spec"))) for m in _specifiers(text)]


def static_imports(rel: str, text: str) -> list[str]:
    """What module ``rel`` loads with it: ``import``/``export ... from`` and
    ``await import()``; not a lazy ``import()`` (loaded when a page needs it)
    nor ``new URL(...)`` (a worker or a stylesheet, which load in their own time)."""
    base = posixpath.dirname(rel)

    def loads_with_module(m: re.Match[str]) -> bool:
        head = m.group("head")
        if head.startswith("new"):
            return False
        if re.match(r"import\s*\(", head):
            return bool(re.search(r"\bawait\s*$", text[:m.start()]))
        return True

    return [posixpath.normpath(posixpath.join(base, m.group("spec"))) for m in _specifiers(text) if loads_with_module(m)]


def module_graph(root: Path, entry: str) -> list[str]:
    """Every module ``entry`` (a path under ``root``) loads, itself first, each once:
    what the page's ``<link rel="modulepreload">`` tags name."""
    seen: list[str] = []
    todo = [entry]
    while todo:
        rel = todo.pop(0)
        if rel in seen or not (root / rel).is_file():
            continue
        seen.append(rel)
        if rel.endswith(MODULE_SUFFIXES):
            todo += static_imports(rel, (root / rel).read_text(encoding="utf-8"))
    return seen


def hash_assets(root: Path) -> dict[str, str]:
    """Rename every file under ``root`` to its hashed name; return ``{old: new}`` (posix, relative)."""
    files = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}
    renamed: dict[str, str] = {}
    visiting: list[str] = []

    def visit(rel: str) -> str:
        if rel in renamed:
            return renamed[rel]
        if rel in visiting:
            cycle = " -> ".join([*visiting[visiting.index(rel):], rel])
            raise HashingError(f"Import cycle between assets ({cycle}); hashed names need an acyclic import graph.")
        path = files[rel]
        data = path.read_bytes()
        if rel.endswith(MODULE_SUFFIXES) or rel.endswith(STYLE_SUFFIXES):
            visiting.append(rel)
            pattern = _SPECIFIER if rel.endswith(MODULE_SUFFIXES) else _CSS_REFERENCE
            data = _rewrite(rel, data.decode("utf-8"), files, visit, pattern).encode("utf-8")
            visiting.pop()
        new = hashed_name(rel, content_hash(data))
        (root / new).write_bytes(data)
        if new != rel:
            path.unlink()
        renamed[rel] = new
        return new

    for rel in files:
        visit(rel)
    return renamed


def _rewrite(rel: str, text: str, files: dict[str, Path], visit, pattern: re.Pattern[str] = _SPECIFIER) -> str:  # type: ignore[no-untyped-def]
    base = posixpath.dirname(rel)

    def replace(m: re.Match[str]) -> str:
        spec = m.group("spec")
        target = posixpath.normpath(posixpath.join(base, spec.split("?", 1)[0].split("#", 1)[0]))
        if target not in files:
            raise HashingError(f"assets/{rel} imports {spec!r}, but assets/{target} is not in the site.")
        new_target = visit(target)
        new_spec = posixpath.relpath(new_target, base or ".")
        if not new_spec.startswith("../"):
            new_spec = "./" + new_spec
        return f"{m.group('head')}{m.group('quote')}{new_spec}{spec[len(spec.split('?', 1)[0].split('#', 1)[0]):]}{m.group('quote')}"

    if pattern is _CSS_REFERENCE:
        return pattern.sub(replace, text)
    return pattern.sub(lambda m: m.group(0) if _in_comment(text, m.start()) else replace(m), text)
