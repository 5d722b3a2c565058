import streamlit as st

st.title("Plot demo")
points = st.slider("Points", 1, 20, 5)
st.line_chart({"y": [i * i for i in range(points)]})
