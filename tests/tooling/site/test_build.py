"""`wasmlit build`'s output: hashed names that resolve, the lock, prerender, headers, sw.js."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from wasmlit.tooling.cli import main
from wasmlit.tooling.site import prerender as prerender_module
from wasmlit.tooling.site import requirements as requirements_module
from wasmlit.tooling.site.build import BuildError, build_site
from wasmlit.tooling.site.hashing import module_graph, module_imports
from wasmlit.tooling.site.web import LAZY_ASSET_PREFIXES

from .wheels import make_wheel

APP = "import streamlit as st\nst.set_page_config(page_title='Greeter', layout='wide')\nst.title('Hello </script> world')\nst.button('Go')\n"


def config_of(site: Path) -> dict:
    html = (site / "index.html").read_text()
    return json.loads(re.search(r'id="wasmlit-config">(.*?)</script>', html, re.S).group(1))


def prerender_of(site: Path) -> list | None:
    m = re.search(r'id="wasmlit-prerender">(.*?)</script>', (site / "index.html").read_text(), re.S)
    return json.loads(m.group(1)) if m else None


@pytest.fixture
def app(tmp_path: Path) -> Path:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text(APP)
    (script.parent / "data.csv").write_text("a,b\n1,2\n")
    return script


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("built")
    (root / "app").mkdir()
    (root / "app" / "app.py").write_text(APP)
    assert main(["build", str(root / "app" / "app.py"), "-o", str(root / "site")]) == 0
    return root / "site"


def test_every_asset_reference_resolves(built: Path) -> None:
    html = (built / "index.html").read_text()
    refs = re.findall(r'(?:src|href)="(assets/[^"]+)"', html)
    assert refs and all(re.search(r"\.[0-9a-f]{10}\.(m?js|css|woff2)$", r) for r in refs)
    assert all((built / r).is_file() for r in refs)
    modules = [*(built / "assets").rglob("*.js"), *(built / "assets").rglob("*.mjs")]
    assert any(p.name.startswith("chunk-") for p in modules)  # mermaid's, which import each other
    for path in modules:
        rel = path.relative_to(built / "assets").as_posix()
        for target in module_imports(rel, path.read_text()):
            assert (built / "assets" / target).is_file(), f"{rel} imports missing {target}"


def test_manifest_maps_plain_names(built: Path) -> None:
    manifest = json.loads((built / "wasmlit-manifest.json").read_text())
    for name in ("assets/app.js", "assets/worker.js", "assets/style.css", "runtime/pyodide-lock.json"):
        assert (built / manifest[name]).is_file()


def test_config_points_at_the_lock_which_lists_the_runtime(built: Path) -> None:
    config = config_of(built)
    assert config["packages"] == ["wasmlit"]
    assert config["micropip"] == [] and config["service_worker"] == "sw.js"
    assert config["package_base_url"] is None  # no distribution package needed: nothing leaves the site
    lock = json.loads((built / config["lock_url"]).read_text())
    runtime = lock["packages"]["wasmlit"]
    assert (built / "runtime" / runtime["file_name"]).is_file()
    assert (built / config["runtime"]) == (built / "runtime" / runtime["file_name"])
    assert lock["packages"]["micropip"]["file_name"].startswith("https://cdn.jsdelivr.net/pyodide/v314.0.7/full/")


def test_runtime_wheel_leaves_out_build_tools(built: Path) -> None:
    wheel = next((built / "runtime").glob("*/wasmlit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "wasmlit/engine/session.pyc" in names  # precompiled (build/bytecode.py)
    assert not [n for n in names if n.startswith("wasmlit/build/") or n.endswith(("site_builder.pyc", "cli.pyc"))]


def test_prerender_holds_the_first_run_and_page_config(built: Path) -> None:
    assert config_of(built)["prerender"] is True
    ops = prerender_of(built)
    types = [op["node"]["type"] for op in ops if op["op"] == "add"]
    assert types == ["heading", "button"]
    assert ops[0]["node"]["props"]["body"] == "Hello </script> world"  # escaped in the HTML, intact here
    html = (built / "index.html").read_text()
    assert "<title>Greeter</title>" in html and 'data-layout="wide"' in html


def body_of(site: Path) -> str:
    html = (site / "index.html").read_text()
    return html[html.index("<body>"):]


def test_first_screen_is_static_html_in_the_body(built: Path) -> None:
    """The renderer's own DOM for the prerender, in the HTML: it paints with no JavaScript."""
    body = body_of(built)
    assert 'data-wl-static="true"' in body and 'data-wl-prerendered="true"' in body
    main = re.search(r'data-testid="stMainBlockContainer">.*?</section>', body, re.S).group(0)
    assert 'data-testid="stHeading"' in main and re.search(r"<h1[^>]*><span[^>]*>Hello &lt;/script&gt; world</span>", main)
    assert "<script" not in main  # app text is escaped, never markup
    # The button (clicks are noted and replayed at hydration) and its node id.
    button_ops = [op for op in prerender_of(built) if op["node"]["type"] == "button"]
    assert f'data-wl-id="{button_ops[0]["node"]["id"]}"' in main
    assert re.search(r'data-wl-pending="true"[^>]*>.*?<button type="button" class="wl-button"', main, re.S)
    assert " hidden" in sidebar_tag(body)  # no sidebar content


