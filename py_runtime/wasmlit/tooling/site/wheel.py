"""The wasmlit runtime as a wheel for the site, and the site's own lock.

The runtime wheel is built from an **allow-list** of the package's parts:
what runs in the browser. Developer tooling (``tooling/``) never ships.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name

import wasmlit
from wasmlit.tooling.site.bytecode import BytecodeUnavailable, bytecode_wheel
from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.hashing import content_hash, record_line
from wasmlit.tooling.site.lockfile import LockError, write_lock
from wasmlit.tooling.site.requirements import Resolution
from wasmlit.tooling.site.runtime_split import LAZY_NAME, boot_modules, split_wheel
from wasmlit.tooling.site.web import copy_file

#: The wasmlit package folder.
PACKAGE_DIR = Path(wasmlit.__file__).resolve().parent
#: What the browser runs: these subpackages and top-level files of wasmlit.
RUNTIME_PACKAGES = ("engine", "api", "elements", "widgets", "host", "testing")
RUNTIME_FILES = ("__init__.py", "protocol.py", "errors.py", "py.typed")
#: Files inside those subpackages that are developer tooling all the same: the
#: Playwright helpers need Playwright, which only a test machine has.
NOT_RUNTIME = frozenset({"testing/playwright.py"})
#: The worker's side of the dev tools: only sites built with them hold it.
DEV_TOOLS_FILES = frozenset({"host/recorder.py", "host/apptest_writer.py", "host/playwright_writer.py"})
#: Version written into the runtime wheel's metadata: the package's own.
RUNTIME_VERSION = wasmlit.__version__


def runtime_files(package_dir: Path = PACKAGE_DIR, *, dev_tools: bool = False) -> list[Path]:
    """The files of the runtime wheel, from the allow-list (``dev_tools`` adds the session recorder)."""
    left_out = NOT_RUNTIME if dev_tools else NOT_RUNTIME | DEV_TOOLS_FILES
    files = [package_dir / name for name in RUNTIME_FILES if (package_dir / name).is_file()]
    for sub in RUNTIME_PACKAGES:
        files += [p for p in sorted((package_dir / sub).rglob("*.py"))
                  if "__pycache__" not in p.parts and p.relative_to(package_dir).as_posix() not in left_out]
    return files


def build_runtime_wheel(out_dir: Path, package_dir: Path = PACKAGE_DIR, *, dev_tools: bool = False) -> Path:
    """Zip the runtime part of wasmlit into a pure-Python wheel Pyodide can unpack."""
    name = f"wasmlit-{RUNTIME_VERSION}-py3-none-any.whl"
    dist_info = f"wasmlit-{RUNTIME_VERSION}.dist-info"
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel_path = out_dir / name
    records: list[str] = []

    def add(zf: zipfile.ZipFile, arcname: str, data: bytes) -> None:
        # Fixed timestamps keep the wheel byte-identical across builds.
        info = zipfile.ZipInfo(arcname, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, data)
        records.append(record_line(arcname, data))

    with zipfile.ZipFile(wheel_path, "w") as zf:
        for path in runtime_files(package_dir, dev_tools=dev_tools):
            add(zf, f"wasmlit/{path.relative_to(package_dir).as_posix()}", path.read_bytes())
        add(zf, f"{dist_info}/METADATA", f"Metadata-Version: 2.1\nName: wasmlit\nVersion: {RUNTIME_VERSION}\n".encode())
        add(zf, f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: wasmlit\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        records.append(f"{dist_info}/RECORD,,")
        info = zipfile.ZipInfo(f"{dist_info}/RECORD", date_time=(2020, 1, 1, 0, 0, 0))
        zf.writestr(info, "\n".join(records) + "\n")
    return wheel_path


def place_wheel(src: Path, runtime_dir: Path, hashed: bool) -> Path:
    """Copy a wheel into runtime/ (under a folder named by its hash when ``hashed``)."""
    dst = runtime_dir / content_hash(src.read_bytes()) / src.name if hashed else runtime_dir / src.name
    if src != dst:
        copy_file(src, dst)
    return dst


def package_prefix(package_base_url: str) -> str:
    """What goes before a distribution file name in the lock (which lives in ``runtime/``)."""
    url = package_base_url if package_base_url.endswith("/") else package_base_url + "/"
    if "://" in url or url.startswith("/"):
        return url
    return "../" + url  # page-relative -> relative to runtime/


@dataclass(frozen=True)
class RuntimeFiles:
    """What ``write_runtime`` put in ``runtime/``."""

    runtime_wheel: Path
    wheels: list[Path]
    lock: Path
    #: The runtime's modules a plain app never imports (runtime_split.py), or None when there are none.
    lazy: Path | None = None


def write_runtime(out: Path, resolution: Resolution, *, pyodide_dir: Path, hashed: bool, bytecode: bool,
                  package_base_url: str, say: Callable[[str], None], dist_lock: Path | None = None,
                  local_dist: dict[str, Path] | None = None, dev_tools: bool = False) -> RuntimeFiles:
    """The runtime wheel (as bytecode when it can), the vendored wheels, and the site's lock.
    ``local_dist`` (``--self-contained``): distribution packages the site serves itself,
    ``{name: downloaded file}``; the lock names the site's copies."""
    runtime_dir = out / "runtime"
    built = build_runtime_wheel(runtime_dir, dev_tools=dev_tools)
    # Measured on the sources (before bytecode), cached by them; the dev tools' recorder runs
    # from the first run on, so it stays in the wheel.
    keep = boot_modules(built) | {f"wasmlit.{f.removesuffix('.py').replace('/', '.')}" for f in DEV_TOOLS_FILES}
    if bytecode:
        try:
            copy_file(bytecode_wheel(built, pyodide_dir), built)
        except BytecodeUnavailable as exc:
            say(f"wasmlit ships as source, not bytecode ({exc}): the app starts a little slower. "
                "Fix: install Node.js (it comes with npm).")
    lazy_built = runtime_dir / LAZY_NAME
    lazy = place_wheel(lazy_built, runtime_dir, hashed) if split_wheel(built, keep, lazy_built) else None
    if lazy is not None and lazy != lazy_built:
        lazy_built.unlink()
    runtime_wheel = place_wheel(built, runtime_dir, hashed)
    if runtime_wheel != built:
        built.unlink()
    wheels = [runtime_wheel, *(place_wheel(w, runtime_dir, hashed) for w in resolution.wheels)]
    lock = runtime_dir / "pyodide-lock.json"
    try:
        write_lock(dist_lock or pyodide_dir / "pyodide-lock.json", wheels, runtime_dir,
                   package_prefix(package_base_url), lock)
    except LockError as exc:
        raise BuildError(str(exc)) from exc
    if local_dist:
        served = {name: place_wheel(path, runtime_dir, hashed) for name, path in local_dist.items()}
        spec = json.loads(lock.read_text(encoding="utf-8"))
        for name, entry in spec["packages"].items():
            if canonicalize_name(name) in served:
                entry["file_name"] = served[canonicalize_name(name)].relative_to(runtime_dir).as_posix()
        lock.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
        wheels += list(served.values())
    if hashed:
        lock = lock.rename(lock.with_name(f"pyodide-lock.{content_hash(lock.read_bytes())}.json"))
    return RuntimeFiles(runtime_wheel, wheels, lock, lazy)


def read_dist_lock(pyodide_dir: Path) -> dict:
    return read_lock(pyodide_dir / "pyodide-lock.json")


def read_lock(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
