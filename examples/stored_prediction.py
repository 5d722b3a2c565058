"""Store an expensive result in session state (seed: 'Storing Computed Results')."""
import streamlit as st
import time

# Only run the heavy model if we do not already have a result stored
if 'prediction' not in st.session_state:
    st.session_state.prediction = None

user_text = st.text_area('Enter some text to analyse')

if st.button('Analyse') and user_text:
    with st.spinner('Running model...'):
        time.sleep(2)  # pretend this is a slow model
        st.session_state.prediction = {
            'label': 'Positive', 'confidence': 0.94, 'text': user_text
        }

# Show the result if we have one — persists through other interactions
if st.session_state.prediction:
    result = st.session_state.prediction
    st.success(f'Result: {result["label"]} ({result["confidence"]:.0%} confident)')

# This slider does NOT re-run the model — result stays visible
st.slider('Display font size', 10, 24, 14)
