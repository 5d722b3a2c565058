"""Several values stored under dictionary keys (seed 002: 'Session State Best Practices', item 2)."""
import streamlit as st

st.session_state['username'] = ""
st.session_state['age'] = 18

# Not in the seed: show what is stored
st.write(st.session_state)
