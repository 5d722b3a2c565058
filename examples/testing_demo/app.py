"""A small to-do list: the app of the README's "Testing your app" section.

Its tests sit beside it: test_app.py (AppTest, headless) and
test_app_browser.py (the pytest plugin, in Chromium).
"""
import streamlit as st

st.title("To-do")

if "todos" not in st.session_state:
    st.session_state.todos = []


def add() -> None:
    text = st.session_state.new_todo.strip()
    if text:
        st.session_state.todos.append({"text": text, "done": False})
    st.session_state.new_todo = ""


st.text_input("New to-do", key="new_todo", on_change=add)
st.button("Add", on_click=add)

for i, todo in enumerate(st.session_state.todos):
    todo["done"] = st.checkbox(todo["text"], value=todo["done"], key=f"todo-{i}")

left = sum(not todo["done"] for todo in st.session_state.todos)
st.markdown(f"**{left}** of {len(st.session_state.todos)} left")
