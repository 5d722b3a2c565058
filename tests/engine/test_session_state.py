"""The st.session_state API (BEHAVIOURS.md rules 9-27) and the defaults pattern (rules 28-33)."""

from __future__ import annotations

import json

import pytest

from wasmlit.testing import AppTest

DOCS = (
    "Did you forget to initialize it? More info: "
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)

# -- st.session_state API ----------------------------------------------------------


def test_rule_09_item_and_attribute_access_are_the_same_entries():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state["a"] = 1
        st.session_state.b = 2
        st.text(f"{st.session_state.a} {st.session_state['b']}")
    ''').run()
    assert at.text[0].value == "1 2"
    assert at.session_state["a"] == at.session_state.a == 1
    assert at.session_state["b"] == at.session_state.b == 2


def test_rule_10_in_is_true_for_none_value_and_false_for_absent_key():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.k = None
        st.text(f"{'k' in st.session_state} {'x' in st.session_state} {'x' not in st.session_state}")
    ''').run()
    assert at.text[0].value == "True False True"


def test_rule_11_del_item_del_attr_and_pop_remove_entries():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.update(a=1, b=2, c=3)
        del st.session_state["a"]
        del st.session_state.b
        popped = st.session_state.pop("c")
        st.text(f"popped={popped} left={len(st.session_state)}")
    ''').run()
    assert at.text[0].value == "popped=3 left=0"
    assert "a" not in at.session_state and "b" not in at.session_state and "c" not in at.session_state


def test_rule_12_clear_removes_every_key_and_later_runs_restart_from_defaults():
    at = AppTest.from_string('''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Add"):
            st.session_state.count += 1
        if st.button("Clear"):
            st.session_state.clear()
            st.text(f"len={len(st.session_state)}")
    ''').run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.session_state.count == 2
    at.button[1].click().run()
    assert at.text[0].value == "len=0"
    assert "count" not in at.session_state
    at.run()
    assert at.session_state.count == 0


def test_rule_13_setdefault_stores_only_when_absent_and_returns_stored_value():
    at = AppTest.from_string('''
        import streamlit as st
        first = st.session_state.setdefault("k", 1)
        second = st.session_state.setdefault("k", 2)
        st.text(f"{first} {second} {st.session_state.k}")
    ''').run()
    assert at.text[0].value == "1 1 1"


def test_rule_14_update_accepts_dict_or_kwargs_and_overwrites():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.a = 0
        st.session_state.update({"a": 1, "b": 2})
        st.session_state.update(b=3, c=4)
    ''').run()
    assert at.session_state.to_dict() == {"a": 1, "b": 3, "c": 4}


def test_rule_15_keys_values_items_iteration_and_len_are_dict_like():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.a = 1
        st.session_state.b = 2
        st.text_input("Name", key="name")
        st.text_input("Unkeyed")
        ss = st.session_state
        st.text(repr(sorted(ss.keys())))
        st.text(repr(sorted(ss.values(), key=str)))
        st.text(repr(sorted(ss.items(), key=str)))
        st.text(repr(sorted(ss)))
        st.text(str(len(ss)))
    ''').run()
    assert [t.value for t in at.text] == [
        "['a', 'b', 'name']",
        "['', 1, 2]",
        "[('a', 1), ('b', 2), ('name', '')]",
        "['a', 'b', 'name']",
        "3",
    ]


def test_rule_16_dict_and_to_dict_return_plain_dicts():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.a = 1
        d1 = dict(st.session_state)
        d2 = st.session_state.to_dict()
        st.text(f"{type(d1).__name__} {type(d2).__name__} {d1 == d2 == {'a': 1}}")
    ''').run()
    assert at.text[0].value == "dict dict True"


def test_rule_17_get_returns_none_default_or_value():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.present = "v"
        ss = st.session_state
        st.text(repr((ss.get("missing"), ss.get("missing", "d"), ss.get("present", "d"))))
    ''').run()
    assert at.text[0].value == "(None, 'd', 'v')"


def test_rule_18_missing_item_raises_keyerror_with_the_initialisation_hint():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state["x"]
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "KeyError"
    assert exc.message == f"'st.session_state has no key \"x\". {DOCS}'"


def test_rule_19_missing_attribute_raises_attributeerror():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.x
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "AttributeError"
    assert exc.message == f'st.session_state has no attribute "x". {DOCS}'


def test_rule_20_del_missing_item_is_keyerror():
    at = AppTest.from_string('''
        import streamlit as st
        del st.session_state["x"]
    ''').run()
    assert at.exception[0].proto.type == "KeyError"
    assert 'has no key "x"' in at.exception[0].message


def test_rule_20_del_missing_attribute_is_attributeerror():
    at = AppTest.from_string('''
        import streamlit as st
        del st.session_state.x
    ''').run()
    assert at.exception[0].proto.type == "AttributeError"
    assert 'has no attribute "x"' in at.exception[0].message


def test_rule_21_missing_key_errors_are_builtin_and_catchable():
    at = AppTest.from_string('''
        import streamlit as st
        caught = []
        try:
            st.session_state["x"]
        except KeyError:
            caught.append("KeyError")
        try:
            st.session_state.y
        except AttributeError:
            caught.append("AttributeError")
        try:
            del st.session_state["z"]
        except KeyError:
            caught.append("del KeyError")
        st.text(" ".join(caught))
    ''').run()
    assert len(at.exception) == 0
    assert at.text[0].value == "KeyError AttributeError del KeyError"


def test_rule_22_write_session_state_renders_one_json_element():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.a = 1
        st.session_state.items_ = [1, 2]
        st.text_input("Name", key="name", value="Ann")
        st.write(st.session_state)
    ''').run()
    assert len(at.json) == 1
    assert len(at.markdown) == 0
    assert json.loads(at.json[0].value) == {"a": 1, "items_": [1, 2], "name": "Ann"}


