"""Inline apps for behaviours the examples/ apps do not show (the seed apps themselves live in examples/)."""





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

MORE_WIDGETS = """
import datetime as dt
import streamlit as st
r = st.radio('Pick one', ['alpha', 'beta', 'gamma'])
m = st.multiselect('Pick many', ['red', 'green', 'blue'])
t = st.toggle('Dark mode')
d = st.date_input('When', value=dt.date(2024, 1, 15))
tm = st.time_input('At', value=dt.time(9, 30))
c = st.color_picker('Colour', '#112233')
s = st.select_slider('Size', options=['S', 'M', 'L'], value='M')
lo, hi = st.slider('Range', 0, 10, (2, 8))
n = st.number_input('Count', min_value=0, max_value=5, value=1, step=1)
with st.expander('More', expanded=False):
    st.write('inside the expander')
tab1, tab2 = st.tabs(['First', 'Second'])
tab1.write('in tab one')
tab2.write('in tab two')
st.write(f'radio={r}; multi={m}; toggle={t}; date={d}; time={tm}; colour={c}; size={s}; range={lo}-{hi}; count={n}')
"""

CHAT_AND_PILLS = """
import streamlit as st
if 'log' not in st.session_state:
    st.session_state.log = []
mood = st.pills('Mood', ['calm', 'busy', 'tired'])
st.write(f'mood={mood}')
size = st.segmented_control('Size', ['Small', 'Medium'], default='Small', required=True)
st.write(f'size={size}')
for who, text in st.session_state.log:
    with st.chat_message(who):
        st.write(text)
prompt = st.chat_input('Say something')
if prompt:
    st.session_state.log.append(('user', prompt))
    st.session_state.log.append(('assistant', f'echo: {prompt}'))
    st.rerun()
st.dataframe({'a': [1, 2], 'b': ['x', 'y']})
"""
