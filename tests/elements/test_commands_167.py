"""Streamlit 1.67's newer elements: skeleton, mermaid_chart, pdf, st.iframe, st.grid, st.logo."""

from __future__ import annotations

from pathlib import Path

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest


def test_skeleton_is_a_placeholder_that_a_later_write_replaces():
    at = AppTest.from_string('''
        import streamlit as st
        slot = st.skeleton(height=100)
        st.text("after")
        slot.text("loaded")
    ''').run()
    assert [t.value for t in at.text] == ["loaded", "after"]
    assert at.get("skeleton") == []


def test_mermaid_chart_is_a_mermaid_fence_in_markdown_with_its_alt():
    at = AppTest.from_string('''
        import streamlit as st
        st.mermaid_chart("%%{init: {}}%%\\ngraph LR\\n  A-->B", alt="Flow   chart")
        st.mermaid_chart("x ```` y")
        st.mermaid_chart(42)
    ''').run()
    assert at.markdown[0].value == "````mermaid\n%%{init: {}}%%\n%% stAlt: Flow chart\ngraph LR\n  A-->B\n````"
    assert at.markdown[1].value == "`````mermaid\nx ```` y\n`````"
    assert "Mermaid syntax" in at.exception[0].message


def test_mermaid_chart_keeps_its_indentation_and_empties_whitespace_only_lines_as_streamlit():
    """1.67's docs example: an indented triple-quoted body. Streamlit's markdown dedents the fenced text,
    so the diagram keeps its indentation and the closing line's spaces go."""
    at = AppTest.from_string("import streamlit as st\nst.mermaid_chart('''\n    graph LR\n        A --> B\n    ''')").run()
    assert at.markdown[0].value == "````mermaid\n\n    graph LR\n        A --> B\n\n````"


def test_skeleton_as_a_context_manager_clears_and_writes_to_the_parent():
    at = AppTest.from_string('''
        import streamlit as st
        with st.skeleton(height=100):
            st.text("inside")
        st.success("Data loaded!")
    ''').run()
    assert [n.type for n in at.main.children.values()] == ["empty", "text", "success"]


def test_pdf_from_bytes_a_file_and_a_url(tmp_path: Path):
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4 tiny")
    at = AppTest.from_string(f'''
        import streamlit as st
        st.pdf(b"%PDF-1.4 bytes", height=300)
        st.pdf({str(pdf)!r})
        st.pdf("https://example.org/a.pdf")
    ''').run()
    urls = [p.url for p in at.get("pdf")]
    assert urls[0].startswith("data:application/pdf;base64,") and urls[1].startswith("data:application/pdf;base64,")
    assert urls[2] == "https://example.org/a.pdf"
    assert at.get("pdf")[0].height == 300


def test_st_iframe_takes_urls_html_and_local_files(tmp_path: Path):
    page = tmp_path / "report.html"
    page.write_text("<p>report</p>", encoding="utf-8")
    at = AppTest.from_string(f'''
        import streamlit as st
        from pathlib import Path
        st.iframe("https://example.org")
        st.iframe("<b>inline</b>")
        st.iframe(Path({str(page)!r}))
    ''').run()
    frames = at.get("iframe")
    assert (frames[0].src, frames[0].height) == ("https://example.org", 400)
    assert (frames[1].srcdoc, frames[1].height) == ("<b>inline</b>", "content")
    assert frames[2].srcdoc == "<p>report</p>"


def test_grid_cells_and_their_spans():
    at = AppTest.from_string('''
        import streamlit as st
        grid = st.grid(3, gap="medium")
        with grid:
            st.text("one")
            st.text("two")
        with grid.cell(column_span="all"):
            st.text("wide")
    ''').run()
    grid = at.grid[0]
    assert (grid.type, grid.column_count, grid.gap) == ("grid_container", 3, "medium")
    assert [type(c).__name__ for c in grid.children.values()] == ["Text", "Text", "Block"]
    assert grid.children[2].proto.column_span == "all"
    assert [t.value for t in grid.text] == ["one", "two", "wide"]


def test_grid_refuses_wrap_false_without_a_column_count():
    at = AppTest.from_string('''
        import streamlit as st
        st.grid(wrap=False)
    ''').run()
    assert "`wrap=False` needs a column count" in at.exception[0].message


def test_logo_is_page_chrome_that_apptest_does_not_list():
    at = AppTest.from_string('''
        import streamlit as st
        st.logo("https://example.org/logo.png", link="https://example.org", size="large")
        st.text("body")
    ''').run()
    assert list(at.main.children) == [0]
    nodes = [n for n in at._session.tree.children("0") if n.type == "logo"]
    assert nodes[0].props["size"] == "large" and nodes[0].props["link"] == "https://example.org"


def test_logo_link_must_be_external():
    at = AppTest.from_string('''
        import streamlit as st
        st.logo("https://example.org/logo.png", link="/home")
    ''').run()
    assert "supports external links only" in at.exception[0].message


