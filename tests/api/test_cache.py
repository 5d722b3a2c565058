"""Caching: BEHAVIOURS.md rules 92-98."""

from __future__ import annotations

import time
from pathlib import Path

from wasmlit.testing import AppTest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

STORED = '''
import streamlit as st
if "result" not in st.session_state:
    st.session_state.result = 6 * 7
    st.session_state.computations = st.session_state.get("computations", 0) + 1
st.checkbox("Unrelated")
if st.button("Forget"):
    del st.session_state["result"]
st.write(f"computations={st.session_state.computations}")
'''


def test_rule_92_session_state_result_computed_once_per_session():
    at = AppTest.from_string(STORED).run()
    assert at.session_state.computations == 1
    at.checkbox[0].check().run()
    at.run()
    assert at.session_state.computations == 1
    assert at.session_state.result == 42
    at.button[0].click().run()  # deletes the key after the check
    assert "result" not in at.session_state
    at.run()
    assert at.session_state.computations == 2
    other = AppTest.from_string(STORED).run()
    assert other.session_state.computations == 1


def test_rule_93_seed_prediction_result_persists_through_other_interactions():
    at = AppTest.from_file(EXAMPLES / "stored_prediction.py").run(timeout=10)
    assert len(at.success) == 0
    assert at.session_state.prediction is None
    at.button[0].click().run(timeout=10)  # no text: the model does not run
    assert at.session_state.prediction is None
    at.text_area[0].input("I love this")
    at.button[0].click().run(timeout=10)
    assert len(at.exception) == 0
    assert at.success[0].value == "Result: Positive (94% confident)"
    assert at.session_state.prediction == {"label": "Positive", "confidence": 0.94, "text": "I love this"}
    at.slider[0].set_value(20).run(timeout=10)
    assert at.slider[0].value == 20
    assert at.success[0].value == "Result: Positive (94% confident)"
    at.run(timeout=10)
    assert at.success[0].value == "Result: Positive (94% confident)"


CACHED_SQUARE = '''
import streamlit as st
st.session_state.setdefault("calls", [])
@st.cache_data
def square_{tag}(x):
    st.session_state.calls.append(x)
    return x * x
n = st.number_input("n", value=3)
st.write(f"square={{square_{tag}(int(n))}}")
'''


def test_rule_94_cache_data_reuses_results_across_runs():
    at = AppTest.from_string(CACHED_SQUARE.format(tag="r94")).run()
    assert at.markdown[0].value == "square=9"
    assert at.session_state.calls == [3]
    at.run()
    assert at.markdown[0].value == "square=9"
    assert at.session_state.calls == [3]
    at.number_input[0].set_value(4).run()
    assert at.markdown[0].value == "square=16"
    assert at.session_state.calls == [3, 4]
    at.number_input[0].set_value(3).run()
    assert at.markdown[0].value == "square=9"
    assert at.session_state.calls == [3, 4]


TWO_CACHES = '''
import streamlit as st
st.session_state.setdefault("calls", [])
@st.cache_data
def first_{tag}():
    st.session_state.calls.append("first")
    return 1
@st.cache_data
def second_{tag}():
    st.session_state.calls.append("second")
    return 2
first_{tag}()
second_{tag}()
if st.button("Clear all"):
    st.cache_data.clear()
if st.button("Clear first"):
    first_{tag}.clear()
'''


def test_rule_95_cache_data_clear_empties_every_data_cache():
    at = AppTest.from_string(TWO_CACHES.format(tag="r95")).run()
    assert at.session_state.calls == ["first", "second"]
    at.run()
    assert at.session_state.calls == ["first", "second"]
    at.button[0].click().run()
    at.run()
    assert at.session_state.calls == ["first", "second", "first", "second"]


def test_rule_96_function_clear_empties_only_that_function_cache():
    at = AppTest.from_string(TWO_CACHES.format(tag="r96")).run()
    assert at.session_state.calls == ["first", "second"]
    at.button[1].click().run()
    at.run()
    assert at.session_state.calls == ["first", "second", "first"]