def test_rule_23_bare_session_state_is_magic_json():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state
    ''').run()
    assert len(at.json) == 1
    assert json.loads(at.json[0].value) == {}
    at2 = AppTest.from_string('''
        import streamlit as st
        st.session_state.k = "v"
        st.session_state
    ''').run()
    assert json.loads(at2.json[0].value) == {"k": "v"}


def test_rule_24_mutable_values_are_stored_by_reference():
    at = AppTest.from_string('''
        import streamlit as st
        if "cart" not in st.session_state:
            st.session_state.cart = []
            st.session_state.first_id = id(st.session_state.cart)
        cart = st.session_state.cart
        cart.append("item")
        st.text(f"{len(st.session_state.cart)} {id(st.session_state.cart) == st.session_state.first_id}")
    ''').run()
    assert at.text[0].value == "1 True"
    at.run().run()
    assert at.text[0].value == "3 True"
    assert at.session_state.cart == ["item", "item", "item"]


def test_rule_25_deleting_while_iterating_keys_empties_the_state():
    at = AppTest.from_string('''
        import streamlit as st
        if st.button("Reset"):
            for key in st.session_state.keys():
                del st.session_state[key]
        else:
            st.session_state.update(a=1, b=2, c=3)
        st.text(str(len(st.session_state)))
    ''').run()
    assert at.text[0].value == "3"
    at.button[0].click().run()
    assert len(at.exception) == 0
    assert at.text[0].value == "0"


def test_rule_26_test_side_writes_are_visible_to_the_script():
    at = AppTest.from_string('''
        import streamlit as st
        st.text(f"{st.session_state.get('a')} {st.session_state.get('b')}")
        st.text_input("Name", key="name")
        st.text_input("Unkeyed")
    ''')
    at.session_state["a"] = 1
    at.session_state.b = 2
    at.run()
    assert at.text[0].value == "1 2"
    assert sorted(at.session_state.keys()) == ["a", "b", "name"]
    assert "name" in at.session_state
    assert "a" in at.session_state
    assert len(at.session_state) == 3
    at.session_state.a = 10
    at.run()
    assert at.text[0].value == "10 2"


def test_rule_27_test_side_missing_key_errors():
    at = AppTest.from_string('''
        import streamlit as st
        st.text("x")
    ''').run()
    with pytest.raises(KeyError) as info:
        at.session_state["nope"]
    assert 'st.session_state has no key "nope"' in str(info.value)
    with pytest.raises(AttributeError) as attr_info:
        at.session_state.nope  # noqa: B018 (the read is the test)
    assert str(attr_info.value) == "nope not found in session_state."


# -- Defaults pattern ---------------------------------------------------------------


def test_rule_28_guarded_default_initialises_once_and_changes_survive():
    at = AppTest.from_string('''
        import streamlit as st
        if "k" not in st.session_state:
            st.session_state.k = 5
        if st.button("Double"):
            st.session_state.k *= 2
        st.text(str(st.session_state.k))
    ''').run()
    assert at.text[0].value == "5"
    at.button[0].click().run()
    at.run()
    assert at.text[0].value == "10"


def test_rule_29_unconditional_assignment_resets_every_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.count = 0
        if st.button("Add"):
            st.session_state.count += 1
        st.text(str(st.session_state.count))
    ''').run()
    at.button[0].click().run()
    assert at.text[0].value == "1"
    at.button[0].click().run()
    assert at.text[0].value == "1"
    at.run()
    assert at.session_state.count == 0


def test_rule_30_defaults_loop_fills_only_missing_keys():
    at = AppTest.from_string('''
        import streamlit as st
        DEFAULTS = {"a": 1, "b": 2, "c": 3}
        for k, v in DEFAULTS.items():
            if k not in st.session_state:
                st.session_state[k] = v
        if st.button("Bump"):
            st.session_state.a += 100
    ''')
    at.session_state.b = "from test"
    at.run()
    assert at.session_state.to_dict() == {"a": 1, "b": "from test", "c": 3}
    at.button[0].click().run()
    at.run()
    assert at.session_state.to_dict() == {"a": 101, "b": "from test", "c": 3}


