"""Requirements: vendored pure-Python wheels, distribution packages, micropip.

Each requirement (and, recursively, each dependency a vendored wheel
declares for Pyodide's platform) ends up in exactly one place:

1. **The Pyodide distribution** when its lock has the name (numpy, pandas,
   ...): loaded at run time from the package base URL, through the site's lock.
2. **Vendored** otherwise: ``pip download`` fetches a pure-Python wheel from
   PyPI at build time (``py3-none-any`` for Python 3.14), and the site serves it.
3. **micropip** at run time only for URL requirements, or with
   ``micropip_fallback`` for what could not be vendored.

A requirement that can be had none of these ways is a ``RequirementError``
naming the package and why (offline, no pure-Python wheel, no such version).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import HeaderParser
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

#: Names wasmlit itself provides inside the page; listing them is harmless.
PROVIDED = frozenset({"streamlit", "wasmlit"})
_NETWORK_ERRORS = ("NewConnectionError", "Temporary failure in name resolution", "Name or service not known",
                   "Network is unreachable", "Connection refused", "ConnectTimeoutError", "Max retries exceeded",
                   "ProxyError", "No route to host")


class RequirementError(Exception):
    """A requirement cannot be had at build time; the message names it and says why."""


@dataclass
class Resolution:
    """Where each requirement comes from."""

    #: Pure-Python wheels downloaded at build time, to copy into the site.
    wheels: list[Path] = field(default_factory=list)
    #: Canonical names that the Pyodide distribution provides.
    distribution: list[str] = field(default_factory=list)
    #: Requirement strings left to micropip at run time.
    micropip: list[str] = field(default_factory=list)
    #: Notes for the build output (skipped names, fallbacks).
    notes: list[str] = field(default_factory=list)

    @property
    def vendored_names(self) -> list[str]:
        return [canonicalize_name(parse_wheel_filename(w.name)[0]) for w in self.wheels]


def marker_environment(lock_info: dict[str, Any]) -> dict[str, str]:
    """The PEP 508 marker values of the Pyodide runtime that ``lock_info`` describes."""
    python = lock_info.get("python", "3.14.0")
    major, minor = python.split(".")[:2]
    platform = lock_info.get("platform", "emscripten_0_0_0")
    sys_platform, _, release = platform.partition("_")
    return {
        "implementation_name": "cpython", "implementation_version": python, "os_name": "posix",
        "platform_machine": lock_info.get("arch", "wasm32"), "platform_release": release.replace("_", "."),
        "platform_system": "Emscripten", "platform_version": "#1", "python_full_version": python,
        "platform_python_implementation": "CPython", "python_version": f"{major}.{minor}",
        "sys_platform": sys_platform, "extra": "",
    }


def read_requirements(path: Path) -> list[str]:
    """Requirement lines of a requirements file (comments, blanks and pip options dropped; ``-r`` followed)."""
    result: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        if line.startswith(("-r ", "--requirement ")):
            result.extend(read_requirements(path.parent / line.split(None, 1)[1].strip()))
            continue
        if line.startswith("-"):
            raise RequirementError(
                f"{path}: {line!r} is a pip option; wasmlit reads only requirement lines "
                "(name, version specifiers, markers, or `name @ URL`). Fix: remove the line."
            )
        result.append(line)
    return result


def _wheel_metadata(wheel: Path) -> Any:
    with zipfile.ZipFile(wheel) as zf:
        name = next((n for n in zf.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
        if name is None:
            raise RequirementError(f"{wheel.name} has no METADATA; it is not a usable wheel.")
        return HeaderParser().parsestr(zf.read(name).decode("utf-8", "replace"))


def wheel_dependencies(wheel: Path, extras: set[str], env: dict[str, str]) -> list[Requirement]:
    """The wheel's Requires-Dist entries that apply on Pyodide (with ``extras`` selected)."""
    deps = []
    for line in _wheel_metadata(wheel).get_all("Requires-Dist") or []:
        req = Requirement(line)
        if req.marker is None or any(req.marker.evaluate({**env, "extra": e}) for e in ({""} | extras)):
            deps.append(_strip_marker(req))  # decided here; the queue must not judge it again without extras
    return deps


def _why(stderr: str) -> str:
    if any(s in stderr for s in _NETWORK_ERRORS):
        return "PyPI could not be reached (offline?)"
    if "from versions: none" in stderr:
        return ("PyPI has no pure-Python wheel (py3-none-any) of it for Python 3.14; it may need compiling, "
                "and compiled packages can only come from the Pyodide distribution")
    if "No matching distribution" in stderr or "Could not find a version" in stderr:
        lines = [ln.strip() for ln in stderr.splitlines() if "ERROR" in ln]
        return "no matching pure-Python wheel on PyPI" + (f" ({lines[0]})" if lines else "")
    tail = stderr.strip().splitlines()[-3:]
    return "pip download failed: " + " / ".join(tail)


