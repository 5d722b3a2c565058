"""A 3-step onboarding wizard (seed: 'Multi-Step Forms')."""
import streamlit as st

# Initialise step and any collected data
if 'step' not in st.session_state:
    st.session_state.update({'step': 1, 'name': '', 'role': '', 'goal': ''})

# A simple progress indicator
st.progress(st.session_state.step / 3)
st.caption(f'Step {st.session_state.step} of 3')

# STEP 1 — Collect the user's name
if st.session_state.step == 1:
    st.header('Step 1 — What is your name?')
    name = st.text_input('Full name')
    if st.button('Next') and name:
        st.session_state.name = name
        st.session_state.step = 2
        st.rerun()

# STEP 2 — Collect the user's role
elif st.session_state.step == 2:
    st.header(f'Step 2 — What do you do, {st.session_state.name}?')
    role = st.selectbox('I am a...', ['Student', 'Developer', 'Data Scientist', 'Other'])
    col1, col2 = st.columns(2)
    if col1.button('Back'):
        st.session_state.step = 1; st.rerun()
    if col2.button('Next'):
        st.session_state.role = role
        st.session_state.step = 3; st.rerun()

# STEP 3 — Confirm and submit
elif st.session_state.step == 3:
    st.header('Step 3 — All done!')
    st.success(f'Welcome {st.session_state.name}, the {st.session_state.role}!')
    if st.button('Start Over'):
        st.session_state.step = 1; st.rerun()
