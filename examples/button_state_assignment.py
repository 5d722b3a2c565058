"""Pre-setting a button's key in session state raises (seed 001: 'Setting the state of button-like widgets ... is not allowed')."""
import streamlit as st

if 'my_button' not in st.session_state:
    st.session_state.my_button = True
st.button('My button', key='my_button')
# Throws an exception!