def pip_download(requirement: str, cache: Path, python_version: str) -> Path:
    """Download one pure-Python wheel (no dependencies) into ``cache`` and return its path."""
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wasmlit-pip-") as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--platform", "any",
               "--implementation", "py", "--python-version", python_version, "--disable-pip-version-check",
               "--no-input", "-d", tmp, requirement]
        res = subprocess.run(cmd, capture_output=True, text=True)
        wheels = sorted(Path(tmp).glob("*.whl"))
        if res.returncode != 0 or not wheels:
            raise RequirementError(f"Cannot vendor {requirement!r}: {_why(res.stderr)}.")
        target = cache / wheels[0].name
        shutil.copyfile(wheels[0], target)
        return target


def resolve(requirements: list[str], dist_lock: dict[str, Any], *, cache: Path, micropip_fallback: bool = False,
            download: Callable[[str, Path, str], Path] | None = None) -> Resolution:
    """Decide where each requirement and each vendored wheel's dependency comes from."""
    download = download or pip_download
    info = dist_lock.get("info", {})
    env = marker_environment(info)
    python_version = env["python_version"]
    dist = {canonicalize_name(k): v for k, v in dist_lock.get("packages", {}).items()}
    out = Resolution()
    vendored: dict[str, tuple[Version, Path]] = {}
    queue: deque[tuple[Requirement, str]] = deque()
    for line in requirements:
        try:
            queue.append((Requirement(line), "your requirements"))
        except InvalidRequirement as exc:
            raise RequirementError(f"{line!r} is not a valid requirement: {exc}. Fix: write it as `name`, `name==1.2` or `name @ URL`.") from exc

    while queue:
        req, origin = queue.popleft()
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        name = canonicalize_name(req.name)
        if name in PROVIDED:
            if origin == "your requirements":
                out.notes.append(f"{req.name}: provided by wasmlit itself, not vendored.")
            continue
        if req.url:
            if str(req) not in out.micropip:
                out.micropip.append(str(req))
            continue
        if name in dist and (not req.specifier or req.specifier.contains(dist[name]["version"], prereleases=True)):
            if name not in out.distribution:
                out.distribution.append(name)
            continue
        if name in vendored:
            version, _ = vendored[name]
            if req.specifier and not req.specifier.contains(version, prereleases=True):
                raise RequirementError(f"{req} (needed by {origin}) conflicts with {name} {version} already vendored. Fix: pin a version that satisfies both.")
            continue
        try:
            wheel = download(str(_strip_marker(req)), cache, python_version)
        except RequirementError as exc:
            if micropip_fallback:
                out.micropip.append(str(_strip_marker(req)))
                out.notes.append(f"{exc} Left to micropip at run time.")
                continue
            hint = f" (needed by {origin})" if origin != "your requirements" else ""
            raise RequirementError(f"{exc}{hint}") from exc
        _, version, _, _ = parse_wheel_filename(wheel.name)
        vendored[name] = (version, wheel)
        out.wheels.append(wheel)
        for dep in wheel_dependencies(wheel, set(req.extras), env):
            queue.append((dep, f"{name} {version}"))
    return out


def wheel_modules(wheel: Path) -> set[str]:
    """The top-level modules a wheel installs (its packages and single-file modules)."""
    with zipfile.ZipFile(wheel) as zf:
        tops = {n.split("/")[0] for n in zf.namelist()}
    return {t[:-3] if t.endswith(".py") else t for t in tops
            if not t.endswith((".dist-info", ".data", ".pth")) and (t.endswith(".py") or "." not in t)}


def vendor_imports(resolution: Resolution, modules: list[str], candidates: Callable[[str], list[str]],
                   dist_lock: dict[str, Any], *, cache: Path,
                   download: Callable[[str, Path, str], Path] | None = None) -> list[str]:
    """Vendor PyPI packages for ``modules`` the app imports that neither the distribution nor
    its requirements provide, into ``resolution``; returns the requirements vendored.

    An import is no promise that the app needs the package (``try: import x``), so one
    that cannot be had is a note in ``resolution.notes``, never an error."""
    vendored: list[str] = []
    provided = set().union(*(wheel_modules(w) for w in resolution.wheels))
    for module in (m for m in modules if m not in provided):
        reasons: list[str] = []
        for requirement in candidates(module):
            try:
                found = resolve([requirement], dist_lock, cache=cache, download=download)
            except RequirementError as exc:
                reasons.append(str(exc))
                continue
            have = set(resolution.vendored_names)
            resolution.wheels += [w for w, n in zip(found.wheels, found.vendored_names, strict=True) if n not in have]
            resolution.distribution += [n for n in found.distribution if n not in resolution.distribution]
            provided |= set().union(*(wheel_modules(w) for w in found.wheels))
            vendored.append(requirement)
            break
        else:
            why = f" ({reasons[-1]})" if reasons else " (several installed distributions provide it)"
            resolution.notes.append(
                f"The app imports {module!r}, which is neither in the Pyodide distribution nor a pure-Python "
                f"package wasmlit could vendor{why}. If the app needs it, name its package in requirements.txt.")
    return vendored


def _strip_marker(req: Requirement) -> Requirement:
    copy = Requirement(str(req))
    copy.marker = None
    return copy


__all__ = ["Resolution", "RequirementError", "marker_environment", "read_requirements", "resolve", "vendor_imports",
           "wheel_modules"]
