"""Inline apps for the browser tests, taken from the seed documents."""

COLUMNS_COUNTER = """
import streamlit as st
if 'count' not in st.session_state:
    st.session_state.count = 0
st.title(f'You clicked {st.session_state.count} times')
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
"""

WIZARD = """
import streamlit as st
if 'step' not in st.session_state:
    st.session_state.update({'step': 1, 'name': '', 'role': '', 'goal': ''})
st.progress(st.session_state.step / 3)
st.caption(f'Step {st.session_state.step} of 3')
if st.session_state.step == 1:
    st.header('Step 1 — What is your name?')
    name = st.text_input('Full name')
    if st.button('Next') and name:
        st.session_state.name = name
        st.session_state.step = 2
        st.rerun()
elif st.session_state.step == 2:
    st.header(f'Step 2 — What do you do, {st.session_state.name}?')
    role = st.selectbox('I am a...', ['Student', 'Developer', 'Data Scientist', 'Other'])
    col1, col2 = st.columns(2)
    if col1.button('Back'):
        st.session_state.step = 1; st.rerun()
    if col2.button('Next'):
        st.session_state.role = role
        st.session_state.step = 3; st.rerun()
elif st.session_state.step == 3:
    st.header('Step 3 — All done!')
    st.success(f'Welcome {st.session_state.name}, the {st.session_state.role}!')
    if st.button('Start Over'):
        st.session_state.step = 1; st.rerun()
"""

CALLBACK_TOTAL = """
import streamlit as st
if 'total' not in st.session_state:
    st.session_state.total = 0
def update_total():
    qty = st.session_state.quantity
    price = st.session_state.price
    st.session_state.total = qty * price
st.number_input('Quantity', min_value=1, value=1, key='quantity', on_change=update_total)
st.number_input('Price ($)', min_value=0.0, value=10.0, key='price', on_change=update_total)
st.metric('Total', f'${st.session_state.total:.2f}')
"""

PREDICTION = """
import streamlit as st
import time
if 'prediction' not in st.session_state:
    st.session_state.prediction = None
user_text = st.text_area('Enter some text to analyse')
if st.button('Analyse') and user_text:
    with st.spinner('Running model...'):
        time.sleep(2)
        st.session_state.prediction = {'label': 'Positive', 'confidence': 0.94, 'text': user_text}
if st.session_state.prediction:
    result = st.session_state.prediction
    st.success(f'Result: {result["label"]} ({result["confidence"]:.0%} confident)')
st.slider('Display font size', 10, 24, 14)
"""

FORM = """
import streamlit as st
with st.form('profile'):
    name = st.text_input('Name')
    age = st.slider('Age', 0, 100, 30)
    agree = st.checkbox('Subscribe')
    submitted = st.form_submit_button('Save')
st.write(f'Saved: {name} / {age} / {agree}')
if submitted:
    st.success('Submitted')
"""

KEYS_STATE = """
import streamlit as st
st.text_input('Your name', key='name')
st.checkbox('Agree', key='agree')
st.selectbox('Colour', ['red', 'green', 'blue'], key='colour')
st.write(dict(st.session_state))
"""

FORBIDDEN_WRITE = """
import streamlit as st
if 'n' not in st.session_state:
    st.session_state.n = 0
if st.button('Count'):
    st.session_state.n += 1
st.write(f'n = {st.session_state.n}')
st.text_input('Name', key='name')
if st.button('Break'):
    st.session_state.name = 'changed'
"""

ON_CLICK_COUNTER = """
import streamlit as st
if 'clicks' not in st.session_state:
    st.session_state.clicks = 0
def bump():
    st.session_state.clicks += 1
st.button('Click', on_click=bump)
st.header(f"Clicks: {st.session_state.clicks}")
"""

RUN_COUNTER = """
import streamlit as st
st.session_state.runs = st.session_state.get('runs', 0) + 1
st.write(f"Runs: {st.session_state.runs}")
st.text_input('Notes')
"""

TYPING_WHILE_RERUNS = """
import streamlit as st
if 'ticks' not in st.session_state:
    st.session_state.ticks = 0
if st.button('Tick'):
    st.session_state.ticks += 1
st.write(f"Ticks: {st.session_state.ticks}")
for i in range(st.session_state.ticks % 3):
    st.caption(f'extra line {i}')
st.text_input('Message', key='message')
st.write(f"Length: {len(st.session_state.message)}")
"""

XSS = """
import streamlit as st
EVIL = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
st.markdown('**safe** ' + EVIL)
st.markdown('allowed ' + EVIL, unsafe_allow_html=True)
st.title(EVIL)
st.button(EVIL)
st.text_input(EVIL)
st.error(EVIL)
st.write(EVIL)
"""

EXCEPTIONS = """
import streamlit as st
if 'good' not in st.session_state:
    st.session_state.good = 0
def helper():
    return 1 / 0
if st.button('Good'):
    st.session_state.good += 1
st.write(f"Good clicks: {st.session_state.good}")
if st.button('Fail'):
    helper()
"""

FILES = """
import base64
import streamlit as st
up = st.file_uploader('Upload a file')
if up is not None:
    data = up.getvalue()
    st.write(f'Got {up.name}: {len(data)} bytes')
    st.code(data.decode('utf-8'))
st.download_button('Download report', data='hello, report', file_name='report.txt', mime='text/plain')
"""

HOT_RELOAD_V1 = """
import streamlit as st
if 'count' not in st.session_state:
    st.session_state.count = 0
if st.button('Add'):
    st.session_state.count += 1
st.write(f"Version one: {st.session_state.count}")
"""
