"""Reading a key that was never initialised (seed 001: 'Streamlit throws a handy exception if an uninitialized variable is accessed')."""
import streamlit as st

st.write(st.session_state['value'])

# Throws an exception!
