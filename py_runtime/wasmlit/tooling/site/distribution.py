"""``wasmlit build --self-contained``: the Pyodide-distribution packages an
app needs (numpy, pandas and what they depend on), downloaded at build time
from the package base URL and served by the site itself.

Each file is checked against the sha256 the distribution's lock gives it,
and kept in ``~/.cache/wasmlit/distribution/`` so a rebuild downloads
nothing. The site's lock then names the site's copies (wheel.py), the
service worker precaches them, and the app runs with the network off.
"""

from __future__ import annotations

import hashlib
import shutil
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.lockfile import cache_dir

#: One download may take this long (a large wheel on a slow link).
TIMEOUT_S = 120


def _url(base: str, file_name: str) -> str:
    return file_name if "://" in file_name else base.rstrip("/") + "/" + file_name


def default_cache() -> Path:
    return cache_dir() / "distribution"


def fetch_packages(names: list[str], dist_lock: dict[str, Any], base_url: str, cache: Path | None = None,
                   say: Callable[[str], None] = lambda message: None) -> dict[str, Path]:
    """Download (or take from ``cache``) the file of each package in ``names``;
    return ``{canonical name: local path}``. A file that cannot be had, or
    whose sha256 differs from the lock's, fails the build with the reason."""
    if "://" not in base_url:
        raise BuildError(
            f"--self-contained downloads the Pyodide packages from --package-base-url, which must be an http(s) URL "
            f"(got {base_url!r}). Fix: leave the default, or pass the URL of a Pyodide distribution.")
    packages = {canonicalize_name(k): v for k, v in dist_lock.get("packages", {}).items()}
    cache = cache or default_cache()
    out: dict[str, Path] = {}
    total = 0
    for name in names:
        entry = packages[canonicalize_name(name)]
        file_name = str(entry["file_name"]).rsplit("/", 1)[-1]
        sha256 = str(entry.get("sha256") or "")
        target = cache / sha256 / file_name
        if not (target.is_file() and _sha256(target) == sha256):
            _download(_url(base_url, str(entry["file_name"])), target, sha256, name)
        out[canonicalize_name(name)] = target
        total += target.stat().st_size
    if out:
        say(f"--self-contained: {len(out)} Pyodide package(s) served by the site ({', '.join(out)}), "
            f"{total / 1_048_576:.1f} MiB.")
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _download(url: str, target: Path, sha256: str, name: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response, partial.open("wb") as f:
            shutil.copyfileobj(response, f)
    except (urllib.error.URLError, OSError) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise BuildError(
            f"--self-contained could not download {name} from {url}: {reason}. Fix: check the network and "
            "--package-base-url, or build without --self-contained (the page then loads it at run time).") from exc
    got = _sha256(partial)
    if sha256 and got != sha256:
        partial.unlink(missing_ok=True)
        raise BuildError(
            f"--self-contained refused {name}: the file at {url} has sha256 {got}, but the Pyodide lock says "
            f"{sha256}. Fix: point --package-base-url at the distribution of this Pyodide version.")
    partial.replace(target)
