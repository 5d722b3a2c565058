"""The element tree that one run builds.

Blocks hold ordered slots; each slot holds one node id. Writing to a slot that
already holds another node (``st.empty`` placeholders, ``bar.progress(50)``)
replaces it and drops the old node's subtree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wasmlit.protocol import MAIN_ROOT, ROOTS, NodeDict


@dataclass(slots=True, eq=False)
class Node:
    """One element or container of a run's tree, in its parent's children at ``index``."""

    id: str
    parent: str
    index: int
    type: str
    key: str | None
    props: dict[str, Any]
    is_block: bool = False

    def same_as(self, other: Node) -> bool:
        """Would the page draw ``other`` exactly as this node?"""
        return (
            self.index == other.index
            and self.parent == other.parent
            and self.type == other.type
            and self.key == other.key
            and self.props == other.props
        )

    def to_dict(self) -> NodeDict:
        return {
            "id": self.id,
            "parent": self.parent,
            "index": self.index,
            "type": self.type,
            "key": self.key,
            "props": self.props,
        }


@dataclass
class RunTree:
    """The nodes of one run, and each block's ordered children."""

    nodes: dict[str, Node] = field(default_factory=dict)
    slots: dict[str, list[str | None]] = field(default_factory=lambda: {root: [] for root in ROOTS})

    def copy(self) -> RunTree:
        """A tree a fragment run can change without touching this one."""
        return RunTree(dict(self.nodes), {block: list(kids) for block, kids in self.slots.items()})

    def clear_children(self, block_id: str) -> list[str]:
        """Drop ``block_id``'s children (and their subtrees) from this tree; their ids."""
        dropped: list[str] = []
        for child in self.slots.get(block_id, []):
            if child is not None:
                dropped.extend(self._drop(child))
        self.slots[block_id] = []
        return dropped

    def place(self, node: Node) -> list[str]:
        """Put ``node`` in its slot. Returns the ids of nodes it displaced
        (with their subtrees), which are no longer part of this run."""
        slots = self.slots.setdefault(node.parent, [])
        while len(slots) <= node.index:
            slots.append(None)
        displaced: list[str] = []
        old = slots[node.index]
        if old is not None and old != node.id:
            displaced = self._drop(old)
        if node.id in self.nodes and old != node.id:
            # The same id at a new slot (a widget drawn twice is caught earlier;
            # this is an element DG re-targeted) - free the old slot.
            prev = self.nodes[node.id]
            prev_slots = self.slots.get(prev.parent)
            if prev_slots is not None and prev.index < len(prev_slots):
                prev_slots[prev.index] = None
        slots[node.index] = node.id
        self.nodes[node.id] = node
        if node.is_block:
            self.slots.setdefault(node.id, [])
        return displaced

    def _drop(self, node_id: str) -> list[str]:
        dropped = [node_id]
        node = self.nodes.pop(node_id, None)
        if node is not None and node.is_block:
            for child in self.slots.pop(node_id, []):
                if child is not None:
                    dropped.extend(self._drop(child))
        return dropped

    def children(self, block_id: str) -> list[Node]:
        return [self.nodes[c] for c in self.slots.get(block_id, []) if c is not None]

    def walk(self, block_id: str = MAIN_ROOT) -> list[Node]:
        """Every node below ``block_id`` in page order (depth first)."""
        out: list[Node] = []
        for child in self.children(block_id):
            out.append(child)
            if child.is_block:
                out.extend(self.walk(child.id))
        return out
