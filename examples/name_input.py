"""A text input written back into session state (seed 002: 'Using Session State with Inputs')."""
import streamlit as st

if 'name' not in st.session_state:
    st.session_state.name = ""

st.session_state.name = st.text_input("Enter your name:", st.session_state.name)
st.write("Hello,", st.session_state.name)
