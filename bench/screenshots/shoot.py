"""Side-by-side screenshots of ``gallery.py`` on real Streamlit and on wasmlit (the README's).

    python bench/screenshots/shoot.py

Starts Streamlit in the benchmark's venv (``bench/streamlit_server.py``; Streamlit 1.67 from
PyPI on first use), builds the same app with wasmlit and serves it with wasmlit's own
server, then takes both pages in Debian's Chromium at 1280 x 1400, light scheme, and
writes ``streamlit.png`` and ``wasmlit.png`` beside this file (8-bit palette PNGs).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from bench.streamlit_server import StreamlitServer, ensure_venv  # noqa: E402

from wasmlit.tooling.dev_server import SiteServer  # noqa: E402
from wasmlit.tooling.site.build import build_site  # noqa: E402

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 1400}


def shoot(browser, url: str, out: Path, scheme: str = "light") -> None:
    page = browser.new_page(viewport=VIEWPORT, color_scheme=scheme)
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=180_000)
    for testid in ("stFileUploaderDropzone", "stSliderThumbValue", "stMetricValue", "stCheckbox", "stCode"):
        page.get_by_test_id(testid).first.wait_for(timeout=60_000)  # Streamlit loads some widgets lazily
    page.wait_for_function("document.fonts.status === 'loaded'")
    page.mouse.move(0, VIEWPORT["height"] - 1)  # no hover effects
    page.wait_for_timeout(1500)
    page.screenshot(path=str(out))
    page.close()
    try:  # small files for the repository: a 256-colour palette
        from PIL import Image
        Image.open(out).convert("RGB").quantize(256).save(out, optimize=True)
    except ImportError:
        pass


def main() -> None:
    ensure_venv()
    script = HERE / "gallery.py"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        site = build_site(script, Path(tmp) / "gallery", hash_assets=True, prerender=True)
        with SiteServer(Path(tmp)) as srv:
            shoot(browser, f"{srv.url}gallery/", HERE / "wasmlit.png")
        with StreamlitServer(script, log_path=Path(tmp) / "streamlit.log") as st:
            shoot(browser, st.url, HERE / "streamlit.png")
        browser.close()
        print(f"wrote {HERE / 'streamlit.png'} and {HERE / 'wasmlit.png'} ({site})")


if __name__ == "__main__":
    main()