def test_rule_97_cache_data_returns_a_fresh_copy():
    at = AppTest.from_string('''
        import streamlit as st
        @st.cache_data
        def items_r97():
            return ["a", "b"]
        x = items_r97()
        x.append("mutated")
        y = items_r97()
        st.write(f"y={y} same={x is y}")
    ''').run()
    assert at.markdown[0].value == "y=['a', 'b'] same=False"
    at.run()
    assert at.markdown[0].value == "y=['a', 'b'] same=False"


def test_rule_98_cache_resource_returns_the_same_object():
    at = AppTest.from_string('''
        import streamlit as st
        @st.cache_resource
        def connection_r98():
            return {"open": True}
        x = connection_r98()
        y = connection_r98()
        st.session_state.setdefault("ids", []).append(id(x))
        st.write(f"same={x is y}")
    ''').run()
    assert at.markdown[0].value == "same=True"
    at.run()
    assert at.markdown[0].value == "same=True"
    ids = at.session_state.ids
    assert len(ids) == 2 and ids[0] == ids[1]


def test_elements_drawn_in_a_cached_function_are_replayed_on_every_hit() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data
        def load(x):
            calls.append(x)
            st.text(f"computing {x}")
            left, right = st.columns(2)
            right.markdown("right")
            with left:
                st.markdown("left")
            st.sidebar.text("side")
            return x * 2
        with st.container():
            st.write(load(2))
        st.button("rerun")
    """).run()
    first = ([t.value for t in at.text], [m.value for m in at.markdown], [t.value for t in at.sidebar.text])
    assert first == (["computing 2", "side"], ["left", "right", "`4`"], ["side"])
    at.button[0].click().run()
    assert at.session_state["calls"] == [2]  # a hit: the function did not run again
    assert ([t.value for t in at.text], [m.value for m in at.markdown], [t.value for t in at.sidebar.text]) == first
    assert len(at.columns) == 2


def test_a_widget_in_a_cached_function_warns_and_is_not_replayed() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.cache_resource
        def make():
            st.checkbox("inside")
            return 1
        make()
    """).run()
    assert at.exception[0].proto.type == "CachedWidgetWarning" and at.exception[0].is_warning
    assert "move all widget commands outside the cached function" in at.exception[0].message
    assert len(at.checkbox) == 1
    at.run()
    assert len(at.checkbox) == 0 and len(at.exception) == 1


