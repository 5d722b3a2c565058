"""A multi-file app: a module beside the script, and a CSV read with open().

Every file in the app's folder goes into the site, and the app's folder is the
working directory and import root in the browser too.
"""
import csv

import streamlit as st

from helpers import total_by_fruit

st.title("Fruit stand")

with open("data.csv", newline="") as f:
    rows = list(csv.DictReader(f))

st.write(f"Read {len(rows)} sales from data.csv")
fruit = st.selectbox("Fruit", sorted({row["fruit"] for row in rows}))
st.write(f"Total {fruit}: {total_by_fruit(rows)[fruit]}")
