"""A multipage app with a pages/ folder: this script is the home page, and
each file in pages/ is a page (number prefixes set the order, a leading emoji
becomes the icon, underscores show as spaces)."""

import streamlit as st

st.title("Home")
st.write("Pick a page in the sidebar. Session state is shared by every page.")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.write(f"Visits to the home page: {st.session_state.visits}")
name = st.text_input("Your name", key="name")
if st.button("Go to the plot"):
    st.switch_page("pages/02_📈_Plot_demo.py")
st.page_link("pages/01_Profile.py", label="Open the profile", query_params={"tab": "bio"})
