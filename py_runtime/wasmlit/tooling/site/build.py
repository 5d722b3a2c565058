"""Build a static site that runs one app in the browser.

Layout of the output folder::

    index.html            the page shell, with the site config inlined, and the prerendered
                          first screen as static HTML (and as ops, which the page hydrates from)
    sw.js                 the service worker (offline cache, isolation headers)
    _headers              COOP/COEP (and immutable caching) for hosts that read it
    wasmlit-manifest.json logical asset names -> hashed names
    assets/               app.js, worker.js, protocol.js, renderer/, style.css
    assets/vendor/        marked and DOMPurify ES modules (from web/node_modules)
    pyodide/<hash>/       the Pyodide core, copied from web/node_modules/pyodide
                          (``pyodide/`` itself in an unhashed build)
    runtime/              the site's pyodide-lock.json, the wasmlit runtime wheel,
                          and the vendored requirement wheels
    app/                  every file of the app's folder that may be published

With ``hash_assets`` (``wasmlit build``'s default) the files under assets/
are named ``name.<hash>.ext`` and each wheel sits in ``runtime/<hash>/``.
Everything is self-hosted: the page never touches a CDN.

``build_site`` runs the phases in order; each lives in its own module:
requirements (requirements.py, and imports.py for what the app imports;
distribution.py with ``self_contained``), the custom theme (theme.py) → assets (web.py) → runtime and
lock (wheel.py) → app files (app_files.py) → prerender → index.html
(page.py) → offline files (offline.py).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from wasmlit.engine.options import read_config_options
from wasmlit.engine.pages import folder_pages
from wasmlit.tooling.site.app_files import list_app_files
from wasmlit.tooling.site.config import DEFAULT_PACKAGE_BASE_URL, SiteConfig
from wasmlit.tooling.site.distribution import fetch_packages
from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.imports import app_imports, dependency_closure, distribution_packages, pypi_candidates
from wasmlit.tooling.site.lockfile import cache_dir
from wasmlit.tooling.site.offline import headers_file, write_service_worker
from wasmlit.tooling.site.page import draw_first_screen, page_modules, render_index
from wasmlit.tooling.site.prerender import Prerender
from wasmlit.tooling.site.prerender import prerender as run_prerender
from wasmlit.tooling.site.requirements import RequirementError, Resolution, read_requirements, resolve, vendor_imports
from wasmlit.tooling.site.streamlit_config import config_options, read_config_toml
from wasmlit.tooling.site.theme import custom_theme
from wasmlit.tooling.site.web import WEB_DIR, check_web_dir, copy_file, write_assets, write_pyodide
from wasmlit.tooling.site.wheel import build_runtime_wheel, read_lock, write_runtime

__all__ = ["BuildError", "DEFAULT_PACKAGE_BASE_URL", "WEB_DIR", "build_runtime_wheel", "build_site",
           "check_web_dir", "list_app_files"]


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
    allow_secrets: bool = False,
    dev_tools: bool = False,
    test_channel: bool = False,
    self_contained: bool = False,
    dist_lock: Path | None = None,
    snapshot: bool = False,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Build the site for ``script`` into ``out_dir`` and return ``out_dir``.

    ``dev_events`` is the dev server's Server-Sent Events URL; when set, the
    page listens there for changed files (``wasmlit run`` only). The other
    switches are ``wasmlit build``'s options (it turns on ``hash_assets``,
    ``prerender`` and ``service_worker``); ``log`` receives build notes, such
    as why there is no prerender. ``bytecode`` ships wasmlit precompiled for
    the site's Python (see bytecode.py); the dev server skips it. ``dev_tools``
    adds "Download this session as a test" to the main menu (``wasmlit run``,
    ``--dev-tools``) and ``test_channel`` the session-state channel of the
    Playwright helpers (the pytest plugin); a normal site has neither.
    ``self_contained`` copies the Pyodide-distribution packages the app needs
    into the site (distribution.py); ``dist_lock`` replaces the distribution's
    lock (``web/node_modules/pyodide/pyodide-lock.json``), for tests. ``snapshot``
    lets the browser make a Pyodide memory snapshot after a first visit and
    boot return visits from it (``wasmlit build --snapshot``; snapshot_key).
    """
    say = log or (lambda message: None)
    script_path = Path(script).resolve()
    if not script_path.is_file():
        raise BuildError(f"No app script at {script_path}. Fix: pass the path of your app, e.g. `wasmlit build app.py -o site/`.")
    modules = check_web_dir(web_dir)
    out = Path(out_dir).resolve()
    app_dir = script_path.parent
    app_files = _app_files(app_dir, out, allow_secrets, say)
    lock_path = dist_lock or modules / "pyodide" / "pyodide-lock.json"
    resolution = _resolve_requirements(app_dir, requirements, lock_path, micropip_fallback, say)
    _add_imported_packages(resolution, app_dir, script_path.relative_to(app_dir).as_posix(), app_files, lock_path, say)
    local_dist = _fetch_distribution(resolution, lock_path, package_base_url, say) if self_contained else {}
    config_toml = read_config_toml(app_dir)
    theme = custom_theme(config_toml, app_dir, say)

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with_dev_tools = dev_tools or test_channel
    # The dev server (dev_events) serves the sources as written, for debugging.
    renamed = write_assets(out, web_dir, modules, hashed=hash_assets, dev_tools=with_dev_tools, strip=dev_events is None)
    manifest = {f"assets/{old}": f"assets/{new}" for old, new in sorted(renamed.items())}
    pyodide_base = write_pyodide(out, modules, hashed=hash_assets)
    manifest["pyodide/"] = pyodide_base
    runtime = write_runtime(out, resolution, pyodide_dir=modules / "pyodide", hashed=hash_assets, bytecode=bytecode,
                            package_base_url=package_base_url, say=say, dist_lock=lock_path, local_dist=local_dist,
                            dev_tools=with_dev_tools)
    for wheel in runtime.wheels:
        manifest[f"runtime/{wheel.name}"] = wheel.relative_to(out).as_posix()
    manifest["runtime/pyodide-lock.json"] = runtime.lock.relative_to(out).as_posix()
    if runtime.lazy is not None:
        manifest[f"runtime/{runtime.lazy.name}"] = runtime.lazy.relative_to(out).as_posix()
    for rel in app_files:
        copy_file(app_dir / rel, out / "app" / rel)

    first_paint = _first_paint(script_path, resolution, say) if prerender else None
    pages = _page_paths(script_path, first_paint, resolution, say)
    config = SiteConfig(
        entrypoint=script_path.relative_to(app_dir).as_posix(),
        files=app_files,
        runtime=runtime.runtime_wheel.relative_to(out).as_posix(),
        runtime_lazy=runtime.lazy.relative_to(out).as_posix() if runtime.lazy else None,
        pyodide_base=pyodide_base,
        dev_events=dev_events,
        lock_url=runtime.lock.relative_to(out).as_posix(),
        packages=["wasmlit", *resolution.distribution, *resolution.vendored_names],
        package_base_url=package_base_url if resolution.distribution and not self_contained else None,
        micropip=resolution.micropip,
        persist_state=persist_state,
        service_worker="sw.js" if service_worker else None,
        prerender=first_paint is not None,
        worker=manifest["assets/worker.js"],
        modules=page_modules(out / "assets", renamed["app.js"]),
        theme=theme,
        dev_tools={"module": manifest["assets/dev_tools.js"], "menu": dev_tools, "test_channel": with_dev_tools}
        if with_dev_tools else None,
        client_options=read_config_options(config_options(config_toml)),
        pages=pages,
        snapshot=snapshot_key(out, ["wasmlit", *resolution.distribution, *resolution.vendored_names],
                              [*runtime.wheels, runtime.lock, *([runtime.lazy] if runtime.lazy else [])])
        if snapshot else None,
    )

    def write_entry(where: Path, paint: Prerender | None, depth: int) -> None:
        page_config = paint.page_config if paint else {}
        title = (page_config.get("title") or _page_title(paint) or script_path.stem.replace("_", " ").strip()
                 or "wasmlit app")
        drawn = draw_first_screen(paint, out / "assets", renamed, modules, say) if paint is not None else None
        html = render_index(web_dir / "src" / "index.html", title=str(title), config=config, manifest=manifest,
                            first_paint=paint, drawn=drawn, layout=str(page_config.get("layout") or "centered"),
                            sidebar_state=str(page_config.get("sidebar_state") or "auto"), depth=depth, strip=dev_events is None)
        where.mkdir(parents=True, exist_ok=True)
        (where / "index.html").write_text(html, encoding="utf-8")

    write_entry(out, first_paint, 0)
    # Each page of a multipage app answers its own URL on a plain static host,
    # prerendered with that page's first screen.
    for url_path in pages:
        paint = _first_paint(script_path, resolution, say, page=url_path) if prerender else None
        write_entry(out / url_path, paint, 1)
    (out / "wasmlit-manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (out / "_headers").write_text(headers_file(hash_assets), encoding="utf-8")
    if service_worker:
        # Libraries loaded on first use (charts) are cached when a page loads them, not on every first
        # visit. The fonts are not among them: the first screen uses them, before the worker controls it.
        vendor = out / "assets" / "vendor"
        lazy = {p.relative_to(out).as_posix() for p in vendor.rglob("*") if p.is_file() and "fonts" not in p.parts}
        if runtime.lazy is not None:  # like the libraries: cached when a page first needs it
            lazy.add(runtime.lazy.relative_to(out).as_posix())
        write_service_worker(out, web_dir / "src" / "sw.js", skip=lazy - set(config.modules))
    return out


def snapshot_key(out: Path, packages: list[str], runtime_files: list[Path]) -> str:
    """What a memory snapshot depends on, hashed: Pyodide's files (its build), the runtime
    wheels and the lock, the packages, and the app's files (a snapshot holds none of the app,
    but a new app version gets a new snapshot all the same: never a stale one)."""
    digest = hashlib.sha256(json.dumps(packages).encode())
    files = sorted((out / "pyodide").rglob("*")) + runtime_files + sorted((out / "app").rglob("*"))
    for path in (p for p in files if p.is_file()):
        digest.update(path.relative_to(out).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def _app_files(app_dir: Path, out: Path, allow_secrets: bool, say: Callable[[str], None]) -> list[str]:
    files = list_app_files(app_dir, allow_secrets=allow_secrets, say=say)
    if out == app_dir or app_dir in out.parents:
        # Building inside the app folder would copy the site into its own app/.
        files = [f for f in files if not (app_dir / f).resolve().is_relative_to(out)]
    return files


def _requirements_file(app_dir: Path, requirements: str | Path | None) -> Path | None:
    if requirements is not None:
        path = Path(requirements).resolve()
        if not path.is_file():
            raise BuildError(f"No requirements file at {path}. Fix: pass an existing file to --requirements.")
        return path
    beside = app_dir / "requirements.txt"
    return beside if beside.is_file() else None


def _resolve_requirements(app_dir: Path, requirements: str | Path | None, dist_lock: Path,
                          micropip_fallback: bool, say: Callable[[str], None]) -> Resolution:
    req_file = _requirements_file(app_dir, requirements)
    if req_file is None:
        return Resolution()
    try:
        resolution = resolve(read_requirements(req_file), read_lock(dist_lock), cache=cache_dir() / "wheels",
                             micropip_fallback=micropip_fallback)
    except RequirementError as exc:
        raise BuildError(f"{exc} (from {req_file})") from exc
    for note in resolution.notes:
        say(note)
    return resolution


def _add_imported_packages(resolution: Resolution, app_dir: Path, entrypoint: str, app_files: list[str], dist_lock: Path,
                           say: Callable[[str], None]) -> None:
    """Packages the app imports join what its requirements named (imports.py): from the
    distribution when it has them, else vendored from PyPI (``import graphviz``)."""
    lock = read_lock(dist_lock)
    vendored = set(resolution.vendored_names)
    modules = app_imports(app_dir, app_files, entrypoint)
    found = [n for n in distribution_packages(modules, lock) if n not in resolution.distribution and n not in vendored]
    if found:
        resolution.distribution.extend(found)
        say(f"The app imports {', '.join(found)}: loaded from the Pyodide distribution (no requirements file needed).")
    in_lock = {m for entry in lock.get("packages", {}).values() for m in entry.get("imports") or []}
    elsewhere = sorted(modules - in_lock)
    if not elsewhere:
        return
    notes = len(resolution.notes)
    added = vendor_imports(resolution, elsewhere, pypi_candidates, lock, cache=cache_dir() / "wheels")
    if added:
        say(f"The app imports {', '.join(added)}: vendored from PyPI (name them in requirements.txt to pin other versions).")
    for note in resolution.notes[notes:]:
        say(note)


def _fetch_distribution(resolution: Resolution, dist_lock: Path, package_base_url: str,
                        say: Callable[[str], None]) -> dict[str, Path]:
    lock = read_lock(dist_lock)
    names = dependency_closure(resolution.distribution, lock)
    return fetch_packages(names, lock, package_base_url, say=say)


def _first_paint(script_path: Path, resolution: Resolution, say: Callable[[str], None],
                 page: str = "") -> Prerender | None:
    result = run_prerender(script_path, extra_paths=resolution.wheels, page=page)
    if isinstance(result, Prerender):
        return result
    where = f" of page /{page}" if page else ""
    say(f"No prerendered first paint{where}: {result.reason}. The page shows the loading screen until Python starts.")
    return None


#: Names a page's URL path may not take: they are the site's own files.
_RESERVED = frozenset({"assets", "runtime", "app", "pyodide", "index.html", "sw.js", "_headers", "wasmlit-manifest.json"})


def _page_paths(script_path: Path, first_paint: Prerender | None, resolution: Resolution,
                say: Callable[[str], None]) -> list[str]:
    """The URL paths of the app's other pages: from its first run (``st.navigation``
    pages are known only by running it), else from its ``pages/`` folder."""
    paint = first_paint
    if paint is None:
        probe = run_prerender(script_path, extra_paths=resolution.wheels)
        paint = probe if isinstance(probe, Prerender) else None
    if paint is not None and paint.navigation is not None:
        # An external page is a link to another site: it has no page here.
        paths = [str(p["url_path"]) for p in paint.navigation["pages"] if not p.get("external_url")]
    else:
        paths = [p.url_path for p in folder_pages(str(script_path))]
    out: list[str] = []
    for path in paths:
        if not path:
            continue
        if path in _RESERVED or path.startswith(".") or "/" in path or "\\" in path:
            say(f"The page URL path {path!r} is one of the site's own names: it works in the app, but has no "
                "entry of its own (opening /" + path + " directly shows the default page). Fix: give the page another url_path.")
            continue
        out.append(path)
    return out


def _page_title(paint: Prerender | None) -> str | None:
    """The title of the page a first run showed (multipage apps)."""
    if paint is None or paint.navigation is None:
        return None
    current = paint.navigation.get("current")
    return next((str(p["title"]) for p in paint.navigation["pages"] if p["key"] == current), None)