def sidebar_tag(body: str) -> str:
    """The static shell's ``<section data-testid="stSidebar" ...>`` tag."""
    return re.search(r'<section[^>]*data-testid="stSidebar"[^>]*>', body).group(0)


def test_static_form_controls_wait_for_hydration(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.text_input('Name')\nst.number_input('Age')\nst.checkbox('Agree')\n"
                      "st.sidebar.write('Side')\n")
    site = build_site(script, tmp_path / "site", prerender=True)
    body = body_of(site)
    # Text typed into a text input is carried over at hydration (index.html notes it), so it stays writable.
    text = re.search(r'<input[^>]*aria-label="Name"[^>]*>', body).group(0)
    assert "readonly" not in text and "disabled" not in text
    assert "readonly" in re.search(r'<input[^>]*aria-label="Age"[^>]*>', body).group(0)
    assert re.search(r'<input[^>]*type="checkbox"[^>]*disabled', body)
    assert " hidden" not in sidebar_tag(body) and "Side" in body  # the sidebar shows its content


def test_without_node_the_prerender_is_drawn_by_javascript(app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prerender_module.shutil, "which", lambda name: None)
    notes: list[str] = []
    site = build_site(app, tmp_path / "site", prerender=True, log=notes.append)
    assert prerender_of(site) and "data-wl-static" not in body_of(site)
    assert any("Node.js is not installed" in n for n in notes)


def test_page_preloads_its_whole_module_graph(built: Path) -> None:
    html = (built / "index.html").read_text()
    modules = config_of(built)["modules"]
    app_js = re.search(r'import\(new URL\("(assets/[^"]+)"', html).group(1)  # loaded once Pyodide is up (index.html startPage)
    assert modules[0] == app_js
    assert modules == [f"assets/{rel}" for rel in module_graph(built / "assets", app_js.removeprefix("assets/"))]
    assert all((built / m).is_file() for m in modules)
    assert any(m.startswith("assets/vendor/marked.") for m in modules)
    assert not any(m.startswith("assets/worker.") for m in modules)  # loads in the worker, not the page
    assert 'link.rel = "modulepreload"' in html


def test_worker_is_started_by_the_page_before_its_modules(built: Path) -> None:
    html = (built / "index.html").read_text()
    config = config_of(built)
    assert (built / config["worker"]).is_file() and config["worker"].startswith("assets/worker.")
    early = html.index("new Worker(")
    assert early < html.index('rel="stylesheet"')
    assert '<script type="module"' not in html  # app.js waits for Pyodide (startPage)


