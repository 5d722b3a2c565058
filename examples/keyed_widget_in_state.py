"""A keyed widget is added to session state automatically (seed 001: 'Every widget with a key is automatically added to Session State')."""
import streamlit as st

st.text_input("Your name", key="name")

# This exists now:
st.session_state.name
