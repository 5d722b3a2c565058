"""``wasmlit.host.lazy_runtime``: the runtime's second part, unpacked on the first import that needs it."""

from __future__ import annotations

import importlib
import io
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wasmlit.host import lazy_runtime

URL = "runtime/abc/wasmlit-lazy.zip"


def archive(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buffer.getvalue()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    """The folder the archive is written to."""
    before = list(sys.meta_path)
    yield tmp_path
    sys.meta_path[:] = before
    for name in [m for m in sys.modules if m.startswith("wasmlit.zz_")]:
        del sys.modules[name]


def test_the_first_missing_module_fetches_the_archive_once(site: Path) -> None:
    fetched: list[str] = []
    data = archive({"wasmlit/zz_lazy_a.py": "VALUE = 'a'\n", "wasmlit/zz_lazy_pkg/__init__.py": "",
                    "wasmlit/zz_lazy_pkg/b.py": "from wasmlit.zz_lazy_a import VALUE\nBOTH = VALUE + 'b'\n"})
    finder = lazy_runtime.install(URL, lambda url: fetched.append(url) or data, site)
    assert sys.meta_path[-1] is finder
    import wasmlit.engine.session  # noqa: F401  an installed module never reaches the finder

    assert fetched == []
    assert importlib.import_module("wasmlit.zz_lazy_pkg.b").BOTH == "ab"
    assert importlib.import_module("wasmlit.zz_lazy_a").VALUE == "a"
    assert fetched == [URL]
    # Imported from the archive as it is (zipimport), never unpacked.
    assert importlib.import_module("wasmlit.zz_lazy_pkg.b").__file__.startswith(str(site / "wasmlit-lazy.zip"))
    assert [p.name for p in site.iterdir()] == ["wasmlit-lazy.zip"]
    with pytest.raises(ModuleNotFoundError):  # not in the archive either: the usual error, no second fetch
        importlib.import_module("wasmlit.zz_not_anywhere")
    assert fetched == [URL]


def test_other_packages_never_reach_the_finder(site: Path) -> None:
    fetched: list[str] = []
    lazy_runtime.install(URL, lambda url: fetched.append(url) or b"", site)
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("zz_some_other_package")
    assert fetched == []


def test_a_failed_fetch_says_what_to_do_and_the_next_import_tries_again(site: Path) -> None:
    attempts: list[int] = []

    def fetch(url: str) -> bytes:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("HTTP 503")
        return archive({"wasmlit/zz_lazy_c.py": "C = 3\n"})

    lazy_runtime.install(URL, fetch, site)
    with pytest.raises(ImportError, match=r"could not load the rest of its runtime from runtime/abc/wasmlit-lazy\.zip "
                                          r"\(HTTP 503\)\. Reload the page once you are online"):
        importlib.import_module("wasmlit.zz_lazy_c")
    assert importlib.import_module("wasmlit.zz_lazy_c").C == 3
    assert len(attempts) == 2


def test_an_archive_that_writes_outside_the_package_is_refused(site: Path) -> None:
    lazy_runtime.install(URL, lambda url: archive({"wasmlit/../evil.py": "X = 1\n"}), site)
    with pytest.raises(ImportError, match="unexpected file"):
        importlib.import_module("wasmlit.zz_lazy_d")
    assert not list(site.iterdir())  # nothing written


def test_installing_again_replaces_the_finder(site: Path) -> None:
    lazy_runtime.install(URL, lambda url: b"", site)
    second = lazy_runtime.install("other.zip", lambda url: b"", site)
    assert [f for f in sys.meta_path if isinstance(f, lazy_runtime.LazyRuntimeFinder)] == [second]
