"""Initialise, read, update, show and delete session state (seed 001: 'Session State' API walkthrough)."""
import streamlit as st

# Initialization
if 'key' not in st.session_state:
    st.session_state['key'] = 'value'

# Session State also supports attribute based syntax
if 'key' not in st.session_state:
    st.session_state.key = 'value'

# Reads
st.write(st.session_state.key)
# Outputs: value

st.session_state.key = 'value2'     # Attribute API
st.session_state['key'] = 'value2'  # Dictionary like API

# Not in the seed: buttons so the user can trigger the two delete snippets
if st.button('Delete key'):
    key = 'key'
    # Delete a single key-value pair
    del st.session_state[key]

if st.button('Delete all'):
    # Delete all the items in Session state
    for key in st.session_state.keys():
        del st.session_state[key]

st.write(st.session_state)

# With magic:
st.session_state
