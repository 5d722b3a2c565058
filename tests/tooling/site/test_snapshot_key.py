"""`wasmlit build`'s memory snapshot: the site config's snapshot key, on unless --no-snapshot, new whenever a dependency changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wasmlit.tooling.cli import main
from wasmlit.tooling.site.build import snapshot_key

from .test_build import config_of

APP = "import streamlit as st\nst.button('Go')\n"


@pytest.fixture
def app(tmp_path: Path) -> Path:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text(APP)
    return script


def build(app: Path, out: Path, *flags: str) -> dict:
    assert main(["build", str(app), "-o", str(out), "--no-prerender", "--no-service-worker", *flags]) == 0
    return config_of(out)


def test_snapshots_are_on_unless_turned_off(app: Path, tmp_path: Path) -> None:
    assert build(app, tmp_path / "site", "--no-snapshot")["snapshot"] is None
    key = build(app, tmp_path / "site")["snapshot"]
    assert isinstance(key, str) and len(key) == 24
    assert build(app, tmp_path / "site", "--snapshot")["snapshot"] == key


def test_same_inputs_give_the_same_key_and_a_changed_app_a_new_one(app: Path, tmp_path: Path) -> None:
    first = build(app, tmp_path / "a", "--snapshot")["snapshot"]
    assert build(app, tmp_path / "b", "--snapshot")["snapshot"] == first
    app.write_text(APP + "st.write('two')\n")
    assert build(app, tmp_path / "c", "--snapshot")["snapshot"] != first


def test_key_covers_pyodide_the_runtime_wheel_the_lock_and_the_packages(app: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    pyodide = site / build(app, site, "--snapshot")["pyodide_base"]
    wheel = next((site / "runtime").rglob("wasmlit-*.whl"))
    lock = next((site / "runtime").glob("pyodide-lock*.json"))
    base = snapshot_key(site, ["wasmlit"], [wheel, lock])
    assert snapshot_key(site, ["wasmlit", "numpy"], [wheel, lock]) != base

    for changed in (wheel, lock, pyodide / "pyodide.asm.mjs"):
        saved = tmp_path / "saved"
        shutil.copyfile(changed, saved)
        changed.write_bytes(changed.read_bytes() + b"\n")
        assert snapshot_key(site, ["wasmlit"], [wheel, lock]) != base, changed.name
        shutil.copyfile(saved, changed)
    assert snapshot_key(site, ["wasmlit"], [wheel, lock]) == base
