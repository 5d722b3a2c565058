"""Quantity × price, computed in on_change callbacks (seed: 'Callbacks')."""
import streamlit as st

# Initialise state
if 'total' not in st.session_state:
    st.session_state.total = 0

# Callback runs BEFORE the rest of the script on each change
def update_total():
    qty = st.session_state.quantity
    price = st.session_state.price
    st.session_state.total = qty * price

st.number_input('Quantity', min_value=1, value=1, key='quantity', on_change=update_total)
st.number_input('Price ($)', min_value=0.0, value=10.0, key='price', on_change=update_total)
st.metric('Total', f'${st.session_state.total:.2f}')
