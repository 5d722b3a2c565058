"""web/src passes TypeScript's checker (checkJs: the JSDoc types), page and workers alike."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[2] / "web"
TSC = WEB / "node_modules" / ".bin" / "tsc"
#: The page's modules (DOM), and worker.js, worker_boot.js and sw.js (the worker globals): two programs, one lib each.
PROJECTS = ["jsconfig.json", "jsconfig.worker.json"]


@pytest.mark.parametrize("project", PROJECTS)
def test_web_sources_typecheck(project: str) -> None:
    if not TSC.is_file():
        pytest.fail(f"TypeScript is not installed in {WEB / 'node_modules'}. Fix: run `npm ci --prefix {WEB}`.")
    res = subprocess.run([str(TSC), "-p", str(WEB / project), "--pretty", "false"], cwd=WEB,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, f"tsc -p {project} found problems:\n{res.stdout}{res.stderr}"
