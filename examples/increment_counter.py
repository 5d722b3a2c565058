"""A counter kept in session state with an Increment button (seed 002: 'Basic Example: Counter')."""
import streamlit as st

# Initialize state
if 'count' not in st.session_state:
    st.session_state.count = 0

# Button to increment
increment = st.button('Increment')

if increment:
    st.session_state.count += 1

st.write('Count =', st.session_state.count)
