"""A fragment's writes to containers made outside it (Streamlit 1.67's "transparent" wrappers).

A fragment may write to a container it did not make (``outside.write(...)``
on a container made before the fragment, ``st.sidebar``, an ``st.empty``
passed in). As in 1.67, the first such write puts a *transparent* block in
that container, where the write would have gone, and every write of the
fragment to that container lands in it. The page draws a transparent block's
children as if they were the container's own (no box of its own).

What that buys: a fragment run clears the fragment's wrappers and writes
into them again from their start, so its outside writes are replaced, in
place, like the ones in its own container; before 1.67 they accumulated
until the next full run. Widgets may go there too: they belong to the
fragment, and an event on them reruns it.

The wrappers live in the session's ``FragmentStore`` between runs; a full
run starts without any. A fragment run cannot make a new wrapper in a
container that no running fragment made (it has no stable place to put it):
that is 1.67's ``StreamlitInvalidLayoutContextError``.
"""

from __future__ import annotations

from dataclasses import dataclass

from wasmlit.engine.forms import inherit_form
from wasmlit.engine.run_context import RunContext
from wasmlit.engine.tree import Node
from wasmlit.errors import StreamlitInvalidLayoutContextError
from wasmlit.protocol import EVENT_ROOT

TRANSPARENT = "transparent"

NO_STABLE_PLACE = (
    "A fragment tried to write to a container created outside it, but the fragment did not write to that "
    "container during the last full app run, so Streamlit could not reserve a stable position for it.\n\n"
    "If this fragment uses `parallel=True`, writing to containers created outside it is not supported, "
    "including `st.sidebar` and `st.bottom`. Move the element inside the fragment body.\n\n"
    "Otherwise, inside the fragment function, write to the container on every full app run (e.g. "
    "`outside_container.empty()` or `with outside_container: st.empty()`), then fill it during fragment reruns."
)


@dataclass
class OutsideWrapper:
    """One fragment's transparent block in one outside container."""

    #: The wrapper's node id.
    id: str
    fragment_id: str
    #: It stands in an ``st.empty`` slot: each write replaces its one child.
    single: bool


def wrapper_target(ctx: RunContext, parent: str, slot: tuple[str, int] | None) -> tuple[str, int | None] | None:
    """Where the running fragment's write outside its own container (``parent``, or the
    ``slot`` in it) goes instead: the wrapper block (and 0 when it holds one element, as
    an ``st.empty`` does); None when the write stays where it is (the event root, or
    inside one of the fragment's wrappers). Makes the wrapper on the first such write."""
    fid = ctx.current_fragment_id
    if fid is None or ctx.block_within(parent, EVENT_ROOT):
        return None
    if any(ctx.block_within(parent, w.id) for w in ctx.fragments.wrappers_of(fid)):
        return None
    wrappers = ctx.fragments.wrappers
    container = f"{slot[0]}[{slot[1]}]" if slot is not None else parent
    wrapper = wrappers.get((fid, container))
    if wrapper is None or wrapper.id not in ctx.tree.nodes:
        wrapper = _make_wrapper(ctx, fid, parent, slot)
        wrappers[(fid, container)] = wrapper
    return (wrapper.id, 0) if wrapper.single else (wrapper.id, None)


def _make_wrapper(ctx: RunContext, fid: str, parent: str, slot: tuple[str, int] | None) -> OutsideWrapper:
    if ctx.is_fragment_run and not any(ctx.block_within(parent, root) for root in ctx.fragment_roots):
        raise StreamlitInvalidLayoutContextError(NO_STABLE_PLACE)
    where, index = slot if slot is not None else (parent, ctx.next_index(parent))
    node_id = f"{where}.{index}"
    ctx.place(Node(node_id, where, index, TRANSPARENT, None, {}, is_block=True))
    inherit_form(ctx, node_id, where, None)
    ctx.cursors[node_id] = 0
    return OutsideWrapper(node_id, fid, single=slot is not None)


def reset_wrappers(ctx: RunContext, fid: str) -> None:
    """A fragment run of ``fid``: its wrappers are written again from their
    start, and what it does not write again there is removed."""
    for wrapper in ctx.fragments.wrappers_of(fid):
        node = ctx.tree.nodes.get(wrapper.id)
        if node is None:
            continue
        ctx.tree.clear_children(wrapper.id)
        ctx.cursors[wrapper.id] = 0
        ctx.place(node)
        ctx.fragment_roots.append(wrapper.id)
