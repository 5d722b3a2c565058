"""What makes a built site work offline and isolated on any static host.

``_headers`` carries the cross-origin isolation headers (and long caching for
hashed names) for hosts that read it; ``sw.js`` (from ``web/src/sw.js``) is
filled with every file of the site and a version that changes with them, so
the service worker can precache the site on the first visit (but the
libraries a page loads on first use: it caches those when they are fetched).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from pathlib import Path

from wasmlit.protocol import HASHED_NAME_PATTERN, ISOLATION_HEADERS
from wasmlit.tooling.site.lockfile import file_sha256
from wasmlit.tooling.site.web import LAZY_ASSET_PREFIXES


def headers_file(immutable_assets: bool) -> str:
    """``_headers`` (Netlify / Cloudflare Pages syntax): isolation everywhere, long caching for hashed names."""
    lines = ["/*", *(f"  {k}: {v}" for k, v in ISOLATION_HEADERS.items())]
    if immutable_assets:
        for folder in ("assets", "runtime", "pyodide"):
            lines += [f"/{folder}/*", "  Cache-Control: public, max-age=31536000, immutable"]
    return "\n".join(lines) + "\n"


#: The marker in web/src/sw.js that the build replaces with the site's file list
#: and the rules the service worker applies (it is a classic script: it cannot
#: import protocol.js, whose name is hashed).
SW_PLACEHOLDER = "/*@wasmlit-sw-config*/null"


def write_service_worker(out: Path, template: Path, skip: Collection[str] = ()) -> Path:
    """Write ``sw.js`` with every file of the site to precache (but ``skip``:
    libraries a page loads only when it needs them, which the service worker
    caches when they are first fetched, as it does the ``LAZY_ASSET_PREFIXES``) and a version that changes with them."""
    entries = []
    first_use_assets = []
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if not path.is_file() or rel in ("sw.js", "_headers"):
            continue
        if rel.startswith(LAZY_ASSET_PREFIXES):
            first_use_assets.append(rel)
        else:
            entries.append((rel, file_sha256(path)))
    version = hashlib.sha256(json.dumps(entries).encode()).hexdigest()[:12]
    files = [rel for rel, _ in entries if rel not in skip]
    text = template.read_text(encoding="utf-8")
    if SW_PLACEHOLDER not in text:
        raise ValueError(f"{template} lacks the {SW_PLACEHOLDER} marker the build fills in.")
    # Files loaded on first use that this visit may have loaded already: install keeps those from the HTTP cache.
    on_first_use = sorted({rel for rel, _ in entries if rel in skip} | set(first_use_assets))
    config = {"version": version, "files": files, "on_first_use": on_first_use,
              "isolation_headers": ISOLATION_HEADERS,
              "hashed_name_pattern": HASHED_NAME_PATTERN}
    text = text.replace(SW_PLACEHOLDER, json.dumps(config))
    (out / "sw.js").write_text(text, encoding="utf-8")
    return out / "sw.js"
