"""Assigning a slider's key after creating the slider raises (seed 001: forbidden write, 'Modifying the value of a widget ... after instantiating it')."""
import streamlit as st

slider = st.slider(
    label='My Slider', min_value=1,
    max_value=10, value=5, key='my_slider')
st.session_state.my_slider = 7
# Throws an exception!
