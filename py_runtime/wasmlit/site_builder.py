"""Build a static site that runs one app in the browser.

Layout of the output folder::

    index.html            the page shell, with the site config inlined
    assets/               app.js, worker.js, protocol.js, renderer/, style.css
    assets/vendor/        marked and DOMPurify ES modules (from web/node_modules)
    pyodide/              the Pyodide core, copied from web/node_modules/pyodide
    runtime/              the wasmlit package as a pure-Python wheel
    app/                  every file of the app's folder

Everything is self-hosted: the page never touches a CDN. The builder only
reads the repository's ``web/`` folder, so the package must be installed
from the repository (``pip install -e .``) with ``npm ci --prefix web`` done.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent
WEB_DIR = REPO_DIR / "web"

#: Pyodide files the page needs; the rest of the npm package is Node-only.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
#: ES module builds of the page's libraries: node_modules path -> assets/vendor name.
VENDOR_FILES = {
    "marked/lib/marked.esm.js": "marked.esm.js",
    "dompurify/dist/purify.es.mjs": "purify.es.mjs",
}
#: Modules that only make sense on the developer's machine, left out of the wheel.
HOST_ONLY_MODULES = frozenset({"cli.py", "dev_server.py", "site_builder.py"})
#: Names skipped when copying the app folder.
SKIPPED_NAMES = frozenset({"__pycache__", ".git", ".hg", ".svn", "node_modules", ".venv", ".DS_Store"})
#: Version written into the runtime wheel's metadata.
RUNTIME_VERSION = "0.1.0"


class BuildError(Exception):
    """The site cannot be built; the message says how to fix it."""


@dataclass(frozen=True)
class SiteConfig:
    """What the page reads from ``index.html`` (``#wasmlit-config``)."""

    entrypoint: str
    files: list[str]
    runtime: str
    app_base: str = "app/"
    pyodide_base: str = "pyodide/"
    dev_events: str | None = None

    def to_json(self) -> str:
        data = {
            "entrypoint": self.entrypoint,
            "files": self.files,
            "app_base": self.app_base,
            "pyodide_base": self.pyodide_base,
            "runtime": self.runtime,
            "dev_events": self.dev_events,
        }
        # "</" would end the inline <script>; escape it.
        return json.dumps(data).replace("</", "<\\/")


def check_web_dir(web_dir: Path = WEB_DIR) -> Path:
    """Return ``web/node_modules``, or raise a BuildError saying what to run."""
    modules = web_dir / "node_modules"
    if not (web_dir / "src" / "index.html").is_file():
        raise BuildError(
            f"wasmlit's web sources were not found at {web_dir / 'src'}. "
            "Fix: install wasmlit from its repository with `pip install -e .`."
        )
    missing = [p for p in ["pyodide/pyodide.mjs", *VENDOR_FILES] if not (modules / p).is_file()]
    if missing:
        raise BuildError(
            f"The page's JavaScript dependencies are missing ({', '.join(missing)} not in {modules}). "
            f"Fix: run `npm ci --prefix {web_dir}`."
        )
    return modules


def list_app_files(app_dir: Path) -> list[str]:
    """Every file in the app's folder (posix paths, sorted), minus caches and VCS dirs."""
    files = []
    for path in sorted(app_dir.rglob("*")):
        rel = path.relative_to(app_dir)
        if any(part in SKIPPED_NAMES or part.startswith(".") for part in rel.parts):
            continue
        if path.is_file():
            files.append(rel.as_posix())
    return files


def build_runtime_wheel(out_dir: Path, package_dir: Path = PACKAGE_DIR) -> Path:
    """Zip the wasmlit package into a pure-Python wheel Pyodide can unpack."""
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
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        records.append(f"{arcname},sha256={digest},{len(data)}")

    with zipfile.ZipFile(wheel_path, "w") as zf:
        for path in sorted(package_dir.rglob("*")):
            rel = path.relative_to(package_dir)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
                continue
            if len(rel.parts) == 1 and rel.name in HOST_ONLY_MODULES:
                continue
            add(zf, f"wasmlit/{rel.as_posix()}", path.read_bytes())
        add(zf, f"{dist_info}/METADATA", f"Metadata-Version: 2.1\nName: wasmlit\nVersion: {RUNTIME_VERSION}\n".encode())
        add(zf, f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: wasmlit\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        records.append(f"{dist_info}/RECORD,,")
        info = zipfile.ZipInfo(f"{dist_info}/RECORD", date_time=(2020, 1, 1, 0, 0, 0))
        zf.writestr(info, "\n".join(records) + "\n")
    return wheel_path


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def build_site(script: str | Path, out_dir: str | Path, *, dev_events: str | None = None, web_dir: Path = WEB_DIR) -> Path:
    """Build the site for ``script`` into ``out_dir`` and return ``out_dir``.

    ``dev_events`` is the dev server's Server-Sent Events URL; when set, the
    page listens there for changed files (``wasmlit run`` only).
    """
    script_path = Path(script).resolve()
    if not script_path.is_file():
        raise BuildError(f"No app script at {script_path}. Fix: pass the path of your app, e.g. `wasmlit build app.py -o site/`.")
    modules = check_web_dir(web_dir)
    out = Path(out_dir).resolve()
    app_dir = script_path.parent
    if out == app_dir or app_dir in out.parents:
        # Building inside the app folder would copy the site into its own app/.
        app_files = [f for f in list_app_files(app_dir) if not (app_dir / f).resolve().is_relative_to(out)]
    else:
        app_files = list_app_files(app_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    src = web_dir / "src"
    for path in src.rglob("*"):
        if path.is_file() and path.name != "index.html":
            _copy(path, out / "assets" / path.relative_to(src))
    for rel, name in VENDOR_FILES.items():
        _copy(modules / rel, out / "assets" / "vendor" / name)
    for name in PYODIDE_FILES:
        _copy(modules / "pyodide" / name, out / "pyodide" / name)
    wheel = build_runtime_wheel(out / "runtime")
    for rel in app_files:
        _copy(app_dir / rel, out / "app" / rel)

    config = SiteConfig(
        entrypoint=script_path.relative_to(app_dir).as_posix(),
        files=app_files,
        runtime=f"runtime/{wheel.name}",
        dev_events=dev_events,
    )
    title = script_path.stem.replace("_", " ").strip() or "wasmlit app"
    html = (src / "index.html").read_text(encoding="utf-8")
    html = html.replace("{{TITLE}}", _escape_html(title)).replace("{{ASSETS}}", "assets/").replace("{{CONFIG}}", config.to_json())
    (out / "index.html").write_text(html, encoding="utf-8")
    return out


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
