import streamlit as st

st.title("Profile")
name = st.session_state.get("name") or "stranger"
st.write(f"Hello, {name}!")
st.write(f"Query parameters: {st.query_params.to_dict()}")
st.checkbox("Show details", key="details")
if st.button("Back home"):
    st.switch_page("app.py")
