"""wasmlit.testing.AppTest against streamlit.testing.v1: children dicts, .proto
field names, from_function arguments."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest
from wasmlit.testing.queries import AppTestError


def test_block_children_are_a_dict_keyed_by_position_with_placeholders_and_without_spinners():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("a")
        st.empty()
        with st.spinner("x"):
            st.text("b")
        c1, c2 = st.columns(2)
        c1.button("x")
    ''').run()
    children = at.main.children
    assert isinstance(children, dict) and list(children) == [0, 1, 2, 3]
    assert [c.type for c in children.values()] == ["markdown", "empty", "text", "flex_container"]
    assert list(children[3].children) == [0, 1]
    assert at.main[0].value == "a"


def test_proto_fields_have_streamlits_names():
    at = AppTest.from_string('''
        import streamlit as st
        st.code("x = 1", language="python")
        st.metric("M", 10, -2)
        st.button("Go", type="primary")
        st.caption("c")
        st.exception(RuntimeError("boom"))
    ''').run()
    assert (at.code[0].proto.code_text, at.code[0].proto.language) == ("x = 1", "python")
    assert (at.metric[0].proto.body, at.metric[0].proto.delta, at.metric[0].proto.direction, at.metric[0].proto.color) == ("10", "-2", 0, 0)
    assert (at.button[0].proto.type, at.button[0].proto.is_form_submitter) == ("primary", False)
    assert at.caption[0].proto.element_type == 2
    assert (at.exception[0].proto.type, at.exception[0].proto.is_streamlit_exception) == ("RuntimeError", False)


def _app(greeting: str, name: str = "x") -> None:
    import streamlit as st

    st.write(greeting, name)


def test_from_function_passes_args_and_kwargs():
    at = AppTest.from_function(_app, args=("Hello",), kwargs={"name": "Bob"}).run()
    assert at.markdown[0].value == "Hello Bob"


def test_missing_attributes_read_the_proto_first_as_streamlit_does():
    """``el.name`` falls back to ``el.proto.name`` (Streamlit's field names and enum numbers)."""
    at = AppTest.from_string('''
        import streamlit as st
        st.metric("M", 1, chart_data=[1, 2], chart_type="bar")
        c1, c2 = st.columns(2, vertical_alignment="center")
    ''').run()
    assert at.metric[0].chart_type == 1 and at.metric[0].chart_data == [1.0, 2.0]  # ChartType.BAR
    assert at.columns[0].proto.vertical_alignment == 1  # VerticalAlignment.CENTER


def test_unsupported_interactions_raise_streamlits_messages():
    """``set_value()``/``click()`` on a chart, metric or table, and ``click()`` on a widget without it."""
    import pytest

    from wasmlit.testing import AppTestError

    at = AppTest.from_string('''
        import streamlit as st
        st.metric("M", 1)
        st.vega_lite_chart({"a": [1]}, {"mark": "point", "params": [{"name": "p", "select": "point"}]}, key="v",
                           on_select="rerun")
        st.checkbox("c", key="k")
    ''').run()
    tail = ("AppTest can inspect this element but does not implement interactions for it. Set its value "
            "through at.session_state if it has a key, or use a Playwright e2e test.")
    with pytest.raises(AppTestError) as err:
        at.metric[0].click()
    assert str(err.value) == f"click() is not supported for metric. {tail}"
    with pytest.raises(AppTestError) as err:
        at.get("vega_lite_chart")[0].set_value(None)
    assert str(err.value) == f"set_value() is not supported for vega_lite_chart (key='v'). {tail}"
    with pytest.raises(AppTestError) as err:
        at.checkbox[0].click()
    assert str(err.value) == ("click() is not supported for checkbox (key='k'). Use set_value() or one of this "
                              "widget's typed interaction methods.")


def test_the_element_lists_streamlit_1_67_added_read_as_its_apptest_reads_them():
    """Values read from Streamlit 1.67's own AppTest on the same script."""
    at = AppTest.from_string('''
        import streamlit as st
        from collections import namedtuple
        class Dog:
            """A good dog."""
            def __init__(self, name):
                self.name = name
        st.help(Dog)
        st.help(Dog("Rex"))
        st.help("hello")
        st.help(len)
        P = namedtuple("P", "x y")
        st.help(P(1, 2))
        st.space()
        st.space("large")
        st.space(30)
        st.html("<b>hi</b>")
        st.image("https://example.com/a.png", caption="cap")
        st.pills("p", ["a", "b"], key="pk")
        st.segmented_control("s", ["x", "y"], default="x")
        st.link_button("Docs", "https://docs.streamlit.io", key="docs")
        st.page_link("https://streamlit.io", label="Home")
    ''').run()
    assert [(h.value, h.name, h.doc_string) for h in at.help] == [
        ("Dog", "Dog", "A good dog."), ('Dog("Rex")', 'Dog("Rex")', "A good dog."),
        ("'hello'", "", at.help[2].doc_string), ("len", "len", "Return the number of items in a container."),
        ("P(x=1, y=2)", "P(1, 2)", "P(x, y)")]
    assert at.help[2].doc_string.startswith("str(object='') -> str")
    assert [s.value for s in at.space] == ["small", "large", 30]
    assert [h.value for h in at.html] == ["<b>hi</b>"]
    assert [(i.value, i.captions) for i in at.image] == [(["https://example.com/a.png"], ["cap"])]
    assert [(p.value, p.options) for p in at.pills] == [(None, ["a", "b"])]
    assert [s.value for s in at.segmented_control] == ["x"]
    assert [(link.value, link.key) for link in at.link_button] == [("Docs", "docs")]
    assert [p.value for p in at.page_link] == ["Home"]
    with pytest.raises(AppTestError, match=r"click\(\) is not supported for link_button \(key='docs'\)"):
        at.link_button[0].click()
    with pytest.raises(AppTestError, match=r"Switch pages with AppTest.switch_page\(page_path\)"):
        at.page_link[0].click()


def test_chat_input_uploads_files_with_its_message_as_streamlits_apptest_does():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.chat_input("Say", accept_file="multiple", file_type=["txt"])
        if v:
            st.write(f"text={v.text!r} files={[(f.name, f.read()) for f in v.files]}")
    ''').run()
    at.chat_input[0].set_value("hi").upload("a.txt", b"x").upload("b.txt", b"yz").run()
    assert [m.value for m in at.markdown] == ["text='hi' files=[('a.txt', b'x'), ('b.txt', b'yz')]"]
    at.chat_input[0].upload("c.txt", b"q").run()  # files alone: the text is ""
    assert [m.value for m in at.markdown] == ["text='' files=[('c.txt', b'q')]"]
    with pytest.raises(AppTestError, match=r"Invalid file extension: `.png`. Allowed: \['.txt'\]"):
        at.chat_input[0].upload("d.png", b"q")
    plain = AppTest.from_string("import streamlit as st\nst.chat_input('x')\n").run()
    with pytest.raises(AppTestError, match="does not accept files"):
        plain.chat_input[0].upload("a.txt", b"x")
    # As 1.67's AppTest: accept_file is the proto's enum (NONE, SINGLE, MULTIPLE, DIRECTORY), and the
    # text is the placeholder: a chat input has no label.
    assert (plain.chat_input[0].accept_file, at.chat_input[0].accept_file) == (0, 2)
    assert plain.chat_input[0].placeholder == "x" and not hasattr(plain.chat_input[0], "label")


def test_number_bounds_are_floats_and_option_widgets_format_their_options():
    at = AppTest.from_string('''
        import streamlit as st
        st.number_input("a", min_value=0, max_value=9, step=1)
        st.radio("R", [1, 2], format_func=lambda x: f"#{x}")
        st.multiselect("m", [1, 2], default=[2], format_func=lambda x: f"#{x}")
        st.slider("s", 0, 10, 5)
    ''').run()
    slider = at.slider[0]  # 1.67's slider proto holds doubles too
    assert (slider.min, slider.max, slider.step, slider.value) == (0.0, 10.0, 1.0, 5)
    assert isinstance(slider.min, float) and isinstance(slider.value, int)
    number = at.number_input[0]
    assert (number.min, number.max, number.step, number.value) == (0.0, 9.0, 1.0, 0)
    assert isinstance(number.max, float)
    number.increment().run()
    assert at.number_input[0].value == 1
    assert at.radio[0].format_func(2) == "#2"
    assert (at.multiselect[0].values, at.multiselect[0].value) == (["#2"], [2])


def test_unset_texts_read_as_streamlits_protos_do():
    """Compared with 1.67's AppTest on the same script: no help is "", no max_chars is 0, no icon
    is "", and a selectbox or multiselect without its own placeholder has "" (the words the page
    shows are not the app's)."""
    at = AppTest.from_string('''
        import streamlit as st
        st.selectbox("a", [1, 2]); st.multiselect("m", [1]); st.selectbox("b", []); st.selectbox("c", [1], placeholder="Pick")
        st.text_input("t"); st.text_area("ta"); st.number_input("n"); st.button("b")
    ''').run()
    assert [s.placeholder for s in at.selectbox] == ["", "", "Pick"]
    assert at.multiselect[0].placeholder == ""
    assert (at.text_input[0].max_chars, at.text_area[0].max_chars) == (0, 0)
    assert (at.text_input[0].help, at.button[0].help) == ("", "")
    assert (at.number_input[0].proto.icon, at.text_input[0].proto.icon) == ("", "")


def test_button_group_options_leave_out_a_leading_icon_as_streamlits_proto_does():
    """1.67 sends a leading Material icon or emoji as the option's icon: AppTest's options are the
    rest (the docs' icon-only pills read as ""), and values stay the options themselves."""
    at = AppTest.from_string('''
        import streamlit as st
        st.pills("Tool", [":material/add:", "🍎 Apple", "Plain", ":material/zoom_in: Zoom", "🍎🍐 two"])
    ''').run()
    assert at.button_group[0].options == ["", "Apple", "Plain", "Zoom", "🍎🍐 two"]
    at.button_group[0].select("🍎 Apple").run()
    assert at.button_group[0].value == "🍎 Apple"


def test_a_none_choice_has_no_index_as_in_streamlits_apptest():
    """The docs' custom-navigation tutorial: a selectbox whose first option is None."""
    at = AppTest.from_string('import streamlit as st\nst.selectbox("a", [None, "x"])\nst.radio("r", [None, "y"])\n').run()
    assert (at.selectbox[0].index, at.selectbox[0].value) == (None, None)
    assert (at.radio[0].index, at.radio[0].value) == (None, None)
    at.selectbox[0].select("x").run()
    assert at.selectbox[0].index == 1


def test_select_slider_and_time_input_protos_read_as_streamlits():
    """Fields compared with 1.67's AppTest: a select_slider's proto (format "%s", float bounds,
    help "") and a time_input's default format "24h"."""
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.select_slider("s", ["a", "b"])
        st.time_input("t", dt.time(8, 45))
    ''').run()
    p = at.select_slider[0].proto
    assert (p.format, p.min, p.max, p.step, p.options, p.help, p.label_visibility.value) == (
        "%s", 0.0, 1.0, 1.0, ["a", "b"], "", 0)
    assert at.time_input[0].proto.format == "24h"