def test_headers_and_service_worker(built: Path) -> None:
    headers = (built / "_headers").read_text()
    assert "Cross-Origin-Embedder-Policy: credentialless" in headers
    assert "Cross-Origin-Opener-Policy: same-origin" in headers
    sw = (built / "sw.js").read_text()
    config = json.loads(re.search(r"const CONFIG = (\{.*?\}) \|\|", sw).group(1))
    files = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()} - {"sw.js", "_headers"}
    # Every file but the libraries loaded on first use (charts), which are cached when fetched.
    charts = {f for f in files if f.startswith("assets/vendor/") and f not in config_of(built)["modules"]
              and not f.startswith("assets/vendor/fonts/")}
    assert any(f.startswith("assets/vendor/vega.min.") for f in charts)
    # Libraries a page loads only when it uses them (KaTeX, the icon font, mermaid,
    # the emoji table) are kept by the worker once used, not precached.
    lazy = {f for f in files if f.startswith(LAZY_ASSET_PREFIXES)}
    assert lazy and any(f.startswith("assets/vendor/katex/") for f in lazy)
    # The fonts the first screen shows are precached.
    assert any(f.startswith("assets/vendor/fonts/") for f in config["files"])
    # The runtime's second part is fetched on first use too (host/lazy_runtime.py).
    runtime_lazy = {config_of(built)["runtime_lazy"]}
    assert set(config["files"]) == files - lazy - charts - runtime_lazy
    # What this visit already loaded of those, the worker keeps at install from the HTTP cache.
    assert set(config["on_first_use"]) == charts | runtime_lazy | lazy


def test_file_protocol_message_is_in_the_page(built: Path) -> None:
    html = (built / "index.html").read_text()
    assert 'location.protocol === "file:"' in html and "python3 -m http.server" in html


def test_script_that_fails_at_build_time_falls_back_to_loading_screen(app: Path, tmp_path: Path) -> None:
    app.write_text("import js\nimport streamlit as st\nst.write(js.document.title)\n")
    notes: list[str] = []
    site = build_site(app, tmp_path / "site", prerender=True, log=notes.append)
    assert config_of(site)["prerender"] is False and prerender_of(site) is None
    assert any("browser-only module" in n and "loading screen" in n for n in notes)


