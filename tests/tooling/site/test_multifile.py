"""examples/multifile: a module beside the script and a CSV opened by relative path."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.testing import AppTest
from wasmlit.tooling.site.build import build_site

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "multifile"


def test_app_imports_its_module_and_reads_its_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLE)  # the browser runs the app in its own folder, as this does
    at = AppTest.from_file(str(EXAMPLE / "app.py")).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["Read 5 sales from data.csv", "Total apple: 7"]
    at.selectbox[0].select("cherry").run()
    assert at.markdown[1].value == "Total cherry: 10"


def test_every_file_of_the_folder_is_in_the_site(tmp_path: Path) -> None:
    site = build_site(EXAMPLE / "app.py", tmp_path / "site")
    assert sorted(p.name for p in (site / "app").iterdir()) == ["app.py", "data.csv", "helpers.py"]
