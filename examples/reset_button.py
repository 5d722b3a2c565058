"""A Reset button whose on_click callback zeroes the counter (seed 002: 'Advanced: Reset Button Example')."""
import streamlit as st

# Not in the seed: the counter the Reset button resets
if 'count' not in st.session_state:
    st.session_state.count = 0

def increment_counter():
    st.session_state.count += 1

st.button("Increment", on_click=increment_counter)

def reset_counter():
    st.session_state.count = 0

st.button("Reset", on_click=reset_counter)

# Not in the seed: show the count
st.write("Count =", st.session_state.count)
