"""A multipage app with st.navigation: the entry script is the frame around
every page (its sidebar widget keeps its state on every page); pages are
functions or files, in sections."""

import streamlit as st


def home() -> None:
    st.title("Dashboard")
    st.write(f"Region: {st.session_state.region}")
    if st.button("Open settings"):
        st.switch_page(settings_page)


def settings() -> None:
    st.title("Settings")
    st.toggle("Dark charts", key="dark")
    st.write(f"Query: {st.query_params.to_dict()}")


st.sidebar.selectbox("Region", ["North", "South", "East", "West"], key="region")
home_page = st.Page(home, title="Dashboard", icon="📊", default=True)
settings_page = st.Page(settings, title="Settings", icon="⚙️", url_path="settings")
pg = st.navigation({
    "": [home_page],
    "Admin": [settings_page, st.Page("reports.py", title="Reports", icon="📄")],
})
pg.run()
