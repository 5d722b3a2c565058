"""Widget keys link values to session state (seed: 'Using Widget Keys')."""
import streamlit as st

# Give every widget a key — Streamlit auto-stores the value
st.text_input('Your name', key='name')
st.slider('Your age', 0, 100, key='age')
st.selectbox('Favourite language', ['Python', 'JavaScript', 'Rust'], key='language')
st.checkbox('I agree to the terms', key='agreed')

# Now read them from session state anywhere in the script
if st.session_state.name:
    st.write(f'Hello {st.session_state.name}!')
st.write(f'Age: {st.session_state.age}')
st.write(f'Favourite: {st.session_state.language}')

# Only show the submit button when the user has agreed
if st.session_state.agreed:
    st.button('Submit')

st.write(dict(st.session_state))  # debug tip from the seed