def test_expander_and_status_icons_and_a_modules_help_read_as_in_1_67():
    """Values read from 1.67's AppTest on the same script: an expander without an icon
    reads "", a status its state's icon, and ``st`` as magic is the module "streamlit"."""
    at = AppTest.from_string('''
        import os
        import streamlit as st
        with st.expander("Plain"):
            st.write("x")
        with st.status("Working"):
            st.write("y")
        with st.status("Broken", state="error"):
            pass
        st
        os
    ''').run()
    assert at.expander[0].icon == ""
    assert [(s.state, s.icon) for s in at.status] == [("complete", ":material/check:"), ("error", ":material/error:")]
    assert [(h.name, h.value) for h in at.help] == [("st", "streamlit"), ("os", "os")]


def test_media_reads_as_1_67s_mock_media_urls(tmp_path):
    """The URLs were read from Streamlit 1.67's AppTest on the same calls (its file id
    hashes the bytes, the MIME type and a download's file name)."""
    report = tmp_path / "report.csv"
    report.write_bytes(b"a,b\n1,2\n")
    at = AppTest.from_string(f'''
        import streamlit as st
        st.audio(b"RIFF0000WAVEfmt ", format="audio/wav")
        st.video("https://example.com/v.mp4")
        st.download_button("d", b"abc", file_name="x.bin")
        st.download_button("e", "text")
        st.download_button("f", b"abc", mime="text/csv")
        st.download_button("g", lambda: b"later")
        with open({str(report)!r}, "rb") as file:
            st.download_button("h", file)
    ''').run()
    audio, video = at.get("audio")[0], at.get("video")[0]
    assert audio.url == "/mock/media/4993a8a2cadbcd87ccfb919332501119.wav"
    assert video.url == "https://example.com/v.mp4"
    assert [b.url for b in at.download_button] == [
        "/mock/media/a8c23ff729e2f4086ed9cdaafcc05887.bin", "/mock/media/63a19605da2f90bbb95de5e34f7174f2.txt",
        "/mock/media/6db6a2d989baf9e467c7aa50a9dc3a0b.csv", "",
        "/mock/media/6c66b400e1beb0a835e6e2e6a769d701.csv"]
    # A file opened from disk names the download and its type (1.67).
    assert at.download_button[4].proto.file_name == "report.csv" and at.download_button[4].proto.mime == "text/csv"


