"""Every app in examples/ builds, boots in Chromium and finishes its first run."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import EXAMPLES

NAMES = sorted(p.stem for p in EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("name", NAMES)
def test_example_boots(open_app, name: str) -> None:
    page = open_app(name)
    expect(page.get_by_test_id("wlWorkerError")).to_be_hidden()
    expect(page.get_by_test_id("stMain").get_by_test_id("stVerticalBlock").first).not_to_be_empty()