def test_drawing_on_a_block_made_outside_the_cached_function_fails_on_replay() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        outside = st.container()
        @st.cache_data
        def load():
            outside.text("x")
            return 1
        load()
    """).run()
    assert [t.value for t in at.text] == ["x"]
    at.run()
    assert at.exception[0].proto.type == "streamlit.runtime.caching.cache_errors.CacheReplayClosureError"
    assert "created outside the function" in at.exception[0].message


ASYNC_CACHED = '''
import asyncio
import streamlit as st
st.session_state.setdefault("calls", [])

@st.cache_data
async def load_{tag}(env):
    st.session_state.calls.append(env)
    await asyncio.sleep(0)
    st.text(f"loaded {{env}}")
    return {{"env": env}}

async def main():
    first = await load_{tag}("prod")
    again = await load_{tag}("prod")
    st.write(first == again == {{"env": "prod"}})

asyncio.run(main())
'''


def test_cache_data_awaits_a_coroutine_function_and_caches_its_result():
    """1.67's async caching (its docs example): the call is awaitable, a miss awaits the function,
    and a hit (this run's second call, and the next run's) draws again what it drew."""
    at = AppTest.from_string(ASYNC_CACHED.format(tag="a1")).run()
    assert not at.exception
    assert [t.value for t in at.text] == ["loaded prod", "loaded prod"]
    assert at.markdown[0].value == "`True`"
    assert at.session_state.calls == ["prod"]
    at.run()
    assert at.session_state.calls == ["prod"]
    assert [t.value for t in at.text] == ["loaded prod", "loaded prod"]


def test_cache_refuses_async_generators_and_background_refresh_without_ttl_as_streamlit():
    source = '''
import streamlit as st
async def coroutine_fn():
    return 1
async def asyncgen_fn():
    yield 1
for make in (lambda: st.cache_data(refresh_mode="background")(lambda: 1),
             lambda: st.cache_data(refresh_mode="later"),
             lambda: st.cache_resource(ttl=60, refresh_mode="background")(coroutine_fn),
             lambda: st.cache_data(asyncgen_fn)):
    try:
        make()
        st.text("accepted")
    except Exception as e:
        st.text(str(e))
'''
    at = AppTest.from_string(source).run()
    assert [t.value for t in at.text] == [
        'The `ttl` parameter is required. Set a positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.',
        "Invalid `refresh_mode` value. Supported values: foreground, background.",
        'Invalid `refresh_mode` value. Supported values: "foreground". Background refresh is not supported for '
        'coroutine functions (`async def`). Use `refresh_mode="foreground"` instead.',
        "Async-generator functions cannot be cached. Async generators produce streams that are one-shot iterators, "
        "rather than a single cacheable result. Consume the async generator and return a materialized result from an "
        "ordinary coroutine function if appropriate.",
    ]


LIFECYCLE = '''
import streamlit as st

log = st.session_state.setdefault("log", [])
calls = st.session_state.setdefault("calls", [0])


class Conn:
    def __init__(self, n):
        self.n = n
        self.alive = True


@st.cache_resource(validate=lambda c: c.alive, on_release=lambda c: log.append(f"released {{c.n}}"), max_entries=2)
def connect_{tag}(name):
    calls[0] += 1
    return Conn(calls[0])


c = connect_{tag}("a")
st.write(f"conn {{c.n}}")
if st.button("kill"):
    c.alive = False
if st.button("other"):
    connect_{tag}("b"); connect_{tag}("c")
if st.button("clear"):
    connect_{tag}.clear()
st.write("log: " + ", ".join(log))
'''


def test_cache_resource_validate_and_on_release_as_streamlit():
    """The sequence measured on 1.67's AppTest: a value validate refuses is computed again (and
    not released); max_entries evictions and clear() release what they drop."""
    at = AppTest.from_string(LIFECYCLE.format(tag="v1")).run()
    seen = [[m.value for m in at.markdown]]
    for step in ("kill", None, "other", None, "clear", None):
        if step:
            next(b for b in at.button if b.label == step).click()
        at.run()
        seen.append([m.value for m in at.markdown])
    assert seen == [
        ["conn 1", "log:"],
        ["conn 1", "log:"],
        ["conn 2", "log:"],
        ["conn 2", "log: released 2"],
        ["conn 5", "log: released 2, released 3"],
        ["conn 5", "log: released 2, released 3, released 4, released 5"],
        ["conn 6", "log: released 2, released 3, released 4, released 5"],
    ]


def test_an_expired_resource_is_released_when_it_is_next_read():
    source = '''
import streamlit as st
log = st.session_state.setdefault("log", [])
n = st.session_state.setdefault("n", [0])
@st.cache_resource(ttl=0.3, on_release=lambda v: log.append(f"released {v}"))
def res_t1():
    n[0] += 1
    return n[0]
st.write(f"value {res_t1()} log {log}")
'''
    at = AppTest.from_string(source).run()
    assert at.markdown[0].value == "value 1 log []"
    time.sleep(0.4)
    at.run()
    assert at.markdown[0].value == "value 2 log ['released 1']"


BACKGROUND = '''
import streamlit as st
if "box" not in st.session_state:
    st.session_state.box = [0]
@st.cache_data(ttl=1, refresh_mode="background")
def load_{tag}(_box):
    _box[0] += 1
    return _box[0]
st.write(f"value {{load_{tag}(st.session_state.box)}}")
'''


def test_background_refresh_serves_the_stale_value_and_refreshes_behind_the_run():
    at = AppTest.from_string(BACKGROUND.format(tag="b1")).run()
    box = at.session_state.box
    assert at.markdown[0].value == "value 1"
    time.sleep(1.1)  # past the ttl, within 1.67's two ttls: served stale
    at.run()
    assert at.markdown[0].value == "value 1"
    deadline = time.monotonic() + 10
    while box[0] < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert box[0] == 2  # computed behind the run that served the stale value
    at.run()
    assert at.markdown[0].value == "value 2"
    time.sleep(2.1)  # past two ttls: the next read waits for a new value
    before = box[0]
    at.run()
    assert at.markdown[0].value == f"value {before + 1}"


def test_session_scoped_resources_are_per_session_and_clear_only_their_own():
    """In the browser each tab is a session; here each AppTest is one. (1.67's AppTest gives
    every AppTest the same session id, so there they would share.)"""
    source = '''
import itertools
import streamlit as st
counter = st.cache_resource(lambda: itertools.count(1))()
@st.cache_resource(scope="session")
def mine_s1():
    return next(counter)
st.write(f"mine {mine_s1()}")
if st.button("clear"):
    mine_s1.clear()
'''
    a = AppTest.from_string(source).run()
    b = AppTest.from_string(source).run()
    first_a, first_b = a.markdown[0].value, b.markdown[0].value
    assert first_a != first_b
    a.run()
    assert a.markdown[0].value == first_a
    a.button[0].click().run()
    a.run()
    assert a.markdown[0].value != first_a
    b.run()
    assert b.markdown[0].value == first_b
    b.button[0].click().run()  # its own clear() in another session: a's entry stays
    b.run()
    assert a.run().markdown[0].value == (second_a := a.markdown[0].value)
    st_clear = AppTest.from_string("import streamlit as st\nst.cache_resource.clear()").run()
    assert not st_clear.exception
    assert a.run().markdown[0].value != second_a  # st.cache_resource.clear() empties every session's


def test_cache_lifecycle_refusals_as_streamlit():
    source = '''
import streamlit as st
async def check(x):
    return True
for make in (lambda: st.cache_resource(scope="tab")(lambda: 1),
             lambda: st.cache_data(scope="tab")(lambda: 1),
             lambda: st.cache_resource(validate=check)(lambda: 1),
             lambda: st.cache_resource(on_release=check)(lambda: 1)):
    try:
        make()
        st.text("accepted")
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
'''
    at = AppTest.from_string(source).run()
    sync = "must be a synchronous function. Async callbacks are never awaited; call the coroutine from a synchronous wrapper instead."
    assert [t.value for t in at.text] == [
        "StreamlitValueError: Invalid `scope` value. Supported values: 'global', 'session'.",
        "StreamlitValueError: Invalid `scope` value. Supported values: 'global', 'session'.",
        f"StreamlitAPIException: The `validate` callback of `st.cache_resource` {sync}",
        f"StreamlitAPIException: The `on_release` callback of `st.cache_resource` {sync}",
    ]


def test_cache_data_max_size_drops_the_least_recently_used_and_reads_sizes_as_streamlit():
    """Entries are counted by their pickled bytes (1.67 also counts its own wrapper's ~190 B)."""
    source = '''
import streamlit as st
calls = st.session_state.setdefault("calls", [])
@st.cache_data(max_size="1KB")
def blob_m1(n, size=400):
    calls.append(n)
    return "x" * size
for n in [1, 2, 1, 3, 1, 2]:
    blob_m1(n)
blob_m1(9, size=5000)  # alone larger than max_size: kept alone
blob_m1(1)
for bad in ("12", "1.5 GiB", 0, True, 1.5):
    try:
        st.cache_data(max_size=bad)(lambda: 1)
        st.text(f"{bad!r} accepted")
    except Exception as e:
        st.text(type(e).__name__ + ": " + str(e))
'''
    at = AppTest.from_string(source).run()
    assert at.session_state.calls == [1, 2, 3, 2, 9, 1]
    positive = ('StreamlitValueError: Invalid `max_size` value. Supported values: a positive byte size. Use an integer '
                'number of bytes or a positive value with an explicit unit, such as "500MB", "1.5GB", or "200KiB".')
    wrong_type = ("StreamlitInvalidParameterTypeError: Invalid `max_size` type. Expected one of: int, str. Provided "
                  'type: {}. Pass an integer byte count such as int(5e8), or a unit string such as "500MB".')
    assert [t.value for t in at.text] == [
        positive, "'1.5 GiB' accepted", positive, wrong_type.format("bool"), wrong_type.format("float")]
