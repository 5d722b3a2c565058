"""The theme gallery: one app with the elements whose look matters, for side-by-side screenshots."""

import datetime

import streamlit as st

st.sidebar.title("Sidebar")
st.sidebar.radio("Page", ["Overview", "Details"], key="page")
st.sidebar.checkbox("Show help", value=True)

st.title("Theme gallery")
st.markdown("Body text in **Source Sans**, with `inline code` and a [link](https://streamlit.io).")
st.caption("A caption under the text.")

col1, col2 = st.columns(2)
with col1:
    st.text_input("Name", value="Ada")
    st.number_input("Quantity", value=3, step=1)
    st.selectbox("Colour", ["Red", "Green", "Blue"])
with col2:
    st.multiselect("Tags", ["alpha", "beta", "gamma"], default=["alpha", "beta"])
    st.date_input("Day", datetime.date(2024, 5, 17))
    st.time_input("Time", datetime.time(9, 30))

st.slider("Volume", 0, 100, 40)
st.slider("Range", 0.0, 10.0, (2.5, 7.5))

col3, col4, col5 = st.columns(3)
with col3:
    st.checkbox("Subscribe", value=True)
    st.checkbox("Unchecked")
with col4:
    st.toggle("Dark mode", value=True)
    st.toggle("Notifications")
with col5:
    st.radio("Size", ["Small", "Medium", "Large"], index=1)

b1, b2, b3 = st.columns(3)
b1.button("Primary", type="primary")
b2.button("Secondary")
b3.button("Tertiary", type="tertiary")

tab1, tab2 = st.tabs(["First tab", "Second tab"])
tab1.write("Inside the first tab.")
tab2.write("Inside the second tab.")

with st.expander("An expander", expanded=True):
    st.write("Content of the expander.")
st.expander("A closed expander")

m1, m2, m3 = st.columns(3)
m1.metric("Temperature", "70 °F", "1.2 °F")
m2.metric("Wind", "9 mph", "-8%")
m3.metric("Humidity", "86%", "4%")

st.success("A success message.")
st.info("An info message.")
st.warning("A warning message.")
st.error("An error message.")

st.code("def hello():\n    print('Hello, Streamlit!')", language="python")
st.file_uploader("Upload a file")
