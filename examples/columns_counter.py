"""The classic click counter with three buttons in columns (seed: 'Counter Example')."""
import streamlit as st

# Step 1: initialise the count if it does not exist
if 'count' not in st.session_state:
    st.session_state.count = 0

# Step 2: show the current count
st.title(f'You clicked {st.session_state.count} times')

# Step 3: update state when buttons are clicked
col1, col2, col3 = st.columns(3)
with col1:
    if st.button('Add 1'):
        st.session_state.count += 1
        st.rerun()
with col2:
    if st.button('Add 10'):
        st.session_state.count += 10
        st.rerun()
with col3:
    if st.button('Reset'):
        st.session_state.count = 0
        st.rerun()
