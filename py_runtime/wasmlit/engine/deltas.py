"""What changed since the page last looked: delta ops for the renderer.

``PageMirror`` remembers every node the page has, as last sent. Each node a
run draws is compared with it: new nodes become ``add``, changed ones
``update``, identical ones cost nothing. When a run completes, nodes it did
not draw become ``remove``. An ``st.rerun()`` removes nothing (the next
run will), so the page does not flicker.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine.tree import Node
from wasmlit.protocol import FLUSH_INTERVAL_S, DeltaOp, UpdateOp

Sink = Callable[[list[DeltaOp], dict[str, int]], None]


@dataclass
class PageMirror:
    """The page's copy of the element tree, as the engine last sent it."""

    sent: dict[str, Node] = field(default_factory=dict)

    def begin_run(self, sink: Sink | None) -> DeltaBatcher:
        return DeltaBatcher(self, sink)

    def clear(self) -> None:
        self.sent.clear()

    def subtree_ids(self, blocks: list[str]) -> list[str]:
        """Every node the page has below ``blocks`` (not the blocks themselves)."""
        children: dict[str, list[str]] = {}
        for node in self.sent.values():
            children.setdefault(node.parent, []).append(node.id)
        out: list[str] = []
        todo = list(blocks)
        while todo:
            for kid in children.get(todo.pop(), []):
                out.append(kid)
                todo.append(kid)
        return out


@dataclass
class DeltaBatcher:
    """Collects the ops of one run and flushes them to ``sink`` in batches."""

    mirror: PageMirror
    sink: Sink | None
    touched: set[str] = field(default_factory=set)
    pending: list[DeltaOp] = field(default_factory=list)
    #: block id -> 1 + the highest child index this run drew in it. A script
    #: fills each block in order, so this says "everything before here is
    #: fresh" in a few bytes, however many unchanged nodes that covers.
    drawn: dict[str, int] = field(default_factory=dict)
    #: Every op of this run, for callers that want the whole run's change set.
    all_ops: list[DeltaOp] = field(default_factory=list)
    last_flush: float = field(default_factory=time.monotonic)

    def node_set(self, node: Node) -> None:
        old = self.mirror.sent.get(node.id)
        self.touched.add(node.id)
        if self.drawn.get(node.parent, 0) <= node.index:
            self.drawn[node.parent] = node.index + 1
        if old is None:
            op: DeltaOp = {"op": "add", "node": node.to_dict()}
        elif not node.same_as(old):
            op = _update_op(node, old)
        else:
            return
        self.mirror.sent[node.id] = node
        self.pending.append(op)
        self.all_ops.append(op)

    def nodes_dropped(self, ids: list[str]) -> None:
        """Nodes replaced during the run (a placeholder rewritten)."""
        for node_id in ids:
            self.touched.discard(node_id)
            if self.mirror.sent.pop(node_id, None) is not None:
                op: DeltaOp = {"op": "remove", "id": node_id}
                self.pending.append(op)
                self.all_ops.append(op)

    def maybe_flush(self) -> None:
        """Flush if the run has been going for a while (called at st.* calls)."""
        if time.monotonic() - self.last_flush >= FLUSH_INTERVAL_S:
            self.flush()

    def flush(self) -> None:
        # A flushed run is slow: the page may start fading nodes the run has
        # not drawn yet, so each flush says how far the run got in each block.
        if self.sink is not None:
            self.sink(self.pending, dict(self.drawn))
        self.pending = []
        self.last_flush = time.monotonic()

    def finish(self, remove_untouched: bool, within: list[str] | None = None) -> None:
        """End the run. ``within`` limits the removals to these blocks' subtrees
        (a fragment run: the rest of the page was not redrawn, and stays)."""
        if remove_untouched:
            candidates = self.mirror.sent if within is None else self.mirror.subtree_ids(within)
            stale = [i for i in candidates if i not in self.touched]
            self.nodes_dropped(stale)
        # run_finished un-fades everything, so the last batch needs no ``drawn``.
        if self.sink is not None and self.pending:
            self.sink(self.pending, {})
        self.pending = []


def _large(value: Any) -> bool:
    """Worth leaving out of an update when unchanged (a table's data, a long text)."""
    return isinstance(value, (dict, list, bytes)) or (isinstance(value, str) and len(value) > 256)


def _update_op(node: Node, old: Node) -> UpdateOp:
    """The update of a changed node. Large props that did not change stay on
    the page (``kept``): selecting a row of a 100,000-row table resends the
    selection, not the table."""
    sent = node.to_dict()
    if node.type != old.type:
        return {"op": "update", "node": sent}
    kept = [k for k, v in node.props.items() if _large(v) and k in old.props and old.props[k] == v]
    if not kept:
        return {"op": "update", "node": sent}
    sent["props"] = {k: v for k, v in node.props.items() if k not in kept}
    return {"op": "update", "node": sent, "kept": kept}
