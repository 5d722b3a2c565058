"""Built sites for the pytest plugin: built once per content, served from one folder.

A site is named by the content hash of everything that makes it: the app's
folder (its test files left out, so editing a test does not rebuild the app),
wasmlit itself (its Python package, the page's sources and the npm lock) and
the build options. Sites live in ``~/.cache/wasmlit/test-sites/<hash>/``, so
a suite of 50 tests builds each app once, and a second session builds
nothing. Builds hold a file lock per site: pytest-xdist workers that want the
same app wait for the first one's build instead of doing it again.

Each session serves that folder from two local servers, started on first
use: one with the cross-origin isolation headers, one without (what most
static hosts send, and the default).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache
from pathlib import Path

import wasmlit
from wasmlit.tooling.dev_server import SiteServer
from wasmlit.tooling.site.app_files import list_app_files
from wasmlit.tooling.site.build import WEB_DIR, BuildError, build_site
from wasmlit.tooling.site.lockfile import cache_dir

#: Files of the app's folder that are tests, not app: they do not change the site.
TEST_FILES = ("test_*.py", "*_test.py", "conftest.py", "test-results/*")
#: One line per build (when, which site, which app, which process): what the cache did.
BUILD_LOG = "builds.log"
#: Sites nobody used for this long are removed when a session starts.
KEEP_UNUSED_S = 7 * 24 * 3600


@dataclass(frozen=True)
class AppSpec:
    """What a test asks for: the app's script and how to build and serve it."""

    script: Path
    isolated: bool = False
    requirements: tuple[str, ...] | None = None
    persist_state: bool = False


@dataclass(frozen=True)
class WasmlitSite:
    """A built site: ``path`` (its folder) and ``url`` (where this session serves it)."""

    path: Path
    url: str
    #: Served with COOP/COEP (the page is cross-origin isolated).
    isolated: bool
    #: The app's script this site runs.
    script: Path


def _digest(parts: Iterator[bytes]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


@cache
def wasmlit_fingerprint() -> str:
    """The content of wasmlit itself: a change to the runtime, the builder or the page rebuilds every site."""
    package = Path(wasmlit.__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".mjs") and "__pycache__" not in p.parts)
    web = sorted(p for p in (WEB_DIR / "src").rglob("*") if p.is_file()) if (WEB_DIR / "src").is_dir() else []
    lock = [WEB_DIR / "package-lock.json"] if (WEB_DIR / "package-lock.json").is_file() else []

    def parts() -> Iterator[bytes]:
        yield wasmlit.__version__.encode()
        yield f"{sys.version_info[:2]}".encode()
        for path in [*files, *web, *lock]:
            yield path.name.encode()
            yield path.read_bytes()

    return _digest(parts())


def site_key(spec: AppSpec) -> str:
    """The name of a site: the hash of the app's folder, wasmlit and the build options."""
    app_dir = spec.script.parent
    files = [f for f in list_app_files(app_dir) if not any(fnmatch(f, pattern) or fnmatch(f.rsplit("/", 1)[-1], pattern)
                                                           for pattern in TEST_FILES)]

    def parts() -> Iterator[bytes]:
        yield wasmlit_fingerprint().encode()
        yield spec.script.relative_to(app_dir).as_posix().encode()
        yield repr((spec.requirements, spec.persist_state)).encode()
        for rel in files:
            yield rel.encode()
            yield (app_dir / rel).read_bytes()

    return _digest(parts())[:20]


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` between processes (pytest-xdist workers)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            while True:
                try:
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@dataclass
class TestSites:
    """The session's sites and servers (one per isolation mode, started on first use)."""

    root: Path = field(default_factory=lambda: cache_dir() / "test-sites")
    _servers: dict[bool, SiteServer] = field(default_factory=dict)
    #: Sites this session built itself (the others came from the cache).
    built: list[Path] = field(default_factory=list)
    #: What the builder said (a missing prerender, a vendored requirement ...).
    notes: list[str] = field(default_factory=list)

    __test__ = False  # not a test class, despite its name

    def site(self, spec: AppSpec) -> WasmlitSite:
        """The built site for ``spec`` (built now unless the cache holds it), served."""
        path = self.build(spec)
        server = self._server(spec.isolated)
        return WasmlitSite(path=path, url=f"{server.url}{path.name}/", isolated=spec.isolated, script=spec.script)

    def build(self, spec: AppSpec) -> Path:
        if self.root.resolve().is_relative_to(spec.script.parent.resolve()):
            raise BuildError(f"The site cache {self.root} is inside the app's folder {spec.script.parent}, so every "
                             "build would change the app it builds. Fix: pass a --wasmlit-cache outside that folder.")
        key = site_key(spec)
        final = self.root / key
        if (final / "index.html").is_file():
            os.utime(final)
            return final
        with file_lock(self.root / f"{key}.lock"):
            if (final / "index.html").is_file():  # another worker built it while we waited
                return final
            tmp = self.root / f"{key}.tmp-{os.getpid()}"
            shutil.rmtree(tmp, ignore_errors=True)
            requirements = self._requirements_file(spec, tmp.with_suffix(".txt"))
            notes: list[str] = []
            try:
                build_site(spec.script, tmp, hash_assets=True, prerender=False, service_worker=False,
                           requirements=requirements, persist_state=spec.persist_state, test_channel=True,
                           log=notes.append)
            finally:
                if requirements is not None:
                    requirements.unlink(missing_ok=True)
            self.notes += [f"{spec.script.name}: {note}" for note in notes]
            shutil.rmtree(final, ignore_errors=True)
            tmp.rename(final)
            self.built.append(final)
            with open(self.root / BUILD_LOG, "a", encoding="utf-8") as log:
                log.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {key} {spec.script} pid={os.getpid()}\n")
        return final

    @staticmethod
    def _requirements_file(spec: AppSpec, path: Path) -> Path | None:
        if spec.requirements is None:
            return None  # the builder reads requirements.txt beside the app, if any
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(f"{r}\n" for r in spec.requirements), encoding="utf-8")
        return path

    def _server(self, isolated: bool) -> SiteServer:
        if isolated not in self._servers:
            self.root.mkdir(parents=True, exist_ok=True)
            self._servers[isolated] = SiteServer(self.root, isolated=isolated).start()
        return self._servers[isolated]

    def prune(self, keep_s: float = KEEP_UNUSED_S) -> None:
        """Remove sites nobody used for ``keep_s`` seconds (and leftovers of interrupted builds)."""
        if not self.root.is_dir():
            return
        now = time.time()
        for entry in self.root.iterdir():
            try:
                age = now - entry.stat().st_mtime
            except OSError:
                continue
            stale_tmp = ".tmp-" in entry.name and age > 3600
            if entry.is_dir() and (stale_tmp or age > keep_s):
                shutil.rmtree(entry, ignore_errors=True)

    def close(self) -> None:
        for server in self._servers.values():
            server.close()
        self._servers.clear()