def test_rule_31_update_with_missing_keys_initialises_once():
    at = AppTest.from_string('''
        import streamlit as st
        DEFAULTS = {"step": 1, "name": ""}
        st.session_state.update({k: v for k, v in DEFAULTS.items() if k not in st.session_state})
        if st.button("Next"):
            st.session_state.step += 1
        st.text(str(st.session_state.step))
    ''').run()
    at.button[0].click().run()
    at.run()
    assert at.text[0].value == "2"
    assert at.session_state.name == ""


def test_rule_31_unconditional_update_resets_every_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.update({"step": 1, "name": ""})
        if st.button("Next"):
            st.session_state.step += 1
        st.text(str(st.session_state.step))
    ''').run()
    at.button[0].click().run()
    assert at.text[0].value == "2"
    at.run()
    assert at.text[0].value == "1"
    assert at.session_state.step == 1


def test_rule_32_guarded_default_seeds_a_widget_then_user_input_wins():
    at = AppTest.from_string('''
        import streamlit as st
        if "name" not in st.session_state:
            st.session_state.name = "Ann"
        value = st.text_input("Name", key="name")
        st.text(value)
    ''').run()
    assert at.text_input[0].value == "Ann"
    assert at.text[0].value == "Ann"
    at.text_input[0].input("Bob").run()
    assert at.text[0].value == "Bob"
    at.run()
    assert at.text[0].value == "Bob"
    assert at.session_state.name == "Bob"


def test_rule_33_unconditional_widget_key_assignment_overrides_input():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.name = "Ann"
        value = st.text_input("Name", key="name")
        st.text(value)
    ''').run()
    assert at.text[0].value == "Ann"
    at.text_input[0].input("Bob").run()
    assert len(at.exception) == 0
    assert at.text[0].value == "Ann"
    assert at.text_input[0].value == "Ann"
    assert at.session_state.name == "Ann"


# -- persist_state (Streamlit 1.67), compared with its AppTest ---------------------------

PERSISTED = '''
import streamlit as st
show = st.checkbox("show", value=True)
if show:
    st.text_input("Name", key="name", persist_state=st.session_state.get("mode"))
st.write(f"state={st.session_state.get('name')!r}")
'''


@pytest.mark.parametrize(("mode", "after_hiding", "shown_again"), [
    (None, "state=None", ("state=''", "")),
    ("page", "state='Ada'", ("state='Ada'", "Ada")),
    ("session", "state='Ada'", ("state='Ada'", "Ada")),
])
def test_persist_state_keeps_a_hidden_widgets_value(mode, after_hiding, shown_again):
    at = AppTest.from_string(PERSISTED)
    at.session_state["mode"] = mode
    at.run()
    at.text_input(key="name").input("Ada").run()
    at.checkbox[0].uncheck().run()
    at.run()
    assert at.markdown[0].value == after_hiding
    at.checkbox[0].check().run()
    assert (at.markdown[0].value, at.text_input(key="name").value) == shown_again


def test_persist_state_page_ends_with_a_page_switch_and_session_does_not(tmp_path):
    (tmp_path / "app.py").write_text(
        'import streamlit as st\nst.navigation([st.Page("a.py", title="A"), st.Page("b.py", title="B")]).run()\n')
    (tmp_path / "a.py").write_text('import streamlit as st\nst.text_input("Name", key="name", '
                                   'persist_state=st.session_state.get("mode"))\n'
                                   'st.write(f"A state={st.session_state.get(\'name\')!r}")\n')
    (tmp_path / "b.py").write_text('import streamlit as st\nst.write(f"B state={st.session_state.get(\'name\')!r}")\n')
    seen = {}
    for mode in ("page", "session"):
        at = AppTest.from_file(str(tmp_path / "app.py"))
        at.session_state["mode"] = mode
        at.run()
        at.text_input(key="name").input("Ada").run()
        at.switch_page("b.py").run()
        at.run()
        steps = [at.markdown[0].value]
        at.switch_page("a.py").run()
        seen[mode] = [*steps, at.markdown[0].value]
    assert seen == {"page": ["B state=None", "A state=''"], "session": ["B state='Ada'", "A state='Ada'"]}


@pytest.mark.parametrize(("call", "message"), [
    ("st.checkbox('x', persist_state='page')", "The `key` parameter is required. When using persist_state"),
    ("st.checkbox('x', key='k', persist_state='forever')", "Invalid `persist_state` value. Supported values: 'page', 'session', None."),
    ("st.checkbox('x', bind='query-params')", "The `key` parameter is required. When using bind='query-params'"),
    ("st.checkbox('x', key='k', bind='url')", "Invalid `bind` value. Supported values: 'query-params', None."),
])
def test_bind_and_persist_state_are_checked_as_streamlit_checks_them(call, message):
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].value.startswith(message)
