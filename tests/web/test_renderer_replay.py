"""The renderer never silently drops content: thousands of random sequences of
runs (elements and nested blocks inserted, removed, moved and re-typed) go
through the engine's real delta ops (``PageMirror``) into the real renderer in
jsdom, and after every run the DOM, read back from its test ids alone, must
equal the run's tree. An op that fails makes the renderer redraw the page
from the nodes it was sent, and say so."""

from __future__ import annotations

import json
import random
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wasmlit.engine.deltas import PageMirror
from wasmlit.engine.tree import Node
from wasmlit.protocol import MAIN_ROOT
from wasmlit.tooling.site.web import WEB_DIR

from .node_eval import built_assets

HERE = Path(__file__).resolve().parent
NODE_MODULES = WEB_DIR / "node_modules"
WORDS = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
LEAVES = ("markdown", "text", "code", "alert", "button")
BLOCKS = ("vertical_block", "horizontal_block", "expander", "tabs", "form")


@dataclass
class Spec:
    """One node of a generated run: its type, its text, its children (blocks)."""

    type: str
    text: str
    children: list[Spec] = field(default_factory=list)


def _random_node(rnd: random.Random, depth: int) -> Spec:
    """A leaf, or (above the depth limit) a block of up to three random nodes."""
    if depth >= 3 or rnd.random() < 0.55:
        return Spec(rnd.choice(LEAVES), rnd.choice(WORDS))
    kind, text = rnd.choice(BLOCKS), rnd.choice(WORDS)
    kids = [_random_node(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
    if kind == "horizontal_block":  # a row holds columns only
        kids = [Spec("column", "", [k]) for k in kids] or [Spec("column", "", [])]
    if kind == "tabs":  # tabs hold one tab per label
        kids = [Spec("tab", k.text, [k]) for k in kids] or [Spec("tab", text, [])]
    return Spec(kind, text, kids)


def random_sequences(seed: int, count: int) -> list[list[list[Spec]]]:
    """``count`` sequences of 1-6 runs, each run 0-6 random nodes at the top."""
    rnd = random.Random(seed)
    return [[[_random_node(rnd, 0) for _ in range(rnd.randint(0, 6))] for _ in range(rnd.randint(1, 6))]
            for _ in range(count)]


def _props(spec: Spec, form_id: str) -> dict[str, Any]:
    t = spec.text
    return {
        "markdown": {"body": t, "allow_html": False, "help": None, "variant": "markdown"},
        "text": {"body": t, "help": None},
        "code": {"body": t, "language": None, "line_numbers": False},
        "alert": {"format": "info", "body": t, "icon": None},
        "button": {"label": t, "kind": "secondary", "help": None, "disabled": False, "label_visibility": "visible",
                   "form_id": "", "value": False},
        "vertical_block": {"border": False},
        "horizontal_block": {"gap": "small"},
        "column": {"weight": 1},
        "expander": {"label": t, "expanded": True, "icon": None},
        "tabs": {},
        "tab": {"label": t},
        "form": {"form_id": form_id, "clear_on_submit": False, "enter_to_submit": True, "border": True},
        "flaky": {"body": t, "boom": t == "boom"},
    }[spec.type]


def _nodes(specs: list[Spec], parent: str, buttons: set[str]) -> Iterator[tuple[Node, Spec]]:
    """Nodes in page order with Streamlit-like ids: a delta path, or a widget id
    that follows the button wherever it moves (one per label in a run)."""
    for index, spec in enumerate(specs):
        if spec.type == "button" and spec.text in buttons:
            spec = Spec("markdown", spec.text)
        node_id = f"$$ID-{spec.text}-None" if spec.type == "button" else f"{parent}.{index}"
        if spec.type == "button":
            buttons.add(spec.text)
        props = _props(spec, form_id=node_id)
        if spec.type == "tabs":
            props["labels"] = [k.text for k in spec.children]
        yield Node(node_id, parent, index, spec.type, None, props, is_block=spec.type not in LEAVES + ("flaky",)), spec
        if spec.children:
            yield from _nodes(spec.children, node_id, buttons)


def _expected(specs: list[Spec]) -> list[list[Any]]:
    out: list[list[Any]] = []
    for spec in specs:
        text = "" if spec.type in ("vertical_block", "horizontal_block", "column", "tabs", "form") else spec.text
        if spec.type == "flaky":
            out.append(["broken", ""] if spec.text == "boom" else ["text", spec.text])
        elif spec.type in LEAVES:
            out.append([spec.type, text])
        else:
            out.append([spec.type, text, _expected(spec.children)])
    return out


def _sequence_job(sequence: list[list[Spec]]) -> list[dict[str, Any]]:
    mirror = PageMirror()
    runs = []
    for run in sequence:
        batcher = mirror.begin_run(None)
        for node, _spec in _nodes(run, MAIN_ROOT, set()):
            batcher.node_set(node)
        batcher.finish(remove_untouched=True)
        runs.append({"ops": batcher.all_ops, "expected": _expected(_dedupe(run))})
    return runs


def _dedupe(run: list[Spec]) -> list[Spec]:
    """The run as drawn: a second button with a label already used is a markdown."""
    seen: set[str] = set()

    def walk(specs: list[Spec]) -> list[Spec]:
        out = []
        for spec in specs:
            if spec.type == "button":
                spec = Spec("markdown", spec.text) if spec.text in seen else spec
                seen.add(spec.text)
            out.append(Spec(spec.type, spec.text, walk(spec.children)))
        return out

    return walk(run)


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = built_assets(tmp_path_factory)
    # Markdown is not what is under test, and marked + DOMPurify in jsdom would
    # make thousands of runs slow: the same API, drawing the text as it is.
    real = out / "renderer" / "markdown_html.js"
    exported = re.compile(r"^export (?:async )?(?:function|const) (\w+)", re.MULTILINE)
    missing = set(exported.findall(real.read_text(encoding="utf-8"))) - set(exported.findall(MARKDOWN_STUB))
    assert not missing, f"the markdown stub lacks {sorted(missing)}: add them to MARKDOWN_STUB"
    real.write_text(MARKDOWN_STUB, encoding="utf-8")
    return out


MARKDOWN_STUB = """
import { h } from "./dom.js";
export const markdownToHtml = (body) => String(body ?? "");
export function setMarkdown(el, body) { if (el.textContent !== String(body ?? "")) el.textContent = String(body ?? ""); }
export function markdownBox(body) { const el = h("div", { "data-testid": "stMarkdownContainer" }); setMarkdown(el, body); return el; }
export function setIcon(el, icon) { el.textContent = String(icon ?? ""); }
export function enhance() {}
export const escapeHtml = (s) => String(s);
export const materialIconHtml = (name) => String(name);
export const slugify = (text) => String(text);
export function loadIconFont() {}
"""


def replay(assets: Path, tmp: Path, sequences: list[list[dict[str, Any]]], flaky: bool = False) -> dict[str, Any]:
    job = tmp / "job.json"
    job.write_text(json.dumps({"node_modules": str(NODE_MODULES), "assets": str(assets), "sequences": sequences,
                               "flaky": flaky}), encoding="utf-8")
    res = subprocess.run(["node", str(HERE / "renderer_replay.mjs"), str(job)], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


# 8 batches of 250 sequences (each of 1-6 runs): 2,000 sequences, about 7,000
# runs, in 8 Node processes. Hypothesis picks each batch's seed (and replays a
# failing seed first next time); the trees come from that seed, so a batch is
# cheap to make. A failure names its sequence and run, with the runs before it.
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_the_dom_equals_every_runs_tree_over_thousands_of_random_runs(
        seed: int, assets: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    batch = random_sequences(seed, 250)
    result = replay(assets, tmp_path_factory.mktemp("job"), [_sequence_job(seq) for seq in batch])
    for failure in result["failures"][:1]:
        runs = batch[failure["sequence"]][: failure["run"] + 1]
        pytest.fail(f"seed {seed}, after run {failure['run']} of {runs}:\nexpected {failure['expected']}\n"
                    f"got      {failure['got']}\n{failure['errors']}")
    assert result["runs"] >= 250
    assert result["redraws"] == 0, result["errors"]


def test_a_view_that_throws_is_redrawn_as_a_notice_and_nothing_else_goes_missing(
        assets: Path, tmp_path: Path) -> None:
    run1 = [Spec("markdown", "alpha"), Spec("expander", "beta", [Spec("text", "gamma"), Spec("flaky", "delta")])]
    # The flaky view throws: the page is redrawn; it shows as a notice, its
    # neighbours and every other node are still there, in order.
    run2 = [Spec("markdown", "alpha"), Spec("expander", "beta", [Spec("text", "gamma"), Spec("flaky", "boom"),
                                                                 Spec("button", "eta")]), Spec("text", "zeta")]
    # The next change of that node tries its real view again.
    run3 = [Spec("markdown", "alpha"), Spec("expander", "beta", [Spec("text", "gamma"), Spec("flaky", "theta"),
                                                                 Spec("button", "eta")]), Spec("text", "zeta")]
    result = replay(assets, tmp_path, [_sequence_job([run1, run2, run3])], flaky=True)
    assert result["failures"] == [], result["failures"]
    assert result["redraws"] == 1
    assert any("redrawn from the nodes it was sent" in e for e in result["errors"]), result["errors"]
