"""Reading, writing, checking and deleting a value (seed 000: 'The Basics — Reading and Writing Values')."""
import streamlit as st

# Write a value — two ways to do it, both work
st.session_state['username'] = 'shashank'  # dictionary style
st.session_state.username = 'shashank'     # dot notation style

# Read a value
name = st.session_state['username']
name = st.session_state.username

# Check if a key exists before reading it
if 'username' in st.session_state:
    st.write(st.session_state.username)

# Delete a value when you no longer need it
del st.session_state['username']

# See everything currently stored
st.write(dict(st.session_state))  # great for debugging
