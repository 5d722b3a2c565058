"""Build a static site that runs one app in the browser.

Layout of the output folder::

    index.html            the page shell, with the site config inlined, and the prerendered
                          first screen as static HTML (and as ops, which the page hydrates from)
    sw.js                 the service worker (offline cache, isolation headers)
    _headers              COOP/COEP (and immutable caching) for hosts that read it
    wasmlit-manifest.json logical asset names -> hashed names
    assets/               app.js, worker.js, protocol.js, renderer/, style.css
    assets/vendor/        marked and DOMPurify ES modules (from web/node_modules)
    pyodide/              the Pyodide core, copied from web/node_modules/pyodide
    runtime/              the site's pyodide-lock.json, the wasmlit runtime wheel,
                          and the vendored requirement wheels
    app/                  every file of the app's folder

With ``hash_assets`` (``wasmlit build``'s default) the files under assets/
are named ``name.<hash>.ext`` and each wheel sits in ``runtime/<hash>/``.

Everything is self-hosted: the page never touches a CDN. The builder only
reads the repository's ``web/`` folder, so the package must be installed
from the repository (``pip install -e .``) with ``npm ci --prefix web`` done.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import zipfile
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from wasmlit.build.bytecode import BytecodeUnavailable, bytecode_wheel
from wasmlit.build.hashing import HashingError, content_hash, module_graph
from wasmlit.build.bytecode import BytecodeUnavailable, bytecode_wheel
from wasmlit.build.hashing import hash_assets as hash_assets_in
from wasmlit.build.lockfile import LockError, write_lock
from wasmlit.build.offline import ISOLATION_HEADERS, SW_PLACEHOLDER, headers_file, write_service_worker  # noqa: F401 (re-exported)
from wasmlit.build.prerender import Prerender, StaticHtml, static_html
from wasmlit.build.prerender import prerender as run_prerender
from wasmlit.build.requirements import RequirementError, Resolution, read_requirements, resolve

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
#: Subpackages that only run on the developer's machine, left out of the wheel.
HOST_ONLY_PACKAGES = frozenset({"build"})
#: Version written into the runtime wheel's metadata.
RUNTIME_VERSION = "0.1.0"
#: The Pyodide version the site runs (web/package.json pins the same).
PYODIDE_VERSION = "314.0.7"
#: Where packages that only the Pyodide distribution has come from, unless told otherwise.
DEFAULT_PACKAGE_BASE_URL = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"
#: Web sources that are not copied under assets/.
NOT_ASSETS = frozenset({"index.html", "sw.js"})


class BuildError(Exception):
    """The site cannot be built; the message says how to fix it."""


def inline_json(data: Any) -> str:
    """JSON safe inside an inline ``<script>``: every ``<`` is written ``\\u003c``."""
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c")


@dataclass(frozen=True)
class SiteConfig:
    """What the page reads from ``index.html`` (``#wasmlit-config``); keys are the contract
    with ``web/src/app.js`` and ``worker.js``."""

    entrypoint: str
    files: list[str]
    #: URL of the runtime wheel (older workers unpack it directly).
    runtime: str
    app_base: str = "app/"
    pyodide_base: str = "pyodide/"
    dev_events: str | None = None
    #: The site's own pyodide-lock.json (for ``loadPyodide({lockFileURL})``).
    lock_url: str | None = None
    #: Names to ``pyodide.loadPackage`` at boot, the runtime first.
    packages: list[str] = field(default_factory=list)
    #: Where distribution packages load from; None when the app needs none (nothing leaves the site).
    package_base_url: str | None = None
    #: Requirement strings installed with micropip at run time.
    micropip: list[str] = field(default_factory=list)
    persist_state: bool = False
    service_worker: str | None = None
    #: True when ``#wasmlit-prerender`` holds the first run's ops.
    prerender: bool = False
    #: The worker module, which index.html starts before the page's modules load.
    worker: str | None = None
    #: Every module the page loads (app.js's import graph): index.html preloads them
    #: in parallel once the first screen has painted.
    modules: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entrypoint": self.entrypoint,
            "files": self.files,
            "app_base": self.app_base,
            "pyodide_base": self.pyodide_base,
            "runtime": self.runtime,
            "dev_events": self.dev_events,
            "lock_url": self.lock_url,
            "packages": self.packages,
            "package_base_url": self.package_base_url,
            "micropip": self.micropip,
            "persist_state": self.persist_state,
            "service_worker": self.service_worker,
            "prerender": self.prerender,
            "worker": self.worker,
            "modules": self.modules,
        }

    def to_json(self) -> str:
        return inline_json(self.to_dict())


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
            if len(rel.parts) > 1 and rel.parts[0] in HOST_ONLY_PACKAGES:
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



def _package_prefix(package_base_url: str) -> str:
    """What goes before a distribution file name in the lock (which lives in ``runtime/``)."""
    url = package_base_url if package_base_url.endswith("/") else package_base_url + "/"
    if "://" in url or url.startswith("/"):
        return url
    return "../" + url  # page-relative -> relative to runtime/


def _place_wheel(src: Path, runtime_dir: Path, hashed: bool) -> Path:
    """Copy a wheel into runtime/ (under a folder named by its hash when ``hashed``)."""
    dst = runtime_dir / content_hash(src.read_bytes()) / src.name if hashed else runtime_dir / src.name
    if src != dst:
        _copy(src, dst)
    return dst


def _requirements_file(app_dir: Path, requirements: str | Path | None) -> Path | None:
    if requirements is not None:
        path = Path(requirements).resolve()
        if not path.is_file():
            raise BuildError(f"No requirements file at {path}. Fix: pass an existing file to --requirements.")
        return path
    beside = app_dir / "requirements.txt"
    return beside if beside.is_file() else None


def build_site(
    script: str | Path,
    out_dir: str | Path,
    *,
    dev_events: str | None = None,
    web_dir: Path = WEB_DIR,
    hash_assets: bool = False,
    prerender: bool = False,
    service_worker: bool = False,
    requirements: str | Path | None = None,
    package_base_url: str = DEFAULT_PACKAGE_BASE_URL,
    persist_state: bool = False,
    micropip_fallback: bool = False,
    bytecode: bool = True,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Build the site for ``script`` into ``out_dir`` and return ``out_dir``.

    ``dev_events`` is the dev server's Server-Sent Events URL; when set, the
    page listens there for changed files (``wasmlit run`` only). The other
    switches are ``wasmlit build``'s options (it turns on ``hash_assets``,
    ``prerender`` and ``service_worker``); ``log`` receives build notes, such
    as why there is no prerender. ``bytecode`` ships wasmlit precompiled for
    the site's Python (see build/bytecode.py); the dev server skips it.
    """
    say = log or (lambda message: None)
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

    dist_lock_path = modules / "pyodide" / "pyodide-lock.json"
    resolution = Resolution()
    req_file = _requirements_file(app_dir, requirements)
    if req_file is not None:
        from wasmlit.build.lockfile import cache_dir

        try:
            dist_lock = json.loads(dist_lock_path.read_text(encoding="utf-8"))
            resolution = resolve(read_requirements(req_file), dist_lock, cache=cache_dir() / "wheels",
                                 micropip_fallback=micropip_fallback)
        except RequirementError as exc:
            raise BuildError(f"{exc} (from {req_file})") from exc
        for note in resolution.notes:
            say(note)

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    src = web_dir / "src"
    for path in src.rglob("*"):
        if path.is_file() and path.relative_to(src).as_posix() not in NOT_ASSETS:
            _copy(path, out / "assets" / path.relative_to(src))
    for rel, name in VENDOR_FILES.items():
        _copy(modules / rel, out / "assets" / "vendor" / name)
    if hash_assets:
        try:
            renamed = hash_assets_in(out / "assets")
        except HashingError as exc:
            raise BuildError(str(exc)) from exc
    else:
        renamed = {p.relative_to(out / "assets").as_posix(): p.relative_to(out / "assets").as_posix()
                   for p in (out / "assets").rglob("*") if p.is_file()}
    manifest = {f"assets/{old}": f"assets/{new}" for old, new in sorted(renamed.items())}
    for name in PYODIDE_FILES:
        _copy(modules / "pyodide" / name, out / "pyodide" / name)

    runtime_dir = out / "runtime"
    built = build_runtime_wheel(runtime_dir)
    if bytecode:
        try:
            shutil.copyfile(bytecode_wheel(built, modules / "pyodide"), built)
        except BytecodeUnavailable as exc:
            say(f"wasmlit ships as source, not bytecode ({exc}): the app starts a little slower. "
                "Fix: install Node.js (it comes with npm).")
    runtime_wheel = _place_wheel(built, runtime_dir, hash_assets)
    if runtime_wheel != built:
        built.unlink()
    site_wheels = [runtime_wheel, *(_place_wheel(w, runtime_dir, hash_assets) for w in resolution.wheels)]
    lock_path = runtime_dir / "pyodide-lock.json"
    try:
        write_lock(dist_lock_path, site_wheels, runtime_dir, _package_prefix(package_base_url), lock_path)
    except LockError as exc:
        raise BuildError(str(exc)) from exc
    if hash_assets:
        lock_path = lock_path.rename(lock_path.with_name(f"pyodide-lock.{content_hash(lock_path.read_bytes())}.json"))
    for wheel in site_wheels:
        manifest[f"runtime/{wheel.name}"] = wheel.relative_to(out).as_posix()
    manifest["runtime/pyodide-lock.json"] = lock_path.relative_to(out).as_posix()
    for rel in app_files:
        _copy(app_dir / rel, out / "app" / rel)

    first_paint: Prerender | None = None
    if prerender:
        result = run_prerender(script_path, extra_paths=resolution.wheels)
        if isinstance(result, Prerender):
            first_paint = result
        else:
            say(f"No prerendered first paint: {result.reason}. The page shows the loading screen until Python starts.")

    config = SiteConfig(
        entrypoint=script_path.relative_to(app_dir).as_posix(),
        files=app_files,
        runtime=runtime_wheel.relative_to(out).as_posix(),
        dev_events=dev_events,
        lock_url=lock_path.relative_to(out).as_posix(),
        packages=["wasmlit", *resolution.distribution, *resolution.vendored_names],
        package_base_url=package_base_url if resolution.distribution else None,
        micropip=resolution.micropip,
        persist_state=persist_state,
        service_worker="sw.js" if service_worker else None,
        prerender=first_paint is not None,
        worker=manifest["assets/worker.js"],
        modules=_page_modules(out / "assets", renamed["app.js"]),
    )
    page_config = first_paint.page_config if first_paint else {}
    title = page_config.get("title") or script_path.stem.replace("_", " ").strip() or "wasmlit app"
    drawn: StaticHtml | None = None
    if first_paint is not None:
        drawn = _draw_first_screen(first_paint, out / "assets", renamed, modules, say)
    fields = {
        "{{TITLE}}": _escape_html(str(title)),
        "{{APP_JS}}": manifest["assets/app.js"],
        "{{STYLE_CSS}}": manifest["assets/style.css"],
        "{{CONFIG}}": config.to_json(),
        "{{PRERENDER}}": _prerender_tag(first_paint),
        "{{LAYOUT}}": _escape_html(str(page_config.get("layout") or "centered")),
        **_static_fields(drawn),
    }
    # The page shell's DOM lives once, in shell.html (shell.js fetches it for embedded apps);
    # it goes in first, because its own placeholders are filled by the pass below.
    template = (src / "index.html").read_text(encoding="utf-8").replace(
        "{{SHELL}}", (src / "shell.html").read_text(encoding="utf-8").strip())
    # One pass: text from the app (in the config, ops or HTML) is never read as a placeholder.
    html = re.sub(r"\{\{[A-Z_]+\}\}", lambda m: fields.get(m.group(0), m.group(0)), template)
    (out / "index.html").write_text(html, encoding="utf-8")
    (out / "wasmlit-manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (out / "_headers").write_text(headers_file(hash_assets), encoding="utf-8")
    if service_worker:
        write_service_worker(out, src / "sw.js")
    return out


def _prerender_tag(first_paint: Prerender | None) -> str:
    """The first run's ops, which prerender.js hydrates the static first screen from."""
    if first_paint is None:
        return ""
    return f'<script type="application/json" id="wasmlit-prerender">{inline_json(first_paint.ops)}</script>'


def _draw_first_screen(first_paint: Prerender, assets: Path, renamed: dict[str, str], modules: Path,
                       say: Callable[[str], None]) -> StaticHtml | None:
    """The prerender as static HTML (the site's own renderer, in Node), or None with a build note."""
    drawn = static_html(first_paint.ops, renderer=assets / renamed["renderer/index.js"],
                        protocol=assets / renamed["protocol.js"], node_modules=modules)
    if isinstance(drawn, StaticHtml):
        return drawn
    say(f"The prerendered first screen is drawn by JavaScript, not in the HTML: {drawn.reason}.")
    return None


def _static_fields(drawn: StaticHtml | None) -> dict[str, str]:
    """index.html's placeholders for the static first screen (empty without one)."""
    if drawn is None:
        return {"{{STATIC_APP_ATTRS}}": "", "{{SIDEBAR_HIDDEN}}": " hidden",
                "{{STATIC_MAIN}}": "", "{{STATIC_SIDEBAR}}": ""}
    return {
        "{{STATIC_APP_ATTRS}}": ' data-wl-prerendered="true" data-wl-static="true"',
        "{{SIDEBAR_HIDDEN}}": " hidden" if drawn.sidebar_empty else "",
        "{{STATIC_MAIN}}": drawn.main,
        "{{STATIC_SIDEBAR}}": drawn.sidebar,
    }


def _page_modules(assets: Path, app_js: str) -> list[str]:
    """Every module the page loads (site-relative), for ``<link rel="modulepreload">``."""
    return [f"assets/{rel}" for rel in module_graph(assets, app_js)]


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
