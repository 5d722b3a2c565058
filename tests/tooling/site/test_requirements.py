"""Where each requirement comes from: the distribution, a vendored wheel, or micropip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wasmlit.tooling.site.requirements import (
    RequirementError,
    marker_environment,
    read_requirements,
    resolve,
    vendor_imports,
    wheel_modules,
)

from .wheels import make_wheel

DIST = {
    "info": {"arch": "wasm32", "platform": "emscripten_5_0_3", "python": "3.14.2", "abi_version": "2026_0"},
    "packages": {
        "numpy": {"name": "numpy", "version": "2.4.6", "file_name": "numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl"},
        "typing-extensions": {"name": "typing-extensions", "version": "4.14.0", "file_name": "typing_extensions-4.14.0-py3-none-any.whl"},
    },
}


class FakeIndex:
    """Stands in for ``pip download``: serves wheels made on the spot, records what was asked."""

    def __init__(self, root: Path, wheels: dict[str, tuple[str, list[str]]]) -> None:
        self.root, self.wheels, self.asked = root, wheels, []

    def __call__(self, requirement: str, cache: Path, python_version: str) -> Path:
        assert python_version == "3.14"
        self.asked.append(requirement)
        name = requirement.split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip()
        if name not in self.wheels:
            raise RequirementError(f"Cannot vendor {requirement!r}: no matching pure-Python wheel on PyPI.")
        version, requires = self.wheels[name]
        return make_wheel(cache, name, version, requires)


def test_marker_environment_is_pyodides() -> None:
    env = marker_environment(DIST["info"])
    assert env["sys_platform"] == "emscripten"
    assert env["python_version"] == "3.14"
    assert env["platform_machine"] == "wasm32"


def test_read_requirements_drops_comments_and_follows_includes(tmp_path: Path) -> None:
    (tmp_path / "more.txt").write_text("numpy\n")
    (tmp_path / "requirements.txt").write_text("# mine\nhumanize==4.17.0  # pinned\n\n-r more.txt\n")
    assert read_requirements(tmp_path / "requirements.txt") == ["humanize==4.17.0", "numpy"]


def test_pip_options_in_requirements_are_refused(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("--index-url https://example.invalid/\n")
    with pytest.raises(RequirementError, match="pip option"):
        read_requirements(tmp_path / "requirements.txt")


def test_distribution_packages_are_not_downloaded(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {})
    out = resolve(["numpy>=2", "streamlit"], DIST, cache=tmp_path / "cache", download=index)
    assert out.distribution == ["numpy"]
    assert out.wheels == [] and index.asked == []
    assert any("streamlit" in n for n in out.notes)


def test_pure_python_requirement_and_its_dependencies_are_vendored(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {
        "fancy": ("1.0", ["helper>=2", "numpy", "typing-extensions", "winonly; sys_platform == 'win32'", "extra-dep; extra == 'x'"]),
        "helper": ("2.1", []),
    })
    out = resolve(["fancy"], DIST, cache=tmp_path / "cache", download=index)
    assert out.vendored_names == ["fancy", "helper"]
    assert out.distribution == ["numpy", "typing-extensions"]
    assert index.asked == ["fancy", "helper>=2"]


def test_extras_bring_their_dependencies(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {"fancy": ("1.0", ["extra-dep; extra == 'x'"]), "extra-dep": ("0.1", [])})
    out = resolve(["fancy[x]"], DIST, cache=tmp_path / "cache", download=index)
    assert out.vendored_names == ["fancy", "extra-dep"]


def test_a_package_that_cannot_be_had_is_named_with_the_reason(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {"fancy": ("1.0", ["compiled-thing"])})
    with pytest.raises(RequirementError, match=r"compiled-thing.*no matching pure-Python wheel.*needed by fancy 1.0"):
        resolve(["fancy"], DIST, cache=tmp_path / "cache", download=index)


def test_micropip_fallback_leaves_it_to_run_time(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {})
    out = resolve(["compiled-thing>=1", "pkg @ https://example.invalid/pkg-1.0-py3-none-any.whl"], DIST,
                  cache=tmp_path / "cache", download=index, micropip_fallback=True)
    assert out.micropip == ["compiled-thing>=1", "pkg @ https://example.invalid/pkg-1.0-py3-none-any.whl"]


def test_invalid_requirement_says_how_to_write_it(tmp_path: Path) -> None:
    with pytest.raises(RequirementError, match="not a valid requirement"):
        resolve(["not a requirement!"], DIST, cache=tmp_path, download=FakeIndex(tmp_path, {}))


def test_imported_packages_the_distribution_lacks_are_vendored_with_their_dependencies(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {"graphviz": ("0.21", ["numpy", "tinydep"]), "tinydep": ("1.0", [])})
    out = resolve([], DIST, cache=tmp_path / "cache")
    added = vendor_imports(out, ["graphviz"], lambda m: [f"{m}==0.21", m], DIST, cache=tmp_path / "cache", download=index)
    assert added == ["graphviz==0.21"] and index.asked == ["graphviz==0.21", "tinydep"]
    assert out.vendored_names == ["graphviz", "tinydep"] and out.distribution == ["numpy"] and out.notes == []


def test_an_import_a_requirement_already_vendors_is_not_asked_again(tmp_path: Path) -> None:
    index = FakeIndex(tmp_path / "idx", {"fancy": ("1.0", [])})
    out = resolve(["fancy"], DIST, cache=tmp_path / "cache", download=index)
    assert vendor_imports(out, ["fancy"], lambda m: [m], DIST, cache=tmp_path / "cache", download=index) == []
    assert index.asked == ["fancy"] and out.vendored_names == ["fancy"]


def test_an_import_that_cannot_be_vendored_is_a_note_not_an_error(tmp_path: Path) -> None:
    """``try: import x`` is no promise the app needs x: the build goes on and says what to do."""
    index = FakeIndex(tmp_path / "idx", {"other": ("2.0", [])})
    out = resolve([], DIST, cache=tmp_path / "cache")
    added = vendor_imports(out, ["missing", "other"], lambda m: [f"{m}==9", m] if m == "missing" else [m], DIST,
                           cache=tmp_path / "cache", download=index)
    assert added == ["other"] and index.asked == ["missing==9", "missing", "other"]
    assert len(out.notes) == 1 and "'missing'" in out.notes[0] and "requirements.txt" in out.notes[0]


def test_wheel_modules_are_its_top_level_packages_and_modules(tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path, "python-thing", "1.0", module="thing")
    with zipfile.ZipFile(wheel, "a") as zf:
        zf.writestr("single.py", "")
        zf.writestr("python_thing-1.0.data/purelib/x.txt", "")
    assert wheel_modules(wheel) == {"thing", "single"}
