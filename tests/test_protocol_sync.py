"""protocol.py and its JS twin web/src/protocol.js must name the same things."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from wasmlit import protocol
from wasmlit.events import EVENT_TYPES

JS = (Path(__file__).resolve().parent.parent / "web" / "src" / "protocol.js").read_text()


def _js_frozen(name: str) -> list[str]:
    """The string values of ``export const NAME = Object.freeze(...)``."""
    match = re.search(rf"export const {name} = Object\.freeze\((.*?)\);", JS, re.S)
    assert match, f"protocol.js has no frozen export {name}"
    body = match.group(1)
    if body.lstrip().startswith("{"):
        return re.findall(r':\s*"([^"]+)"', body)
    return re.findall(r'"([^"]+)"', body)


def test_page_to_worker_messages_match() -> None:
    assert sorted(_js_frozen("PAGE_TO_WORKER")) == sorted(protocol.PAGE_TO_WORKER)


def test_worker_to_page_messages_match() -> None:
    assert sorted(_js_frozen("WORKER_TO_PAGE")) == sorted(protocol.WORKER_TO_PAGE)


def test_node_types_match() -> None:
    assert sorted(_js_frozen("BLOCK_TYPES")) == sorted(protocol.BLOCK_TYPES)
    assert sorted(_js_frozen("ELEMENT_TYPES")) == sorted(protocol.ELEMENT_TYPES)


def test_wire_values_and_events_match() -> None:
    assert sorted(_js_frozen("WIRE_VALUES")) == sorted(protocol.WIRE_VALUES)
    assert sorted(_js_frozen("EVENTS")) == sorted(EVENT_TYPES)
    assert sorted(_js_frozen("OPS")) == ["add", "remove", "update"]


def test_run_statuses_match() -> None:
    assert sorted(_js_frozen("RUN_STATUS")) == sorted(typing.get_args(protocol.RunStatus))


def test_roots_and_version_match() -> None:
    assert f'export const MAIN_ROOT = "{protocol.MAIN_ROOT}"' in JS
    assert f'export const SIDEBAR_ROOT = "{protocol.SIDEBAR_ROOT}"' in JS
    assert f"export const PROTOCOL_VERSION = {protocol.PROTOCOL_VERSION};" in JS