def test_get_answers_1_67s_collection_names_and_aliases():
    """``at.get()`` takes the names 1.67's takes: subsets (pills), blocks and public aliases."""
    import datetime

    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.pills("p", ["a", "b"], default="b")
        st.segmented_control("s", ["x", "y"])
        st.feedback("thumbs")
        st.datetime_input("when", dt.datetime(2024, 1, 2, 3, 4))
        with st.status("Working"):
            st.write("inside")
        with st.chat_message("user"):
            st.write("hi")
    ''').run()
    assert [p.value for p in at.get("pills")] == ["b"]
    assert [s.label for s in at.get("segmented_control")] == ["s"]
    assert len(at.get("feedback")) == 1 and len(at.get("button_group")) == 2
    assert [d.value for d in at.get("datetime_input")] == [datetime.datetime(2024, 1, 2, 3, 4)]
    assert [s.label for s in at.get("status")] == ["Working"]
    assert [m.name for m in at.get("chat_message")] == ["user"]


def test_a_heading_without_an_anchor_reads_as_an_empty_anchor():
    """1.67's ``anchor`` is its proto field: "" when none was given or the anchor is hidden."""
    at = AppTest.from_string('''
        import streamlit as st
        st.header("A")
        st.header("B", anchor="bee")
        st.header("C", anchor=False)
    ''').run()
    assert [(h.anchor, h.hide_anchor) for h in at.header] == [("", False), ("bee", False), ("", True)]
