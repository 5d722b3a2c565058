"""A click counter kept in a plain variable, which never passes 1 (seed 000: 'The Problem Session State Solves', rule 2)."""
import streamlit as st

# This resets to 0 on EVERY re-run — it never increments
count = 0

if st.button('Click me'):
    count += 1

st.write(f'You clicked {count} times')
# Always shows "You clicked 0 times" or "You clicked 1 times"
# It never goes above 1 because count resets to 0 every re-run