def test_slow_script_is_not_prerendered(app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wasmlit.tooling.site import prerender

    monkeypatch.setattr(prerender, "TIMEOUT_S", 1.0)
    monkeypatch.setattr(prerender.prerender, "__defaults__", (), raising=False)
    app.write_text("import time\nimport streamlit as st\nst.write('x')\ntime.sleep(30)\n")
    result = prerender.prerender(app, timeout=1.0)
    assert isinstance(result, prerender.Skipped) and "longer than 1 s" in result.reason


def test_requirements_beside_the_app_are_vendored_and_locked(app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_download(requirement: str, cache: Path, python_version: str) -> Path:
        return make_wheel(cache, "tinylib", "0.3", ["numpy"])

    monkeypatch.setattr(requirements_module, "pip_download", fake_download)
    (app.parent / "requirements.txt").write_text("tinylib\nstreamlit\n")
    app.write_text("import streamlit as st\nimport tinylib\nst.write(tinylib.VERSION)\n")
    site = build_site(app, tmp_path / "site", hash_assets=True, prerender=True, package_base_url="pyodide-packages/")
    config = config_of(site)
    assert config["packages"] == ["wasmlit", "numpy", "tinylib"]
    assert config["package_base_url"] == "pyodide-packages/"
    lock = json.loads((site / config["lock_url"]).read_text())
    assert (site / "runtime" / lock["packages"]["tinylib"]["file_name"]).is_file()
    assert lock["packages"]["numpy"]["file_name"].startswith("../pyodide-packages/")  # relative to runtime/
    assert [op["node"]["props"]["body"] for op in prerender_of(site)] == ["0.3"]  # the vendored wheel ran at build time


def test_imported_packages_the_distribution_lacks_are_vendored_without_a_requirements_file(
        app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``import graphviz`` works as it does under Streamlit, where the package is simply installed."""
    asked: list[str] = []

    def fake_download(requirement: str, cache: Path, python_version: str) -> Path:
        asked.append(requirement)
        if requirement.startswith("tinyviz"):
            return make_wheel(cache, "tinyviz", "0.21", ["numpy"])
        raise requirements_module.RequirementError(f"Cannot vendor {requirement!r}: no matching pure-Python wheel on PyPI.")

    monkeypatch.setattr(requirements_module, "pip_download", fake_download)
    app.write_text("import streamlit as st\nimport tinyviz\ntry:\n    import optional_thing\nexcept ImportError:\n"
                   "    pass\nst.write(tinyviz.VERSION)\n")
    notes: list[str] = []
    site = build_site(app, tmp_path / "site", hash_assets=True, prerender=True, log=notes.append)
    config = config_of(site)
    assert config["packages"] == ["wasmlit", "numpy", "tinyviz"] and asked == ["optional_thing", "tinyviz"]
    lock = json.loads((site / config["lock_url"]).read_text())
    assert (site / "runtime" / lock["packages"]["tinyviz"]["file_name"]).is_file()
    assert [op["node"]["props"]["body"] for op in prerender_of(site)] == ["0.21"]
    assert any("'optional_thing'" in n and "requirements.txt" in n for n in notes)  # a note, not an error


def test_unavailable_requirement_is_a_build_error_naming_it(app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_download(requirement: str, cache: Path, python_version: str) -> Path:
        raise requirements_module.RequirementError(f"Cannot vendor {requirement!r}: PyPI could not be reached (offline?).")

    monkeypatch.setattr(requirements_module, "pip_download", fake_download)
    (tmp_path / "reqs.txt").write_text("somepkg==1.0\n")
    with pytest.raises(BuildError, match=r"somepkg==1.0.*offline"):
        build_site(app, tmp_path / "site", requirements=tmp_path / "reqs.txt")


def test_dev_server_caches_only_hashed_names(built: Path) -> None:
    """Hashed names never change (the worker's early fetch of the wheel is reused); the rest is revalidated."""
    from urllib.error import HTTPError
    from urllib.request import urlopen

    from wasmlit.tooling.dev_server import SiteServer

    config = config_of(built)
    with SiteServer(built) as server:
        def cache_control(rel: str) -> str | None:
            try:
                with urlopen(server.url + rel) as res:
                    return res.headers["Cache-Control"]
            except HTTPError as err:
                return f"{err.code} {err.headers['Cache-Control']}"

        assert cache_control(config["runtime"]) == "public, max-age=31536000, immutable"
        assert cache_control(config["worker"]) == "public, max-age=31536000, immutable"
        assert cache_control("index.html") == "no-cache"
        assert cache_control(config["pyodide_base"] + "pyodide.mjs") == "public, max-age=31536000, immutable"
        assert cache_control("assets/missing.0123456789.js") == "404 no-cache"


def test_cli_sites_make_memory_snapshots_unless_told_not_to(built: Path, tmp_path: Path) -> None:
    """Return visits boot from the browser's own snapshot by default (issue 15); --no-snapshot turns it off."""
    assert re.fullmatch(r"[0-9a-f]{24}", config_of(built)["snapshot"])
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text(APP)
    assert main(["build", str(app), "-o", str(tmp_path / "site"), "--no-snapshot", "--no-prerender"]) == 0
    assert config_of(tmp_path / "site")["snapshot"] is None


def test_pyodide_folder_is_named_by_its_files_hash(built: Path, tmp_path: Path) -> None:
    """Pyodide sits in ``pyodide/<hash>/``: the service worker serves a hashed name from its cache
    without asking the network (return visits), so a new Pyodide must get a new name."""
    from wasmlit.protocol import HASHED_NAME
    from wasmlit.tooling.site.web import PYODIDE_FILES, write_pyodide

    base = config_of(built)["pyodide_base"]
    assert re.fullmatch(r"pyodide/[0-9a-f]{10}/", base)
    assert json.loads((built / "wasmlit-manifest.json").read_text())["pyodide/"] == base
    assert sorted(p.name for p in (built / base).iterdir()) == sorted(PYODIDE_FILES)
    assert all(HASHED_NAME.search(f"/{base}{name}") for name in PYODIDE_FILES)
    assert "/pyodide/*\n  Cache-Control: public, max-age=31536000, immutable" in (built / "_headers").read_text()

    modules = tmp_path / "node_modules"
    for name in PYODIDE_FILES:
        (modules / "pyodide").mkdir(parents=True, exist_ok=True)
        (modules / "pyodide" / name).write_bytes(name.encode())
    first = write_pyodide(tmp_path / "a", modules, hashed=True)
    (modules / "pyodide" / "pyodide.asm.wasm").write_bytes(b"another build")
    assert write_pyodide(tmp_path / "b", modules, hashed=True) != first
    assert write_pyodide(tmp_path / "c", modules, hashed=False) == "pyodide/"  # the dev server's builds


def test_runtime_wheel_leaves_out_the_playwright_helpers(built: Path) -> None:
    """wasmlit.testing.playwright needs Playwright, which the browser never has."""
    names = zipfile.ZipFile(next((built / "runtime").glob("*/wasmlit-*.whl"))).namelist()
    names += zipfile.ZipFile(next((built / "runtime").glob("*/wasmlit-lazy.zip"))).namelist()  # AppTest is there
    assert "wasmlit/testing/app_test.pyc" in names
    assert not [n for n in names if n.startswith(("wasmlit/testing/playwright", "wasmlit/tooling/"))]


def test_a_normal_site_has_no_dev_tools(built: Path) -> None:
    """No test channel, no recorder: neither the page's module, nor the config that loads it,
    nor the worker's recorder."""
    assert config_of(built)["dev_tools"] is None
    assert not list((built / "assets").glob("dev_tools*.js"))
    names = zipfile.ZipFile(next((built / "runtime").glob("*/wasmlit-*.whl"))).namelist()
    assert "wasmlit/host/bridge.pyc" in names
    assert not [n for n in names if n.startswith(("wasmlit/host/recorder", "wasmlit/host/apptest_writer"))]


def test_dev_tools_build_has_the_module_and_says_what_it_adds(app: Path, tmp_path: Path) -> None:
    assert main(["build", str(app), "-o", str(tmp_path / "site"), "--dev-tools", "--no-prerender"]) == 0
    dev = config_of(tmp_path / "site")["dev_tools"]
    assert dev["menu"] is True and dev["test_channel"] is True
    assert re.fullmatch(r"assets/dev_tools\.[0-9a-f]{10}\.js", dev["module"])
    assert (tmp_path / "site" / dev["module"]).is_file()
    # Loaded only on demand: never preloaded with the page's modules.
    assert dev["module"] not in config_of(tmp_path / "site")["modules"]
    names = zipfile.ZipFile(next((tmp_path / "site" / "runtime").glob("*/wasmlit-*.whl"))).namelist()
    assert {"wasmlit/host/recorder.pyc", "wasmlit/host/apptest_writer.pyc", "wasmlit/host/playwright_writer.pyc"} <= set(names)


def test_test_channel_only_build_has_no_menu_item(app: Path, tmp_path: Path) -> None:
    build_site(app, tmp_path / "site", test_channel=True)
    assert config_of(tmp_path / "site")["dev_tools"] == {"module": "assets/dev_tools.js", "menu": False, "test_channel": True}


def test_the_page_ships_its_own_code_without_comments(built: Path) -> None:
    # The sources explain themselves at length; a visitor downloads none of it (strip_comments.py).
    html = (built / "index.html").read_text()
    assert "Runs while the page is parsed" in (Path(__file__).parents[3] / "web" / "src" / "index.html").read_text()
    assert "Runs while the page is parsed" not in html and "early.registerServiceWorker" in html
    app_js = next((built / "assets").glob("app.*.js")).read_text()
    assert "/**" not in app_js and "\n  " not in app_js
    vendor = next((built / "assets" / "vendor").glob("marked.esm.*.js")).read_text()
    assert "/**" in vendor  # the libraries are shipped as published
