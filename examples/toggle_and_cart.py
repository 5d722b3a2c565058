"""Toggle a flag to show a chart, and accumulate a shopping cart (seed 000: 'Common Patterns at a Glance', toggle and cart rows)."""
import streamlit as st

if 'show_chart' not in st.session_state:
    st.session_state.show_chart = False
if 'cart' not in st.session_state:
    st.session_state.cart = []

# Toggle a flag: show and hide parts of the UI conditionally
if st.button('Show chart'):
    st.session_state.show_chart = True
if st.button('Hide chart'):
    st.session_state.show_chart = False
if st.session_state.show_chart:
    st.subheader('Sales')
    st.line_chart([3, 1, 4, 1, 5])

# Shopping cart / list: accumulate items across multiple interactions
item = st.selectbox('Item', ['apple', 'bread', 'milk'])
if st.button('Add to cart'):
    st.session_state.cart.append(item)
st.write(f'Cart ({len(st.session_state.cart)} items):', ', '.join(st.session_state.cart))