def test_the_parameters_streamlit_1_67_added_to_older_commands_are_accepted():
    """Each call uses a parameter that an app written for 1.67 may pass; none may raise."""
    at = AppTest.from_string('''
        import datetime
        import streamlit as st
        st.title("T", icon="🔥", text_alignment="center", wrap=False)
        st.header("H", icon=":material/home:", text_alignment="right")
        st.subheader("S", icon="spinner", wrap=False)
        st.markdown("## M", text_alignment="justify", anchors=False, wrap=False)
        st.caption("C", text_alignment="center", wrap=False)
        st.text("X", text_alignment="right", wrap=False)
        st.button("B", wrap=False)
        st.download_button("D", b"x", wrap=True)
        st.link_button("L", "https://streamlit.io", wrap=False)
        clicked = st.link_button("L2", "https://streamlit.io", on_click="rerun", key="l2")
        st.checkbox("cb", key="cb", wrap=True, bind="query-params", persist_state="session")
        st.toggle("tg", key="tg", wrap=False, persist_state="page")
        st.radio("r", ["a", "b"], key="r", persist_state="page")
        st.selectbox("sb", ["a", "b"], required=True, icon="🔍", filter_mode="prefix")
        st.multiselect("ms", ["a", "b"], filter_mode="contains", select_all=True, wrap=False)
        st.slider("sl", key="sl", persist_state="session")
        st.select_slider("ss", ["a", "b"], key="ss", persist_state="session")
        st.text_input("ti", required=True, validate=(r"^\\d+$", "Digits only"), live="300ms")
        st.text_area("ta", required=True)
        st.number_input("ni", required=True)
        st.date_input("di", required=True)
        st.time_input("tm", datetime.time(9, 30), required=True, format="12h")
        st.color_picker("cp", key="cp", persist_state="session")
        st.pills("p", ["a", "b"], required=True, wrap=False)
        st.segmented_control("sc", ["a", "b"], required=True)
        st.feedback("thumbs", key="fb", persist_state="session")
        st.columns(2, wrap=False)
        st.container(height=200, autoscroll=True)
        st.container(horizontal=True, wrap=False, horizontal_alignment="distribute", vertical_alignment="center", gap="large")
        st.popover("po", wrap=False)
        st.expander("ex", type="compact")
        st.status("st", type="step", state="complete")
        st.tabs(["a", "b"], height=300)
        st.page_link("https://streamlit.io", label="out", icon="🌐", icon_position="right")
        st.chat_input("Say", submit_mode="disable", height=120, audio_sample_rate=None)
        @st.fragment(key="frag", parallel=True)
        def frag():
            st.write("in fragment")
        frag()
        st.write(f"clicked={clicked}")
    ''').run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.markdown[-1].value == "clicked=False"


def test_text_alignment_and_wrap_are_checked_and_sent_only_when_not_the_default(tmp_path: Path):
    (tmp_path / "app.py").write_text(
        'import streamlit as st\n'
        'st.title("T", icon="🔥", text_alignment="center", wrap=False)\n'
        'st.markdown("## M", anchors=False)\n'
        'st.caption("C")\n')
    b = Bridge(lambda _msg: None, str(tmp_path), "app.py")
    b.first_run()
    title, markdown, caption = (n.props for n in b.session.tree.walk() if n.type in ("heading", "markdown"))
    assert (title["icon"], title["text_alignment"], title["wrap"]) == ("🔥", "center", False)
    assert markdown["anchors"] is False and "text_alignment" not in markdown
    assert not {"text_alignment", "wrap", "anchors"} & set(caption)
    at = AppTest.from_string('import streamlit as st\nst.header("H", text_alignment="middle")\n').run()
    assert at.exception[0].value == "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', 'justify'."


def test_a_horizontal_container_is_a_row_and_a_vertical_one_cannot_refuse_to_wrap():
    at = AppTest.from_string('''
        import streamlit as st
        st.container(wrap=False)
    ''').run()
    assert at.exception[0].value.startswith("`wrap=False` and `horizontal=False` cannot be used together.")
    at = AppTest.from_string('''
        import streamlit as st
        st.container(horizontal=True, horizontal_alignment="middle")
    ''').run()
    assert at.exception[0].value == ("Invalid `horizontal_alignment` value. Supported values: "
                                     "'left', 'center', 'right', 'distribute'. Got 'middle'.")


def test_email_and_url_fields_bring_streamlits_checks_unless_validate_says_otherwise():
    at = AppTest.from_string('''
import streamlit as st
st.text_input("e", type="email")
st.text_input("u", type="url")
st.text_input("off", type="email", validate="")
st.text_input("own", type="url", validate=("^https://", "HTTPS only"))
st.text_input("plain")
''').run()
    rules = [field._node.props.get("validate") for field in at.text_input]
    assert rules == [
        [r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address."],
        [r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL."],
        ["", None],
        ["^https://", "HTTPS only"],
        None,
    ]
