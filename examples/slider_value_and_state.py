"""Setting a slider's key and also passing value=: the session value wins, no exception (seed 001: 'Setting the widget state via the Session State API and using the value parameter')."""
import streamlit as st

st.session_state.my_slider = 7
slider = st.slider(
    label='Choose a Value', min_value=1,
    max_value=10, value=5, key='my_slider')
