"""A counter incremented by an on_click callback (seed 002: 'Using Session State with Buttons and Actions')."""
import streamlit as st

def increment_counter():
    st.session_state.count += 1

if 'count' not in st.session_state:
    st.session_state.count = 0

st.button("Increment", on_click=increment_counter)
st.write("Count =", st.session_state.count)
