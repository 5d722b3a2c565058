"""Deleting one key, resetting a form and a full reset on Log Out (seed 000: 'Clearing and Resetting State')."""
import streamlit as st

# Delete one specific key
if 'token' in st.session_state:
    del st.session_state['token']

# Reset specific keys to their defaults
def reset_form():
    st.session_state.step = 1
    st.session_state.name = ''
    st.session_state.role = ''
    st.session_state.prediction = None

# Clear everything in session state — full reset
def full_reset():
    st.session_state.clear()

# Logout example
if st.button('Log Out'):
    full_reset()
    st.rerun()

# Not in the seed: a Start Over button that uses reset_form, and the debug tip
st.button('Start Over', on_click=reset_form)
st.write(dict(st.session_state))
