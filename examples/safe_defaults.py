"""Setting default values safely: guard, setdefault and a defaults dict (seed 000: 'Setting Default Values Safely')."""
import streamlit as st

# WRONG — this resets to 0 on every re-run
st.session_state.count = 0

# RIGHT — only sets the default if it does not exist yet
if 'count' not in st.session_state:
    st.session_state.count = 0

# ALSO RIGHT — .setdefault() does the same thing in one line
st.session_state.setdefault('count', 0)

# Initialise several values at once, cleanly
defaults = {
    'step': 1,
    'username': '',
    'logged_in': False,
    'cart': [],
}
for key, value in defaults.items():
    if key not in st.session_state:
        st.session_state[key] = value

# Show what is stored (the seed's debug tip)
st.write(dict(st.session_state))
