"""A slider written back into session state (seed 002: 'Using Session State with Sliders')."""
import streamlit as st

if 'volume' not in st.session_state:
    st.session_state.volume = 50

st.session_state.volume = st.slider("Volume", 0, 100, st.session_state.volume)
st.write("Volume =", st.session_state.volume)
