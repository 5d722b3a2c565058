import streamlit as st

st.title("Reports")
st.write(f"Reports for {st.session_state.region}")
st.page_link("reports.py", label="Reload the reports", query_params={"fresh": "1"})
