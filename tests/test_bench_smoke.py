"""The benchmark is not a test (CI must not run it): only check that it imports and renders."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def test_bench_imports_and_renders_a_report(tmp_path: Path) -> None:
    from bench import apps, report, run

    assert "st.header" in apps.elements_app(1000)
    assert run.pct([1.0, 2.0, 3.0], 0.5) == 2.0
    fake = {
        "date": "2026-01-01 00:00 UTC", "machine": {"cpu": "x", "cores": 2, "memory": "1 GiB", "os": "linux", "python": "3"},
        "versions": {}, "settings": {"runs": 1, "clicks": 1}, "compression": "gzip -9 only",
        "wasmlit_clicks": {"e1000": {"click_to_dom_ms": run.summary([5.0]), "mutations": 3, "content_mutations": 1,
                                     "added": 1, "removed": 1, "posted_bytes": 300, "posted_messages": 4}},
    }
    report.write_reports(fake, tmp_path)
    text = (tmp_path / "RESULTS.md").read_text()
    assert "| elements |" in text and "≤ 5" in text


def test_the_report_counts_the_fonts_of_a_cold_load() -> None:
    from bench import report

    app = {"raw": 2_000_000, "files": {"assets/vendor/fonts/a.woff2": {"raw": 16_000}, "assets/vendor/fonts/b.woff2": {"raw": 15_000},
                                       "assets/app.js": {"raw": 5_000}}}
    row = report.font_bytes_row(app)
    assert "in 2 files" in row["value"] and row["met"] is True
    heavy = {"raw": 2_000_000, "files": {f"assets/vendor/fonts/{i}.woff2": {"raw": 20_000} for i in range(4)}}
    assert report.font_bytes_row(heavy)["met"] is False
